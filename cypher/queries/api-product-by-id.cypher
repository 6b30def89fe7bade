// One product by id (single-id form of api-products-by-id).
// Params: $id STRING
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: product (node)
MATCH (p:Product {id: $id})
RETURN p AS product
