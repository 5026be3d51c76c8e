"""Work over many documents: ``clausediff run`` over a corpus folder (jobs.run) and the resumable
batch behind ``track`` and ``batch`` (jobs.batch, with its worker functions and engines)."""
