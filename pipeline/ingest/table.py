"""A document kept as a table of its provisions, one row each: a CSV (or TSV) a chatbot or a search index is fed, with
columns for the rules' name, the article's number and caption, the paragraph's and the item's number, and the text
(「規約,2,（定義）,1項,一,区分所有権 建物の区分所有等に関する法律…」).

Read as text, such a file is one line per row with its numbers in front, commas between: no article is found and every
citation dangles. Its columns say what each cell is, so the document is rebuilt as it is printed: a title line where
the rules' name changes (a file often holds a 管理規約 and its 使用細則 and forms, each a document of its own), 「第2条
（定義）」 where the article changes, the paragraph's number before its text from the second on, the item's label before
its. Columns are known by their header's name (``_COLUMNS``); a table without a column of text, or whose text is no
page's worth of Japanese, is refused. The rebuilt text is the document the checks read; the header row is recorded as
removed.
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import BadInput
from ..grammar import WIDE_DIGITS
from ..model import Removal, Source
from . import text as _text
from .script import PAGE_JAPANESE, _japanese

# what each column of a table of provisions is called in its header (lower-cased; the first column whose header is
# one of these takes the role)
_COLUMNS = {
    "document": ("kind", "document", "doc", "rules", "文書", "文書名", "種別", "規程", "規約名", "規程名"),
    "article": ("id", "article", "article_no", "article_number", "条", "条番号", "条文番号"),
    "heading": ("heading", "title", "caption", "見出し", "条見出し"),
    "paragraph": ("paragraph", "paragraph_no", "paragraph_number", "項", "項番号"),
    "item": ("item", "item_no", "item_number", "号", "号番号"),
    "text": ("text", "body", "content", "本文", "条文", "内容"),
}
_DIGITS = re.compile(r"[0-9０-９]+")
_SUPPLEMENTARY = ("附則", "付則")


def _roles(header: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        for role, names in _COLUMNS.items():
            if key in names and role not in out:
                out[role] = i
    return out


def _cell(row: list[str], i: int | None) -> str:
    return row[i].strip() if i is not None and i < len(row) else ""


def _article_line(number: str, heading: str) -> str:
    label = f"第{number}条" if _DIGITS.fullmatch(number) else number
    if heading and heading[0] not in "（(【［":
        heading = f"（{heading}）"
    return label + heading


def _paragraph_number(cell: str) -> int | None:
    m = _DIGITS.search(cell)
    return int(m.group(0).translate(WIDE_DIGITS)) if m else None


def rebuild(rows: list[list[str]], roles: dict[str, int]) -> str:
    """The document the rows of a table of provisions make, as it is printed."""
    lines: list[str] = []
    document = article = None
    for row in rows:
        text = _cell(row, roles["text"])
        if not text:
            continue
        doc = _cell(row, roles.get("document"))
        if doc and doc != document:
            if document and doc.startswith(document) and doc[len(document):].strip() in _SUPPLEMENTARY:
                lines.append(doc[len(document):].strip())  # 「駐車場使用細則 附則」 after its 細則: that document's 附則
            else:
                if lines:
                    lines.append("")
                lines.append(doc)
            document, article = doc, None
        number, heading = _cell(row, roles.get("article")), _cell(row, roles.get("heading"))
        if (number or heading) and (number, heading) != article:
            lines.append(_article_line(number, heading) if number else heading)
            article = (number, heading)
        n = _paragraph_number(_cell(row, roles.get("paragraph")))
        item = _cell(row, roles.get("item"))
        if item:
            lines.append(f"{item}　{text}")
        elif n is not None and n > 1:
            lines.append(f"{n}　{text}")
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


def read_table(data: bytes, name: str, limits=None, deadline=None) -> Source:
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    source, encoding = _text.decode(data, name)
    rows = list(csv.reader(io.StringIO(source), delimiter="\t" if suffix == ".tsv" else ","))
    if not rows:
        raise BadInput("an empty table", name)
    header, body = rows[0], rows[1:]
    roles = _roles(header)
    if "text" not in roles:
        # (no column named for the text: the one that holds the most Japanese, where the header names none of its cells)
        totals = [sum(_japanese(r[i]) for r in body if i < len(r)) for i in range(len(header))]
        roles["text"] = max(range(len(header)), key=totals.__getitem__) if header else 0
    in_text = sum(_japanese(_cell(r, roles["text"])) for r in body)
    if in_text < PAGE_JAPANESE or not ({"article", "paragraph", "item", "document"} & roles.keys()):
        raise BadInput(f"a {suffix} file is a table, not a document (no column of provisions' text with their numbers): "
                       f"export the document itself (text, Word, PDF) and check that", name)
    rebuilt = rebuild(body, roles)
    src = _text.read_text(rebuilt.encode("utf-8"), name, markdown=False)
    src.encoding = encoding
    src.removed.insert(0, Removal("table-header", source.split("\n", 1)[0], 0, 0))
    named = ", ".join(f"{role}={header[i]}" for role, i in sorted(roles.items(), key=lambda x: x[1]))
    src.notes.append(f"a table of provisions ({suffix}, {len(body)} rows; columns {named}): the document rebuilt from "
                     f"its rows, a title where the rules' name changes, 第N条 where the article does")
    return src
