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


def test_a_numbered_list_under_an_item_in_the_same_block():
    """「⑷予め次の事項を告知あるいは公表し、…」<br>「1.利用目的に第三者への提供を含むこと」<br>…<br>「5.本人の求めを受け付ける
    方法」: the list 次の事項 announces is item ⑷'s, not the article's paragraphs numbered again from 1."""
    doc = read_document(POLICY)
    art6 = next(a for a in doc.articles if a.number == "6")
    assert [p.number for p in art6.paragraphs] == [1, 2]
    assert [it.label for it in art6.paragraphs[0].items[3].items] == ["1.", "2.", "3.", "4.", "5."]
    assert not [f for f in run_checks(doc, ["numbering-duplicate", "numbering-gap"]) if f.article == "6"]
