// Liveness probe of the API: one constant row.
// Returns: ok
RETURN 1 AS ok
