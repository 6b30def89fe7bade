// The finished import of a file, by the sha256 of its content (empty if never imported, or only begun).
// Params: $id STRING
MATCH (i:Import {id: $id}) WHERE i.importedAt IS NOT NULL
RETURN i.id AS id, i.file AS file, i.importedAt AS importedAt
