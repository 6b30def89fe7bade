// Every customer's 2-D projection point (PCA of the clustering input) and segment id, for plots.
// Returns: id, x, y, segment (id or null), in id order
MATCH (c:Customer)
WHERE c.x IS NOT NULL
OPTIONAL MATCH (run:AnalysisRun {current: true})
OPTIONAL MATCH (c)-[:IN_SEGMENT]->(s:Segment) WHERE s.run = run.id
RETURN c.id AS id, c.x AS x, c.y AS y, s.id AS segment
ORDER BY id
