// Every segment of the last completed analysis run, highest mean monetary first.
// Returns: segment (node)
MATCH (s:Segment)
RETURN s AS segment, s.rank AS rank
ORDER BY rank
