// Item-kNN candidates: ALSO_BOUGHT neighbours of the products each customer bought, one row per
// (customer, bought product, candidate). The caller sums scores and drops products already bought.
// Params: $ids STRING[]
// Returns: customer, source, product, score
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(b:Product)-[a:ALSO_BOUGHT]->(p:Product)
WHERE c.id IN $ids AND a.run = run.id
WITH c, b, p, max(a.score) AS score
RETURN c.id AS customer, b.id AS source, p.id AS product, score
