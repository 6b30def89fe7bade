// Rows the primed read model would load (checked against its size limit before loading), one row.
// Params: $maxRank INT64
// Returns: customers, products, recommended, similar
RETURN COUNT { MATCH (c:Customer) } AS customers,
       COUNT { MATCH (p:Product) } AS products,
       COUNT { MATCH ()-[y:RECOMMENDED]->() WHERE y.rank <= $maxRank } AS recommended,
       COUNT { MATCH ()-[x:SIMILAR]->() WHERE x.rank <= $maxRank } AS similar
