// Products bought in segments, by distinct buyers (then revenue), most popular first; callers take the head.
// (Staged aggregation: the embedded store nulls sums that follow a DISTINCT aggregate.)
// Params: $ids STRING[]
// Returns: segment, product (node), buyers, revenue
MATCH (run:AnalysisRun {current: true})
MATCH (s:Segment)<-[:IN_SEGMENT]-(c:Customer)-[:PLACED]->(:`Order`)-[l:CONTAINS]->(p:Product)
WHERE s.id IN $ids AND s.run = run.id
WITH s, p, c, sum(l.lineTotal) AS t
WITH s, p, count(c) AS buyers, sum(t) AS revenue
RETURN s.id AS segment, p AS product, buyers, revenue, p.id AS id
ORDER BY segment, buyers DESC, revenue DESC, id
