// A server stops (its own record), and records of servers silent since $staleBefore are swept.
// Params: $id STRING, $staleBefore INT64 (ms since 1970)
MATCH (p:ServerPresence) WHERE p.id = $id OR p.heartbeatAt < $staleBefore
DELETE p
