// Every order with its customer and calendar date (the analysis job joins it to the purchase lines).
// Returns: customer, orderId, date
MATCH (c:Customer)-[:PLACED]->(o:`Order`)
RETURN c.id AS customer, o.id AS orderId, o.date AS date
