// Rules by id (DataLoader batch).
// Params: $ids STRING[]
// Returns: rule (node)
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule) WHERE r.id IN $ids AND r.run = run.id
RETURN r AS rule
