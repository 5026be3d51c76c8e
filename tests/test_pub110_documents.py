"""Documents nobody had seen (pub110–pub112, and one of pub108: tests/fixtures/pub108, pub110, pub111, pub112,
sources in their READMEs), read and checked whole: what their readers marked, and what the tool said wrongly."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule):
    return [f for f in run_checks(read_document(FIXTURES / path)) if f.rule == rule]


def test_a_citation_of_the_paragraph_next_to_the_one_that_names_the_term():
    """「第8条第5項にいうサーバー側データ」: 第8条第4項 lists the server-side data, 第5項 speaks of closing the servers."""
    found = _findings("pub108/ageofsail.md", "reference-content-mismatch")
    assert [(f.excerpt[:6], f.suggestion) for f in found] == [("第8条第5項", "第8条第4項")]


def test_a_paragraph_slip_needs_a_particular_term_and_a_naming_citation():
    """Cited for a short word (裁判) or with による (what is done under the paragraph), a sibling paragraph that holds
    the word is no evidence the citation slipped."""
    text = ("第1条（手続）\n１　当事者は、裁判所に申立てをすることができる。\n２　前項の申立ては書面でする。\n"
            "３　裁判所は、申立てについて裁判をする。\n４　第2項に規定する裁判及び第2項による時間外労働の手続は別に定める。\n")
    assert [f for f in run_checks(doc_from_text(text, "terms.txt")) if f.rule == "reference-content-mismatch"] == []


def test_an_article_citing_itself_for_the_purpose_its_neighbour_states():
    found = _findings("pub111/kaisoku.html", "reference-content-mismatch")
    assert [(f.excerpt[:4], f.suggestion) for f in found] == [("第3条に", "第2条")]


def test_article_numbers_that_change_width_among_the_one_digit_ones():
    """第１条…第７条, then 第8条, 第9条, 第10条: a house style changes width at the first two-digit number, not at 第8条."""
    found = [f for f in _findings("pub111/kaisoku.html", "convention-deviation") if "見出しの番号" in f.message]
    assert len(found) == 1 and found[0].excerpt.startswith("第8条")


def test_a_house_style_of_one_digit_full_width_is_not_a_change():
    text = "".join(f"第{n}条（見出し{n}）\n本会は、事項{n}を定める。\n" for n in
                   ["１", "２", "３", "４", "５", "６", "７", "８", "９", "10", "11", "12"])
    found = [f for f in run_checks(doc_from_text(text, "kaisoku.txt"))
             if f.rule == "convention-deviation" and "見出しの番号" in f.message]
    assert found == []


def test_the_space_after_a_postal_code_is_the_address_s_own():
    assert [f for f in _findings("pub111/kaisoku.html", "stray-space") if "0874" in f.excerpt] == []


def test_an_inspection_passed_takes_ni():
    found = _findings("pub111/keiyaku.html", "grammar-slip")
    assert [(f.excerpt, f.severity) for f in found] == [("を合格", "warning")]


def test_passing_as_a_decision_is_no_slip():
    """「これを合格とする」 (the law's wording: the inspector rules it a pass) is を + 合格 + と, not を合格する."""
    text = "第1条（検査）\n検査員は、基準に適合すると認めるときは、これを合格としなければならない。\n"
    assert [f for f in run_checks(doc_from_text(text, "rules.txt")) if f.rule == "grammar-slip"] == []


def test_half_width_commas_in_a_full_width_document_are_a_warning():
    found = [f for f in _findings("pub112/allowance.html", "convention-deviation") if "読点" in f.message]
    assert [(f.excerpt, f.severity) for f in found] == [("とします。当社は,ユーザーから,", "warning")]


def test_the_fullwidth_comma_style_against_touten_stays_a_note():
    text = "第1条（目的）\n" + "".join(f"当社は、会員に、通知{n}をする。\n" for n in range(12)) + "会員は，当社に，届け出る。\n"
    found = [f for f in run_checks(doc_from_text(text, "terms.txt")) if f.rule == "convention-deviation" and "読点" in f.message]
    assert found and {f.severity for f in found} == {"info"}


def test_unfilled_date_and_court_blanks():
    found = _findings("pub110/nightcalm.md", "template-placeholder")
    said = " ".join(f.message for f in found)
    assert "記入欄が5か所" in said and "[施行日]" in said


def test_a_caption_naming_the_court_is_no_blank():
    text = "第1条（管轄）\n【管轄裁判所】本規約に関する紛争は、東京地方裁判所を専属的合意管轄裁判所とします。\n"
    assert [f for f in run_checks(doc_from_text(text, "terms.md")) if f.rule == "template-placeholder"] == []


def test_ikanaru_inside_a_clause_that_describes_what_the_app_is_not():
    """「いかなる疾患の診断…を目的とするものではありません」: the negative denies the description (…ものではない)."""
    assert _findings("pub110/nightcalm.md", "grammar-slip") == []


def test_ikanaru_before_a_plain_negative_still_needs_mo():
    text = "第1条（免責）\n当社は、いかなる損害について、責任を負いません。\n"
    found = [f for f in run_checks(doc_from_text(text, "terms.txt")) if f.rule == "grammar-slip"]
    assert [f.suggestion for f in found] == ["いかなる損害についても"]


def test_an_iso_date_is_no_repeat_and_a_sentence_pasted_under_another_subject_is_told():
    found = _findings("pub110/slicetimecam.md", "duplication")
    assert [(f.excerpt[:12], f.severity) for f in found] == [("当社は、明示的にも黙示的", "info")]
    assert "サービス提供者" in found[0].message


def test_a_katakana_label_typed_as_its_kanji_look_alike_is_a_label():
    """「イ)朝食 口)昼食 ハ)夕食」 (kaikan_shukuhaku.html of pub28): 口 typed for ロ; its ) closes a label, no bracket."""
    text = "第1条（食事）\n食事の時間は次のとおりとする。\nイ)朝食:7:00～9:00\n口)昼食:11:30～13:30\nハ)夕食:18:00～20:00\n"
    assert [f for f in run_checks(doc_from_text(text, "yakkan.txt")) if f.rule == "bracket-unbalanced"] == []


def test_the_closing_text_under_an_item_list_is_read():
    """slicetimecam.md's 非保証 text stands after the list its structure made of the document: before the continuation
    units no rule that walks the units read it (the repeated sentence there was missed)."""
    from pipeline.checks.base import context

    ctx = context(read_document(FIXTURES / "pub110" / "slicetimecam.md"))
    at = ctx.text.index("当社は、明示的にも")
    assert any(u.span[0] <= at < u.span[1] for u in ctx.units)


def test_information_leaked_is_no_omission():
    """「第三者に開示または遺漏してはならない」 (keiyaku.html): 遺漏 is an omission, the leak is 漏洩."""
    found = _findings("pub111/keiyaku.html", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in found] == [("遺漏", "漏洩")]


def test_an_omission_is_still_an_omission():
    text = ("第1条（届出）\n会員は、届出事項を遺漏なく記載する。\n"
            "第2条（解除）\n届出に虚偽または重大な遺漏が発覚したときは、当社は契約を解除できる。\n")
    assert [f for f in run_checks(doc_from_text(text, "terms.txt")) if f.rule == "confusable-word"] == []


def test_a_defined_honken_term_written_without_its_honken():
    """keiyaku.html defines 「本件委託業務」 and writes it three times, and once 「委託業務の全部または一部を第三者に再委託」."""
    found = [f for f in _findings("pub111/keiyaku.html", "term-inconsistent")]
    assert [(f.excerpt, f.suggestion) for f in found] == [("委託業務", "本件委託業務")]


def test_a_bare_noun_the_contract_uses_as_a_word_of_its_own_is_no_slip():
    text = ("第1条（目的）\n甲は、乙に開発業務（以下「本件委託業務」という。）を委託する。\n"
            "第2条（報酬）\n甲は、本件委託業務の対価を支払う。委託業務の範囲は別紙による。\n"
            "第3条（変更）\n委託業務の内容の変更は書面による。委託業務一般の慣行に従う。本件委託業務は延長できる。\n")
    assert [f for f in run_checks(doc_from_text(text, "keiyaku.txt")) if f.rule == "term-inconsistent"] == []


def test_terms_in_a_wrapper_hidden_until_opened_are_read():
    """linerese.blade.php: the whole page sits in a popup wrapper marked aria-hidden="true"; it was read as empty."""
    doc = read_document(FIXTURES / "pub114" / "linerese.blade.php")
    assert "当社がかる請求" in doc.text and len(doc.articles) >= 15


def test_two_parties_each_with_their_own_deadline_is_no_conflict():
    """「お客様が…３営業日前までに解約を申し出ないか、当社が…１週間前までに解約を通知しない限り」."""
    assert _findings("pub114/linerese.blade.php", "period-conflict") == []


def test_a_sentence_a_br_cuts_without_its_period():
    found = _findings("pub114/mefamily.php", "sentence-unterminated")
    assert [f.excerpt for f in found] == ["により支払うものとします"]


def test_a_line_a_br_breaks_before_a_formal_noun_goes_on():
    paras = "".join(f"<p>第{n}条（事項{n}）<br>会員は、事項{n}を守るものとします。</p>" for n in range(1, 12))
    html = f"<html><body>{paras}<p>第12条（届出）<br>会員は、当社が指定する手続を行う<br>場合は、書面で届け出るものとします。</p></body></html>"
    assert [f for f in run_checks(doc_from_text(html, "terms.html")) if f.rule == "sentence-unterminated"] == []


def test_a_blank_in_angle_brackets():
    said = " ".join(f.message for f in _findings("pub114/minddrift.md", "template-placeholder"))
    assert "個人事業者の連絡先メールアドレス" in said


def test_a_title_naming_the_app_then_the_kind_of_document_and_a_section_of_dates():
    """「# ひと息ナンプレ プライバシーポリシー」: the space sets the kind of document apart from the app's name; 「## 10.
    制定日・改定日」 holds the dates that close the document, which the structure reads as its closing."""
    found = run_checks(read_document(FIXTURES / "pub115" / "hitoiki.md"))
    assert [(f.rule, f.excerpt) for f in found if f.severity in ("error", "warning")] == []


def test_a_section_with_its_text_missing_before_the_closing_dates_is_still_empty():
    sections = "".join(f"## {n}. 事項{n}\n\n本規約は事項{n}を定めます。\n\n" for n in range(1, 6))
    text = f"# 規約\n\n{sections}## 6. 協議\n\n- 制定日: 2026年7月24日\n"
    found = [f for f in run_checks(doc_from_text(text, "terms.md")) if f.rule == "article-empty"]
    assert [f.excerpt for f in found] == ["6.協議"]


def test_an_article_label_before_a_definition_is_no_defined_term():
    """「第五十四条　校友会団体とは、次に掲げるものをいう。」: the term–meaning reading took 第五十四条 for a defined term, and
    第五条, 第十四条 for clipped forms of it (five false warnings in the pub113 set)."""
    for name in ("koyukai.txt", "senkyo.txt"):
        found = _findings(f"pub113/{name}", "term-inconsistent")
        assert not [f for f in found if f.excerpt.startswith("第")], name


def test_whatever_name_it_takes_and_the_causer_of_an_act():
    """「いかなる名義を以てするを問わず、…提供してはならない」 (問わず: whatever) and 「その職を副議長をして行わせなければならない」
    (副議長をして names who is made to act) are the wording of statute law."""
    assert _findings("pub113/senkyo.txt", "grammar-slip") == []
    assert _findings("pub113/daihyo.txt", "grammar-slip") == []


def test_ikanaru_with_another_noun_asked_after_it_still_needs_mo():
    text = "第1条（免責）\n当社は、ユーザーが被ったいかなる損害について、理由を問わず一切の責任を負いません。\n"
    found = [f for f in run_checks(doc_from_text(text, "terms.txt")) if f.rule == "grammar-slip"]
    assert [f.suggestion for f in found] == ["いかなる損害についても"]


def test_a_katakana_item_label_cited_as_its_kanji_look_alike():
    found = [f for f in _findings("pub113/daihyo.txt", "typo") if "工号" in f.excerpt]
    assert [(f.suggestion, f.severity) for f in found] == [("エ号", "error")]


def test_a_chapter_renamed_in_the_body_and_not_in_the_table_of_contents():
    found = _findings("pub113/daihyo.txt", "toc-mismatch")
    assert [(f.excerpt, f.suggestion) for f in found] == [("事務局", "代表委員会事務局")]


def test_a_paper_size_typed_in_two_widths():
    found = [f for f in _findings("pub113/senkyo.txt", "convention-deviation") if "英字と数字" in f.message]
    assert [(f.excerpt[:2], f.suggestion) for f in found] == [("B５", "Ｂ５")]


def test_codes_in_a_house_style_of_two_widths_are_no_slip():
    text = "第1条（用紙）\n申込書はA４判、届出書はA３判とする。\n第2条（様式）\n写真はB５判とする。\n"
    found = [f for f in run_checks(doc_from_text(text, "rules.txt"))
             if f.rule == "convention-deviation" and "英字と数字" in f.message]
    assert found == []
