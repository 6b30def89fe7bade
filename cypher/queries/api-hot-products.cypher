// Every product (the server's primed read model, loaded whole at start and after each publish or import).
// Returns: product (node)
MATCH (p:Product)
RETURN p AS product
