// Products by id (DataLoader batch); unknown ids are absent.
// Params: $ids STRING[]
// Returns: product (node)
MATCH (p:Product) WHERE p.id IN $ids
RETURN p AS product
