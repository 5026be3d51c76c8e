"""The command line: the only layer that parses arguments, prints, shows progress and turns
exceptions into exit codes. Nothing below imports it."""

from .commands import build_parser, main

__all__ = ["build_parser", "main"]
