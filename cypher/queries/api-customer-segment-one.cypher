// The segment of one customer (single-id form of api-customer-segments).
// Params: $id STRING
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer, segment (node), distance
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer {id: $id})-[r:IN_SEGMENT]->(s:Segment) WHERE s.run = run.id
RETURN c.id AS customer, s AS segment, r.distance AS distance
