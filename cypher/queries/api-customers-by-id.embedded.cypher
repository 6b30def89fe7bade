// Customers by id (DataLoader batch); unknown ids are absent. Embedded store.
// Params: $ids STRING[]
// Plan: key lookup (one primary-key lookup per id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer (node)
// Why it differs from the shared file: Ladybug plans `WHERE c.id IN $ids` as a scan of the whole table, and
// `UNWIND $ids AS i MATCH (c {id: i})` as one primary-key lookup per id (50 ids in 3.4 ms at 10× the bundled data,
// against 50 × 0.8 ms one query at a time).
UNWIND $ids AS i
MATCH (c:Customer {id: i})
RETURN c AS customer
