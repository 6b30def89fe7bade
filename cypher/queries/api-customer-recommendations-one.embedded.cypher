// Precomputed recommendations of one customer (single-id form of api-customer-recommendations), embedded store.
// Params: $id STRING, $first INT64; $currentRun is filled by the embedded store with the current run's id.
// Plan: key lookup (starts from the primary key of $id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer, product (node), score, rank, model, reasons (JSON text), in no particular order
// Why it differs from the shared file: joined to (:AnalysisRun {current: true}) and without a hint, Ladybug's
// estimates made it plan from a scan of every Product and every RECOMMENDED edge once the run is a parameter
// (17.8 ms on the full data, growing with the graph); the hint keeps it on c's key. No ORDER BY: the server sorts
// each list itself (cypher/README.md), and sorting here costs planning and a sort operator per call.
MATCH (c:Customer {id: $id})-[r:RECOMMENDED]->(p:Product)
WHERE r.rank <= $first AND r.run = $currentRun
HINT (c JOIN r) JOIN p
RETURN c.id AS customer, p AS product, r.score AS score, r.rank AS rank, r.model AS model, r.reasons AS reasons
