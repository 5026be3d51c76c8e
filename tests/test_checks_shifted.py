"""reference-shifted: citations left one off when an article was deleted or inserted and the others renumbered.

Each case is a real sample revised as drafters revise: one article taken out (or a new one put in) and the
article headings after it renumbered, every citation left as written.
"""

import re

import pytest
from conftest import EXTERNAL, SAMPLES, doc_from_text, needs_shared

from pipeline.api import compare_versions, read_document
from pipeline.checks import run_checks

_WIDE = str.maketrans("０１２３４５６７８９", "0123456789")
_HEADING_NUMBER = re.compile(r"(?m)^([ \u3000■【]*)第([0-9０-９]{1,3})条")
_NEW_ARTICLE = "第{n}条（電子署名の方式）\n当社は、本サービスにおいて電子署名の方式を定めることができます。\n"


def _renumbered(name: str, number: str, insert: bool = False) -> tuple[str, int]:
    """The sample with article ``number`` deleted (or a new article put before it), the headings after renumbered."""
    path = SAMPLES[name]
    raw = path.read_text(encoding="utf-8")
    doc = read_document(path)
    n, step = int(number), (1 if insert else -1)
    out, pos = [], 0
    for a in doc.articles:
        if a.part != "main" or int(a.number) < n:
            continue
        s, e = doc.norm.source_span(a.span)
        hs, he = doc.norm.source_span(a.heading_span)
        if int(a.number) == n:
            out.append(raw[pos:s])
            out.append(_NEW_ARTICLE.format(n=n) + raw[s:hs] if insert else "")
            pos = s if insert else e
            if not insert:
                continue
        head = raw[hs:he]
        out.append(raw[pos:hs] + _HEADING_NUMBER.sub(
            lambda m: f"{m.group(1)}第{int(m.group(2).translate(_WIDE)) + step}条", head, count=1))
        pos = he
    out.append(raw[pos:])
    return "".join(out), step


def _untitled_citations_from(doc, first: int) -> list[tuple[int, int]]:
    """Spans of the untitled citations 第N条 (N ≥ first) of the document's own articles, outside headings."""
    heads = [a.heading_span for a in doc.articles]
    out = []
    for m in re.finditer(r"第([0-9]{1,3})条(?![（(])", doc.norm.text):
        if int(m.group(1)) < first or any(a <= m.start() < b for a, b in heads):
            continue
        if re.search(r"(?:法|令|規則|基準)$", doc.norm.text[max(0, m.start() - 4):m.start()]):
            continue  # another document's article
        out.append(m.span())
    return out


def test_untitled_citations_left_stale_beside_titled_ones_are_reported():
    """itrust without its 第15条: seven titled citations now name the article before the one they cite
    (reference-title-mismatch), and the untitled citations of 第15条 on are just as stale: each is reported
    with the article one before as the fix (they had gone unreported: 第18条の規定, 第25条, 第17条に基づき)."""
    text, _ = _renumbered("itrust", "15")
    doc = doc_from_text(text, "itrust.txt")
    findings = run_checks(doc, ["reference-shifted", "reference-dangling"])
    found = {f.span[0]: f for f in findings if f.rule == "reference-shifted"}
    dangling = [f.span for f in findings if f.rule == "reference-dangling"]
    stale = [(s, e) for s, e in _untitled_citations_from(doc, 15) if not any(a < e and s < b for a, b in dangling)]
    assert len(stale) >= 4
    for s, e in stale:  # (a stale citation of a paragraph the article lacks now is reference-dangling's)
        f = found.get(s)
        assert f is not None, doc.norm.text[s - 10:e + 10]
        n = int(re.match(r"第([0-9]+)条", doc.norm.text[s:e]).group(1))
        assert f.suggestion.startswith(f"第{n - 1}条")
    assert set(found) == {s for s, _ in stale}
    cited = "第18条の規定または他の理由により本契約が解除された場合"
    assert any(doc.norm.text.startswith(cited, s) and f.suggestion == "第17条" for s, f in found.items())


def test_citations_left_one_before_an_inserted_article_are_reported():
    """itrust with a new article put before its 第15条: the titled citations of 第15条 on name the article after
    the one they cite, and the untitled ones are one before too."""
    text, step = _renumbered("itrust", "15", insert=True)
    doc = doc_from_text(text, "itrust.txt")
    found = run_checks(doc, ["reference-shifted"])
    assert len(found) >= 3
    for f in found:
        n = int(re.match(r"第([0-9]+)条", f.excerpt).group(1))
        assert n >= 15 and f.suggestion.startswith(f"第{n + step}条")


def test_a_document_whose_citations_are_right_reports_nothing():
    for name, path in SAMPLES.items():
        assert run_checks(read_document(path), ["reference-shifted"]) == [], name


def test_a_right_titled_citation_among_the_stale_ones_says_the_numbering_is_not_simply_shifted():
    """One titled citation updated by hand (第20条(譲渡) → 第19条(譲渡)) and the others not: which untitled
    citations were updated is not known, so nothing is said of them."""
    text, _ = _renumbered("itrust", "15")
    assert "第20条(譲渡)" in text
    doc = doc_from_text(text.replace("第20条(譲渡)", "第19条(譲渡)"), "itrust.txt")
    assert run_checks(doc, ["reference-shifted"]) == []


def test_a_revision_that_left_citations_stale_reports_each_once():
    """Diffed against the version before, a stale citation is the diff's reference-stale (it knows the article
    meant), not also reference-shifted."""
    old = read_document(SAMPLES["itrust"])
    text, _ = _renumbered("itrust", "15")
    new = doc_from_text(text, "itrust.txt")
    result = compare_versions(old, new)
    stale = {f.span for f in result.findings if f.rule == "reference-stale"}
    shifted = {f.span for f in result.findings if f.rule == "reference-shifted"}
    assert stale and not (stale & shifted)


@needs_shared(EXTERNAL)
@pytest.mark.parametrize("path", ["kiyaku/kiyaku_2022.txt", "kiyaku/kiyaku_2025.txt", "kiyaku/kiyaku_2026.txt",
                                  "companies-act/20221001_417AC0000000086_20221001_502AC1000000078.md"])
def test_real_laws_and_bylaws_report_nothing(path):
    """The bylaws renumbered between their versions and the Companies Act, with their thousands of citations."""
    assert run_checks(read_document(EXTERNAL / path), ["reference-shifted"]) == []


def test_a_citation_before_the_first_titled_one_is_reported_when_its_sentence_fits_the_article_next_door():
    """itrust without its 第5条: the titled citations show the renumbering from a later article on, and where it
    began is not known. The untitled 「第5条第3項に基づき…」 (about the 年間確認サービス利用数 of the article gone)
    is reported because its sentence's words fit 第4条 far better than the 第5条 it now names; the citations
    before the article removed, whose sentences fit their own articles, are not."""
    text, _ = _renumbered("itrust", "5")
    doc = doc_from_text(text, "itrust.txt")
    found = [f for f in run_checks(doc, ["reference-shifted"]) if "この文の語句" in f.message]
    assert found and {f.excerpt for f in found} == {"第5条第3項"}
    assert all(f.suggestion == "第4条第3項" for f in found)
    assert all(int(re.match(r"第([0-9]+)条", f.excerpt).group(1)) >= 5 for f in run_checks(doc, ["reference-shifted"]))
