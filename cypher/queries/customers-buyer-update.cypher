// Sets Customer.buyer: whether the customer has a purchase order with at least one line (what the `customers`
// status filter, the read model and the counts ask). Run at the end of every import (new customers, and
// returns-only customers an import gave purchases to) and when a graph is opened for writing (graphs made before
// the column). Buyers stay buyers (orders are only ever added), so only the others are looked at.
// Returns: updated (customers looked at)
MATCH (c:Customer)
WHERE c.buyer IS NULL OR NOT c.buyer
OPTIONAL MATCH (c)-[:PLACED]->(o:`Order`) WHERE o.kind = 'purchase' AND o.lineCount > 0
WITH c, count(o) > 0 AS buyer
SET c.buyer = buyer
RETURN count(c) AS updated
