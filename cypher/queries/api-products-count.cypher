// Number of products matching the `products` filter (parameters as api-products-page).
// Returns: total
MATCH (p:Product)
WHERE ($search = '' OR lower(p.description) CONTAINS $search OR lower(p.id) = $search)
  AND ($type = '' OR p.type = $type)
RETURN count(p) AS total
