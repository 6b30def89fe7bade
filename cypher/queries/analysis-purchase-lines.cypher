// Every purchase line with its customer, order date and product, grouped by order: the analysis job's input.
// Returns: customer, orderId, date (YYYY-MM-DD), product, type, quantity, lineTotal
MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p:Product)
RETURN c.id AS customer, o.id AS orderId, o.date AS date, p.id AS product, p.type AS type,
       l.quantity AS quantity, l.lineTotal AS lineTotal
