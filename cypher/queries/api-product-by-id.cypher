// One product by id (single-id form of api-products-by-id).
// Params: $id STRING
// Returns: product (node)
MATCH (p:Product {id: $id})
RETURN p AS product
