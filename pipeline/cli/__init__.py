"""The command line: the only layer that parses arguments, prints, shows progress and turns
exceptions into exit codes. Nothing below imports it."""

from .. import regex_cache, word_frequencies
from ..document_cache import cache_turned_off, default_folder

# before the rules are imported: their patterns compiled once per machine, kept beside the cached documents, and
# so is general Japanese's word list, read a part at a time
if not cache_turned_off():
    regex_cache.install(default_folder())
    word_frequencies.use_store(default_folder())

from .commands import build_parser, main  # noqa: E402

__all__ = ["build_parser", "main"]
