"""How many processes render the releases, and the tasks they share."""

from __future__ import annotations

import gc
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING

import jinja2

from i18n.errors import I18nError, SourceError
from i18n.publish.build_cache import output_stats
from i18n.publish.templating import template_error
from i18n.runtime import workers

if TYPE_CHECKING:  # the builder is handed in: this module does not import build.py
    from i18n.publish.build import Builder, BuiltRelease


# Worker processes that render the releases: I18N_BUILD_WORKERS, else one per core.
WORKERS_VARIABLE = "I18N_BUILD_WORKERS"
CHUNK = 25  # releases a worker renders per task (fewer when there are few releases)


def task_bounds(count: int, processes: int) -> list[tuple[int, int]]:
    """[start, stop) of each task: CHUNK releases at most, fewer as the end nears, so that
    no worker idles long while another renders a last large chunk."""
    chunks, start = [], 0
    while start < count:
        size = max(1, min(CHUNK, (count - start) // (4 * processes)))
        chunks.append((start, start + size))
        start += size
    return chunks


def build_workers() -> int:
    """How many processes render the releases: I18N_BUILD_WORKERS (1: this process alone),
    else one per core available; one where processes cannot be forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    value = os.environ.get(WORKERS_VARIABLE, "").strip()
    if not value:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if not value.isdigit() or int(value) < 1:
        raise I18nError(f"{WORKERS_VARIABLE}={value!r}: must be a whole number, 1 or more (1: no worker processes)")
    return int(value)


# The builder a forked worker inherits (set while the workers run): its releases, catalogs
# already read, templates already compiled.
_FORKED: Builder | None = None


def _start_worker(parent: int) -> None:
    """A worker dies with its parent (workers.start) and collects its garbage every 20,000
    new objects, not 700: rendering makes and drops tokens, contexts and strings by the million, few of them in cycles (the collector
    took 2.6% of a build's time; the worker's heap stays the same size)."""
    workers.start(parent)
    gc.set_threshold(20_000, 20, 20)


class _WorkerSourceError(Exception):
    """A worker's SourceError as (path, line, message): SourceError itself does not pickle."""


def _build_chunk(bounds: tuple[int, int]) -> tuple[list[BuiltRelease], set[str], list[str], dict[str, list]]:
    """In a worker: build the releases [start:stop); return them with the files made and
    written, and the [size, mtime_ns] of each (stat here, on every core, not after the build)."""
    workers.check()
    builder = _FORKED
    builder.outputs, builder.written, builder.output_states = set(), [], {}
    try:
        built = [builder.build_release(release) for release in builder.releases[slice(*bounds)]]
    except jinja2.TemplateError as error:
        error = template_error(error)
        raise _WorkerSourceError(error.path, error.line, error.message) from None
    except SourceError as error:
        raise _WorkerSourceError(error.path, error.line, error.message) from None
    return built, builder.outputs, builder.written, output_stats(builder.outputs, builder.output_states) or {}


def build_in_workers(builder: Builder, count: int):
    """builder.build_release of every release, in order, by count forked worker processes
    that write their files themselves and report what they wrote."""
    global _FORKED
    _FORKED = builder
    bounds = task_bounds(len(builder.releases), count)
    gc.freeze()  # what the workers inherit is never collected there (nor copied for the collector's sake)
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_start_worker, initargs=(os.getpid(),)) as pool:
            for built, outputs, written, states in pool.map(_build_chunk, bounds):
                builder.outputs |= outputs
                builder.written += written
                builder.output_states.update(states)
                yield from built
    except _WorkerSourceError as error:
        raise SourceError(*error.args) from None
    finally:
        _FORKED = None
        gc.unfreeze()
