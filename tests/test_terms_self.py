"""term-inconsistent for the body a document speaks as, when the document does not define its designation.

Published 定款 and 規約 read by hand (not shipped: third-party text) had this slip in five of eight: 当法人 three
times among この法人 27 times, 当社 once among 当会社 27 times, 当団体 four times among 本団体 17 times, and
本会 twice among 当団体 14 times. ekyc-terms (raw/) calls its company 当社 41 times; with its preamble's definition
taken out (many terms never define 当社) each test writes one of those slips into it, or a word that only looks
like one.
"""

from conftest import RAW, doc_from_text

from pipeline.checks import run_checks

EKYC = RAW / "saporis" / "ekyc-terms.txt"
DEFINITION = "（以下、「当\n\n社」という）"


def _run(text: str) -> list:
    return run_checks(doc_from_text(text, EKYC.name), ["term-inconsistent"])


def _slip(written: str, slip: str, count: int = 1, defined: bool = False):
    raw = EKYC.read_text(encoding="utf-8")
    assert DEFINITION in raw and raw.count("当社") >= 40
    if not defined:
        raw = raw.replace(DEFINITION, "")
    before = {(f.excerpt, f.message) for f in _run(raw)}
    return [f for f in _run(raw.replace(written, slip, count)) if (f.excerpt, f.message) not in before]


def test_another_form_of_the_same_body():
    for slip, form in (("当会社は", "当会社"), ("この会社は", "この会社")):
        fs = _slip("当社は", slip)
        assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [(form, "当社", "warning")], slip
        assert "自らを「当社」と呼んでいます" in fs[0].message


def test_the_same_noun_under_another_prefix_up_to_a_third_as_often():
    # 当団体 4 times among 本団体 17 is four slips; written as often as a third of the main form, still one body
    assert len(_slip("当社は", "本会社は", 3)) == 3


def test_another_noun_alone_beside_a_common_designation():
    fs = _slip("当社は", "本会は")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本会", "当社")]


def test_a_defined_designation_is_the_form_held_to():
    # 当会社 is the older rule's (a 当 form not defined); この会社 is a form that rule never read
    fs = _slip("当社は", "この会社は", defined=True)
    assert [(f.excerpt, f.suggestion) for f in fs] == [("この会社", "当社")]


def test_quiet_on_words_that_only_look_like_a_designation():
    # 本社 is a head office, 当社員 a word, 当会員 this member (当|会員), 本会議 a plenary session
    for slip in ("本社の", "当社員の", "当会員の", "本会議の"):
        assert _slip("当社の", slip) == [], slip


def test_quiet_on_a_second_body_named_often():
    # another noun written three times is another body the terms speak of (a club the company runs)
    assert _slip("当社は", "本会は", 3) == []


def test_a_body_defined_by_its_bare_noun():
    # a company 規程 read by hand: 「デンキヤギ株式会社（以下「会社」という。）」, then 「当社諸規程」 once: 当社 is another
    # name for 会社. ekyc so rewritten: its company defined as 会社 and named so, 当社 left in one place
    raw = EKYC.read_text(encoding="utf-8").replace(DEFINITION, "（以下、「会社」という）")
    text = raw.replace("当社", "会社").replace("会社は、利用者について", "当社は、利用者について", 1)
    doc = doc_from_text(text, EKYC.name)
    fs = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "当社"]
    # (the sample also wraps one 当社 across lines, 「当⏎⏎社」, which the replacement did not reach: a second slip)
    assert fs and {(f.suggestion, f.severity) for f in fs} == {("会社", "warning")}
    assert any(doc.norm.text.startswith("当社は、利用者について", f.span[0]) for f in fs)
    # another kind of body beside a defined 会社 (当組合) may be another body: not judged
    other = text.replace("当社は、利用者について", "当組合は、利用者について")
    assert [f for f in _run(other) if f.excerpt == "当組合"] == []
