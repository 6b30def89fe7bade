// Node and relationship counts of the graph, one row. `customers` counts customers with at least one
// purchase line (as the import funnel does); customers with only returns are counted apart.
// Returns: customers, returnsOnlyCustomers, products, orders, purchaseLines, returnLines, imports, segments, rules, similar, recommended
RETURN COUNT { MATCH (c:Customer) WHERE EXISTS { MATCH (c)-[:PLACED]->(:`Order`)-[:CONTAINS]->(:Product) } } AS customers,
       COUNT { MATCH (c:Customer) WHERE NOT EXISTS { MATCH (c)-[:PLACED]->(:`Order`)-[:CONTAINS]->(:Product) } } AS returnsOnlyCustomers,
       COUNT { MATCH (p:Product) } AS products,
       COUNT { MATCH (o:`Order`) } AS orders,
       COUNT { MATCH ()-[l:CONTAINS]->() } AS purchaseLines,
       COUNT { MATCH ()-[r:RETURNS]->() } AS returnLines,
       COUNT { MATCH (i:Import) WHERE i.importedAt IS NOT NULL } AS imports,
       COUNT { MATCH (s:Segment) } AS segments,
       COUNT { MATCH (r:Rule) } AS rules,
       COUNT { MATCH ()-[x:SIMILAR]->() } AS similar,
       COUNT { MATCH ()-[y:RECOMMENDED]->() } AS recommended
