// Every segment of the current analysis run, highest mean monetary first.
// Returns: segment (node)
MATCH (run:AnalysisRun {current: true})
MATCH (s:Segment) WHERE s.run = run.id
RETURN s AS segment, s.rank AS rank
ORDER BY rank
