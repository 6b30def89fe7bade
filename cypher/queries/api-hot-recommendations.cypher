// Every precomputed recommendation (RECOMMENDED edge), all ranks, rank <= $maxRank (primed read model;
// the server sorts each customer's list by rank and slices it for `first`).
// Params: $maxRank INT64
// Returns: customer, product (id), score, rank, model, reasons (JSON text)
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:RECOMMENDED]->(p:Product)
WHERE r.rank <= $maxRank AND r.run = run.id
RETURN c.id AS customer, p.id AS product, r.score AS score, r.rank AS rank, r.model AS model, r.reasons AS reasons
