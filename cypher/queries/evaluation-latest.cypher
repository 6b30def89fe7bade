// The newest offline evaluation of the recommenders.
// Returns: id, createdAt, cutoff, top, users, defaultModel, models (JSON)
MATCH (e:Evaluation)
RETURN e.id AS id, e.createdAt AS createdAt, e.cutoff AS cutoff, e.top AS top, e.users AS users,
       e.defaultModel AS defaultModel, e.models AS models
ORDER BY e.createdAt DESC LIMIT 1
