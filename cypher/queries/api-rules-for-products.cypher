// Rules whose whole antecedent X lies within the given products (a basket), highest lift first.
// Params: $products STRING[]
// Returns: rule (node)
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule)-[:IF]->(p:Product) WHERE p.id IN $products AND r.run = run.id
WITH r, count(p) AS matched
WHERE matched = size(r.antecedent)
RETURN r AS rule, r.lift AS lift, r.id AS id
ORDER BY lift DESC, id
