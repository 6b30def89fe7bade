// Removes an experiment and its events (a replay is written again under the same id).
// Params: $id STRING
MATCH (x:Experiment {id: $id})
DETACH DELETE x
