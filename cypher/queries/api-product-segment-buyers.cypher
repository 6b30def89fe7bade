// Distinct buyers of products per segment, most buyers first.
// Params: $ids STRING[]
// Returns: product, segment, buyers
MATCH (run:AnalysisRun {current: true})
MATCH (s:Segment)<-[:IN_SEGMENT]-(c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p:Product)
WHERE p.id IN $ids AND s.run = run.id
WITH p, s, c, count(*) AS lines
RETURN p.id AS product, s.id AS segment, count(c) AS buyers
ORDER BY product, buyers DESC, segment
