// Precomputed recommendations (RECOMMENDED edges) of customers, best first, at most $first each.
// Params: $ids STRING[], $first INT64
// Returns: customer, product (node), score, rank, model, reasons (JSON text)
// The server sorts each list again: the embedded store can misorder `ORDER BY <string>, rank` (cypher/README.md).
MATCH (c:Customer)-[r:RECOMMENDED]->(p:Product)
WHERE c.id IN $ids AND r.rank <= $first
RETURN c.id AS customer, p AS product, r.score AS score, r.rank AS rank, r.model AS model, r.reasons AS reasons
ORDER BY customer, rank
