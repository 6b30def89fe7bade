// One page of products matching a filter, ordered by buyers, units or revenue (the `products` connection).
// (Staged aggregation: the embedded store nulls sums that follow a DISTINCT aggregate.)
// Params: as api-products-page, with $sortField 'buyers'|'units'|'revenue'.
// Returns: product (node), id, buyers, units, revenue
MATCH (p:Product)
WHERE ($search = '' OR lower(p.description) CONTAINS $search OR lower(p.id) = $search)
  AND ($type = '' OR p.type = $type)
OPTIONAL MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p)
WITH p, c, sum(l.quantity) AS q, sum(l.lineTotal) AS t
WITH p, count(c) AS buyers, coalesce(sum(q), 0) AS units, coalesce(sum(t), 0.0) AS revenue
WITH p, buyers, units, revenue, CASE $sortField WHEN 'buyers' THEN buyers * 1.0 WHEN 'units' THEN units * 1.0
    ELSE revenue END AS k
RETURN p AS product, p.id AS id, buyers, units, revenue,
       CASE $direction WHEN 'DESC' THEN null ELSE k END AS kAsc,
       CASE $direction WHEN 'DESC' THEN k ELSE null END AS kDesc
ORDER BY kAsc, kDesc DESC, id
SKIP $skip LIMIT $limit
