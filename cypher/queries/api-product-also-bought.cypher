// Item-item neighbours (ALSO_BOUGHT edges) of products, most similar first, at most $first each.
// Params: $ids STRING[], $first INT64
// Returns: product, other (node), score, rank
// The server sorts each list again: the embedded store can misorder `ORDER BY <string>, rank` (cypher/README.md).
MATCH (p:Product)-[a:ALSO_BOUGHT]->(q:Product)
WHERE p.id IN $ids AND a.rank <= $first
RETURN p.id AS product, q AS other, a.score AS score, a.rank AS rank
ORDER BY product, rank
