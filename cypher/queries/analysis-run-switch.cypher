// Makes one analysis run the current one (the run whose results readers see); every other run stops being
// current. Runs in the small transaction that publishes the run.
// Params: $id
MATCH (r:AnalysisRun)
SET r.current = (r.id = $id)
