"""Published terms nobody had seen (pub69, tests/fixtures/pub69, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub69"


def test_two_provisos_of_two_sentences_in_one_paragraph():
    """第13条第2項: 「…会員に帰属するものとします。但し、…許諾するものとします。当該使用権は、…付与されるものとします。
    但し、当社は、…使用するものとします。」: each 但し qualifies the sentence before it, no proviso pasted twice."""
    doc = read_document(HERE / "autify.md")
    text = doc.norm.text
    assert "付与されるものとします。但し、当社は" in text
    assert not [f for f in run_checks(doc, ["duplication"]) if "ただし書" in f.message]


def test_lower_case_letters_cited_as_item_labels_are_no_romaji_left_over():
    """「前項aおよびbについて虚偽の発言等をする場合」: the items a and b of the paragraph before, cited."""
    doc = read_document(HERE / "werewolf.md")
    assert "前項aおよびb" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "英字" in f.message]


def test_a_noun_listed_twice_in_one_enumeration():
    """「…の一部を複製、複製、または再利用することはできません」「…を複製、複写、複製、販売、転売または転用しない」: each
    list names 複製 twice. 「暴力団、暴力団員、暴力団員でなくなった時から…」 (autify) is no such list: its last noun opens a
    phrase."""
    found = [f for f in run_checks(read_document(HERE / "exploratory.md"), ["duplication"]) if "列挙" in f.message]
    assert len(found) == 2 and all("「複製」が2回" in f.message for f in found)
    assert not [f for f in run_checks(read_document(HERE / "autify.md"), ["duplication"]) if "列挙" in f.message]


def test_a_line_that_names_a_date_and_gives_it():
    """「最終変更日 2019年12月18日」: the space sets the date apart from its name, as a form's field does."""
    found = run_checks(read_document(HERE / "autify.md"), ["stray-space"])
    assert not [f for f in found if "2019" in f.excerpt]


def test_the_wards_and_supporters_of_the_civil_code_written_wrong():
    """「未成年者、成年被後見人、被補佐人又は補助人のいずれかであり、法定代理人、後見人、補佐人又は補助人の同意等を得て」:
    民法's wards are 被保佐人 and 被補助人, the supporter 保佐人; the supporters' 補助人 is right where it stands."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(HERE / "autify.md"), ["confusable-word"])
             if "人" in f.excerpt]
    assert sorted(found) == [("被補佐人", "被保佐人"), ("補佐人", "保佐人"), ("補助人", "被補助人")]


def test_other_information_is_easily_collated_not_inquired():
    """「ユーザーのプライバシー情報と容易に照会することができない形式」: 個人情報保護法's 「容易に照合することができ」."""
    found = [f for f in run_checks(read_document(HERE / "werewolf.md"), ["confusable-word"]) if f.excerpt == "照会"]
    assert [f.suggestion for f in found] == ["照合"]


def test_a_particle_right_after_wo():
    """「秘密保持の対象とすべき事項であることをて明示のうえ」: a て typed after を, which closes its noun phrase."""
    found = [f for f in run_checks(read_document(HERE / "autify.md"), ["doubled-particle"]) if "直後に助詞" in f.message]
    assert [(f.excerpt, f.severity) for f in found] == [("項であることをて明示のう", "warning")]


def test_particles_that_may_follow_wo_or_ga_are_quiet():
    """をも, にて, and a が that opens a word after を (をがん… is not written; 手をかざす): nothing told."""
    from conftest import doc_from_text

    doc = doc_from_text("第1条（範囲）\n本規約は、当社をも拘束する。書面にて通知する。利用者が定める方法で、利用者をはじめ"
                        "関係者が確認する。当社がてこ入れを行う。\n")
    assert [f for f in run_checks(doc, ["doubled-particle"]) if "直後に助詞" in f.message] == []
