// The current run's recommendations and neighbours of customers by id, as their CustomerLists rows (DataLoader
// batch), embedded store. Customers the run did not cover are absent.
// Params: $ids STRING[]; $currentRun is filled by the embedded store with the current run's id.
// Plan: key lookup (one primary-key lookup per id; see cypher/test/key-lookup-plans.test.ts)
// Returns: customer, model, recommendations (JSON [[productId, score], …] best first),
//          neighbours (JSON [[customerId, score, shared, sameSegment], …] most similar first)
// Why it differs from the shared file: see api-customers-by-id.embedded.cypher.
UNWIND $ids AS i
MATCH (l:CustomerLists {id: i})
WHERE l.run = $currentRun
RETURN l.id AS customer, l.model AS model, l.recommendations AS recommendations, l.neighbours AS neighbours
