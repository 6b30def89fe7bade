// Node and relationship counts of the graph, one row. `customers` counts customers with at least one
// purchase line (as the import funnel does: a purchase order's lineCount counts its CONTAINS lines);
// customers with only returns are counted apart (by subtraction: NOT EXISTS is ~10× slower on the embedded store).
// Segments, rules, similar and recommended are the current analysis run's (while a run is being published on
// Neo4j, the graph briefly holds two runs' rows).
// Returns: customers, returnsOnlyCustomers, products, orders, purchaseLines, returnLines, imports, segments, rules, similar, recommended
OPTIONAL MATCH (run:AnalysisRun {current: true})
WITH run, COUNT { MATCH (c:Customer) WHERE EXISTS { MATCH (c)-[:PLACED]->(o:`Order`) WHERE o.kind = 'purchase' AND o.lineCount > 0 } } AS buyers
RETURN buyers AS customers,
       COUNT { MATCH (c:Customer) } - buyers AS returnsOnlyCustomers,
       COUNT { MATCH (p:Product) } AS products,
       COUNT { MATCH (o:`Order`) } AS orders,
       COUNT { MATCH ()-[l:CONTAINS]->() } AS purchaseLines,
       COUNT { MATCH ()-[r:RETURNS]->() } AS returnLines,
       COUNT { MATCH (i:Import) WHERE i.importedAt IS NOT NULL } AS imports,
       COUNT { MATCH (s:Segment) WHERE s.run = run.id } AS segments,
       COUNT { MATCH (r:Rule) WHERE r.run = run.id } AS rules,
       COUNT { MATCH ()-[x:SIMILAR]->() WHERE x.run = run.id } AS similar,
       COUNT { MATCH ()-[y:RECOMMENDED]->() WHERE y.run = run.id } AS recommended
