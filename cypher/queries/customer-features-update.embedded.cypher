// Writes the analysis features onto Customer nodes. Numbers arrive as strings: the embedded
// store types a list of maps by its first values, so whole and fractional numbers cannot mix.
// Params: $rows [{id, recency, frequency, monetary, avgOrderValue, avgItemsPerOrder, distinctProducts,
//         returnRate, tenure, typeDiversity, x, y, grossMonetary, grossAvgOrderValue}] (values as decimal strings;
//         typeDiversity '' = not applicable: the export has no product types)
UNWIND $rows AS r
MATCH (c:Customer {id: r.id})
SET c.recency = CAST(r.recency AS INT64), c.frequency = CAST(r.frequency AS INT64),
    c.monetary = CAST(r.monetary AS DOUBLE), c.avgOrderValue = CAST(r.avgOrderValue AS DOUBLE),
    c.avgItemsPerOrder = CAST(r.avgItemsPerOrder AS DOUBLE), c.distinctProducts = CAST(r.distinctProducts AS INT64),
    c.returnRate = CAST(r.returnRate AS DOUBLE), c.tenure = CAST(r.tenure AS INT64),
    c.typeDiversity = CASE WHEN r.typeDiversity = '' THEN NULL ELSE CAST(r.typeDiversity AS DOUBLE) END, c.x = CAST(r.x AS DOUBLE), c.y = CAST(r.y AS DOUBLE),
    c.grossMonetary = CAST(r.grossMonetary AS DOUBLE), c.grossAvgOrderValue = CAST(r.grossAvgOrderValue AS DOUBLE)
