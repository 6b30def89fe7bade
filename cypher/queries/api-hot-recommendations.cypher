// The precomputed recommendations (RECOMMENDED edges), rank <= $maxRank, of the customers whose id is in
// [$from, $to) (primed read model, one range of customers per query so that no result grows with the graph;
// the server sorts each customer's list by rank and slices it for `first`).
// Params: $maxRank INT64; $from, $to STRING ($to '' = no upper bound)
// Returns: customer, product (id), score, rank, model, reasons (JSON text)
MATCH (run:AnalysisRun {current: true})
MATCH (c:Customer)-[r:RECOMMENDED]->(p:Product)
WHERE c.id >= $from AND ($to = '' OR c.id < $to) AND r.rank <= $maxRank AND r.run = run.id
RETURN c.id AS customer, p.id AS product, r.score AS score, r.rank AS rank, r.model AS model, r.reasons AS reasons
