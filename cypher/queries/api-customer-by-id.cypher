// One customer by id (the single-id form of api-customers-by-id: a primary-key lookup, several times faster).
// Params: $id STRING
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer (node)
MATCH (c:Customer {id: $id})
RETURN c AS customer
