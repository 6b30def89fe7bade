// Products each customer bought, with purchase orders, units and amount; most units first.
// (Two aggregation steps: the embedded store nulls sums that follow a DISTINCT aggregate.)
// Params: $ids STRING[]
// Returns: customer, product (node), orders, quantity, spent
MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p:Product) WHERE c.id IN $ids
WITH c, p, o, sum(l.quantity) AS q, sum(l.lineTotal) AS t
RETURN c.id AS customer, p AS product, count(o) AS orders, sum(q) AS quantity, sum(t) AS spent, p.id AS id
ORDER BY customer, quantity DESC, id
