// One page of products matching a filter, ordered by buyers, units or revenue (the `products` connection).
// (Staged aggregation: the embedded store nulls sums that follow a DISTINCT aggregate.)
// Params: as api-products-page, with $sortField 'buyers'|'units'|'revenue'.
// Ties order by id; revenue sorts to the cent (a floating-point sum's last bits depend on the order the store
// adds the lines in, which may differ between two queries: cypher/test/products-revenue-ties.test.ts).
// Only the ids and one number key are sorted (the page's products are read by id after
// SKIP/LIMIT), DESC as 0 − value (see api-customers-page: Ladybug 0.19.1 on several threads misordered the
// former `ORDER BY kAsc, kDesc DESC, id` (null keys) on 20,000–40,000 products, a wrong first page for buyers DESC).
// cypher/test/products-page-order.test.ts checks every order on a catalogue scanned by several threads.
// Returns: product (node), id, buyers, units, revenue, key (the sort key)
MATCH (p:Product)
WHERE ($search = '' OR lower(p.description) CONTAINS $search OR lower(p.id) = $search)
  AND ($type = '' OR p.type = $type)
OPTIONAL MATCH (c:Customer)-[:PLACED]->(o:`Order`)-[l:CONTAINS]->(p)
WITH p, c, sum(l.quantity) AS q, sum(l.lineTotal) AS t
WITH p.id AS id, count(c) AS buyers, coalesce(sum(q), 0) AS units, coalesce(sum(t), 0.0) AS revenue
WITH id, buyers, units, revenue, CASE $sortField WHEN 'buyers' THEN buyers * 1.0 WHEN 'units' THEN units * 1.0
    ELSE round(revenue, 2) END AS k
WITH id, buyers, units, revenue, CASE $direction WHEN 'DESC' THEN 0.0 - k ELSE k END AS key
ORDER BY key, id
SKIP $skip LIMIT $limit
MATCH (p:Product {id: id})
RETURN p AS product, id, buyers, units, revenue, key
ORDER BY key, id
