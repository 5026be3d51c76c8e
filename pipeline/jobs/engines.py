"""Where batch work runs: in the calling process (track), a local process pool, or a Dask cluster.

The worker functions and the checks are imported when an engine starts, not with this module:
the CLI reads the engine names from ``ENGINES`` for its --engine choices.

Each engine's ``run(fn, tasks)`` yields ``(task index, result, exception)`` as tasks finish, with
at most a few tasks in flight per worker, so a batch of thousands of files never holds them all.
"""

from __future__ import annotations

import os
from importlib import import_module

from ..errors import MissingExtra


class InlineEngine:
    name = "inline"

    def run(self, fn, tasks):
        for i, t in enumerate(tasks):
            try:
                yield i, fn(*t), None
            except Exception as e:
                yield i, None, e

    def close(self):
        pass


MAX_TASKS_PER_CHILD = 500


class LocalEngine:
    name = "local"

    def __init__(self, workers: int | None):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        from ..checks import RULE_MODULES
        from .worker import warm

        self.workers = max(1, workers or os.cpu_count() or 1)
        ctx = mp.get_context("forkserver")
        # imported once in the fork server, so each new worker starts with them loaded
        ctx.set_forkserver_preload(["pipeline.jobs.worker", "pipeline.tokens"]
                                   + [f"pipeline.checks.{m}" for m in RULE_MODULES])
        # A worker's caches are bounded (pipeline.tokens: CACHE_TOKENS) and it keeps them
        # across tasks, which is what makes successive versions cheap. Workers are still
        # replaced now and then, as a guard against leaks in third-party readers (PDF, Word).
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=warm,
                                        max_tasks_per_child=MAX_TASKS_PER_CHILD)

    def run(self, fn, tasks):
        from concurrent.futures import FIRST_COMPLETED, wait

        tasks = list(tasks)
        pending = {}
        nxt = 0
        limit = self.workers * 3
        while nxt < len(tasks) or pending:
            while nxt < len(tasks) and len(pending) < limit:
                pending[self.pool.submit(fn, *tasks[nxt])] = nxt
                nxt += 1
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                i = pending.pop(f)
                try:
                    yield i, f.result(), None
                except Exception as e:
                    yield i, None, e

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


def _require_dask() -> None:
    try:
        import_module("distributed")
    except ModuleNotFoundError as e:  # an optional extra, not one of our modules
        raise MissingExtra(f"the dask engine needs the optional package {e.name or 'distributed'!r}: "
                           "pip install 'clausediff[dask]' (or use --engine local)") from None


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None, workers: int | None):
        _require_dask()
        from distributed import Client, LocalCluster

        from .worker import warm

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            n = max(1, workers or os.cpu_count() or 1)
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        self.client.run(warm)  # one tagger per worker process, loaded before the first task
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or 1)

    def run(self, fn, tasks):
        from distributed import as_completed

        tasks = list(tasks)
        limit = self.workers * 3
        index = {}
        nxt = 0
        ac = as_completed()
        while nxt < len(tasks) and nxt < limit:
            f = self.client.submit(fn, *tasks[nxt], pure=False)
            index[f.key] = nxt
            ac.add(f)
            nxt += 1
        for f in ac:
            i = index.pop(f.key)
            try:
                yield i, f.result(), None
            except Exception as e:
                yield i, None, e
            f.release()
            if nxt < len(tasks):
                g = self.client.submit(fn, *tasks[nxt], pure=False)
                index[g.key] = nxt
                ac.add(g)
                nxt += 1

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# name → factory(scheduler, workers); the CLI's --engine choices come from here
ENGINES = {
    "inline": lambda scheduler, workers: InlineEngine(),
    "local": lambda scheduler, workers: LocalEngine(workers),
    "dask": DaskEngine,
}


# name → what the engine needs installed, checked before a run reads anything
REQUIREMENTS = {"dask": _require_dask}


def require(name: str) -> None:
    """Raise MissingExtra now if the engine ``name`` cannot run here."""
    REQUIREMENTS.get(name, lambda: None)()


def make_engine(name: str, scheduler: str | None = None, workers: int | None = None):
    return ENGINES[name](scheduler, workers)
