"""What the blind readings of session 47 (pub473–pub475: game-server rules, university rules, bot and extension terms)
showed the checks and the parse missing or misreading: each construct tested in the real document it was found in,
with the near forms that must stay quiet."""

from pathlib import Path

from conftest import doc_from_text, findings_added

from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
KUMGANG = FIXTURES / "pub469" / "kumgang_agreement.jsp"


def _doc(path: Path):
    return doc_from_text(path.read_text(encoding="utf-8"), path.name)


# ------------------------------------------------------------------ sections and sub-sections of web pages

def test_numbered_html_headings_are_the_sections_not_the_numbered_paragraphs_under_them():
    """TakasumiBOT's terms: <h5>1. 適用</h5> … <h5>8. 利用規約の変更</h5>, and under 「3. 禁止事項」 seventeen
    <p>1. …</p> lines (not an <ol>): the headings are the eight sections, the lines items of the third."""
    doc = _doc(FIXTURES / "pub475" / "takasumibot_terms.html")
    arts = list(doc.all_articles())
    assert [a.number for a in arts] == [str(n) for n in range(1, 9)]
    assert [a.title for a in arts][:3] == ["適用", "利用及び制限", "禁止事項"]
    assert sum(len(p.items) for p in arts[2].paragraphs) == 17
    assert not doc.closing


def test_sub_sections_numbered_with_a_hyphen_are_one_level_down():
    """A Minecraft server's terms: 「## 2. 処罰対象行為について」 over 「### 1-1 サービスに影響を与える行為」…; the hyphened
    numbers (1-1, 1-2) are sub-sections, so 「## 3. 建築について」 to 「## 7. その他」 go on as sections (they fell into
    the closing text, read by fewer checks)."""
    doc = _doc(FIXTURES / "pub473" / "kinoko_server_tos.md")
    assert [(a.number, a.title) for a in doc.all_articles()] == [
        ("1", "参加について"), ("2", "処罰対象行為について"), ("3", "建築について"), ("4", "Modについて"),
        ("5", "サブアカウントについて"), ("6", "Discordについて"), ("7", "その他")]
    assert not doc.closing


# ------------------------------------------------------------------ typo: what is no slip

def test_yori_the_comparative_after_a_case_particle_is_no_slip_of_niyori():
    """「会員の同意の下でより詳しい個人情報を要求する」: 下で and より詳しい ("more detailed"), no により."""
    doc = _doc(KUMGANG)
    assert "同意の下でより詳しい" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "でより" in f.excerpt]


def test_deyori_before_a_verb_is_still_a_slip_of_niyori():
    added = findings_added(KUMGANG, "同意の下でより詳しい個人情報を要求", "同意の下でより取得した個人情報を要求", "typo")
    assert [f.suggestion for f in added if "でより" in f.excerpt] == ["により"], added


def test_a_less_compound_before_another_loanword_is_no_misspelling():
    """「ヘッドレスブラウザ」 (headless browser): ヘッド, the suffix レス and ブラウザ, no ヘッドレースブラウザ."""
    doc = _doc(FIXTURES / "pub475" / "extension_privacy_policy.md")
    assert "ヘッドレスブラウザ" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "ヘッドレス" in f.excerpt]


def test_a_loanword_in_large_kana_is_not_made_a_name():
    """「卵を獲ってテイムする生物」 (tame) in rules that write their loanwords with small kana: made small, テイム would be
    ティム, a man's name; no correction. An old-style loanword the document writes once is still told."""
    path = FIXTURES / "pub473" / "nira_ark_rules.md"
    assert not [f for f in run_checks(_doc(path), ["typo"]) if "テイム" in f.excerpt]
    added = findings_added(path, "テイムする生物", "タブレツトする生物", "typo")
    assert [f.suggestion for f in added] == ["タブレット"], added


# ------------------------------------------------------------------ stray-space: a name framed by spaces

def test_a_word_framed_by_the_same_spaces_between_particles_is_set_apart_on_purpose():
    """「バグなど不具合があった場合は　サポート　を活用して下さい」: a channel's name framed by ideographic spaces."""
    path = FIXTURES / "pub473" / "nira_ark_rules.md"
    assert not [f for f in run_checks(_doc(path), ["stray-space"]) if "サポート" in f.excerpt]
    added = findings_added(path, "は　サポート　を活用", "は サポート　を活用", "stray-space")
    assert added, "one space half-width, the other ideographic: no frame"


# ------------------------------------------------------------------ the width of a citation's number

def test_a_citation_in_half_width_in_rules_that_write_their_numbers_full_width():
    """「国際教養大学学則第21条の規定に基づき」 in rules that head their articles 第１条… and write every number of
    their text full width (the 「markdown="1"」 of their HTML blocks is markup, not text): too few citations to
    vote, the document's numbers say."""
    found = [f for f in run_checks(_doc(FIXTURES / "pub474" / "library_committee_rules.md"), ["convention-deviation"])
             if "第21" in f.excerpt]
    assert len(found) == 1 and found[0].suggestion == "第２１", found
    assert "本文の数字を全角" in found[0].message


# ------------------------------------------------------------------ confusable-word: homophones the context decides

def test_a_call_that_came_in_and_a_base_built_are_aru_and_tateru_of_building():
    """「チャンネルで呼び出しが合った場合は」 (あった: a call exists, it does not match) and 「拠点を立てない」 (建てない: a
    base is built)."""
    found = {(f.excerpt, f.suggestion) for f in run_checks(_doc(FIXTURES / "pub473" / "nira_ark_rules.md"),
                                                           ["confusable-word"])}
    assert ("合っ", "あっ") in found and ("立て", "建て") in found, found


def test_opinions_that_match_and_a_plan_drawn_up_stay_quiet():
    path = FIXTURES / "pub473" / "nira_ark_rules.md"
    assert not findings_added(path, "呼び出しが合った場合", "意見が合った場合", "confusable-word")
    assert not findings_added(path, "拠点を立てない", "計画を立てない", "confusable-word")


# ------------------------------------------------------------------ a Markdown page whose headings lack their space

SHAREHOUSE = FIXTURES / "pub477" / "sharehouse_lease.md"


def test_captions_written_as_glued_headings_title_their_articles():
    """「#（敷金）」 over 「第6条」: CommonMark shows the line as text, but it is the article's caption, not the last
    line of the article before."""
    doc = _doc(SHAREHOUSE)
    arts = [a for a in doc.all_articles() if a.part == "main"]
    titles = {a.number: a.title for a in arts}
    assert titles["1"] == "使用目的・善管注意義務" and titles["6"] == "敷金", titles
    assert not any("#（" in p.text for a in arts for p in a.paragraphs)


def test_headings_the_page_writes_all_without_their_space_are_told_once():
    found = [f for f in run_checks(_doc(SHAREHOUSE), ["markup-broken"]) if "見出し" in f.message]
    assert len(found) == 1 and "31の見出し" in found[0].message, found


def test_a_heading_or_two_without_the_space_are_each_told():
    text = "# 利用規約\n\n#第1条（目的）\n本規約は、本サービスの利用条件を定める。\n\n#第2条（定義）\n用語の定義は次のとおりとする。\n"
    found = [f for f in run_checks(doc_from_text(text, "terms.md"), ["markup-broken"]) if "見出し" in f.message]
    assert len(found) == 2 and not any("同じように" in f.message for f in found), found


def test_seme_ni_kisuru_jiyuu_is_the_fixed_phrase_with_beki_left_out():
    found = [f for f in run_checks(_doc(SHAREHOUSE), ["confusable-word"]) if f.excerpt == "帰する"]
    assert [f.suggestion for f in found] == ["帰すべき"], found
    assert not findings_added(SHAREHOUSE, "乙の責めに帰する事由", "乙の責めに帰することができない事由", "confusable-word")


# ------------------------------------------------------------------ a contest's terms

CONTEST = FIXTURES / "pub476" / "calligraphy_contest_terms.blade.php"


def test_a_bodys_name_opening_with_kana_is_no_kana_slip():
    """「運営事務局 わよう書道会の…」: わよう is the society's name (和様), not しよう."""
    assert not [f for f in run_checks(_doc(CONTEST), ["typo"]) if "わよう" in f.excerpt]


def test_kiin_suru_takes_its_cause_with_ni_not_no():
    found = [f for f in run_checks(_doc(CONTEST), ["confusable-word"]) if "起因" in f.message]
    assert [f.suggestion for f in found] == ["に"], found
    assert not findings_added(CONTEST, "出品者の起因する", "事故の起因・経過と", "confusable-word")
