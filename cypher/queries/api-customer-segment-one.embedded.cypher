// The segment of one customer (single-id form of api-customer-segments), embedded store.
// Params: $id STRING; $currentRun is filled by the embedded store with the current run's id.
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer, segment (node), distance
// Why it differs from the shared file: see api-customer-recommendations-one.embedded.cypher.
MATCH (c:Customer {id: $id})-[r:IN_SEGMENT]->(s:Segment)
WHERE s.run = $currentRun
HINT (c JOIN r) JOIN s
RETURN c.id AS customer, s AS segment, r.distance AS distance
