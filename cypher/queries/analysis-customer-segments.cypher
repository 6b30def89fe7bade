// The segment number (rank) of every customer that has one in the current analysis run: the segment models
// the API fits read it.
// Returns: customer, rank
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[:IN_SEGMENT]->(s:Segment)
WHERE s.run = run.id
RETURN c.id AS customer, s.rank AS rank
