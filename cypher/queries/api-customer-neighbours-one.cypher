// Nearest neighbours of one customer (single-id form of api-customer-neighbours).
// Params: $id STRING, $first INT64
// Plan: key lookup (the embedded store runs api-customer-neighbours-one.embedded.cypher, with a join hint)
// Returns: customer, neighbour (node), score, rank, shared, sameSegment
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer {id: $id})-[r:SIMILAR]->(n:Customer)
WHERE r.rank <= $first AND r.run = run.id
RETURN c.id AS customer, n AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
ORDER BY rank
