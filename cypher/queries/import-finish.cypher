// Marks an import finished once all its batches are written (written first with importedAt null).
// Params: $id STRING, $importedAt STRING (ISO timestamp)
MATCH (i:Import {id: $id}) SET i.importedAt = $importedAt
