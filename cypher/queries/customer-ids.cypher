// Ids of every customer in the graph.
MATCH (c:Customer) RETURN c.id AS id
