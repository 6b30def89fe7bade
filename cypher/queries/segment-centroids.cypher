// Every segment's centroid (current run) in z-score units (for placing a new customer in the nearest segment).
// Returns: id, centroidScaled
MATCH (run:AnalysisRun {current: true})
MATCH (s:Segment) WHERE s.run = run.id
RETURN s.id AS id, s.centroidScaled AS centroidScaled, s.rank AS rank
ORDER BY rank
