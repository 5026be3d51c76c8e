"""The fast paths of issue 17 give what the slow paths give (normalize's prechecks, the tokenizer's
flat record reading, the paused garbage collector), on every character or line they could meet."""

import functools
import gc
import re
import sys
from pathlib import Path

from conftest import REVISIONS, needs_shared

from pipeline import normalize, tokens
from pipeline.ingest import load

RAW = Path(__file__).resolve().parent.parent / "raw"


def test_the_fold_precheck_matches_exactly_the_characters_folding_changes():
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        changes = c.translate(normalize.FOLD) != c
        assert bool(normalize._FOLDS.match(c)) == changes, hex(cp)


def test_every_character_a_fold_edit_starts_on_passes_the_precheck():
    edit_starts = [normalize._ZERO_WIDTH, normalize._HALFWIDTH_KANA]
    for cp in range(0x10000):
        c = chr(cp)
        if any(rx.match(c) for rx in edit_starts) or normalize._COMBINING_VOICED.search("か" + c):
            assert normalize._FOLD_EDIT_CHARS.match(c), hex(cp)


def test_markdown_lines_without_the_precheck_characters_have_no_inline_markup():
    lines = []
    for p in sorted(RAW.rglob("*.md")):
        lines += load(p).text.split("\n")
    lines += ["[a](http://x)", "<u>下線</u>", "**強調**", "__強調__", "*a*", r"\*", "第1条　本文"]
    with_markup = 0
    for line in lines:
        # (_markdown_edits asks _holds_inline_char, the class's test made with substring scans)
        assert normalize._holds_inline_char(line) == bool(normalize._MD_INLINE_CHARS.search(line)), line
        if normalize._MD_INLINE.search(line):
            with_markup += 1
            assert normalize._MD_INLINE_CHARS.search(line), line
    assert with_markup >= 7  # the corpus and the examples do have inline markup


def test_tokens_read_records_with_an_unexpected_field_count_one_by_one(monkeypatch):
    class Fake:
        def parse(self, line):  # a surface with a tab in it, then an old-style four-field record
            return ">a\tb\t名詞\t普通名詞\tab\t\nc\t名詞\t普通名詞\tc\n<"

    monkeypatch.setattr(tokens, "tagger", lambda: Fake())
    flat = tokens._fields("x")
    assert flat == ["a", "b", "名詞", "普通名詞", "ab", "c", "名詞", "普通名詞", "c", ""]


def test_tokens_know_unknown_words_from_the_flat_records():
    tokens.clear_caches()
    toks, known = tokens._tag_line("甲はGMOのAPIを使う")
    by_surface = dict(zip((t.surface for t in toks), known))
    assert by_surface["甲"] and by_surface["使う"]
    assert not by_surface["GMO"] and not by_surface["API"]  # unidic-lite has no such words
    assert [t.lemma for t in toks if t.surface == "GMO"] == ["GMO"]


def test_paused_gc_nests_and_restores_the_collector():
    assert gc.isenabled()
    with tokens.paused_gc():
        assert not gc.isenabled()
        with tokens.paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    try:
        with tokens.paused_gc():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()


# ------------------------------------------------------------------ the 新旧対照表's source display


def test_the_space_pattern_of_the_display_matches_isspace_everywhere():
    from pipeline.reports import taisho

    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert bool(taisho._SPACE.fullmatch(c)) == c.isspace(), hex(cp)


def _display_documents():
    """Documents whose offset maps have every kind of jump: PDF text with wrapped lines joined (the
    samples), Markdown with headings and links taken out (Mozilla), full-width indentation (kiyaku),
    the KDDI terms as HTML and as PDF."""
    from conftest import EXTERNAL, SEEDS

    paths = sorted(RAW.rglob("*.txt")) + sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    paths += sorted(SEEDS.glob("*.txt")) + sorted((EXTERNAL / "kiyaku").glob("*"))
    paths += sorted((EXTERNAL / "pdf").glob("kddi*"))
    return [p for p in paths if p.is_file() and p.suffix in (".txt", ".md", ".html", ".pdf")]


def test_source_display_by_runs_shows_what_the_walk_shows():
    import random

    from pipeline.api import read_document
    from pipeline.reports.taisho import source_display

    rng = random.Random(17)
    docs = [read_document(p) for p in _display_documents()]
    assert len(docs) >= 8
    jumpy = 0
    for doc in docs:
        n = len(doc.norm.text)
        off = doc.norm.offsets
        jumpy += sum(1 for i in range(1, n) if off[i] != off[i - 1] + 1)
        spans = [a.span for a in doc.all_articles()] + [(0, n), (0, 1), (n, n), (n - 1, n)]
        spans += [tuple(sorted((rng.randrange(n + 1), rng.randrange(n + 1)))) for _ in range(30)]
        for span in spans:
            fast, walk = source_display(doc, span), source_display(doc, span, bulk=False)
            assert (fast.text, fast.starts, fast.ends) == (walk.text, walk.starts, walk.ends), (doc.source.path, span)
    assert jumpy > 1000  # the documents do exercise the jumps of the offset map, not only identity runs


def test_display_width_by_runs_counts_what_east_asian_width_says():
    import unicodedata

    def by_char(s):
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        assert normalize.display_width(c) == by_char(c), hex(cp)
    lines = []
    for p in sorted(RAW.rglob("*")):
        if p.suffix in (".txt", ".md"):
            lines += load(p).text.split("\n")
    mixed = [ln for ln in lines if not ln.isascii() and any(c.isascii() and c.isalnum() for c in ln)]
    assert len(mixed) > 100  # Japanese lines with Latin letters or digits in them
    for line in lines + ["𠮷野家の第１条", "ｶﾀｶﾅ全角"]:
        assert normalize.display_width(line) == by_char(line), line


# ------------------------------------------------------------------ identical inputs


def test_the_same_bytes_are_parsed_once_and_nothing_is_compared_or_checked(tmp_path, monkeypatch):
    """Two files with the same bytes (a re-published copy under another name) are recognised by hash:
    the text is parsed once, every article is paired with itself, nothing is tagged or checked."""
    from pipeline import api, checks, diff
    from pipeline.serialize import diff_dict

    src = RAW / "saporis" / "ekyc-terms.txt"
    copy = tmp_path / "ekyc-terms-republished.txt"
    copy.write_bytes(src.read_bytes())
    parsed = []
    real_parse = api.document_from_source
    monkeypatch.setattr(api, "document_from_source", lambda s: parsed.append(s.path) or real_parse(s))

    def must_not_run(*a, **k):
        raise AssertionError("an identical pair was compared or checked")

    monkeypatch.setattr(diff, "diff_pair", must_not_run)
    monkeypatch.setattr(checks, "introduced_findings", must_not_run)
    monkeypatch.setattr(tokens, "tokenize", must_not_run)
    result = api.compare_files(src, copy)
    d = diff_dict(result)
    assert parsed == [str(src)]
    assert result.identical and d["summary"]["identical"] is True
    assert d["alignment"] and {e["status"] for e in d["alignment"]} == {"unchanged"}
    assert [e["old"] for e in d["alignment"]] == [e["new"] for e in d["alignment"]]
    assert d["document_changes"] == [] and d["findings"] == []
    assert d["old"]["sha256"] == d["new"]["sha256"] and d["new"]["path"] == str(copy)


def test_one_changed_byte_is_not_taken_for_identical(tmp_path):
    from pipeline import api

    src = RAW / "saporis" / "ekyc-terms.txt"
    text = src.read_text(encoding="utf-8")
    changed = tmp_path / "changed.txt"
    changed.write_text(text.replace("滅失", "減失", 1) if "滅失" in text else text + "\n以上", encoding="utf-8")
    result = api.compare_files(src, changed)
    assert not result.identical and any(p.changes for p in result.pairs)


def test_inputs_that_differ_only_in_what_normalization_removes_are_parsed_once(tmp_path, monkeypatch):
    """CRLF line endings and full-width digits: other bytes, the same normalized text."""
    from pipeline import api
    from pipeline.serialize import diff_dict

    src = RAW / "saporis" / "ekyc-terms.txt"
    text = src.read_text(encoding="utf-8")
    variant = tmp_path / "ekyc-crlf.txt"
    variant.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    parses = []
    real_parse = api.parse
    monkeypatch.setattr(api, "parse", lambda norm, s: parses.append(s.path) or real_parse(norm, s))
    result = api.compare_files(src, variant)
    d = diff_dict(result)
    assert parses == [str(src)] and not result.identical
    assert {e["status"] for e in d["alignment"]} == {"unchanged"} and d["findings"] == []
    # every unit still points into its own source
    art = result.new.articles[3]
    new_shown = result.new.source.text[slice(*result.new.source_span(art.span))]
    old_shown = result.old.source.text[slice(*result.old.source_span(art.span))]
    assert new_shown.replace("\r\n", "\n").strip() == old_shown.strip() and art.number in ("4", "４")


def test_markdown_versions_that_differ_in_list_nesting_are_parsed_each(tmp_path):
    """Indentation is gone from the normalized text but not from the structure: a list pulled out from under its
    paragraph turns items into paragraphs, so the two versions do not parse the same."""
    from pipeline import api
    from pipeline.diff import parses_the_same

    nested = ("## 第1条（適用）\n\n本規約は、本サービスの利用に適用されます。\n\n"
              "## 第2条（利用契約）\n\n1. 利用契約は、承諾した時に成立するものとします。\n"
              "2. 当社は、次の各号のいずれかに該当するときは、承諾しないことがあります。\n"
              "   1. 虚偽の申告をしたとき\n   2. 料金の支払を怠ったとき\n")
    flat = nested.replace("   1.", "1.").replace("   2.", "2.")
    old, new = tmp_path / "v1.md", tmp_path / "v2.md"
    old.write_text(nested, encoding="utf-8")
    new.write_text(flat, encoding="utf-8")
    a, b = api.read_document(old), api.read_document(new)
    assert a.norm.text == b.norm.text and not parses_the_same(a.norm, b.norm, a.source, b.source)
    result = api.compare_files(old, new)
    assert [len(p.items) for p in result.old.articles[1].paragraphs] == [0, 2]
    assert [len(p.items) for p in result.new.articles[1].paragraphs] != [0, 2]


# ------------------------------------------------------------------ issue 17: cold parse and diff prechecks

@functools.lru_cache(maxsize=1)
def _corpus_text_lines() -> tuple[str, ...]:
    from conftest import EXTERNAL, SEEDS
    from pipeline.ingest import expand_inputs

    lines: set[str] = set()
    for p in expand_inputs([RAW, EXTERNAL, SEEDS]):
        if p.suffix.lower() in (".md", ".txt"):
            text = load(p).text
            lines.update(text.split("\n"))
            lines.update(normalize.normalize(load(p)).text.split("\n"))
    return tuple(sorted(lines))


def _corpus_lines() -> list[str]:
    return list(_corpus_text_lines())


def test_textsig_nfkc_is_unicodedata_nfkc():
    import unicodedata

    from pipeline import textsig

    texts = _corpus_lines()
    # every code point of the Basic Multilingual Plane after a kana that composes, and before a combining mark
    texts += ["か" + chr(cp) + "\u3099" for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    texts += ["ｶﾞｷﾞ（㈱）①　ＡＢＣ", "は\u309a", "\u3099", "e\u0301", "…・ｰ"]
    changed = 0
    for t in texts:
        want = unicodedata.normalize("NFKC", t)
        assert textsig.nfkc(t) == want, repr(t)
        changed += want != t
    assert changed > 1000  # the corpus lines hold （）, U+3000 and full-width digits


def test_squash_drops_exactly_the_whitespace_a_regex_drops():
    import re

    from pipeline import textsig

    ws = re.compile(r"\s+")
    for cp in range(0x10000):  # every whitespace character is in the Basic Multilingual Plane
        s = "第" + chr(cp) + "条"
        if 0xD800 <= cp < 0xE000:
            continue
        assert textsig.squash(s) == ws.sub("", textsig.nfkc(s)), hex(cp)


def test_each_grammar_precheck_lets_through_every_line_its_patterns_match():
    from pipeline import grammar as g

    lines = _corpus_lines()
    bmp = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    lines += [c + tail for c in bmp for tail in (" 本文", ") 本文", "1) 本文")]
    lines += ["第" + c + "条 本文" for c in "一二十百千0123456789"] + ["令和元年5月1日制定", "以 上", "別 表第一"]
    item_patterns = (g._BULLET, g._ITEM_CHAR, g._ITEM_PAREN, g._ITEM_HALF_PAREN, g._ITEM_KANJI, g._ITEM_KANA)
    seen = dict.fromkeys(("article", "chapter", "paragraph", "item", "section", "closing", "history"), 0)
    for line in lines:
        if g._ARTICLE_RANGE.match(line) or g._ARTICLE.match(line):
            seen["article"] += 1
            assert line.startswith("第"), line
        if g._CHAPTER.match(line):
            seen["chapter"] += 1
            assert line.startswith("第"), line
        if g._PARA_DOT.match(line) or g._PARA_SPACE.match(line):
            seen["paragraph"] += 1
            assert "0" <= line[:1] <= "9", line
        if any(p.match(line) for p in item_patterns):
            seen["item"] += 1
            assert line[:1] in g._ITEM_STARTS, line
        if g._SECTION.match(line):
            seen["section"] += 1
            assert "0" <= line[:1] <= "9", line
        assert not g._SUPPLEMENTARY.match(line) or line.startswith("附"), line
        assert not g._ANNEX.match(line) or "別" in line, line
        if g._CLOSING.match(line.strip()):
            seen["closing"] += 1
            assert "以" in line, line
        if g.find_date(line) or g._VERSION.search(line):
            seen["history"] += 1
            assert g._DIGIT.search(line), line
    assert min(seen.values()) > 0, seen  # every kind of line occurs


def test_markdown_and_artifact_prechecks_let_through_every_line_their_patterns_match():
    lines = _corpus_lines()
    bmp = [chr(cp) for cp in range(0x10000) if not 0xD800 <= cp < 0xE000]
    lines += [c + tail for c in bmp for tail in ("", " x", "-- ", " 3 -", "ttps://a.b", "c) 2020")]
    block = (normalize._MD_IAL, normalize._MD_RULE, normalize._MD_HEADING, normalize._MD_QUOTE, normalize._MD_BULLET)
    artifacts = (normalize._PAGE_OF, normalize._DOC_CODE, normalize._URL_ONLY)
    n_block = n_artifact = 0
    for line in lines:
        if any(p.match(line) for p in block):
            n_block += 1
            assert normalize._MD_BLOCK_START.match(line), line
        s = line.strip()
        if s and any(p.match(s) for p in artifacts):
            n_artifact += 1
            assert s[0].isascii() or s[0] in normalize._ARTIFACT_STARTS, s
        if s and normalize._COPYRIGHT.search(s):
            assert s[0] in "cC©(" or "ved" in s[-4:].lower(), s
    assert n_block > 100 and n_artifact > 10


def test_the_offset_table_is_0_1_2_at_every_length_it_is_built_for():
    from array import array

    normalize._IOTA[0] = array("q")  # built again from here
    for n in (1, 255, 256, 257, 65535, 65537, 200_000, 16_777_217):
        table = normalize._iota(n)
        assert len(table) >= n and table.typecode == "q"
        # every byte column turns over: 255 -> 256, 65535 -> 65536, 2**24 - 1 -> 2**24
        for i in (0, 1, 254, 255, 256, 65535, 65536, n - 2, n - 1):
            if 0 <= i < n:
                assert table[i] == i, (n, i)
    assert table[: 1 << 20].tolist() == list(range(1 << 20))
    normalize._IOTA[0] = array("q")  # not 134 MB kept for the rest of the session


def test_token_ops_are_the_same_with_the_pure_python_library(monkeypatch):
    """diff imports the pure-Python diff-match-patch only where it is used (the C++ build is the usual
    back end): both give the same opcodes on a real revision's articles."""
    from pipeline import diff as diff_mod
    from pipeline.api import read_document

    moz = RAW / "mozilla"
    a, b = read_document(moz / "accounts-tos-2022-04-07.md"), read_document(moz / "accounts-tos-2023-10-27.md")
    units = [(x.text, y.text) for x, y in zip(a.articles, b.articles) if x.text != y.text]
    assert len(units) >= 3
    fast = [diff_mod.token_ops(list(x), list(y)) for x, y in units]
    monkeypatch.setattr(diff_mod, "_fast_dmp", None)
    assert [diff_mod.token_ops(list(x), list(y)) for x, y in units] == fast


# ------------------------------------------------------------------ issue 17: reports cost what changed


def _real_revision_pairs():
    """Consecutive real versions: Mozilla's terms (raw/), the condominium bylaws (kiyaku), and the synthetic
    revisions of the samples (every kind of edit: moves, splits, renumbering, inserted articles)."""
    from conftest import EXTERNAL

    moz = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    kiyaku = sorted((EXTERNAL / "kiyaku").glob("kiyaku_20??.txt"))
    pairs = list(zip(moz, moz[1:])) + list(zip(kiyaku, kiyaku[1:]))
    pairs += [(d / "old.txt", d / "new.txt") for d in sorted(REVISIONS.glob("*")) if (d / "old.txt").is_file()]
    return pairs


def _marks(cell, change) -> bool:
    return any(c is change for _, _, c in cell.marks) or any(c is change for _, c in cell.points)


@needs_shared(REVISIONS)  # the bylaws and the synthetic revisions: every kind of edit
def test_the_markdown_report_reads_every_cell_that_marks_a_change_and_only_those():
    from pipeline.api import compare_versions, read_document
    from pipeline.reports.taisho import cells_marking, pair_rows

    pairs = _real_revision_pairs()
    assert len(pairs) >= 10
    marked = skipped = 0
    for old, new in pairs:
        r = compare_versions(read_document(old), read_document(new))
        for p in r.pairs:
            if p.old is None or p.new is None or not p.changes:
                continue
            rows = pair_rows(r, p)
            for side, doc, art in (("new", r.new, p.new), ("old", r.old, p.old)):
                cells = [row.cell(side) for row in rows if row.cell(side) is not None]
                for c in p.changes:
                    every = [cell for cell in cells if _marks(cell, c)]
                    read = list(cells_marking(doc, art, rows, c, side))
                    assert [cell for cell in read if _marks(cell, c)] == every, (old.name, p.label, c)
                    marked += len(every)
                    skipped += len(cells) - len(read)
    assert marked > 300 and skipped > 1000  # changes are marked, and most cells are never made


def test_a_documents_displays_are_made_once_and_are_its_own():
    from dataclasses import replace

    from pipeline.api import read_document
    from pipeline.reports import taisho

    doc = read_document(RAW / "mozilla" / "accounts-tos-2023-10-27.md")
    other = read_document(RAW / "mozilla" / "accounts-tos-2025-06-04.md")
    spans = [a.span for a in doc.all_articles()]
    for span in spans:
        fresh = taisho._source_display(doc, span)
        assert taisho.display_text(doc, span) == fresh.text
        shown = taisho.source_display(doc, span)
        assert (shown.text, shown.starts, shown.ends) == (fresh.text, fresh.starts, fresh.ends)
        assert taisho.source_display(doc, span) is shown
    # a document made from another (a new source for the same units) has its own source, so its own displays
    moved = replace(doc, source=other.source, norm=other.norm)
    span = next(s for s in spans if taisho._source_display(other, s).text != taisho.display_text(doc, s))
    assert taisho.display_text(moved, span) == taisho._source_display(other, span).text


def test_equivalent_wordings_fold_alike_whether_every_group_is_tried_or_only_those_at_the_lemma(monkeypatch):
    from pipeline import classify
    from pipeline.api import read_document
    from pipeline.tokens import tokenize

    docs = [read_document(p) for p in sorted(RAW.rglob("*.txt")) + sorted((RAW / "mozilla").glob("*.md"))]
    lines = [line for d in docs for line in d.norm.text.split("\n") if line.strip()]
    lines += ["当該契約を解除することができる。", "お問い合わせください。", "これを行わなければならない。"]
    fast = [classify._plain(tokenize(line)) for line in lines]
    monkeypatch.setattr(classify, "_groups_by_first", lambda: None)
    slow = [classify._plain(tokenize(line)) for line in lines]
    assert fast == slow
    prefixes, aux, light, _ = classify._lemma_tables()
    monkeypatch.setattr(classify, "_lemma_tables", lambda: (prefixes, aux, light, ()))
    unfolded = [classify._plain(tokenize(line)) for line in lines]
    assert len(lines) > 1000 and sum(a != b for a, b in zip(fast, unfolded)) > 200  # the lines do meet the groups


def test_a_documents_parts_are_made_once_and_read_as_made_fresh():
    from dataclasses import replace

    from pipeline.align import align, parts_of
    from pipeline.api import read_document
    from pipeline.parts import document_parts

    old, new = (read_document(RAW / "mozilla" / f"accounts-tos-{d}.md") for d in ("2022-04-07", "2023-10-27"))
    fresh = document_parts(new)
    assert len(fresh) >= 2 and parts_of(new) == fresh and parts_of(new) is parts_of(new)
    before = [(p.status, p.similarity, p.old and p.old.span, p.new and p.new.span) for p in align(old, new).pairs]
    again = [(p.status, p.similarity, p.old and p.old.span, p.new and p.new.span) for p in align(old, new).pairs]
    assert before == again and any(p[1] < 1 for p in before)
    # a document made from another is another document: its parts are its own
    other = replace(new, articles=new.articles[:1])
    assert parts_of(other) is not parts_of(new) and parts_of(other) == document_parts(other)


@needs_shared(REVISIONS)  # the bylaws and the synthetic revisions: every kind of edit
def test_the_reports_rows_from_the_units_diff_paired_are_the_rows_of_units_paired_again():
    from pipeline.api import compare_versions, read_document
    from pipeline.reports.taisho import pair_rows

    def shown(rows):
        return [(r.new_span, r.old_span, *[(c.text, c.marks, c.points) if c else None for c in (r.new, r.old)])
                for r in rows]

    kept = 0
    for old, new in _real_revision_pairs():
        r = compare_versions(read_document(old), read_document(new))
        for p in r.pairs:
            if p.old is None or p.new is None or not p.changes or p.units is None:
                continue
            fast = shown(pair_rows(r, p))
            p.units = None
            assert shown(pair_rows(r, p)) == fast, (old.name, p.label)
            kept += 1
    assert kept > 50
