"""clausediff: clause diff and change tracking for Japanese agreements."""

__version__ = "0.1.0"
