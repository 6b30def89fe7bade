// Every A/B experiment (live and replayed), newest first.
// Returns: experiment (node)
MATCH (x:Experiment)
RETURN x AS experiment, x.createdAt AS createdAt
ORDER BY createdAt DESC
