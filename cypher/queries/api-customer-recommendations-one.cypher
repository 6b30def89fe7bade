// Precomputed recommendations of one customer (single-id form of api-customer-recommendations).
// Params: $id STRING, $first INT64
// Plan: key lookup (the embedded store runs api-customer-recommendations-one.embedded.cypher, with a join hint)
// Returns: customer, product (node), score, rank, model, reasons (JSON text)
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer {id: $id})-[r:RECOMMENDED]->(p:Product)
WHERE r.rank <= $first AND r.run = run.id
RETURN c.id AS customer, p AS product, r.score AS score, r.rank AS rank, r.model AS model, r.reasons AS reasons
ORDER BY rank
