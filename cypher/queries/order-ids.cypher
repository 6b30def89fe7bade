// Ids of every order in the graph (purchases and returns), for skipping orders imported before.
MATCH (o:`Order`) RETURN o.id AS id
