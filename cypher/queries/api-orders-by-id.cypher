// Orders by id (DataLoader batch), with the customer who placed each.
// Params: $ids STRING[]
// Returns: orderNode (node), customer
MATCH (o:`Order`) WHERE o.id IN $ids
OPTIONAL MATCH (c:Customer)-[:PLACED]->(o)
RETURN o AS orderNode, c.id AS customer
