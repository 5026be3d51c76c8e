"""A clinic's privacy policy nobody had seen (pub86, tests/fixtures/pub86, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

POLICY = Path(__file__).parent / "fixtures" / "pub86" / "ginzabliss.php"


def test_headings_broken_by_a_br_title_their_articles():
    """<h2>第十一条<br> お問い合わせ窓口</h2>: one heading in two lines; its second line is the article's title (read as a
    heading of its own, it ended the last article before its text: a false article-empty), and 「第十条 プライバシー<br>
    ポリシーの変更」 is one title."""
    doc = read_document(POLICY)
    titles = {a.number: a.title for a in doc.articles}
    assert titles["11"] == "お問い合わせ窓口" and titles["10"] == "プライバシーポリシーの変更", titles
    assert all(a.paragraphs for a in doc.articles)
    assert not run_checks(doc, ["article-empty"])


def test_a_clinic_calls_itself_otherwise_than_it_defined():
    """「銀座ブリススキンクリニック（以下、当クリニックと略します）」, then 当院 in eight places: 院 and クリニック name the same
    kind of body, and the policy defined its name; each 当院 is held to 当クリニック."""
    found = [f for f in run_checks(read_document(POLICY), ["term-inconsistent"]) if f.excerpt == "当院"]
    assert len(found) == 8 and all(f.suggestion == "当クリニック" for f in found), [f.message for f in found]
