// The current analysis run: the one whose results (segments, rules, SIMILAR, ALSO_BOUGHT, RECOMMENDED,
// customer features) readers see. No row before the first run is published.
// Returns: id, status, params, startedAt, finishedAt, stage, timings, kSweep, k, featureNames, scaling, defaultModel, modelSettings, error
MATCH (r:AnalysisRun {current: true})
RETURN r.id AS id, r.status AS status, r.params AS params, r.startedAt AS startedAt, r.finishedAt AS finishedAt,
       r.stage AS stage, r.timings AS timings, r.kSweep AS kSweep, r.k AS k, r.featureNames AS featureNames, r.scaling AS scaling,
       r.defaultModel AS defaultModel, r.modelSettings AS modelSettings, r.error AS error
