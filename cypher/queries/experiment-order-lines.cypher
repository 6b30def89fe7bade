// Purchase lines dated on or after $from of the customers exposed in an experiment (for conversions).
// Params: $id STRING, $from STRING (YYYY-MM-DD)
// Returns: customer, order, date, product, lineTotal
MATCH (c:Customer)-[e:EXPERIMENT_EVENT]->(x:Experiment {id: $id})
WHERE e.kind = 'exposure'
WITH DISTINCT c
MATCH (c)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p:Product)
WHERE o.kind = 'purchase' AND o.date >= $from
RETURN c.id AS customer, o.id AS `order`, o.date AS date, p.id AS product, l.lineTotal AS lineTotal
