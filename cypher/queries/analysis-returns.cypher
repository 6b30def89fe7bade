// Every returned line with its customer, product and return date (net spend and the return rate).
// Returns: customer, product, date, quantity, amount
MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[r:RETURNS]->(p:Product)
RETURN c.id AS customer, p.id AS product, o.date AS date, r.quantity AS quantity, r.amount AS amount
