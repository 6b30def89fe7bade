// Records the stage a running analysis has reached (readable while it works).
// Params: $id, $stage, $timings (JSON)
MATCH (r:AnalysisRun {id: $id}) SET r.stage = $stage, r.timings = $timings
