// Node and relationship counts of the graph, one row; segments, rules, similar and recommended are the
// current analysis run's (while a run is being published on Neo4j, the graph briefly holds two runs' rows).
// Returns: customers, products, orders, purchaseLines, returnLines, imports, segments, rules, similar, recommended
RETURN COUNT { MATCH (c:Customer) } AS customers,
       COUNT { MATCH (p:Product) } AS products,
       COUNT { MATCH (o:`Order`) } AS orders,
       COUNT { MATCH ()-[l:CONTAINS]->() } AS purchaseLines,
       COUNT { MATCH ()-[r:RETURNS]->() } AS returnLines,
       COUNT { MATCH (i:Import) } AS imports,
       COUNT { MATCH (s:Segment), (run:AnalysisRun {current: true}) WHERE s.run = run.id } AS segments,
       COUNT { MATCH (r:Rule), (run:AnalysisRun {current: true}) WHERE r.run = run.id } AS rules,
       COUNT { MATCH ()-[x:SIMILAR]->(), (run:AnalysisRun {current: true}) WHERE x.run = run.id } AS similar,
       COUNT { MATCH ()-[y:RECOMMENDED]->(), (run:AnalysisRun {current: true}) WHERE y.run = run.id } AS recommended
