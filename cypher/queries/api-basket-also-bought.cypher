// ALSO_BOUGHT neighbours of the products in a basket, one row per (basket product, candidate).
// Params: $basket STRING[]
// Returns: source, product, score
MATCH (run:AnalysisRun {current: true})
MATCH (b:Product)-[a:ALSO_BOUGHT]->(p:Product) WHERE b.id IN $basket AND a.run = run.id
RETURN b.id AS source, p.id AS product, a.score AS score
