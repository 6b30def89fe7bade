// Every customer (the server's primed read model, loaded whole at start and after each publish or import),
// with whether it has a purchase order with lines (Customer.buyer: the `customers` status filter).
// Returns: customer (node), buyer
MATCH (c:Customer)
RETURN c AS customer, c.buyer AS buyer
