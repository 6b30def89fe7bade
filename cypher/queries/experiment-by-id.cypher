// One A/B experiment.
// Params: $id STRING
// Returns: experiment (node)
MATCH (x:Experiment {id: $id})
RETURN x AS experiment
