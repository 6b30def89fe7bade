// Customers by id (DataLoader batch); unknown ids are absent.
// Params: $ids STRING[]
// Returns: customer (node)
MATCH (c:Customer) WHERE c.id IN $ids
RETURN c AS customer
