// Rules with the product in their antecedent X (IF edges), highest lift first.
// Params: $ids STRING[]
// Returns: product, rule (node)
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule)-[:IF]->(p:Product) WHERE p.id IN $ids AND r.run = run.id
RETURN p.id AS product, r AS rule, r.lift AS lift, r.id AS id
ORDER BY product, lift DESC, id
