"""Plain text and Markdown files: encoding detection and line endings.

Japanese agreements still arrive as Shift_JIS (CP932) or EUC-JP. Each
candidate encoding is tried strictly; when more than one decodes, the one
whose text looks most like Japanese wins (kana and common punctuation).
"""

from __future__ import annotations

import re

from ..errors import BadInput
from ..model import Source
from .base import InputFormat, kana_composed

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _japanese_score(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    good = len(_JAPANESE.findall(sample))
    bad = len(_CONTROL.findall(sample)) * 5 + sample.count("\ufffd") * 5
    # Half-width katakana runs are the typical sign of a wrong guess between CP932 and EUC-JP.
    bad += len(re.findall(r"[\uff61-\uff9f]{2,}", sample))
    return (good - bad) / len(sample)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise BadInput(f"undecodable bytes at offset {e.start + 3} (file has a UTF-8 BOM but is not UTF-8)", name) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise BadInput(f"undecodable bytes at offset {e.start} (UTF-16 with BOM)", name) from None
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes), not a text document", name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e.start
    candidates = []
    for enc in ("cp932", "euc_jp"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_japanese_score(text), enc, text))
    if not candidates:
        raise BadInput(
            f"undecodable bytes at offset {utf8_error}: not UTF-8, Shift_JIS (CP932) or EUC-JP", name
        )
    score, enc, text = max(candidates)
    if score < 0.05 and _CONTROL.search(text[:8192]):
        raise BadInput("binary file (control bytes), not a text document", name)
    return text, enc


def read_text(data: bytes, name: str, markdown: bool = False) -> Source:
    text, encoding = decode(data, name)
    notes = []
    text = kana_composed(text, notes)
    if "\r" in text:
        # kept, so that every offset is the file's: normalization reads the CR of a CRLF as part of the line break.
        # A CR alone (old Mac files) is a line break of the same length.
        notes.append("line endings: CRLF" if "\r\n" in text else "line endings: CR")
        text = re.sub(r"\r(?!\n)", "\n", text)
    if _CONTROL.search(text[:8192]) and len(_CONTROL.findall(text[:8192])) > 20:
        raise BadInput("binary file (control bytes), not a text document", name)
    return Source(
        path=name,
        sha256="",
        format="markdown" if markdown else "text",
        encoding=encoding,
        text=text,
        notes=notes,
    )


# A text file written in Markdown (a README-like 利用規約.txt, a page's source saved as .txt): its articles are ATX
# headings (「## 第1条（同意）」) and its paragraphs or items 「1.」 lists. Read as plain text, the headings' number
# signs hide the articles and the lists become articles of their own (three false warnings on one such file).
_ATX_HEADING = re.compile(rb"^#{1,6}[ \t]+\S", re.MULTILINE)
_MARKDOWN_IN_TEXT = 2  # ATX headings it takes; one could be a comment line
# three items in a row numbered 「1.」 at one indentation: a list Markdown numbers itself (1. 1. 1. renders 1, 2, 3),
# which with one ATX heading (the title, 「# 秘密保持契約書」) says Markdown as surely as two headings
_LAZY_LIST = re.compile(rb"^([ \t]*)1\.[ \t]+\S[^\n]*\n\1 ?1\.[ \t]+\S[^\n]*\n\1 ?1\.[ \t]+\S", re.MULTILINE)


def _sniff_markdown(data: bytes, suffix: str) -> bool:
    if suffix not in READER.suffixes:
        return False
    head = data[:65536]
    headings = len(_ATX_HEADING.findall(head))
    return headings >= _MARKDOWN_IN_TEXT or headings == 1 and _LAZY_LIST.search(head) is not None


READER = InputFormat("text", frozenset({".txt", ".text", ""}), lambda data, name, limits, deadline: read_text(data, name))


def _read_markdown(data: bytes, name: str, limits, deadline) -> Source:
    src = read_text(data, name, markdown=True)
    if not name.lower().endswith(tuple(MARKDOWN_READER.suffixes)):
        src.notes.append("read as Markdown: its lines hold Markdown headings")
    return src


MARKDOWN_READER = InputFormat("markdown", frozenset({".md", ".markdown"}), _read_markdown,
                               sniff=_sniff_markdown)
