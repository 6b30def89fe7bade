// Every purchase line (order, product, quantity, line total): the analysis job's input.
// Four columns on purpose: the embedded store returns narrow rows much faster.
// Returns: orderId, product, quantity, lineTotal
MATCH (o:`Order`)-[l:CONTAINS]->(p:Product)
RETURN o.id AS orderId, p.id AS product, l.quantity AS quantity, l.lineTotal AS lineTotal
