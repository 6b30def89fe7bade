// Global rules whose antecedent has at least one of the basket's products (the caller keeps those
// whose whole antecedent is in the basket).
// Params: $basket STRING[]
// Returns: id, antecedent, consequent, support, confidence, lift, leverage, conviction, count
MATCH (run:AnalysisRun {current: true})
MATCH (r:Rule {scope: 'global'})-[:IF]->(p:Product)
WHERE p.id IN $basket AND r.run = run.id
WITH DISTINCT r
RETURN r.id AS id, r.antecedent AS antecedent, r.consequent AS consequent, r.support AS support,
       r.confidence AS confidence, r.lift AS lift, r.leverage AS leverage, r.conviction AS conviction, r.count AS count
