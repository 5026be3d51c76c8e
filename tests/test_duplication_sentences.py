"""duplication, the sentences written twice (issue 16): a copy out of place and a repeat inside brackets,
planted in real documents (the samples in raw/, the Mozilla terms, the kiyaku bylaws), and the recurring
provisions of the corpus left alone."""

import unicodedata
from pathlib import Path

import pytest
from conftest import EXTERNAL, RAW, SAMPLES, doc_from_text, findings_added, needs_shared

from pipeline.api import read_document
from pipeline.checks import location_label, run_checks

KIYAKU_2025 = EXTERNAL / "kiyaku" / "kiyaku_2025.txt"
MOZILLA = RAW / "mozilla" / "accounts-tos-2025-06-04.md"


def test_a_sentence_that_leans_on_its_context_pasted_into_an_unrelated_article():
    # GMO Sign reseller terms: the renewal sentence of 第19条 (利用期間) pasted after the language clause of
    # 第29条. It leans on its context (同様) and is short: the self-contained-sentence test says nothing.
    sentence = "更新後の利用期間が満了する場合も同様とします。"
    written = "ただし、日本語以外の言語で作成される場合があります。"
    fs = findings_added(SAMPLES["gmo_reseller"], written, written + sentence, "duplication")
    assert [(f.excerpt, f.article, f.severity) for f in fs] == [(sentence, "29", "warning")]
    assert "第19条" in fs[0].message and "「利用期間」" in fs[0].message  # where the other copy is, and what ties it there


def test_a_pasted_sentence_in_markdown_terms():
    # Mozilla accounts terms: the warranty sentence of section 10. pasted after the password sentence of section 2.
    sentence = "裁判管轄によっては、黙示的保証の排除または制限が認められていないため、当該免責条項が皆様に適用されない場合があります。"
    written = "登録の際、皆様はパスワードの設定を求められます。"
    fs = findings_added(MOZILLA, written, written + sentence, "duplication")
    assert [(f.excerpt, f.article) for f in fs] == [(sentence, "2")]
    assert "同じ文が10.にも" in fs[0].message and "「裁判管轄」" in fs[0].message


def test_a_pasted_sentence_whose_pointer_names_nothing_before_it():
    # eKYC terms: 第10条's 「かかる変更は、…」 (かかる: the change its article spoke of) pasted after the renewal sentence
    # of 第8条, which speaks of no change. 変更 is written all over these short terms (no word particular to a
    # paragraph ties the copies); what 「かかる変更」 points back at is named before the copy in 第10条 only.
    sentence = "かかる変更は、変更月の初日より効力を生じるものとする。"
    written = "以後の契約期間についても同様とする。"
    fs = findings_added(SAMPLES["ekyc"], written, written + sentence, "duplication")
    assert [(f.excerpt, f.article, f.severity) for f in fs] == [(sentence, "8", "warning")]
    assert "第10条" in fs[0].message and "「かかる変更」が指す「変更」" in fs[0].message


@needs_shared(KIYAKU_2025)
def test_a_third_copy_of_a_recurring_provision_pasted_where_it_does_not_belong():
    # kiyaku 2025: 「この場合において、第43条第２項及び第３項の規定は…準用する。」 closes two articles after a
    # notice to the owners (第24条の2, 第67条); a third copy after the definition of 専有部 in 第7条 is a slip
    sentence = "この場合において、第43条第２項及び第３項の規定は、区分所有者への通知について準用する。"
    written = "換気ダクト設備は専有部に含まれないものとする。"
    doc = read_document(KIYAKU_2025)
    fs = findings_added(KIYAKU_2025, written, written + sentence, "duplication")
    assert [(f.excerpt, f.article, f.paragraph) for f in fs] == [(unicodedata.normalize("NFKC", sentence), "7", 3)]
    assert "「通知」" in fs[0].message
    assert not [f for f in run_checks(doc, ["duplication"]) if "そちらでは" in f.message]  # the real two: quiet


@needs_shared(KIYAKU_2025)
def test_a_sentence_written_twice_inside_brackets():
    # kiyaku 2025 第16条第2項: 「（駐車場及び専用使用部分を除く。ただし、…この限りではない。）」 with its proviso twice
    proviso = "ただし、管理組合が行う修繕等を行うまたは緊急を要する場合はこの限りではない。"
    written = proviso + "）"
    fs = findings_added(KIYAKU_2025, written, proviso + proviso + "）", "duplication")
    assert [(f.excerpt, f.message) for f in fs] == [(proviso, "同じ文が続けて2回書かれています。")]


def _shared(pattern: str) -> list[Path]:
    return sorted(EXTERNAL.glob(pattern)) if EXTERNAL.exists() else []


@pytest.mark.parametrize(
    "path",
    list(SAMPLES.values()) + sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    + _shared("tos/mozilla/*.md") + _shared("kiyaku/kiyaku_20[0-9][0-9].txt") + _shared("egov-xml/*.txt")
    + _shared("pdf/*.html") + _shared("companies-act/*.md"),
    ids=lambda p: p.name[:30])
def test_sentences_that_rightly_recur_are_not_reported(path):
    """The corpus repeats sentences on purpose, after related text (「…閲覧させなければならない。この場合において、
    閲覧につき…」 five times in the bylaws) or with nothing of their own (「ただし、…この限りでない。」 all over the
    laws), and 「Mozillaアカウントが必要です。」 closes three items: no copy out of place, no repeat in a row.
    In the Companies Act, without both tests of a copy out of place (what the sentences before the copies
    share, and that the sentence has no word of its paragraph), provisos would be reported
    (「ただし、特別支配株主完全子法人に対しては、その請求をしないことができる。」)."""
    doc = read_document(path)
    found = [(location_label(doc, f), f.excerpt) for f in run_checks(doc, ["duplication"])
             if "そちらでは" in f.message or "続けて" in f.message]
    assert found == []


PASTED = ("ただし、日本語以外の言語で作成される場合があります。",
          "ただし、日本語以外の言語で作成される場合があります。更新後の利用期間が満了する場合も同様とします。")
RENEWAL = ("更新されるものとします。更新後の利用期間が満了する場合も同様とします。", "更新されるものとします。")


@pytest.mark.parametrize("old_edits,new_edits", [
    # the renewal sentence of 第19条 pasted into 第29条: a copy out of place, in the changed article
    ((), (PASTED,)),
    # the sentence stood in 第29条 alone; the revision writes it in 第19条, where it belongs: the sentence of
    # the untouched 第29条 is now a copy out of place, a finding the revision caused outside what it changed
    ((PASTED, RENEWAL), (PASTED,)),
], ids=["pasted", "original-written"])
def test_a_diff_finds_the_copies_out_of_place_that_checking_both_versions_finds(old_edits, new_edits):
    """The findings depend on the whole document (where the other copy stands, how often each word is
    written): a diff that checks the changed articles only must find what checking everything finds."""
    from test_introduced_findings import introduced_by_full_checks

    from pipeline.checks import introduced_findings

    path = SAMPLES["gmo_reseller"]

    def version(edits):
        text = path.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new, 1)
        return doc_from_text(text, path.name)

    old_doc, new_doc = version(old_edits), version(new_edits)
    got = sorted((f.rule, f.span, f.message) for f in introduced_findings(old_doc, new_doc))
    assert got == introduced_by_full_checks(old_doc, new_doc)
    copies = [(new_doc.norm.text[s:e], m) for r, (s, e), m in got if r == "duplication" and "そちらでは" in m]
    assert [c for c, _ in copies] == ["更新後の利用期間が満了する場合も同様とします。"] and "第19条" in copies[0][1]


def test_a_second_proviso_pasted_into_a_paragraph():
    """GMO Sign service terms 第3条第3項 has its proviso 「ただし、本料金のうち、従量料金を除く…」; a second one pasted
    after it (the proviso of the reseller's 第29条, 「ただし、日本語以外の言語で作成される場合があります。」) makes a
    paragraph with two ただし書, which no paragraph of the corpus or of fifty public terms pages has."""
    written = "ます。なお、利用契約が月の途中で終了した場合"
    pasted = "ます。ただし、日本語以外の言語で作成される場合があります。なお、利用契約が月の途中で終了した場合"
    fs = findings_added(SAMPLES["gmo_service"], written, pasted, "duplication")
    assert [(f.excerpt, f.article, f.paragraph) for f in fs] == [("ただし、日本語以外の言語で作成される場合があります。", "3", 3)]


@needs_shared(KIYAKU_2025)
def test_one_proviso_per_paragraph_in_the_corpus():
    """The bylaws and the Companies Act have thousands of provisos, never two in one paragraph: nothing reported."""
    for path in [KIYAKU_2025] + sorted((EXTERNAL / "companies-act").glob("*.md"))[-1:]:
        doc = read_document(path)
        assert not [f for f in run_checks(doc, ["duplication"]) if "ただし書が2つ" in f.message], path.name


def test_an_article_pasted_over_another():
    """A web 利用規約 (pub20): 第4条（本サービスの提供の停止等） and 第7条（サービス内容の変更等） read word for word the same.
    Planted into a sample (its 第14条 given the text of 第13条), the later copy is told; the Companies Act, which repeats
    whole articles across chapters for parallel regimes, says nothing (test_sentences_that_rightly_recur…)."""
    path = RAW / "secure-innovation" / "service-basic-terms.txt"
    doc = doc_from_text(path.read_text(encoding="utf-8"), path.name)
    t = doc.norm.text
    a13, a14 = (next(a for a in doc.articles if a.number == n) for n in ("13", "14"))
    body13, body14 = (t[a.heading_span[1]:a.span[1]].strip() for a in (a13, a14))
    pasted = doc_from_text(t.replace(body14, body13), path.name)
    fs = [f for f in run_checks(pasted, ["duplication"]) if "一字一句" in f.message]
    assert [(f.article, "第13条" in f.message) for f in fs] == [("14", True)]
    assert [f for f in run_checks(doc, ["duplication"]) if "一字一句" in f.message] == []
