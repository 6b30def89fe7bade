// Starts or stops an experiment (the caller checks the transition).
// Params: $id STRING, $status STRING, $startedAt STRING, $stoppedAt STRING
// Returns: id
MATCH (x:Experiment {id: $id})
SET x.status = $status, x.startedAt = $startedAt, x.stoppedAt = $stoppedAt
RETURN x.id AS id
