// The segment of every customer that has one (primed read model; segments themselves come from api-segments).
// Returns: customer, segment (id), distance
MATCH (c:Customer)-[r:IN_SEGMENT]->(s:Segment)
RETURN c.id AS customer, s.id AS segment, r.distance AS distance
