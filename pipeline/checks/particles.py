"""Dropped, wrong and misplaced particles that no reading of Japanese allows (part of grammar-slip): the checks
of particles_dropped.py and particles_wrong.py, each declared with ``particles_base.particle_check``."""

from __future__ import annotations

import bisect

from . import particles_dropped, particles_wrong  # noqa: F401  (importing them declares their checks)
from .base import Context
from .particles_base import CHECKS


def particle_findings(ctx: Context):
    images = ctx.doc.source.images
    for check in CHECKS:
        for f in check(ctx):
            if images:
                a, b = ctx.doc.norm.source_span(f.span)
                i = bisect.bisect_left(images, a)
                if i < len(images) and images[i] <= b:
                    continue  # 「右上の<img alt="">をクリック」: a picture stands where the word is missing
            yield f
