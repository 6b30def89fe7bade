// The segment number (rank) of every customer that has one: the segment models the API fits read it.
// Returns: customer, rank
MATCH (c:Customer)-[:IN_SEGMENT]->(s:Segment)
RETURN c.id AS customer, s.rank AS rank
