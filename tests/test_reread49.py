"""What session 49 took from the readers' marks that no check reported: each construct tested in the real document it
was found in, with the near forms that must stay quiet."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
KARIBITO = FIXTURES / "pub488" / "karibito_chat_form.blade.php"  # an NDA in a chat form: 受領者 defined, 被開示者 written


def _terms(doc):
    return run_checks(doc, ["term-inconsistent"])


def _doc(path: Path, old: str = "", new: str = ""):
    text = path.read_text(encoding="utf-8")
    if old:
        assert old in text, old
        text = text.replace(old, new)
    return doc_from_text(text, path.name)


# ------------------------------------------------------------------ a definition the text never uses, its synonym instead

def test_a_role_defined_one_way_and_written_the_other_throughout_is_told_at_its_definition():
    """The preamble calls the party that receives the information 「受領者」; 第2条 onward call it 被開示者 (the other
    standard name of the role, term_synonyms.tsv) and never 受領者: told once, at the definition."""
    doc = _doc(KARIBITO)
    found = [f for f in _terms(doc) if f.excerpt == "受領者"]
    assert [(f.label, f.suggestion) for f in found] == [("前文", "被開示者")]
    assert "一度も使われず" in found[0].message


def test_a_defined_role_written_again_is_not_told_so():
    """Once the defined 受領者 is written after its definition, the text uses both names: each 被開示者 is the slip
    (or the two are told apart), not the definition."""
    doc = _doc(KARIBITO, "被開示者が正当に保有", "受領者が正当に保有")
    assert not [f for f in _terms(doc) if "一度も使われず" in f.message and f.excerpt == "受領者"]


def test_ndas_that_keep_to_their_defined_roles_say_nothing_of_them():
    for path in (FIXTURES / "pub488" / "shinonome_nda.md", FIXTURES / "pub69" / "autify.md"):
        assert not [f for f in _terms(read_document(path)) if f.excerpt in ("受領者", "開示者")], path.name


# ------------------------------------------------------------------ a set of rules calling itself by another kind

AIU = FIXTURES / "pub464" / "aiu_gakusoku.md"  # a university's 学則
SHUGYO = FIXTURES / "pub461" / "mk_shugyo.md"  # a 就業規則 with a training rule's articles pasted in


def _kind_slips(path: Path):
    return [(f.label, f.excerpt, f.suggestion) for f in _terms(read_document(path))
            if f.excerpt in ("この規則", "この規程", "この学則")]


def test_a_kind_before_a_conjunction_in_kanji_is_read():
    """「学長は、この規則若しくは本学の諸規程に違反し…」 in a 学則: 若しくは after the kind, which the pattern took for a
    compound going on; and the 附則's 「この規程の改正は」."""
    assert _kind_slips(AIU) == [("第57条第1項", "この規則", "この学則"), ("附則", "この規程", "この学則")]


def test_another_set_of_rules_named_far_away_does_not_excuse_the_slip():
    """A 就業規則 whose pasted training articles say 「この規程による教育訓練の対象者は就業規則第5条…」 and whose 付則 says
    「この規程は…実施する」: the 規程s it names elsewhere (賃金規程, 旅費規程) stand articles away, none in the sentence
    or the one before, which a この would point back at."""
    assert _kind_slips(SHUGYO) == [("第60条", "この規程", "この規則"), ("附則", "この規程", "この規則")]


def test_a_set_of_rules_named_just_before_is_what_this_points_at():
    """The same 就業規則 with 「賃金規程第12条に定める」 written just before 「この規程による」: この points back at it."""
    doc = _doc(SHUGYO, "この規程による教育訓練の対象者は", "賃金規程第12条に定める手当を除き、この規程による教育訓練の対象者は")
    assert [f for f in _terms(doc) if f.excerpt == "この規程" and f.label == "第60条"] == []


# ------------------------------------------------------------------ an item cited by its label in brackets

TRAVEL = FIXTURES / "pub422" / "travel_conditions.html"  # a 旅行条件書 in numbered sections, cited as 項


def _dangling(doc):
    return [(f.excerpt, f.message) for f in run_checks(doc, ["reference-dangling"])]


def test_an_item_cited_by_its_bracketed_label_in_a_section_is_checked():
    """「お客様が第6項(5)の期日までに…」: section 6 lists its deadlines (1)–(4); (5) is no item of it (the reader: the
    payment deadline is (4)). The sections are the 項 the page cites, so the item is looked for in section 6."""
    assert _dangling(_doc(TRAVEL)) == [("第6項(5)", "「第6項(5)」: 6.に(5)はありません（(4)まで）。")]
    assert _dangling(_doc(TRAVEL, "第6項(5)の期日", "第6項(4)の期日")) == []


def test_an_item_cited_by_its_bracketed_label_in_an_article_is_checked():
    """The same citation form in 第N条 text: 「第1項(3)」 where 第1項 lists (1) and (2). The citation's own 「(3)」 is no
    label of an item run into the line."""
    text = ("第1条（支払）\n1 会員は、次の期日までに支払う。\n(1) 初回は申込日\n(2) 2回目は翌月末日\n"
            "2 会員が第1項(3)の期日までに支払わないときは、当社は契約を解除できる。\n")
    assert _dangling(doc_from_text(text, "t.txt")) == [
        ("第1項(3)", "「第1項(3)」: 第1条第1項に(3)はありません（(2)まで）。")]
    assert _dangling(doc_from_text(text.replace("第1項(3)", "第1項(2)"), "t.txt")) == []


def test_an_item_of_the_paragraph_before_cited_by_its_label_is_checked():
    """A 就業規則's 第8条第4項: 「前項③の書類」, where 第3項 has no items (③ is an item of 第2項, the reader's mark);
    and 「前項(3)」 after a paragraph listing (1) and (2)."""
    found = [(f.label, f.excerpt) for f in run_checks(_doc(SHUGYO), ["reference-dangling"])]
    assert ("第8条第4項", "前項③") in found
    text = ("第1条（支払）\n1 会員は、次の期日までに支払う。\n(1) 初回は申込日\n(2) 2回目は翌月末日\n"
            "2 会員が前項(3)の期日までに支払わないときは、当社は契約を解除できる。\n")
    assert _dangling(doc_from_text(text, "t.txt")) == [("前項(3)", "「前項(3)」: 第1条第1項に(3)はありません（(2)まで）。")]
    assert _dangling(doc_from_text(text.replace("前項(3)", "前項(2)"), "t.txt")) == []


# ------------------------------------------------------------------ a telephone number of zeros

BANNER = FIXTURES / "pub482" / "banner_shop_terms.php"


def _placeholders(doc):
    return [f.excerpt for f in run_checks(doc, ["template-placeholder"])]


def test_a_telephone_number_of_zeros_is_a_blank_of_the_template():
    """「弊社00-0000-0000までご連絡下さい」 in a shop's published terms: no exchange part of a Japanese number opens with
    0, so the number is the template's (a reader's mark); a real number ending in 0000 is no blank."""
    assert any("00-0000-0000" in x for x in _placeholders(_doc(BANNER)))
    assert not any("0000" in x for x in _placeholders(_doc(BANNER, "弊社00-0000-0000", "弊社03-5555-0000")))


# ------------------------------------------------------------------ a paragraph break inside a word

def _markup(doc):
    return [(f.excerpt, f.message) for f in run_checks(doc, ["markup-broken"])]


def test_a_paragraph_break_inside_a_word_is_told():
    """Two <p>s of an e-sports club's rules cut 関連付|けたり and 使用し|て; a kramdown attribute list and a blank line cut
    a university's 第12条 after 「…期間の全日数に」 (the readers' marks)."""
    html = _markup(_doc(FIXTURES / "pub457" / "esports_kiyaku.html"))
    assert [x for x, _ in html] == ["方法で関連付⏎けたりするも", "ントを使用し⏎て試合を行い"]
    assert "段落が分かれて" in html[0][1]
    md = _markup(_doc(FIXTURES / "pub478" / "welfare_rules.md"))
    assert [x for x, _ in md] == ["間の全日数に⏎わたって通勤"]


def test_a_paragraph_that_ends_its_sentence_or_follows_a_heading_is_not():
    """The same cut mended: nothing told; and a heading over a paragraph that opens in hiragana (「学習への利用」 then
    「より良いサービス…」) is no cut."""
    mended = _doc(FIXTURES / "pub457" / "esports_kiyaku.html", "関連付\n    </p>\n    <p>\n        けたり", "関連付けたり")
    assert [x for x, _ in _markup(mended)] == ["ントを使用し⏎て試合を行い"]
    assert _markup(doc_from_text("# 規約\n\n## 学習への利用\n\nより良いサービスのため、入力を学習に利用します。\n", "t.md")) == []


def test_the_rest_of_a_sentence_after_a_link_goes_on_its_line():
    """「…<a>こちらをご確認頂く</a>⏎か、他のメアドをご利用ください。」: the source line after the link goes on the sentence
    (a case particle, the か of an alternative, never opens one), not a paragraph typed on a line of its own."""
    doc = _doc(FIXTURES / "pub449" / "member_step1.php")
    assert "ご確認頂く か、他のメアドをご利用ください。" in doc.source.text
    assert not [x for x, _ in _markup(doc) if "頂く" in x]


# ------------------------------------------------------------------ a 附則's heading in the other width

def test_a_supplements_heading_in_the_other_width_among_its_own_is_told():
    """A university's 履修規程 numbers its articles 第１条…第５２条 full width; one 附則 writes 「第1条　この規程は…施行する」
    beside its own 「第２条」 (the reader's mark). A 附則 typed half width throughout (the bylaws' 第1条, 第2条) is its
    writer's way and is not told (tests/test_checks_kiyaku.py)."""
    found = [(f.label, f.suggestion) for f in run_checks(read_document(FIXTURES / "pub464" / "aiu_rishu.md"),
                                                         ["convention-deviation"]) if "見出し" in f.message]
    assert ("附則第1条", "第１条") in found
