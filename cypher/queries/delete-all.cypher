// Deletes every node and relationship (import --replace).
MATCH (n) DETACH DELETE n
