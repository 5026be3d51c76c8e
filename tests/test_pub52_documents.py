"""Published rules nobody had seen (pub51, pub52; tests/fixtures/pub52, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub52"
WASEDA = FIXTURES / "waseda.md"
OBKAI = FIXTURES / "obkai.md"


def test_a_lead_that_counts_its_list_and_the_list_disagree():
    """「本会の会員を次の三種とする。」 over 1. 新入生 2. 正規メンバー 3. ゲスト agrees; a fourth member kind added under it
    without the lead rewritten is told, at the count."""
    assert [f for f in run_checks(read_document(WASEDA), ["item-list"]) if "次の" in f.message] == []
    added = findings_added(WASEDA, "3. ゲスト\n", "3. ゲスト\n4. 名誉会員\n", "item-list")
    assert [(f.excerpt, f.article) for f in added] == [("本会の会員を次の三種とする。", "7")]


def test_a_suffix_after_the_documents_own_word_is_no_kanji_slip():
    """「本会側が上記に加えて」: the club's side, 本会 (written 30 times and more) and the suffix 側; no slip of 会則."""
    assert [f for f in run_checks(read_document(WASEDA), ["typo"]) if "会側" in f.excerpt] == []


def test_a_general_meeting_convened_as_the_sentences_topic():
    """「総会は、原則として代表が年一回召集する。」: the meeting is the topic, the convener after it; 招集."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(OBKAI), ["confusable-word"]) if f.excerpt == "召集"]
    assert found == [("召集", "招集")]


def test_rules_titled_規約_calling_themselves_本会則():
    """A 規約 (its title, and 「規約に違反する行為をなした会員」) whose 補則 says 「本会則は、…施行する」: the other kind of
    rules, though the document never writes 本規約."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(OBKAI), ["term-inconsistent"])
             if f.excerpt == "本会則"]
    assert found == [("本会則", "本規約")]


def test_a_chapter_headed_at_the_articles_level():
    """「### 第八章 規約改正」 among seven 「## 第N章」: the page shows the chapter as one of its articles' headings."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(OBKAI), ["convention-deviation"])
             if "階層" in f.message]
    assert found == [("第八章 規約改正", "##")]


def test_by_agreement_written_with_the_kanji_of_holding():
    """「双方の合意を持って解決します」: the compound particle をもって; 持って holds a thing in the hand."""
    doc = read_document(FIXTURES / "imagination.md")
    assert [(f.excerpt, f.suggestion) for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "持って"] == [
        ("持って", "もって")]


def test_portrait_rights_are_another_persons_not_another_companys():
    """「他社の著作権、肖像権を侵害する建築物」: a company may hold a copyright, never a portrait right: 他者."""
    doc = read_document(FIXTURES / "mcrules.php")
    assert [(f.excerpt, f.suggestion) for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "他社"] == [
        ("他社", "他者")]


def test_the_items_of_the_paragraph_before_that_has_none():
    """第55条 「3. 前項各号に掲げる目的の範囲内において」 where its second paragraph is one sentence: no items to point at;
    the page's two other 「前項各号」 follow a paragraph with its list of eight and five, and stay quiet."""
    found = [(f.excerpt, f.article) for f in run_checks(read_document(WASEDA), ["reference-dangling"])
             if f.excerpt == "前項各号"]
    assert found == [("前項各号", "55")]


def test_a_heading_number_in_the_other_width():
    """The app terms of pub29 head 第1条 half-width and 第２条… 第９条 full-width: told once, at 第1条. The real bylaws
    write 第１条…第９条 full-width and 第10条 on half-width, a house style, and are left alone (see the corpus scan)."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub29" / "ichisan_terms.txt")
    found = [(f.excerpt, f.suggestion) for f in run_checks(doc, ["convention-deviation"]) if "番号の幅" in f.message]
    assert found == [("第1条（本サービスの概要）", "第１条")]
