// Units returned per customer (RETURNS edges of all their orders).
// Returns: customer, quantity
MATCH (c:Customer)-[:PLACED]->(:`Order`)-[r:RETURNS]->(:Product)
RETURN c.id AS customer, sum(r.quantity) AS quantity
