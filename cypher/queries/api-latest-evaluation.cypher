// The newest offline evaluation of the recommenders (no row when none ran).
// Returns: evaluation (node)
MATCH (e:Evaluation)
RETURN e AS evaluation, e.createdAt AS createdAt
ORDER BY createdAt DESC
LIMIT 1
