// Nearest neighbours of one customer (single-id form of api-customer-neighbours).
// Params: $id STRING, $first INT64
// Returns: customer, neighbour (node), score, rank, shared, sameSegment
MATCH (c:Customer {id: $id})-[r:SIMILAR]->(n:Customer)
WHERE r.rank <= $first
RETURN c.id AS customer, n AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
ORDER BY rank
