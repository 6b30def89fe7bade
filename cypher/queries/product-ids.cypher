// Ids of every product in the graph.
MATCH (p:Product) RETURN p.id AS id
