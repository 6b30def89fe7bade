// The import of a file, by the sha256 of its content (empty if never imported).
// Params: $id STRING
MATCH (i:Import {id: $id}) RETURN i.id AS id, i.file AS file, i.importedAt AS importedAt
