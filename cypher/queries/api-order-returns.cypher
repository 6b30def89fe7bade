// Returned lines of orders (RETURNS edges), largest amount first.
// Params: $ids STRING[]
// Returns: orderId, product (node), quantity, amount
MATCH (o:`Order`)-[r:RETURNS]->(p:Product) WHERE o.id IN $ids
RETURN o.id AS orderId, p AS product, r.quantity AS quantity, r.amount AS amount, p.id AS id
ORDER BY orderId, amount DESC, id
