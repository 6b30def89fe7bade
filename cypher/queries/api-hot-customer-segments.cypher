// The segment of every customer that has one (primed read model; segments themselves come from api-segments).
// Returns: customer, segment (id), distance
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:IN_SEGMENT]->(s:Segment) WHERE s.run = run.id
RETURN c.id AS customer, s.id AS segment, r.distance AS distance
