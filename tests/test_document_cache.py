"""The parsed-document cache (pipeline.document_cache): a version read before is neither ingested nor parsed
again, and nothing a command reports depends on whether its documents came from the cache."""

import dataclasses
import json
import os
import time

import pytest

from conftest import EXTERNAL, RAW, SAMPLES, needs_shared
from pipeline import api
from pipeline.cli.commands import main
from pipeline.serialize import diff_dict, document_dict
from pipeline import document_cache as cache_module
from pipeline.document_cache import DocumentCache

ACT = EXTERNAL / "companies-act"
PDF_TWIN = sorted((EXTERNAL).glob("*/*.pdf"))


def _no_parse(monkeypatch):
    def must_not_run(*a, **k):
        raise AssertionError("a document kept in the cache was ingested or parsed again")

    monkeypatch.setattr(api, "document_from_source", must_not_run)
    monkeypatch.setattr(api, "parse", must_not_run)
    monkeypatch.setattr(api, "load_bytes", must_not_run)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_document_from_the_cache_is_the_document_parsed(tmp_path, monkeypatch, name):
    path = SAMPLES[name]
    cache = DocumentCache(tmp_path / "cache")
    first = api.read_document(path, cache=cache)
    assert cache.misses == 1 and len(cache.entries()) == 1
    _no_parse(monkeypatch)
    again = api.read_document(path, cache=cache)
    assert cache.hits == 1
    assert document_dict(again) == document_dict(first)
    assert again.source.text == first.source.text and list(again.norm.offsets) == list(first.norm.offsets)


def test_a_copy_under_another_name_is_found_and_carries_its_own_path(tmp_path, monkeypatch):
    cache = DocumentCache(tmp_path / "cache")
    src = SAMPLES["ekyc"]
    api.read_document(src, cache=cache)
    copy = tmp_path / "republished" / src.name
    copy.parent.mkdir()
    copy.write_bytes(src.read_bytes())
    _no_parse(monkeypatch)
    doc = api.read_document(copy, cache=cache)
    assert doc.source.path == str(copy)


def test_the_file_suffix_is_part_of_the_key(tmp_path):
    """The same bytes named .md are read by another reader (Markdown headings) than named .txt."""
    cache = DocumentCache(tmp_path / "cache")
    text = "# 利用規約\n\n第1条（目的）\n\n本規約は、本サービスの利用条件を定めます。\n"  # one heading: a .txt stays text
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    md = api.read_document(tmp_path / "a.md", cache=cache)
    txt = api.read_document(tmp_path / "a.txt", cache=cache)
    assert cache.misses == 2 and len(cache.entries()) == 2
    assert md.source.format == "markdown" and txt.source.format == "text"


def test_an_unreadable_entry_is_a_miss_and_is_replaced(tmp_path):
    cache = DocumentCache(tmp_path / "cache")
    path = SAMPLES["basic"]
    want = document_dict(api.read_document(path, cache=cache))
    (entry,) = cache.entries()
    entry.write_bytes(entry.read_bytes()[:1000])  # cut short, as a full disk leaves it
    got = api.read_document(path, cache=cache)
    assert document_dict(got) == want and cache.misses == 2 and cache.hits == 0
    assert len(cache.entries()) == 1 and entry.stat().st_size > 1000  # written again, whole


def test_editing_the_code_makes_every_entry_unreachable(tmp_path, monkeypatch):
    package = tmp_path / "package"
    package.mkdir()
    (package / "normalize.py").write_text("x = 1\n")
    monkeypatch.setattr(cache_module, "_PACKAGE", package)
    monkeypatch.setattr(cache_module, "_FINGERPRINT", None)
    before = DocumentCache.key("0" * 64, "a.txt")
    (package / "normalize.py").write_text("x = 22\n")
    monkeypatch.setattr(cache_module, "_FINGERPRINT", None)
    assert DocumentCache.key("0" * 64, "a.txt") != before


def test_the_folder_is_kept_under_its_size_by_dropping_what_was_read_least_recently(tmp_path):
    cache = DocumentCache(tmp_path / "cache")
    paths = [SAMPLES[k] for k in sorted(SAMPLES)]
    for p in paths:
        api.read_document(p, cache=cache)
    entries = {str(p): cache._path(DocumentCache.key(api._Input.read(p, api.DEFAULT_LIMITS).sha256, str(p)))
               for p in paths}
    assert sorted(entries.values()) == cache.entries()
    past = time.time() - 1000
    for i, e in enumerate(entries.values()):  # written in this order, long ago
        os.utime(e, (past + i, past + i))
    api.read_document(paths[0], cache=cache)  # read again: now the most recent
    assert entries[str(paths[0])].stat().st_mtime > past + len(paths)
    total = sum(e.stat().st_size for e in entries.values())
    cache.max_bytes = total - 1
    cache._evict()
    assert cache.entries() == sorted(e for p, e in entries.items() if p != str(paths[1]))


def test_the_folder_is_counted_once_a_process_until_it_may_be_full(tmp_path, monkeypatch):
    """Counting the folder stats every entry: a command counts it on its first write, then adds what it writes, and
    counts (and drops what was read least recently) again only when that passes the bound."""
    paths = [SAMPLES[k] for k in sorted(SAMPLES)]
    counts = []
    stats = DocumentCache._stats
    monkeypatch.setattr(DocumentCache, "_stats", lambda self: counts.append(1) or stats(self))
    roomy = DocumentCache(tmp_path / "roomy")
    for p in paths:
        api.read_document(p, cache=roomy)
    assert len(roomy.entries()) == len(paths) and len(counts) == 1
    sizes = sorted(e.stat().st_size for e in roomy.entries())
    counts.clear()
    tight = DocumentCache(tmp_path / "tight", max_bytes=sizes[-1] + sizes[-2])  # room for two of them, not three
    for p in paths:
        api.read_document(p, cache=tight)
        assert sum(e.stat().st_size for e in tight.entries()) <= tight.max_bytes
    assert 1 <= len(tight.entries()) <= 2 and len(counts) > 1  # counted again once the estimate passed the bound


def test_a_cache_that_cannot_be_written_does_not_fail_the_read(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = DocumentCache(blocker / "cache")
    doc = api.read_document(SAMPLES["ekyc"], cache=cache)
    assert doc.articles and cache.entries() == []


def test_the_same_pair_diffed_twice_reports_the_same_and_parses_nothing_the_second_time(tmp_path, monkeypatch):
    old, new = RAW / "saporis" / "ekyc-terms.txt", RAW / "saporis" / "gmo-sign-service-terms.txt"
    cache = DocumentCache(tmp_path / "cache")
    first = diff_dict(api.compare_files(old, new, cache=cache))
    plain = diff_dict(api.compare_files(old, new))
    _no_parse(monkeypatch)
    second = diff_dict(api.compare_files(old, new, cache=cache))
    assert first == plain == second and first["alignment"]


def test_identical_bytes_from_the_cache_are_still_reported_identical(tmp_path, monkeypatch):
    src = SAMPLES["itrust"]
    copy = tmp_path / "copy.txt"
    copy.write_bytes(src.read_bytes())
    cache = DocumentCache(tmp_path / "cache")
    plain = diff_dict(api.compare_files(src, copy))
    api.read_document(src, cache=cache)
    _no_parse(monkeypatch)
    cached = diff_dict(api.compare_files(src, copy, cache=cache))
    assert cached == plain and cached["summary"]["identical"] is True and cached["new"]["path"] == str(copy)


def test_versions_that_read_the_same_are_parsed_once_with_one_of_them_cached(tmp_path, monkeypatch):
    """CRLF line endings: other bytes, the same normalized text; the cached old version is not parsed, and
    the new one is taken as the same units over its own source."""
    src = SAMPLES["ekyc"]
    variant = tmp_path / "crlf.txt"
    variant.write_bytes(src.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    cache = DocumentCache(tmp_path / "cache")
    api.read_document(src, cache=cache)
    parses = []
    real_parse = api.parse
    monkeypatch.setattr(api, "parse", lambda norm, s: parses.append(s.path) or real_parse(norm, s))
    d = diff_dict(api.compare_files(src, variant, cache=cache))
    assert parses == [] and {e["status"] for e in d["alignment"]} == {"unchanged"} and d["findings"] == []


def test_the_command_line_fills_its_cache_and_no_cache_leaves_it_alone(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAUSEDIFF_CACHE_DIR", str(folder))
    old, new = SAMPLES["gmo_reseller"], SAMPLES["gmo_service"]
    assert main(["diff", str(old), str(new), "--format", "json", "-o", str(tmp_path / "a.json"), "--no-cache"]) == 0
    assert not folder.exists()
    monkeypatch.setenv("CLAUSEDIFF_CACHE", "off")
    assert main(["check", str(old), "--format", "json", "-o", str(tmp_path / "c.json")]) in (0, 1)
    assert not folder.exists()
    monkeypatch.delenv("CLAUSEDIFF_CACHE")
    assert main(["diff", str(old), str(new), "--format", "json", "-o", str(tmp_path / "b.json")]) == 0
    assert len([p for p in DocumentCache(folder).entries() if p.name.endswith(".doc.pickle")]) == 2
    a = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert a == b


@needs_shared(ACT)
def test_a_law_taken_from_the_cache_diffs_as_parsed(tmp_path):
    """The Companies Act pair: its diff with both versions from the cache equals the one parsed afresh."""
    old, new = sorted(ACT.glob("*.md"))[:2]
    cache = DocumentCache(tmp_path / "cache")
    api.read_document(old, cache=cache)
    api.read_document(new, cache=cache)
    assert cache.misses == 2
    cached = diff_dict(api.compare_files(old, new, cache=cache))
    assert cache.hits == 2
    assert cached == diff_dict(api.compare_files(old, new))


@pytest.mark.skipif(not PDF_TWIN, reason="no PDF in ../shared/corpus/external (../shared missing)")
def test_a_pdf_from_the_cache_is_not_read_again(tmp_path, monkeypatch):
    """A PDF's ingest (pdfplumber) is the dear part of reading it: a cached one is not opened."""
    cache = DocumentCache(tmp_path / "cache")
    first = api.read_document(PDF_TWIN[0], cache=cache)
    _no_parse(monkeypatch)
    again = api.read_document(PDF_TWIN[0], cache=cache)
    assert document_dict(again) == document_dict(first) and again.source.removed == first.source.removed


def test_the_cache_command_says_what_the_cache_holds_and_clears_it(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CLAUSEDIFF_CACHE_DIR", str(folder))
    assert main(["parse", str(SAMPLES["ekyc"]), "-o", str(tmp_path / "p.json")]) == 0
    capsys.readouterr()
    assert main(["cache"]) == 0
    out = capsys.readouterr().out
    assert f"folder:  {folder}" in out and "entries: 1 parsed document(s)" in out
    (folder / "patterns-0123456789abcdef.marshal").write_bytes(b"")  # the rules' compiled patterns (regex_cache)
    (folder / "word-frequencies-01234567.marshal").write_bytes(b"")  # general Japanese's word list (word_frequencies)
    assert main(["cache", "clear"]) == 0
    assert "1 parsed document(s) deleted" in capsys.readouterr().out
    assert DocumentCache(folder).entries() == [] and list(folder.glob("patterns-*")) == []
    assert list(folder.glob("word-frequencies-*")) == []
    assert main(["cache", "info"]) == 0 and "entries: 0 parsed" in capsys.readouterr().out


# ------------------------------------------------------------------ findings kept beside the documents

MOZILLA = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))


def _whole_document_runs(monkeypatch) -> list[tuple[str, str]]:
    """(rule, document path) of every document rule run on the whole of a document, from now on."""
    from pipeline.checks import base

    base._load_rules()
    runs = []
    for rid, rule in list(base._REGISTRY.items()):
        if rule.scope == "unit":
            continue

        def spy(ctx, rule=rule):
            if ctx.scope is None and ctx.only is None:
                runs.append((rule.id, ctx.doc.source.path))
            return rule.func(ctx)
        monkeypatch.setitem(base._REGISTRY, rid, dataclasses.replace(rule, func=spy))
    return runs


def test_a_revision_diffed_again_takes_the_findings_of_both_versions_from_the_cache(tmp_path, monkeypatch):
    """The reviewer renders the same real revision a second time (another format, another day): the document
    rules ran on the whole versions once, and the report is the same."""
    old, new = MOZILLA[0], MOZILLA[1]
    cache = DocumentCache(tmp_path / "cache")
    runs = _whole_document_runs(monkeypatch)
    first = diff_dict(api.compare_files(old, new, cache=cache))
    assert runs and first["findings"]  # the rules ran, and found something the revision introduced
    del runs[:]
    second = diff_dict(api.compare_files(old, new, cache=cache))
    assert runs == [] and second == first == diff_dict(api.compare_files(old, new))


def test_a_revision_rendered_again_is_not_checked_at_all(tmp_path, monkeypatch):
    """What a revision introduced is kept by the pair of versions: rendering the same pair again (HTML after
    JSON) runs no rule, not even on the changed units, and reports the same findings."""
    import pipeline.checks

    old, new = MOZILLA[0], MOZILLA[1]
    cache = DocumentCache(tmp_path / "cache")
    first = diff_dict(api.compare_files(old, new, cache=cache))
    assert first["findings"]

    def must_not_run(*a, **k):
        raise AssertionError("the revision's findings were computed again")

    monkeypatch.setattr(pipeline.checks, "introduced_findings", must_not_run)
    assert diff_dict(api.compare_files(old, new, cache=cache)) == first
    # the pair the other way round is another revision
    with pytest.raises(AssertionError, match="computed again"):
        api.compare_files(new, old, cache=cache)


def test_an_unreadable_entry_of_a_revision_is_a_miss(tmp_path):
    old, new = MOZILLA[0], MOZILLA[1]
    cache = DocumentCache(tmp_path / "cache")
    first = diff_dict(api.compare_files(old, new, cache=cache))
    (entry,) = [p for p in cache.entries() if p.name.endswith(".introduced.pickle")]
    entry.write_bytes(entry.read_bytes()[:100])
    assert diff_dict(api.compare_files(old, new, cache=cache)) == first
    assert len(entry.read_bytes()) > 100  # computed again, and kept again


def test_a_version_checked_once_is_not_checked_again_as_the_old_side_of_its_revision(tmp_path, monkeypatch):
    old, new = MOZILLA[-2], MOZILLA[-1]
    cache = DocumentCache(tmp_path / "cache")
    checked = api.check_document(api.read_document(old, cache=cache), cache)
    runs = _whole_document_runs(monkeypatch)
    assert api.check_document(api.read_document(old, cache=cache), cache) == checked and runs == []
    got = diff_dict(api.compare_files(old, new, cache=cache))
    assert runs and {path for _, path in runs} == {str(new)}
    assert got == diff_dict(api.compare_files(old, new))


def test_findings_kept_under_another_tagger_are_not_taken(tmp_path, monkeypatch):
    """Findings read tokens: a new fugashi or dictionary may tag (and so find) otherwise."""
    cache = DocumentCache(tmp_path / "cache")
    doc = api.read_document(SAMPLES["ekyc"], cache=cache)
    api.check_document(doc, cache)
    assert set(cache.get_findings(doc)) == {"*"}
    monkeypatch.setattr(cache_module, "_tagger_versions", lambda: "fugashi=9.9,unidic-lite=9.9")
    assert cache.get_findings(doc) == {}


def test_an_unreadable_findings_entry_is_a_miss(tmp_path, monkeypatch):
    cache = DocumentCache(tmp_path / "cache")
    want = api.check_document(api.read_document(SAMPLES["basic"], cache=cache), cache)
    (entry,) = [p for p in cache.entries() if p.name.endswith(".findings.pickle")]
    entry.write_bytes(entry.read_bytes()[:200])
    doc = api.read_document(SAMPLES["basic"], cache=cache)
    assert cache.get_findings(doc) == {} and not entry.exists()
    runs = _whole_document_runs(monkeypatch)
    assert api.check_document(doc, cache) == want and runs  # checked again, and kept again
    assert set(cache.get_findings(doc)) == {"*"}
