// Every order (purchases and returns) of customers, newest first.
// Params: $ids STRING[]
// Returns: customer, orderNode (node), datetime, id
MATCH (c:Customer)-[:PLACED]->(o:`Order`) WHERE c.id IN $ids
RETURN c.id AS customer, o AS orderNode, o.datetime AS datetime, o.id AS id
ORDER BY customer, datetime DESC, id DESC
