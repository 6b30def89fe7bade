// One page of products matching a filter, ordered by id or description (the `products` connection).
// Params: $search STRING (lower case, '' = any; matches description text or the exact id), $type STRING
//   ('' = any), $sortField 'id'|'description', $direction 'ASC'|'DESC', $skip, $limit INT64.
// Returns: product (node), id
MATCH (p:Product)
WHERE ($search = '' OR lower(p.description) CONTAINS $search OR lower(p.id) = $search)
  AND ($type = '' OR p.type = $type)
WITH p, CASE $sortField WHEN 'description' THEN coalesce(p.description, '') ELSE p.id END AS k
RETURN p AS product, p.id AS id,
       CASE $direction WHEN 'DESC' THEN '' ELSE k END AS kAsc,
       CASE $direction WHEN 'DESC' THEN k ELSE '' END AS kDesc
ORDER BY kAsc, kDesc DESC, id
SKIP $skip LIMIT $limit
