// Marks an analysis run finished (completed or failed) with its timings and results summary.
// Params: $id, $status, $finishedAt, $stage, $timings (JSON), $kSweep (JSON), $k, $defaultModel, $featureNames, $scaling (JSON), $error, $modelSettings (JSON)
MATCH (r:AnalysisRun {id: $id})
SET r.status = $status, r.finishedAt = $finishedAt, r.stage = $stage, r.timings = $timings,
    r.kSweep = $kSweep, r.k = $k, r.defaultModel = $defaultModel, r.featureNames = $featureNames, r.scaling = $scaling, r.error = $error,
    r.modelSettings = $modelSettings
