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
    says so: 「※ 本文中の【 】は公開前に必ず…」. The blanks are told (the date of enactment on its own), the note is not."""
    found = run_checks(read_document(WALKCITY), ["template-placeholder"])
    summary = [f for f in found if "記入欄が" in f.message]
    assert len(summary) == 1 and "4か所" in summary[0].message and "運営者名" in summary[0].message
    assert [f.excerpt for f in found if "20XX" in f.message] == ["制定日：【20XX年XX月XX日】"]
    assert not [f for f in found if "本文中の" in f.excerpt]
