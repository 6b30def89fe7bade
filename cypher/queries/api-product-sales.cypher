// Sales of products: distinct buyers, purchase orders, units and revenue (DataLoader batch).
// (Staged aggregation: the embedded store nulls sums that follow a DISTINCT aggregate.)
// Params: $ids STRING[]
// Returns: product, buyers, orders, units, revenue
MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p:Product) WHERE p.id IN $ids
WITH p, c, o, sum(l.quantity) AS q, sum(l.lineTotal) AS t
WITH p, c, count(o) AS ords, sum(q) AS q2, sum(t) AS t2
RETURN p.id AS product, count(c) AS buyers, sum(ords) AS orders, sum(q2) AS units, sum(t2) AS revenue
