// One page of products matching a filter, ordered by id or description (the `products` connection).
// Params: $search STRING (lower case, '' = any; matches description text or the exact id), $type STRING
//   ('' = any), $sortField 'id'|'description', $direction 'ASC'|'DESC', $skip, $limit INT64.
// Ties order by id; a missing description sorts as ''. The sort keys are never null (see api-customers-page:
// Ladybug 0.19.1 on several threads misorders multi-key sorts with null keys), and only the keys are sorted:
// the page's products are read by id after SKIP/LIMIT. cypher/test/products-page-order.test.ts checks every
// order on a catalogue scanned by several threads.
// Returns: product (node), id, kAsc, kDesc (the sort keys)
MATCH (p:Product)
WHERE ($search = '' OR lower(p.description) CONTAINS $search OR lower(p.id) = $search)
  AND ($type = '' OR p.type = $type)
WITH p.id AS id, CASE $sortField WHEN 'description' THEN coalesce(p.description, '') ELSE p.id END AS k
WITH id, CASE $direction WHEN 'DESC' THEN '' ELSE k END AS kAsc,
     CASE $direction WHEN 'DESC' THEN k ELSE '' END AS kDesc
ORDER BY kAsc, kDesc DESC, id
SKIP $skip LIMIT $limit
MATCH (p:Product {id: id})
RETURN p AS product, id, kAsc, kDesc
ORDER BY kAsc, kDesc DESC, id
