// The current run's recommendations and neighbours of customers by id, as their CustomerLists rows (DataLoader
// batch): what the API serves a customer's lists from. Customers the run did not cover are absent.
// Params: $ids STRING[]
// Returns: customer, model, recommendations (JSON [[productId, score], …] best first),
//          neighbours (JSON [[customerId, score, shared, sameSegment], …] most similar first)
MATCH (run:AnalysisRun {current: true})
MATCH (l:CustomerLists)
WHERE l.id IN $ids AND l.run = run.id
RETURN l.id AS customer, l.model AS model, l.recommendations AS recommendations, l.neighbours AS neighbours
