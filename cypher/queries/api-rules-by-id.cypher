// Rules by id (DataLoader batch).
// Params: $ids STRING[]
// Returns: rule (node)
MATCH (r:Rule) WHERE r.id IN $ids
RETURN r AS rule
