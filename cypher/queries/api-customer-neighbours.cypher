// Nearest neighbours (SIMILAR edges) of customers, most similar first, at most $first each.
// Params: $ids STRING[], $first INT64
// Returns: customer, neighbour (node), score, rank, shared, sameSegment
// The server sorts each list again: the embedded store can misorder `ORDER BY <string>, rank` (cypher/README.md).
MATCH (c:Customer)-[r:SIMILAR]->(n:Customer)
WHERE c.id IN $ids AND r.rank <= $first
RETURN c.id AS customer, n AS neighbour, r.score AS score, r.rank AS rank, r.shared AS shared,
       r.sameSegment AS sameSegment
ORDER BY customer, rank
