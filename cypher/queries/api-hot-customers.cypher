// Every customer (the server's primed read model, loaded whole at start and after each publish or import),
// with whether it has a purchase order with lines (the `customers` status filter).
// Returns: customer (node), buyer
MATCH (c:Customer)
RETURN c AS customer, EXISTS { MATCH (c)-[:PLACED]->(o:`Order`) WHERE o.kind = 'purchase' AND o.lineCount > 0 } AS buyer
