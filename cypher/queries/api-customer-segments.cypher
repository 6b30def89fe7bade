// The segment of each customer (DataLoader batch); customers without one are absent.
// Params: $ids STRING[]
// Returns: customer, segment (node), distance
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:IN_SEGMENT]->(s:Segment) WHERE c.id IN $ids AND s.run = run.id
RETURN c.id AS customer, s AS segment, r.distance AS distance
