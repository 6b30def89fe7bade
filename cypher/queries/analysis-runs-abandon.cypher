// Marks runs left "running" by a process that died as failed (the next run cleans up).
// Params: $finishedAt
MATCH (r:AnalysisRun {status: 'running'})
SET r.status = 'failed', r.finishedAt = $finishedAt, r.error = 'abandoned: the process stopped before the run finished'
