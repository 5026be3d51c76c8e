"""Published terms nobody had seen (pub71, tests/fixtures/pub71, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

WALKCITY = Path(__file__).parent / "fixtures" / "pub71" / "walkcity.md"


def test_a_noun_before_the_suffix_to_is_no_kanji_slip():
    """「ユーザー名・街名等」: 街名 and the suffix 等 (…等, as 利用者等, 氏名等): the pair 名等 says nothing of 名, so it is
    no slip of 同 (同等), and no warning is given."""
    found = [f for f in run_checks(read_document(WALKCITY), ["typo"]) if "街名" in f.excerpt]
    assert not [f for f in found if f.severity in ("error", "warning")], found


def test_named_blanks_in_lenticular_brackets_and_the_note_that_explains_them():
    """The draft leaves 【運営者名・チーム名】 (twice), 【連絡先メールアドレス】, 【裁判所名】 and 【20XX年XX月XX日】 to fill in, and
    the drafter's note about them: 「記入が必要な箇所：本文中の【 】は公開前に必ず実際の情報へ置き換えてください」. The note
    and the four blanks are told once, the note first (the 【 】 it speaks of is no blank), the date of enactment on its
    own."""
    found = run_checks(read_document(WALKCITY), ["template-placeholder"])
    summary = [f for f in found if "記入欄が" in f.message]
    assert len(summary) == 1 and "5か所" in summary[0].message and "置き換えてください" in summary[0].message
    assert [f.excerpt for f in found if "20XX" in f.message] == ["制定日：【20XX年XX月XX日】"]


def test_a_proviso_cited_of_a_paragraph_that_has_none():
    """第10条第3項 「前項ただし書に定める場合であっても…」 where 第2項 says 「…故意または重過失による場合を除き、一切の責任を
    負いません。」, with no sentence opening ただし: the citation names a proviso that is not there."""
    found = [f for f in run_checks(read_document(WALKCITY), ["reference-dangling"]) if "ただし書" in f.message]
    assert [(f.excerpt, f.article, f.paragraph, f.severity) for f in found] == [("前項ただし書", "10", 3, "warning")]


def test_provisos_cited_in_a_law_are_found_where_they_stand():
    """航空法 (e-Gov) cites 「前項ただし書」 of a paragraph whose proviso opens the list after its lead, quotes 「前項ただし書」
    in a reading-replacement clause, and names in its 附則 the provisos an amendment rewrote: none is told."""
    import pytest
    from conftest import EXTERNAL

    law = EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.txt"
    if not law.exists():
        pytest.skip(f"needs ../shared ({law})")
    doc = read_document(law)
    assert doc.norm.text.count("ただし書") > 20
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if "ただし書" in f.message]
