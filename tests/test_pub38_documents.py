"""Published rules nobody had seen (pub38, tests/fixtures/pub38, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub38"


def test_articles_laid_out_as_list_items_with_a_tab_or_a_paragraph_number():
    """「<li>第5条<TAB>当ホテルは…」 and 「<li>第1条　…</li><li>2　当ホテルが…</li>」: only 8 of the 18 articles had been
    read (the others run into the one before, a false gap before 第6条), and a paragraph 2 had become a bullet
    「•1 2当ホテルが…」."""
    doc = read_document(FIXTURES / "concorde-kiyaku.php")
    yakkan = [a for a in doc.all_articles() if a.part == "main"]
    assert [a.number for a in yakkan] == [str(n) for n in range(1, 19)]
    first = yakkan[0]
    assert [p.number for p in first.paragraphs] == [None, 2] and "•" not in first.text
    assert not [f for f in run_checks(doc, ["numbering-gap"]) if f.article in ("5", "6")]


def test_a_decorated_table_of_contents_line():
    """「【目　次】」 over the chapters and 「附　則」 (in a fenced block): a table of contents; its 附則 entry had opened
    the 附則, so the whole 規程 was read as its supplementary provisions."""
    doc = read_document(FIXTURES / "yasslab-wage.md")
    first_supplementary = doc.supplementary[0].span[0] if doc.supplementary else len(doc.norm.text)
    assert first_supplementary > doc.norm.text.index("本規程は")


def test_a_paragraph_number_set_apart_by_an_ideographic_space_after_an_item():
    """The reader's reduction of the 就業規則's 懲戒の事由 to a text file (its sentences as written, two items each): the
    lines are alike in width, so the text looks wrapped, and 「2　従業員が…」 after an item without 「。」 had been joined
    to it as its rest: paragraph 2 was lost, its items numbered on from paragraph 1's (a false duplicate 「（1）」)."""
    from conftest import doc_from_text

    doc = doc_from_text(
        "第1条（懲戒の事由）\n従業員が次のいずれかに該当するときは、譴責、減給または出勤停止とする。\n"
        "（1）正当な理由なく遅刻、早退、欠勤をしたとき\n（2）会社および関係取引先の秘密等の情報を漏らし、または漏らそうとしたとき\n"
        "2\u3000従業員が次のいずれかに該当するときは、懲戒解雇に処する。\n（1）重要な経歴を偽って採用されたとき\n"
        "（2）会社および関係取引先の秘密等の情報を漏らし、または漏らそうとしたとき\n"
        "第2条（損害賠償）\n従業員が会社に損害を与えたときは、その賠償を求めることがある。\n", "rules.txt")
    assert [p.number for p in doc.articles[0].paragraphs] == [None, 2]
    assert not run_checks(doc, ["numbering-duplicate"])


def test_an_auxiliary_for_its_opposite_is_another_word():
    """「それより前の時刻から早出勤したい場合は事前に…許諾を得る」: たい for ない is the opposite wish, both grammar; no
    slip (しない had been suggested, reversing the rule)."""
    doc = read_document(FIXTURES / "yasslab-work.md")
    assert "早出勤したい場合" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "したい" in f.excerpt]


def test_weakened_mind_is_shinshin_koujaku():
    """The hotel's 利用規則 writes 「神経耗弱」 (神経衰弱 and 心神耗弱 mixed) where its 宿泊約款 writes 「心身耗弱」: 耗弱
    stands in law after 心神 only (刑法第39条第2項); both are told, with 心神."""
    found = [f for f in run_checks(read_document(FIXTURES / "concorde-kiyaku.php"), ["confusable-word"])
             if "耗弱" in f.message]
    assert sorted((f.excerpt, f.suggestion) for f in found) == [("心身", "心神"), ("神経", "心神")]


def test_a_word_of_two_kanji_written_twice():
    """「卒業見込見込証明書」: 見込 twice in a row, a slip of the kind 「及び第2項及び第2項」 is."""
    found = [f for f in run_checks(read_document(FIXTURES / "yasslab-work.md"), ["duplication"]) if "見込見込" in f.excerpt]
    assert [f.suggestion for f in found] == ["見込"]
