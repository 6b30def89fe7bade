// Which of the given customer ids exist (events for unknown customers are refused).
// Params: $ids STRING[]
// Returns: id
MATCH (c:Customer) WHERE c.id IN $ids
RETURN c.id AS id
