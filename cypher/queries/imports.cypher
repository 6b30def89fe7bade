// Every finished import with its cleaning funnel (JSON text), newest first.
// Returns: id, file, format, importedAt, rows, lineItems, returnLines, customers, products, orders, funnel
MATCH (i:Import) WHERE i.importedAt IS NOT NULL
RETURN i.id AS id, i.file AS file, i.format AS format, i.importedAt AS importedAt, i.rows AS rows,
       i.lineItems AS lineItems, i.returnLines AS returnLines, i.customers AS customers,
       i.products AS products, i.orders AS orders, i.funnel AS funnel
ORDER BY importedAt DESC
