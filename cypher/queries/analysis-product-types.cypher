// Products that have a type (Shopify exports), for the type-diversity feature.
// Returns: product, type
MATCH (p:Product) WHERE p.type IS NOT NULL
RETURN p.id AS product, p.type AS type
