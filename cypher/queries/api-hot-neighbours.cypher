// The nearest-neighbour edges (SIMILAR), rank <= $maxRank, of the customers whose id is in [$from, $to)
// (primed read model, one range of customers per query; sliced by rank for `first`).
// Params: $maxRank INT64; $from, $to STRING ($to '' = no upper bound)
// Returns: customer, neighbour (id), score, rank, shared, sameSegment
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:SIMILAR]->(n:Customer)
WHERE c.id >= $from AND ($to = '' OR c.id < $to) AND r.rank <= $maxRank AND r.run = run.id
RETURN c.id AS customer, n.id AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
