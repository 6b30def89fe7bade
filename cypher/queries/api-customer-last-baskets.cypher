// The products of each customer's last purchase order (orders at the same last timestamp merged).
// Params: $ids STRING[]
// Returns: customer, orderId, products STRING[]
MATCH (c:Customer)-[:PLACED]->(o:`Order`) WHERE c.id IN $ids AND o.kind = 'purchase'
WITH c, max(o.datetime) AS last
MATCH (c)-[:PLACED]->(o2:`Order`)-[:CONTAINS]->(p:Product)
WHERE o2.datetime = last AND o2.kind = 'purchase'
RETURN c.id AS customer, min(o2.id) AS orderId, coalesce(collect(DISTINCT p.id), []) AS products
