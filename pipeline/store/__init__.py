"""What clausediff keeps: the registry (SQLite history of documents, versions, diffs, findings),
the manifest that describes a corpus folder, the per-document reports and the Atom feed that
are projections of the registry."""
