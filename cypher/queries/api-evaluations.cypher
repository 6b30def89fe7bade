// Every offline evaluation of the recommenders, newest first.
// Returns: evaluation (node)
MATCH (e:Evaluation)
RETURN e AS evaluation, e.createdAt AS createdAt
ORDER BY createdAt DESC
