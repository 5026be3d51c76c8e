"""What clausediff keeps: the registry (SQLite history of documents, versions, diffs, findings),
the manifest that describes a corpus folder, the per-document reports and the Atom feed that
are projections of the registry."""

# The defaults the command line shows, here so that building its parser imports neither the registry
# (sqlite3) nor the feed (xml.etree)
DEFAULT_PATH = ".clausediff/registry.sqlite"  # the registry's SQLite file
FEED_ENTRIES = 100  # versions the feed lists
