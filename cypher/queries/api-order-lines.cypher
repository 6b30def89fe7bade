// Purchase lines of orders, largest amount first.
// Params: $ids STRING[]
// Returns: orderId, product (node), quantity, unitPrice, lineTotal
MATCH (o:`Order`)-[l:CONTAINS]->(p:Product) WHERE o.id IN $ids
RETURN o.id AS orderId, p AS product, l.quantity AS quantity, l.unitPrice AS unitPrice, l.lineTotal AS lineTotal,
       p.id AS id
ORDER BY orderId, lineTotal DESC, id
