// An import of this file that began but did not finish (a server store writes imports in batches):
// what it recorded before writing, so a re-run finishes it with the same report. Empty otherwise.
// Params: $id STRING
// Returns: rows, lineItems, returnLines, customers, products, orders, funnel (JSON)
MATCH (i:Import {id: $id}) WHERE i.importedAt IS NULL
RETURN i.rows AS rows, i.lineItems AS lineItems, i.returnLines AS returnLines, i.customers AS customers,
       i.products AS products, i.orders AS orders, i.funnel AS funnel
