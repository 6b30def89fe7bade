// Every segment's centroid in z-score units (for placing a new customer in the nearest segment).
// Returns: id, centroidScaled
MATCH (s:Segment)
RETURN s.id AS id, s.centroidScaled AS centroidScaled, s.rank AS rank
ORDER BY rank
