// Products by id (DataLoader batch); unknown ids are absent. Embedded store.
// Params: $ids STRING[]
// Plan: key lookup (one primary-key lookup per id; see cypher/test/key-lookup-plans.test.ts)
// Returns: product (node)
// Why it differs from the shared file: see api-customers-by-id.embedded.cypher.
UNWIND $ids AS i
MATCH (p:Product {id: i})
RETURN p AS product
