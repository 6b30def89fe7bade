// Writes the analysis features onto Customer nodes (values arrive as decimal strings, as for the embedded store;
// typeDiversity '' = not applicable, and toFloat('') is null).
// Params: $rows [{id, recency, frequency, monetary, avgOrderValue, avgItemsPerOrder, distinctProducts,
//         returnRate, tenure, typeDiversity, x, y, grossMonetary, grossAvgOrderValue}]
UNWIND $rows AS r
MATCH (c:Customer {id: r.id})
SET c.recency = toInteger(r.recency), c.frequency = toInteger(r.frequency),
    c.monetary = toFloat(r.monetary), c.avgOrderValue = toFloat(r.avgOrderValue),
    c.avgItemsPerOrder = toFloat(r.avgItemsPerOrder), c.distinctProducts = toInteger(r.distinctProducts),
    c.returnRate = toFloat(r.returnRate), c.tenure = toInteger(r.tenure),
    c.typeDiversity = toFloat(r.typeDiversity), c.x = toFloat(r.x), c.y = toFloat(r.y),
    c.grossMonetary = toFloat(r.grossMonetary), c.grossAvgOrderValue = toFloat(r.grossAvgOrderValue)
