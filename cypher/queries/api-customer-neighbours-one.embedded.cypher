// Nearest neighbours of one customer (single-id form of api-customer-neighbours), embedded store.
// Params: $id STRING, $first INT64; $currentRun is filled by the embedded store with the current run's id.
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer, neighbour (node), score, rank, shared, sameSegment, in no particular order
// Why it differs from the shared file: see api-customer-recommendations-one.embedded.cypher.
MATCH (c:Customer {id: $id})-[r:SIMILAR]->(n:Customer)
WHERE r.rank <= $first AND r.run = $currentRun
HINT (c JOIN r) JOIN n
RETURN c.id AS customer, n AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
