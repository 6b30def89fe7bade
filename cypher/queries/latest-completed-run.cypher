// The last completed analysis run: the one whose results the graph holds.
// Returns: id, status, params, startedAt, finishedAt, stage, timings, kSweep, k, featureNames, scaling, defaultModel, modelSettings, error
MATCH (r:AnalysisRun {status: 'completed'})
RETURN r.id AS id, r.status AS status, r.params AS params, r.startedAt AS startedAt, r.finishedAt AS finishedAt,
       r.stage AS stage, r.timings AS timings, r.kSweep AS kSweep, r.k AS k, r.featureNames AS featureNames, r.scaling AS scaling,
       r.defaultModel AS defaultModel, r.modelSettings AS modelSettings, r.error AS error
ORDER BY r.finishedAt DESC LIMIT 1
