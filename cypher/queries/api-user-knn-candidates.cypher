// User-kNN candidates: products bought by each customer's nearest neighbours (SIMILAR rank <= $neighbours),
// one row per (customer, product, neighbour). The caller sums scores and drops products already bought.
// Params: $ids STRING[], $neighbours INT64
// Returns: customer, product, neighbour, score
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[s:SIMILAR]->(n:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p:Product)
WHERE c.id IN $ids AND s.rank <= $neighbours AND s.run = run.id
WITH c, p, n, max(s.score) AS score
RETURN c.id AS customer, p.id AS product, n.id AS neighbour, score
