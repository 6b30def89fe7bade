// The segment of one customer (single-id form of api-customer-segments).
// Params: $id STRING
// Plan: key lookup (the embedded store runs api-customer-segment-one.embedded.cypher, with a join hint)
// Returns: customer, segment (node), distance
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer {id: $id})-[r:IN_SEGMENT]->(s:Segment) WHERE s.run = run.id
RETURN c.id AS customer, s AS segment, r.distance AS distance
