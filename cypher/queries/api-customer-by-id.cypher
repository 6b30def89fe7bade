// One customer by id (the single-id form of api-customers-by-id: a primary-key lookup, several times faster).
// Params: $id STRING
// Returns: customer (node)
MATCH (c:Customer {id: $id})
RETURN c AS customer
