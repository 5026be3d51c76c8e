"""Version diff on the sample revision pairs (../shared/revisions) and the samples themselves."""

import json
import subprocess
import sys

import pytest
from conftest import REVISIONS, ROOT, SAMPLES, doc_from_text, needs_shared

from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.serialize import diff_dict


def pair(case):
    return diff(read_document(REVISIONS / case / "old.txt"), read_document(REVISIONS / case / "new.txt"))


@pytest.mark.parametrize("name", list(SAMPLES))
def test_document_against_itself_has_no_changes(samples, name):
    r = diff(samples[name], samples[name])
    assert all(p.status == "unchanged" and not p.changes for p in r.pairs)


def test_rewrapped_full_width_copy_has_no_substantive_change(samples):
    doc = samples["ekyc"]
    text = doc.source.text
    # full-width → half-width digits and a different wrap width
    import re
    flat = re.sub(r"\n\s*\n", "\n", text).translate({0xFF10 + i: 0x30 + i for i in range(10)})
    rewrapped = "\n".join(flat[i:i + 37] for i in range(0, len(flat), 37))
    r = diff(doc, doc_from_text(text.translate({0xFF10 + i: 0x30 + i for i in range(10)})))
    assert r.summary()["substantive"] == 0
    assert rewrapped  # the layout variant is built from the same text


@needs_shared(REVISIONS)
def test_insertion_renumbers_and_finds_the_stale_reference():
    r = pair("c04_000_insert_staleref")
    statuses = {(p.old_number, p.new_number): p.status for p in r.pairs}
    assert statuses[(None, "13")] == "inserted"
    assert all(statuses[(str(o), str(o + 1))] in ("renumbered", "modified") for o in range(13, 18))
    assert [(c.kind, c.old_text, c.new_text) for p in r.pairs for c in p.changes if c.kind == "reference"]
    stale = [f for f in r.findings if f.rule == "reference-stale"]
    assert [(f.article, f.excerpt, f.suggestion) for f in stale] == [("17", "第17条（規定外事項）", "第18条")]
    # the inserted article is the one substantive change: the renumbering and the updated citations are not
    assert r.summary()["substantive"] == 1


@needs_shared(REVISIONS)
def test_substantive_changes_are_classified():
    r = pair("c16_002_substantive")
    found = {(p.new_number, cat) for p in r.pairs for c in p.changes if c.kind == "substantive" for cat in c.categories}
    assert {("11", "party"), ("8", "negation"), ("12", "modality"), ("12", "item-added"),
            ("21", "paragraph-added")} <= found
    added = [c for p in r.pairs for c in p.changes if "item-added" in c.categories]
    # a whole item added is shown with its label, as the reader sees it
    assert added[0].new_text == "(7)本サービスを利用して第三者に広告、宣伝又は勧誘を目的とする電子メールを送信する行為。"


@needs_shared(REVISIONS)
def test_durations_and_typos():
    r = pair("c26_004_typos_edits")
    subs = [(p.new_number, tuple(c.categories), c.old_text, c.new_text) for p in r.pairs for c in p.changes
            if c.kind == "substantive"]
    assert ("2", ("duration",), "15", "30") in subs
    assert any(n == "25" and "duration" in cats for n, cats, *_ in subs)
    # the doubled particle is a slip, not a change of meaning
    art10 = next(p for p in r.pairs if p.new_number == "10")
    assert [c.kind for c in art10.changes] == ["editorial"]


@needs_shared(REVISIONS)
def test_move_is_reported_once():
    r = pair("c24_004_move")
    moved = [(p.old_number, p.new_number) for p in r.pairs if p.status == "moved"]
    assert moved == [("24", "13")]


@needs_shared(REVISIONS)
def test_split_article():
    r = pair("c10_001_split")
    split = sorted((p.old_number, p.new_number) for p in r.pairs if p.status == "split")
    assert split == [("10", "10"), ("10", "11")]


@needs_shared(REVISIONS)
def test_diff_json_schema_and_cli():
    out = subprocess.run([sys.executable, "-m", "pipeline", "diff", str(REVISIONS / "c07_001_delete" / "old.txt"),
                          str(REVISIONS / "c07_001_delete" / "new.txt"), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    d = json.loads(out.stdout)
    assert d["schema"] == "clausediff.diff/1"
    assert {"old", "new", "alignment", "findings", "summary"} <= set(d)
    assert {"old": "24", "new": None} == {k: v for k, v in d["alignment"][23].items() if k in ("old", "new")} or \
        any(e["old"] == "24" and e["new"] is None and e["status"] == "deleted" for e in d["alignment"])
    e = d["alignment"][0]
    assert set(e) >= {"old", "new", "status", "similarity", "changes"}


def test_cross_vendor_diff_says_so(samples):
    r = diff(samples["gmo_reseller"], samples["gmo_service"])
    s = r.summary()
    assert s["cross_document"] is True
    assert s["unmatched_old"] > 0 and s["unmatched_new"] > 0
    assert diff_dict(r)["summary"]["cross_document"] is True


def test_the_same_text_read_differently_is_compared_not_paired_blindly():
    """Markdown headings make sections of what a text file reads as plain lines: the same normalized
    text is only 'identical' when it parses the same way; otherwise every unit is still accounted for."""
    from pipeline.api import document_from_source
    from pipeline.ingest import load_bytes
    from pipeline.parts import document_parts

    md = document_from_source(load_bytes("# 規約\n## はじめに\n本規約は目的を定める。\n## 定義\n用語を定める。\n".encode(), "a.md"))
    txt = document_from_source(load_bytes("規約\nはじめに\n本規約は目的を定める。\n定義\n用語を定める。\n".encode(), "b.txt"))
    assert md.norm.text == txt.norm.text
    r = diff(md, txt)
    olds = {(p.old.part, p.old.number) for p in r.pairs if p.old is not None}
    news = {(p.new.part, p.new.number) for p in r.pairs if p.new is not None}
    assert olds == {(a.part, a.number) for part in document_parts(md) for a in part.articles}
    assert news == {(b.part, b.number) for part in document_parts(txt) for b in part.articles}
    assert diff(md, md).summary()["kinds"] == {} and diff(txt, txt).summary()["kinds"] == {}
