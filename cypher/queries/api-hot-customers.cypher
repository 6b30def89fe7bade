// Every customer (the server's primed read model, loaded whole at start and after each publish or import).
// Returns: customer (node)
MATCH (c:Customer)
RETURN c AS customer
