"""Dropped, wrong and misplaced particles that no reading of Japanese allows (part of grammar-slip): the checks
of particles_dropped.py and particles_wrong.py, each declared with ``particles_base.particle_check``."""

from __future__ import annotations

from . import particles_dropped, particles_wrong  # noqa: F401  (importing them declares their checks)
from .base import Context
from .particles_base import CHECKS


def particle_findings(ctx: Context):
    for check in CHECKS:
        yield from check(ctx)
