"""HTML reports: the 新旧対照表 with a redline view, the checks report, the run index.

Every report is one self-contained file: inline CSS and JS, installed fonts only
(Noto CJK JP first, then the Japanese fonts of macOS and Windows), no network. Each
side of the 新旧対照表 and the redline shows the source text as the reader knows it
(``taisho.source_display``); the comparison itself ran on the normalized text. Every piece of document text goes through ``esc`` (``html.escape``
with ``quote=True``), in element and attribute contexts alike, because a
document may contain markup.

The helpers at the top (numbers, status and change labels, row ids, change
marks) are shared with the Markdown and table reports.
"""

from __future__ import annotations

import html
import re
from difflib import SequenceMatcher
from urllib.parse import urlsplit

from ..diff import IDENTICAL_NOTE, IDENTICAL_NOTE_EN
from ..grammar import article_label
from .taisho import change_label, change_span, display_text, finding_label, pair_rows, renumber_phrase, source_display

# ------------------------------------------------------------------ shared labels

STATUS_JA = {
    "unchanged": "変更なし",
    "renumbered": "条番号のみ変更",
    "modified": "変更",
    "moved": "移動",
    "inserted": "新設",
    "deleted": "削除",
    "split": "分割",
    "merged": "統合",
}
STATUS_ORDER = ["modified", "inserted", "deleted", "moved", "split", "merged", "renumbered", "unchanged"]
KIND_JA = {"substantive": "実質的変更", "editorial": "形式的変更", "reference": "参照条番号の更新"}
KIND_ORDER = ["substantive", "editorial", "reference"]
CATEGORY_JA = {
    "duration": "期間",
    "amount": "金額・数量",
    "negation": "肯否の反転",
    "modality": "義務・権限の表現",
    "party": "当事者",
    "item-added": "号の追加",
    "item-deleted": "号の削除",
    "paragraph-added": "項の追加",
    "paragraph-deleted": "項の削除",
    "wording": "文言",
    "title": "見出し",
    "layout": "体裁",
    "punctuation": "句読点",
    "notation": "表記",
    "typo": "誤記",
    "renumbered-reference": "参照番号の更新",
    "reference-target-changed": "参照先の変更",
    "reference-target": "参照先の変更",
    "citation-notation": "条番号の表記",
    "law-number": "法令番号",
    "date": "日付",
    "date-notation": "日付の表記",
    "address": "住所",
    "rename": "名称の一括変更",
    "moved": "移動",
    "politeness": "敬語・丁寧語",
    "copula": "文体",
    "equivalent-wording": "同義の言い換え",
    "link": "リンク先",
    "numbering": "番号",
    "article-deleted": "条の削除",
    "title-added": "見出しの追加",
    "title-deleted": "見出しの削除",
}
SEVERITY_JA = {"error": "誤り", "warning": "注意", "info": "参考"}


def esc(s) -> str:
    """HTML-escape any value for element and (quoted) attribute contexts."""
    return html.escape("" if s is None else str(s), quote=True)


jp_number = article_label


def _num_key(n: str | None) -> tuple | None:
    if n is None:
        return None
    parts = []
    for p in re.split(r"[_.]", n):
        if not p.isdigit():
            return None
        parts.append(int(p))
    return tuple(parts)


def number_shift(pair) -> str | None:
    """繰上げ (number decreased) / 繰下げ (number increased) for a pair whose number changed."""
    if pair.old is None or pair.new is None or pair.old_number == pair.new_number:
        return None
    if not (pair.old.numbered or pair.new.numbered):
        return None  # sections headed by their titles alone: a place no reader sees moved
    a, b = _num_key(pair.old_number), _num_key(pair.new_number)
    if a is None or b is None:
        return "番号変更"
    return "繰上げ" if b < a else "繰下げ"


def category_ja(cat: str) -> str:
    return CATEGORY_JA.get(cat, cat)


def is_substantive_row(pair) -> bool:
    return pair.status in ("inserted", "deleted") or any(c.kind == "substantive" for c in pair.changes)


def is_changed_row(pair) -> bool:
    return bool(pair.changes) or pair.status in ("modified", "inserted", "deleted", "moved", "split", "merged")


def remarks(pair) -> list[str]:
    """The 備考 words for one aligned pair: status words, then change kinds with counts."""
    out: list[str] = []
    st = pair.status
    if st == "inserted":
        out.append("新設")
    elif st == "deleted":
        out.append("削除")
    elif st == "moved":
        out.append("移動")
    elif st == "split":
        out.append("分割")
    elif st == "merged":
        out.append("統合")
    elif st == "modified" or any(c.kind != "reference" for c in pair.changes):
        out.append("変更")
    shift = number_shift(pair)
    if shift:
        out.append(shift)
    kinds: dict[str, int] = {}
    cats: list[str] = []
    for c in pair.changes:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
        if c.kind == "substantive":
            for cat in c.categories:
                if cat not in cats:
                    cats.append(cat)
    for k in KIND_ORDER:
        if k in kinds:
            label = f"{KIND_JA[k]} {kinds[k]}件"
            if k == "substantive" and cats:
                label += "（" + "・".join(category_ja(c) for c in cats) + "）"
            out.append(label)
    if not out:
        out.append("変更なし")
    return out


def _part_suffix(art) -> str:
    return "" if art is None or art.part == "main" else "-" + re.sub(r"[^0-9A-Za-z_-]", "_", art.part)


def row_ids(pairs) -> list[str]:
    """A stable, unique HTML id per aligned pair: row-n14 (new number), row-o24 (deleted), ..."""
    ids: list[str] = []
    seen: dict[str, int] = {}
    for p in pairs:
        if p.new is not None:
            base = f"row-n{p.new_number}{_part_suffix(p.new)}"
        else:
            base = f"row-o{p.old_number}{_part_suffix(p.old)}"
        base = re.sub(r"[^0-9A-Za-z_-]", "_", base)
        k = seen.get(base, 0)
        seen[base] = k + 1
        ids.append(base if k == 0 else f"{base}-{k + 1}")
    return ids


def article_heading(art) -> str:
    if art is None:
        return "—"
    return art.label + (f"（{art.title}）" if art.title and art.numbered else "")


def finding_rows(result) -> dict[int, list[int]]:
    """Pair index → indices of findings located in that pair's new article: by span; by article
    number only for a finding outside every article of the new version (a finding inside 附則第2条
    that has no row of its own must not land on 第2条 of the main text)."""
    out: dict[int, list[int]] = {}
    by_article = {id(p.new): pi for pi, p in enumerate(result.pairs) if p.new is not None}
    for fi, f in enumerate(result.findings):
        art, _, _ = result.new.locate(f.span[0])
        if art is not None:
            hit = by_article.get(id(art))
        else:
            hit = next((pi for pi, p in enumerate(result.pairs)
                        if p.new is not None and p.new.part == "main" and p.new_number == f.article), None)
        if hit is not None:
            out.setdefault(hit, []).append(fi)
    return out


# ------------------------------------------------------------------ marking text


def render_marked(text: str, marks: list[tuple[int, int, str, str]], points: list[tuple[int, str]] = ()) -> str:
    """Escaped ``text`` with ranges wrapped in tags.

    ``marks``: (start, end, open_tag, close_tag) relative to ``text``; ranges may
    overlap: the text is cut at every boundary and each piece opens the tags
    covering it in list order, so the output always nests correctly.
    ``points``: (position, html) inserted as-is (already escaped) at a position.
    """
    n = len(text)
    clean = []
    for s, e, o, c in marks:
        s, e = max(0, min(s, n)), max(0, min(e, n))
        if e > s:
            clean.append((s, e, o, c))
    cuts = {0, n}
    for s, e, _, _ in clean:
        cuts.add(s)
        cuts.add(e)
    pts: dict[int, list[str]] = {}
    for pos, h in points:
        pos = max(0, min(pos, n))
        cuts.add(pos)
        pts.setdefault(pos, []).append(h)
    bounds = sorted(cuts)
    out: list[str] = []
    for i, a in enumerate(bounds):
        out.extend(pts.get(a, []))
        if i + 1 >= len(bounds):
            break
        b = bounds[i + 1]
        piece = esc(text[a:b])
        active = [(o, c) for s, e, o, c in clean if s <= a and b <= e]
        for o, _ in active:
            out.append(o)
        out.append(piece)
        for _, c in reversed(active):
            out.append(c)
    return "".join(out)


def _change_attr(c) -> str:
    cats = "・".join(category_ja(x) for x in c.categories)
    group = f' data-group="{esc(c.group)}"' if getattr(c, "group", None) else ""
    return f' class="chg k-{esc(c.kind)}" title="{esc(KIND_JA.get(c.kind, c.kind))}: {esc(cats)}"{group}'


_GAP = {
    "new": f'<span class="gap" title="{esc("この位置の文言が削除されました")}">‸</span>',
    "old": f'<span class="gap" title="{esc("この位置に文言が追加されました")}">‸</span>',
}


def cell_html(cell, side: str, findings=()) -> str:
    """One side of one row: the source text as displayed, changes in <ins>/<del>, findings in <mark>."""
    tag = "ins" if side == "new" else "del"
    marks = [(s, e, f"<{tag}{_change_attr(c)}>", f"</{tag}>") for s, e, c in cell.marks]
    for _, f in findings:
        s, e = cell.span_of(*f.span)
        if e > s:
            marks.append((s, e, f'<mark class="finding sev-{esc(f.severity)}" title="{esc(f.message)}">', "</mark>"))
    points = [(p, _GAP[side]) for p, _ in cell.points]
    return render_marked(cell.text, marks, points)


def _position_map(old_text: str, new_text: str):
    """A function mapping a position in old_text to the corresponding position in new_text."""
    sm = SequenceMatcher(None, old_text, new_text, autojunk=False)
    blocks = sm.get_opcodes()

    def to_new(pos: int) -> int:
        for tag, i1, i2, j1, j2 in blocks:
            if i1 <= pos < i2 or (pos == i2 == len(old_text)):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j1 if pos == i1 else j2
        return len(new_text)

    return to_new


def redline_html(result, pair) -> str:
    """Inline redline of one pair, in the source text as displayed: the new text with the
    deleted words (<del>) before the inserted ones (<ins>)."""
    if pair.new is None and pair.old is not None:
        return f'<del class="chg k-substantive block">{esc(display_text(result.old, pair.old.span).rstrip())}</del>'
    if pair.old is None and pair.new is not None:
        return f'<ins class="chg k-substantive block">{esc(display_text(result.new, pair.new.span).rstrip())}</ins>'
    a, b = pair.old, pair.new
    nd = source_display(result.new, b.span)
    od = source_display(result.old, a.span)
    norm_new = b.text
    text = nd.text
    to_new = None
    events = []  # (pos, order, new_end, old_text, change) in display offsets of the new article
    for order, c in enumerate(pair.changes):
        ocs = change_span(result.old, c, "old")
        ncs = change_span(result.new, c, "new")
        old_piece = ""
        if ocs is not None and ocs[1] > ocs[0]:
            s, e = od.map(*ocs)
            old_piece = od.text[s:e]
        if ncs is not None:
            pos, end = nd.map(*ncs)
        else:
            if to_new is None:
                to_new = _position_map(a.text, norm_new)
            rel = to_new(ocs[0] - a.span[0]) if ocs else len(norm_new)
            if any(cat.endswith("-deleted") for cat in c.categories):  # a whole unit: on its own line
                nl = norm_new.find("\n", rel - 1 if rel > 0 else 0)
                if rel > 0 and norm_new[rel - 1] != "\n":
                    rel = len(norm_new) if nl < 0 else nl + 1
            pos = nd.map(b.span[0] + rel, b.span[0] + rel)[0] if rel < len(norm_new) else len(text)
            end = pos
        events.append((max(0, min(pos, len(text))), order, max(0, min(end, len(text))), old_piece, c))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    cur = 0
    for pos, _, end, old_piece, c in events:
        if pos < cur:  # overlapping change: show its old text, skip the overlap
            pos = cur
            end = max(end, cur)
        out.append(esc(text[cur:pos]))
        block = " block" if any(cat.endswith(("-added", "-deleted")) for cat in c.categories) else ""
        if old_piece:
            out.append(f'<del class="chg k-{esc(c.kind)}{block}">{esc(old_piece)}</del>')
        if end > pos:
            out.append(f'<ins class="chg k-{esc(c.kind)}{block}">{esc(text[pos:end])}</ins>')
        cur = max(cur, end)
    out.append(esc(text[cur:].rstrip()))
    return "".join(out)


# ------------------------------------------------------------------ page frame

CSS = """
:root { --ins: #fff1a8; --del: #fde0e0; --sub: #b3261e; --line: #c9c9c9; --muted: #666; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 0 1.5rem 3rem; color: #1a1a1a; background: #fff;
  font-family: "Noto Serif CJK JP", "Noto Serif JP", "Hiragino Mincho ProN", "Hiragino Mincho Pro", "Yu Mincho",
    "YuMincho", "IPAexMincho", "IPAMincho", "MS PMincho", serif;
  font-size: 15px; line-height: 1.85; font-feature-settings: "palt" 0; line-break: strict;
  word-break: normal; overflow-wrap: anywhere; }
h1, h2, h3, .toolbar, .remarks, .summary, nav, th, .meta, .badge {
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Hiragino Sans", "Yu Gothic",
    "YuGothic", "Meiryo", "IPAexGothic", sans-serif; }
h1 { font-size: 1.45rem; margin: 1.2rem 0 .3rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
a { color: #0b4f9c; }
.meta { color: var(--muted); font-size: .85rem; }
.meta code { font-family: ui-monospace, "Noto Sans Mono CJK JP", monospace; }
.toolbar { position: sticky; top: 0; z-index: 5; background: #f4f4f4; border-bottom: 1px solid var(--line);
  margin: 0 -1.5rem; padding: .4rem 1.5rem; min-height: 2.5rem; font-size: .85rem; display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; }
.toolbar kbd { border: 1px solid #999; border-radius: 3px; padding: 0 .3em; background: #fff; font-size: .8rem; }
.notice { border: 2px solid #b26a00; background: #fff6e5; padding: .6rem .9rem; margin: .8rem 0; }
.counts { border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .9rem; }
.counts th, .counts td { border: 1px solid var(--line); padding: .15rem .6rem; text-align: left; }
.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
ul.list { margin: .3rem 0; padding-left: 1.4rem; }
ul.list li { margin: .2rem 0; }
.badge { display: inline-block; font-size: .75rem; line-height: 1.4; padding: 0 .4em; border-radius: 3px;
  background: #e8e8e8; margin-right: .3em; white-space: nowrap; }
.badge.sub, .badge.sev-error { background: var(--sub); color: #fff; }
.badge.sev-warning { background: #b26a00; color: #fff; }
table.taisho { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.taisho thead th { position: sticky; top: 2.5rem; z-index: 4; }
table.taisho th { background: #eee; border: 1px solid #888; padding: .3rem; font-weight: bold; text-align: center; }
table.taisho td { border: 1px solid #888; padding: .45rem .6rem; vertical-align: top; }
table.taisho col.c-new, table.taisho col.c-old { width: 41%; }
table.taisho col.c-rem { width: 18%; }
tbody.arow { scroll-margin-top: 5rem; }
tbody.arow > tr.urow + tr.urow > td { border-top: 1px dotted #bbb; }
tbody.arow > tr.urow > td.c-new, tbody.arow > tr.urow > td.c-old { border-bottom-style: none; }
tbody.arow > tr.urow:last-child > td { border-bottom: 1px solid #888; }
tbody.arow[data-changed="1"] td.remarks { border-left: 3px solid #0b4f9c; }
tbody.arow.current td { box-shadow: inset 4px 0 0 #0b4f9c; }
tbody.arow:target td { background: #eef5ff; }
tbody.chap th { text-align: left; background: #f6f6f6; font-size: .9rem; padding: .25rem .6rem; scroll-margin-top: 5rem; }
tbody.chap th.lv2 { padding-left: 1.6rem; font-weight: normal; }
tbody.chap th.lv3, tbody.chap th.lv4 { padding-left: 2.6rem; font-weight: normal; }
.art { white-space: pre-wrap; margin: 0; }
.art.head::first-line { font-weight: bold; }
td.remarks .label { font-weight: bold; }
nav#toc ul.toc { list-style: none; margin: .3rem 0 1rem; padding: 0; columns: 2 24rem; column-gap: 2rem; font-size: .88rem; }
nav#toc li { margin: .1rem 0; break-inside: avoid; }
nav#toc li.lv2 { padding-left: 1.2rem; }
nav#toc li.lv3, nav#toc li.lv4 { padding-left: 2.4rem; }
nav#toc li.quiet a { color: var(--muted); }
nav#toc .cnt { color: #b3261e; font-size: .8rem; }
nav#toc .cnt.muted { color: var(--muted); }
#group-list .count { color: var(--sub); }
#group-list .places { font-size: .85rem; color: #333; }
.none { color: var(--muted); text-align: center; }
td.remarks { font-size: .82rem; line-height: 1.6; }
td.remarks .numbers { color: var(--muted); }
details > summary { cursor: pointer; color: #333; }
details > summary .muted { color: var(--muted); font-size: .85em; }
ins, del { text-decoration: none; }
table.taisho ins.chg { background: var(--ins); text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
table.taisho del.chg { background: var(--del); text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.chg.k-substantive { text-decoration-color: var(--sub); }
.chg.k-editorial, .chg.k-reference { text-decoration-style: dotted; }
.gap { color: var(--sub); font-weight: bold; }
mark.finding { background: none; border-bottom: 3px double #b26a00; color: inherit; }
mark.finding.sev-error { border-bottom-color: var(--sub); }
tbody.inserted td.c-new, tbody.deleted td.c-old { background: #fbfbf3; }
.redline { white-space: pre-wrap; border: 1px solid var(--line); padding: .6rem .9rem; margin: .3rem 0 1rem; }
.redline del { background: var(--del); text-decoration: line-through; text-decoration-color: var(--sub); }
.redline ins { background: var(--ins); text-decoration: underline; }
.redline .block { display: block; }
section.redline-item { scroll-margin-top: 3.2rem; }
#summary, #toc, #taisho, #redline, li[id] { scroll-margin-top: 3rem; }
body.subst-only tbody.arow[data-substantive="0"], body.subst-only section.redline-item[data-substantive="0"] { display: none; }
.finding-list .msg-en { color: var(--muted); font-size: .85em; }
.ctx { white-space: pre-wrap; border-left: 3px solid var(--line); padding: .2rem .8rem; margin: .3rem 0 .8rem; }
.ctx mark { background: #ffe08a; }
@media print {
  body { font-size: 9.5pt; line-height: 1.6; padding: 0; }
  .toolbar, .noprint { display: none !important; }
  a { color: inherit; text-decoration: none; }
  table.taisho thead { display: table-header-group; }
  table.taisho thead th { position: static; }
  /* Rows split across pages like any text: keeping a whole article together leaves half-empty pages.
     Only a chapter heading stays with what follows, and a line is never cut in two. */
  tbody.chap, h2, h3 { break-after: avoid-page; }
  .art { orphans: 2; widows: 2; }
  details > summary { list-style: none; }
  /* A printed 新旧対照表 lists what changed: unchanged articles and chapters without changes are left out. */
  tbody.arow.unchanged[data-changed="0"], tbody.chap[data-changed="0"] { display: none; }
  nav#toc ul.toc { columns: 2; }
}
"""

# The printed page: A4 landscape, the report's title at the top and "page / pages" at the
# bottom of every page (CSS margin boxes; Chromium prints them since version 131).
_PRINT_PAGE = """
@page { size: A4 landscape; margin: 14mm 10mm 13mm;
  @top-center { content: RUNNING_TITLE; font-size: 8pt; color: #555;
    font-family: "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; }
}
"""

JS = r"""
(function () {
  var body = document.body;
  var box = document.getElementById("filter-substantive");
  function apply() {
    body.classList.toggle("subst-only", !!(box && box.checked));
    var cur = document.querySelector("tbody.arow.current");  // keep the reader's place
    if (cur && cur.offsetParent !== null) cur.scrollIntoView({ block: "start" });
  }
  if (box) { box.addEventListener("change", apply); body.classList.toggle("subst-only", box.checked); }
  function rows() {
    return Array.prototype.filter.call(document.querySelectorAll('tbody.arow[data-changed="1"]'),
      function (r) { return r.offsetParent !== null; });
  }
  function go(dir) {
    var list = rows(); if (!list.length) return;
    var target = null;
    var cur = document.querySelector("tbody.arow.current");
    var idx = list.indexOf(cur);
    if (idx >= 0) {
      var r = cur.getBoundingClientRect();
      if (r.bottom > 0 && r.top < window.innerHeight) {  // still on screen: step from it
        target = list[idx + dir] || null;
        if (!target) return;
      }
    }
    if (!target) {  // the reader scrolled away: step from the scroll position
      var top = (parseFloat(getComputedStyle(list[0]).scrollMarginTop) || 0) + 8;
      if (dir > 0) {
        for (var i = 0; i < list.length; i++) { if (list[i].getBoundingClientRect().top > top) { target = list[i]; break; } }
      } else {
        for (var j = list.length - 1; j >= 0; j--) { if (list[j].getBoundingClientRect().top < top - 16) { target = list[j]; break; } }
      }
    }
    if (!target) return;
    Array.prototype.forEach.call(document.querySelectorAll("tbody.arow.current"), function (r) { r.classList.remove("current"); });
    target.classList.add("current");
    target.scrollIntoView({ block: "start" });
    if (history.replaceState) history.replaceState(null, "", "#" + target.id);
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target && e.target.tagName;
    if (t === "INPUT" && e.target.type === "text" || t === "TEXTAREA" || t === "SELECT") return;
    if (e.key === "n") { go(1); e.preventDefault(); }
    else if (e.key === "p") { go(-1); e.preventDefault(); }
  });
  window.clausediffGo = go;
})();
"""


def _page(title: str, body: str, script: bool = False, running_title: str | None = None) -> str:
    js = f"<script>{JS}</script>" if script else ""
    page_css = _PRINT_PAGE.replace("RUNNING_TITLE", css_string(running_title or title))
    return ("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
            f"<title>{esc(title)}</title>\n<style>{page_css}{CSS}</style>\n</head>\n<body>\n{body}\n{js}\n</body>\n</html>\n")


def css_string(s) -> str:
    """A CSS string literal that cannot end the string or the <style> element early."""
    out = []
    for ch in "" if s is None else str(s):
        if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _doc_meta(doc) -> str:
    bits = [f"<code>{esc(doc.source.path)}</code>"]
    md = doc.metadata or {}
    if md.get("version"):
        bits.append(f"版: {esc(md['version'])}")
    if md.get("effective_date"):
        bits.append(f"施行日: {esc(md['effective_date'])}")
    bits.append(f"{len(doc.articles)}条")
    return "　".join(bits)


def _change_line(pair, c) -> tuple[str, str, str]:
    where = change_label(pair, c)
    cats = "・".join(category_ja(x) for x in c.categories)
    old = c.old_text or ""
    new = c.new_text or ""
    clip = lambda s: s if len(s) <= 70 else s[:69] + "…"  # noqa: E731
    body = f"「{esc(clip(old))}」→「{esc(clip(new))}」" if old and new else (
        f"追加「{esc(clip(new))}」" if new else f"削除「{esc(clip(old))}」")
    return where, cats, body


def chapter_path(art) -> tuple[str, ...]:
    """Where an article sits for the table of contents: its 章 / 節 path, or its part (附則,
    別紙1, 前文) outside the main text; () for main text without chapters."""
    if art is None:
        return ()
    if art.chapter:
        return tuple(x.strip() for x in art.chapter.split(" / ") if x.strip())
    if art.part != "main":
        return (art.part_label or art.display_label,)
    return ()


def chapter_index(pairs) -> tuple[dict, dict]:
    """Every 章/節 (each prefix of a path) in order of first appearance with its counts, and
    the pair index at which each begins: ({path: {id, changed, changes, substantive}}, {pair index: [path]})."""
    entries: dict[tuple, dict] = {}
    starts: dict[int, list[tuple]] = {}
    for pi, p in enumerate(pairs):
        path = chapter_path(p.new or p.old)
        for k in range(1, len(path) + 1):
            key = path[:k]
            e = entries.get(key)
            if e is None:
                e = entries[key] = {"id": f"chap-{len(entries) + 1}", "changed": 0, "changes": 0, "substantive": 0}
                starts.setdefault(pi, []).append(key)
            e["changed"] += is_changed_row(p)
            e["changes"] += len(p.changes)
            e["substantive"] += sum(1 for c in p.changes if c.kind == "substantive")
    return entries, starts


def _toc_html(entries: dict) -> str:
    if not entries:
        return ('<nav id="toc"><h2>目次</h2><p class="meta">章・節の区分がない文書です。'
                '変更のある条は概要の一覧から辿れます。</p></nav>')
    items = []
    for path, e in entries.items():
        if len(path) > 1 and not e["changed"]:
            continue  # an unchanged 節 under its 章: the 章 line already says 変更なし or counts it
        cnt = (f'<span class="cnt">変更 {e["changed"]}条・{e["changes"]}件'
               + (f'（実質的 {e["substantive"]}件）' if e["substantive"] else "") + "</span>"
               if e["changed"] else '<span class="cnt muted">変更なし</span>')
        items.append(f'<li class="lv{min(len(path), 4)}{"" if e["changed"] else " quiet"}">'
                     f'<a href="#{e["id"]}">{esc(path[-1])}</a> {cnt}</li>')
    return ('<nav id="toc"><h2>目次（章・節ごとの変更数）</h2><ul class="toc">' + "".join(items) + "</ul></nav>")


def _groups_html(result, ids) -> str:
    if not result.groups:
        return ""
    pair_index = {id(p): i for i, p in enumerate(result.pairs)}
    out = [f'<h3>一括置換（{len(result.groups)}件）</h3><ul class="list" id="group-list">']
    for g in result.groups:
        places = []
        seen = set()
        for pair, c in g.places:
            lab = change_label(pair, c)
            if lab in seen:
                continue
            seen.add(lab)
            pi = pair_index.get(id(pair))
            places.append(f'<a href="#{ids[pi]}">{esc(lab)}</a>' if pi is not None else esc(lab))
        badge = "sub" if g.change_kind == "substantive" else ""
        out.append(f'<li id="group-{esc(g.id)}"><span class="badge {badge}">{esc(KIND_JA.get(g.change_kind, g.change_kind))}</span>'
                   f'「{esc(g.old_text)}」→「{esc(g.new_text)}」 <strong class="count">{g.count}箇所</strong>'
                   f'<div class="places">{"、".join(places)}</div></li>')
    out.append("</ul>")
    return "".join(out)


# ------------------------------------------------------------------ diff report


def diff_html(result) -> str:
    s = result.summary()
    pairs = result.pairs
    ids = row_ids(pairs)
    frows = finding_rows(result)
    finding_row: dict[int, int] = {fi: pi for pi, fis in frows.items() for fi in fis}
    title = result.new.title or result.old.title or "新旧対照表"
    chapters, chapter_starts = chapter_index(pairs)
    groups_by_id = {g.id: g for g in result.groups}
    parts: list[str] = []

    parts.append('<div class="toolbar" role="navigation">'
                 '<label><input type="checkbox" id="filter-substantive"> 実質的変更のある条のみ表示</label>'
                 '<span>キー: <kbd>n</kbd> 次の変更　<kbd>p</kbd> 前の変更</span>'
                 '<a href="#summary">概要</a><a href="#toc">目次</a><a href="#taisho">新旧対照表</a><a href="#redline">見え消し</a>'
                 '</div>')
    parts.append(f"<h1>{esc(title)}　新旧対照表</h1>")
    parts.append(f'<p class="meta">新: {_doc_meta(result.new)}<br>旧: {_doc_meta(result.old)}</p>')

    # -------- summary
    parts.append('<section id="summary"><h2>概要</h2>')
    if result.identical:
        parts.append(f'<p class="notice" id="identical">{esc(IDENTICAL_NOTE)}'
                     f'<br><span lang="en">{esc(IDENTICAL_NOTE_EN)}</span></p>')
    if s["cross_document"]:
        parts.append('<p class="notice" id="cross-document"><strong>この二つは別々の文書です。</strong>'
                     '同じ文書の新旧版ではなく、異なる契約書（例えば別の事業者の約款）を比べているように見えます。'
                     f'対応付けられた条は{s["matched"]}条、旧のみ{s["unmatched_old"]}条、新のみ{s["unmatched_new"]}条で、'
                     '対応しない条が多いのは想定どおりです。新設・削除の表示は改正を意味しません。'
                     '<br><span lang="en">These are two different documents, not two versions of one: '
                     'unmatched articles are expected.</span></p>')
    rows = "".join(f"<tr><th>{esc(STATUS_JA.get(k, k))}</th><td class=\"n\">{s['status'][k]}</td></tr>"
                   for k in STATUS_ORDER if k in s["status"])
    krows = "".join(f"<tr><th>{esc(KIND_JA.get(k, k))}</th><td class=\"n\">{s['kinds'][k]}</td></tr>"
                    for k in KIND_ORDER if k in s["kinds"]) or '<tr><th>文言の変更</th><td class="n">0</td></tr>'
    parts.append('<div style="display:flex;gap:2rem;flex-wrap:wrap">'
                 f'<table class="counts" id="counts-status"><caption>条の対応</caption>{rows}</table>'
                 f'<table class="counts" id="counts-kind"><caption>変更の種類</caption>{krows}'
                 f'<tr><th>指摘事項</th><td class="n">{len(result.findings)}</td></tr></table></div>')

    parts.append(_groups_html(result, ids))
    subs = [(pi, p, c) for pi, p in enumerate(pairs) for c in p.changes
            if c.kind == "substantive" and getattr(c, "group", None) not in groups_by_id]
    whole = result.whole_articles()
    parts.append(f'<h3>実質的変更（{len(subs) + len(whole)}件）</h3>')
    if whole and not subs:
        parts.append(f"<p>文言の実質的変更はありません。条の新設・削除（{len(whole)}件）は下に示します。</p>")
    if subs:
        parts.append('<ul class="list" id="substantive-list">')
        for pi, p, c in subs:
            where, cats, body = _change_line(p, c)
            parts.append(f'<li><a class="sub-link" href="#{ids[pi]}">{esc(where)}</a> '
                         f'<span class="badge sub">{esc(cats)}</span>{body}</li>')
        parts.append("</ul>")
    elif not whole:
        parts.append("<p>実質的変更は検出されませんでした。</p>")

    struct = [(pi, p) for pi, p in enumerate(pairs) if p.status in ("inserted", "deleted", "moved", "split", "merged")]
    if struct:
        parts.append(f'<h3>条の新設・削除・移動（{len(struct)}件）</h3><ul class="list" id="structure-list">')
        for pi, p in struct:
            label = f"{p.old.display_label if p.old else '—'} → {p.new.display_label if p.new else '—'}"
            parts.append(f'<li><a href="#{ids[pi]}">{esc(label)}</a> <span class="badge">{esc(STATUS_JA[p.status])}</span>'
                         f'{esc((p.new or p.old).title or "")}</li>')
        parts.append("</ul>")

    parts.append(f'<h3>指摘事項（{len(result.findings)}件）</h3>')
    if result.findings:
        parts.append('<ul class="list finding-list" id="finding-list">')
        for fi, f in enumerate(result.findings):
            where = finding_label(f, result.new)
            link = (f'<a class="finding-link" href="#{ids[finding_row[fi]]}">{esc(where)}</a>'
                    if fi in finding_row else esc(where))
            suggestion = f.as_written(result.new)[1]
            sugg = f"　修正案: {esc(suggestion)}" if suggestion else ""
            parts.append(f'<li id="finding-{fi}"><span class="badge sev-{esc(f.severity)}">'
                         f'{esc(SEVERITY_JA.get(f.severity, f.severity))}</span>{link} {esc(f.message)}{sugg}'
                         f' <span class="msg-en">({esc(f.rule)}: {esc(f.message_en)})</span></li>')
        parts.append("</ul>")
    else:
        parts.append("<p>指摘事項はありません。</p>")
    parts.append("</section>")

    parts.append(_toc_html(chapters))

    # -------- 新旧対照表
    parts.append('<section id="taisho"><h2>新旧対照表</h2>'
                 '<p class="meta">傍線（下線）部分が変更箇所です。変更のない条は折りたたみ、印刷では省略します。'
                 '本文は原文の表記（空白・括弧・全角半角）のまま表示し、比較は正規化した文で行っています。</p>'
                 '<table class="taisho"><colgroup><col class="c-new"><col class="c-old"><col class="c-rem"></colgroup>'
                 '<thead><tr><th scope="col">新（改正後）</th><th scope="col">旧（改正前）</th><th scope="col">備考</th></tr></thead>')
    for pi, p in enumerate(pairs):
        for key in chapter_starts.get(pi, []):
            e = chapters[key]
            parts.append(f'<tbody class="chap" data-changed="{int(e["changed"] > 0)}"><tr><th colspan="3" '
                         f'class="lv{min(len(key), 4)}" id="{e["id"]}">{esc(key[-1])}</th></tr></tbody>')
        if p.part == "heading" and not is_changed_row(p):
            continue  # the chapter row above already shows an unchanged heading
        fis = [(fi, result.findings[fi]) for fi in frows.get(pi, [])]
        parts.append(_taisho_block(result, p, ids[pi], fis, groups_by_id))
    parts.append("</table></section>")

    # -------- redline
    changed = [(pi, p) for pi, p in enumerate(pairs) if is_changed_row(p)]
    parts.append(f'<section id="redline"><h2>見え消し（{len(changed)}条）</h2>')
    if not changed:
        parts.append("<p>本文の変更はありません。</p>")
    for pi, p in changed:
        head = f"{p.label}（旧{p.old.display_label}）" if renumber_phrase(p) else p.label
        title_ = (p.new or p.old).title
        parts.append(f'<section class="redline-item" id="red-{ids[pi]}" data-substantive="{int(is_substantive_row(p))}">'
                     f'<h3><a href="#{ids[pi]}">{esc(head)}</a> {esc(title_ or "")} '
                     f'<span class="badge">{esc("・".join(remarks(p)[:2]))}</span></h3>'
                     f'<div class="redline">{redline_html(result, p)}</div></section>')
    parts.append("</section>")
    return _page(f"新旧対照表 {title}", "\n".join(parts), script=True, running_title=f"{title}　新旧対照表")


def _remarks_html(p, rid: str, fis, groups_by_id) -> str:
    out = [f'<div class="label">{esc(p.label)}</div>']
    phrase = renumber_phrase(p)
    if phrase:
        out.append(f'<div class="numbers">{esc(phrase)}</div>')
    out.extend(f"<div>{esc(r)}</div>" for r in remarks(p))
    seen = set()
    for c in p.changes:
        g = groups_by_id.get(getattr(c, "group", None))
        if g is not None and g.id not in seen:
            seen.add(g.id)
            out.append(f'<div><a href="#group-{esc(g.id)}">一括置換「{esc(g.old_text)}」→「{esc(g.new_text)}」'
                       f'（全{g.count}箇所）</a></div>')
    for fi, f in fis:
        out.append(f'<div><a href="#finding-{fi}"><span class="badge sev-{esc(f.severity)}">'
                   f'{esc(SEVERITY_JA.get(f.severity, f.severity))}</span></a>{esc(f.message)}</div>')
    if is_changed_row(p):
        out.append(f'<div class="noprint"><a href="#red-{rid}">見え消し</a></div>')
    return "".join(out)


def _taisho_block(result, p, rid: str, fis, groups_by_id) -> str:
    """One aligned pair: a <tbody> of rows, one per clause unit, 新 and 旧 side by side."""
    attrs = (f'class="arow {esc(p.status)}" id="{rid}" data-status="{esc(p.status)}" '
             f'data-substantive="{int(is_substantive_row(p))}" data-changed="{int(is_changed_row(p))}"')
    rem = _remarks_html(p, rid, fis, groups_by_id)
    collapse = p.status in ("unchanged", "renumbered") and not p.changes and not fis
    if collapse:
        texts = [display_text(doc, art.span).rstrip() for doc, art in ((result.new, p.new), (result.old, p.old))]
        if texts[0] == texts[1]:  # the same text as written on both sides: shown once, across both columns
            cell = (f'<details><summary>{esc(article_heading(p.new))} <span class="muted">（新旧同文）</span>'
                    f'</summary><div class="art head">{esc(texts[0])}</div></details>')
            return (f'<tbody {attrs}><tr class="urow"><td class="c-same" colspan="2">{cell}</td>'
                    f'<td class="remarks">{rem}</td></tr></tbody>')
        cells = [f'<details><summary>{esc(article_heading(art))} <span class="muted">（本文変更なし）</span>'
                 f'</summary><div class="art head">{esc(text)}</div></details>'
                 for art, text in zip((p.new, p.old), texts)]
        return (f'<tbody {attrs}><tr class="urow"><td class="c-new">{cells[0]}</td><td class="c-old">{cells[1]}</td>'
                f'<td class="remarks">{rem}</td></tr></tbody>')
    rows = pair_rows(result, p)
    trs = []
    for k, row in enumerate(rows):
        head = " head" if k == 0 else ""
        row_f = [(fi, f) for fi, f in fis if row.new_span and row.new_span[0] <= f.span[0] < row.new_span[1]]
        if p.new is None:
            new_td = '<p class="none">（削除）</p>' if k == 0 else ""
        else:
            new_td = f'<div class="art{head}">{cell_html(row.new, "new", row_f)}</div>' if row.new else ""
        if p.old is None:
            old_td = '<p class="none">（新設）</p>' if k == 0 else ""
        else:
            old_td = f'<div class="art{head}">{cell_html(row.old, "old")}</div>' if row.old else ""
        rem_td = f'<td class="remarks" rowspan="{len(rows)}">{rem}</td>' if k == 0 else ""
        trs.append(f'<tr class="urow"><td class="c-new">{new_td}</td><td class="c-old">{old_td}</td>{rem_td}</tr>')
    return f'<tbody {attrs}>' + "".join(trs) + "</tbody>"


# ------------------------------------------------------------------ checks report


def sentence_span(text: str, start: int, end: int, limit: int = 160) -> tuple[int, int]:
    """The sentence around [start, end): from the previous 。 or line start to the next 。
    (included) or line end, at most ``limit`` characters on each side."""
    a = max(text.rfind("。", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - limit, 0)
    stop = [x for x in (text.find("。", max(end - 1, start)), text.find("\n", end)) if x >= 0]
    b = min(stop) if stop else len(text)
    if b < len(text) and text[b] == "。":
        b += 1
    return a, max(min(b, end + limit), end)


def _sentence_html(doc, f) -> str:
    s, e = sentence_span(doc.norm.text, f.span[0], f.span[1])
    disp = source_display(doc, (s, e))
    ms, me = disp.map(max(f.span[0], s), min(f.span[1], e))
    marks = [(ms, me, "<mark>", "</mark>")] if me > ms else []
    pre = "…" if s > 0 and doc.norm.text[s - 1] not in "。\n" else ""
    post = "…" if e < len(doc.norm.text) and doc.norm.text[e - 1] not in "。\n" else ""
    return f'<div class="ctx">{pre}{render_marked(disp.text, marks)}{post}</div>'


def findings_html(doc_findings) -> str:
    """Findings per document: each with the sentence around it and a link to its article, which
    is shown once per document below the findings (folded), however many findings it has."""
    total = sum(len(fs) for _, fs in doc_findings)
    parts = [f"<h1>文書チェック結果</h1><p class=\"meta\">{len(doc_findings)}文書、指摘{total}件</p>"]
    if doc_findings:
        parts.append('<ul class="list">' + "".join(
            f'<li><a href="#doc-{i}">{esc(d.title or d.source.path)}</a>（{len(fs)}件）</li>'
            for i, (d, fs) in enumerate(doc_findings)) + "</ul>")
    for i, (doc, fs) in enumerate(doc_findings):
        parts.append(f'<section id="doc-{i}"><h2>{esc(doc.title or doc.source.path)}</h2>'
                     f'<p class="meta">{_doc_meta(doc)}</p>')
        if not fs:
            parts.append("<p>指摘事項はありません。</p></section>")
            continue
        counts: dict[str, int] = {}
        for f in fs:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        parts.append('<p class="meta">' + "　".join(f"{esc(SEVERITY_JA.get(k, k))} {v}件" for k, v in counts.items()) + "</p>")
        arts: dict[int, tuple[str, object, list]] = {}  # id(article) → (anchor, article, finding indices)
        for j, f in enumerate(fs):
            art, _, _ = doc.locate(f.span[0])
            link = ""
            if art is not None:
                if id(art) not in arts:
                    arts[id(art)] = (f"doc-{i}-art-{len(arts) + 1}", art, [])
                anchor, _, members = arts[id(art)]
                members.append(j)
                link = f'<a class="art-link" href="#{anchor}">{esc(art.display_label)}の条文</a>'
            suggestion = f.as_written(doc)[1]
            sugg = f'<div>修正案: {esc(suggestion)}</div>' if suggestion else ""
            parts.append(f'<div class="finding-block" id="doc-{i}-f{j}"><h3><span class="badge sev-{esc(f.severity)}">'
                         f'{esc(SEVERITY_JA.get(f.severity, f.severity))}</span>{esc(finding_label(f, doc))}　{esc(f.message)}</h3>'
                         f'<div class="finding-list"><span class="msg-en">{esc(f.rule)}: {esc(f.message_en)}</span></div>'
                         f'{sugg}{_sentence_html(doc, f)}<div class="noprint">{link}</div></div>')
        if arts:
            parts.append(f'<h3>指摘のある条文（{len(arts)}条）</h3>')
            for anchor, art, members in arts.values():
                disp = source_display(doc, art.span)
                marks = []
                for j in members:
                    s, e = disp.map(*fs[j].span)
                    if e > s:
                        marks.append((s, e, f'<mark id="{anchor}-m{j}">', "</mark>"))
                back = "、".join(f'<a href="#doc-{i}-f{j}">指摘{j + 1}</a>' for j in members)
                parts.append(f'<details class="article" id="{anchor}"><summary>{esc(art.display_label)}'
                             f'{esc("（" + art.title + "）" if art.title else "")}　{back}</summary>'
                             f'<div class="art">{render_marked(disp.text.rstrip(), marks)}</div></details>')
        parts.append("</section>")
    return _page("文書チェック結果", "\n".join(parts))


# ------------------------------------------------------------------ index


def _safe_href(href) -> str:
    h = "" if href is None else str(href)
    scheme = urlsplit(h).scheme.lower()
    if scheme and scheme not in ("http", "https", "file"):
        return "#"
    return h


def index_html(entries) -> str:
    """The run's index: one row per report, {title, href, kind, summary}."""
    rows = []
    for e in entries:
        summ = e.get("summary")
        if isinstance(summ, dict):
            summ = "、".join(f"{k}: {v}" for k, v in summ.items())
        rows.append(f'<tr><td><a href="{esc(_safe_href(e.get("href")))}">{esc(e.get("title") or e.get("href"))}</a></td>'
                    f'<td>{esc(e.get("kind") or "")}</td><td>{esc(summ or "")}</td></tr>')
    body = ('<h1>レポート一覧</h1>'
            f'<p class="meta">{len(entries)}件</p>'
            '<table class="taisho"><colgroup><col style="width:40%"><col style="width:15%"><col style="width:45%"></colgroup>'
            '<thead><tr><th>文書</th><th>種類</th><th>概要</th></tr></thead><tbody>'
            + "".join(rows) + "</tbody></table>")
    return _page("レポート一覧", body)
