// The most popular products by distinct buyers (popularity model), at most $limit.
// Params: $limit INT64
// Returns: product (node), buyers
MATCH (c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p:Product)
WITH p, c, count(*) AS lines
WITH p, count(c) AS buyers
RETURN p AS product, buyers, p.id AS id
ORDER BY buyers DESC, id
LIMIT $limit
