// Every nearest-neighbour edge (SIMILAR), rank <= $maxRank (primed read model; sliced by rank for `first`).
// Params: $maxRank INT64
// Returns: customer, neighbour (id), score, rank, shared, sameSegment
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:SIMILAR]->(n:Customer)
WHERE r.rank <= $maxRank AND r.run = run.id
RETURN c.id AS customer, n.id AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
