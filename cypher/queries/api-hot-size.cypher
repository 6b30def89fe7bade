// Rows the primed read model would load (checked against its size limit before loading), one row.
// Params: $maxRank INT64
// Returns: customers, products, recommended, similar
OPTIONAL MATCH (run:AnalysisRun {current: true})
RETURN COUNT { MATCH (c:Customer) } AS customers,
       COUNT { MATCH (p:Product) } AS products,
       COUNT { MATCH ()-[y:RECOMMENDED]->() WHERE y.rank <= $maxRank AND y.run = run.id } AS recommended,
       COUNT { MATCH ()-[x:SIMILAR]->() WHERE x.rank <= $maxRank AND x.run = run.id } AS similar
