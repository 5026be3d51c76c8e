"""Documents nobody had seen (pub116–pub118: tests/fixtures/pub116, pub117, pub118, sources in their READMEs), read
and checked whole: what their readers marked, and what the tool said wrongly."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule):
    return [f for f in run_checks(read_document(FIXTURES / path)) if f.rule == rule]


def _quiet(text, name, rule):
    return [f for f in run_checks(doc_from_text(text, name)) if f.rule == rule]


def test_a_lone_oyobi_before_another_conjunction():
    found = [f for f in _findings("pub116/hands.html", "typo") if "及又は" in f.excerpt]
    assert [f.severity for f in found] == ["warning"]


def test_oyobi_ending_a_word_is_no_fragment():
    assert _quiet("第1条（責任）\n当社は、責任の追及、言及又は普及、についての請求を受けない。\n", "rules.txt", "typo") == []


def test_a_provision_opening_with_a_particle_lost_its_kono():
    found = [f for f in _findings("pub116/hands.html", "grammar-slip") if f.excerpt.startswith("4．の法人")]
    assert len(found) == 1 and "この" in found[0].message


def test_a_provision_opening_with_a_noun_read_as_hiragana_is_no_slip():
    text = "第1条（使用）\n１．のれんの使用は、当社の承諾を要する。\n２．はがきによる通知は、到達した日に効力を生ずる。\n"
    assert _quiet(text, "rules.txt", "grammar-slip") == []


def test_officers_names_letter_spaced_to_line_up_are_no_stray_spaces():
    found = _findings("pub116/hands.html", "stray-space")
    assert not [f for f in found if "千 葉" in f.excerpt or "佐々木芳 久" in f.excerpt]


def test_spaces_of_both_widths_after_a_label_in_a_list():
    """「第12条 　≪準拠法≫」 (waninaru.ctp of pub47): a label set apart by a half-width and a full-width space."""
    found = [f for f in _findings("pub47/waninaru.ctp", "stray-space") if "全角と半角" in f.message]
    assert [f.excerpt for f in found] == ["第12条 \u3000≪準拠法≫"]


def test_an_image_shown_twice_for_two_screen_sizes_is_read_once():
    doc = read_document(FIXTURES / "pub117" / "ameyoko.php")
    assert "最上部へ最上部へ" not in doc.text and _findings("pub117/ameyoko.php", "duplication") == []


def test_a_latin_word_ending_in_a_digit_is_spaced_as_latin_words_are():
    assert [f for f in _findings("pub117/kakei.html", "stray-space") if "A4" in f.excerpt] == []


def test_a_number_spaced_from_its_counter_is_still_a_slip():
    text = "".join(f"第{n}条（事項）\n会員は、{n}日以内に届け出る。\n" for n in range(1, 12)) + "第12条（期限）\n会員は、翌月25 日までに支払う。\n"
    found = _quiet(text, "rules.txt", "stray-space")
    assert [f.excerpt for f in found if "25" in f.excerpt]


def test_a_corporation_s_case_is_niatte_wa():
    found = _findings("pub118/abroad.html", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in found if f.excerpt == "にあたっては"] == [("にあたっては", "にあっては")]


def test_an_act_s_niatatte_wa_is_right():
    assert _quiet("第1条（利用）\n本サービスの利用にあたっては、本規約に従うものとします。\n", "terms.txt", "confusable-word") == []


def test_a_floor_after_a_building_s_name_is_the_address_s_own():
    assert [f for f in _findings("pub118/abroad.html", "stray-space") if "8階" in f.excerpt] == []


def test_a_particle_before_the_conjunction_that_joins_its_noun():
    """「本サービスを及び付帯サービスを停止することができます」 (ameyoko.php)."""
    found = _findings("pub117/ameyoko.php", "grammar-slip")
    assert [f.excerpt for f in found] == ["、本サービスを及び付"]


def test_a_verb_of_reaching_after_ni_is_no_slip():
    text = "第1条（範囲）\n本規約の効力は、本サービスの全部に及び、付帯サービスにも及ぶ。損害を及ぼし、又は及ぼすおそれがある。\n"
    assert _quiet(text, "terms.txt", "grammar-slip") == []


def test_an_article_heading_glued_to_a_latin_caption():
    """「第5条minecraft_〇〇.jsonについて」 (kozinn.html): read as a citation of a missing 第5条 before, an error and a
    gap; its 〇〇 is a wildcard in a file's name, and the table under it is its text."""
    found = run_checks(read_document(FIXTURES / "pub119" / "kozinn.html"))
    assert not [f for f in found if f.rule in ("reference-dangling", "article-empty", "template-placeholder")]
    assert [f.excerpt for f in found if f.rule == "numbering-duplicate"] == ["第6条（契約解除）"]


def test_two_supplementary_sections_are_no_copied_heading():
    assert _findings("pub119/tenure.md", "heading-duplicate") == []


def test_a_heading_copied_from_the_article_before_is_still_told():
    text = "第1条（管理）\n会員は施設を管理する。\n第2条（管理）\n会費は毎月支払う。\n"
    assert [f.excerpt for f in _quiet(text, "rules.txt", "heading-duplicate")] == ["管理"]


def test_a_blank_number_of_days():
    said = " ".join(f.excerpt for f in _findings("pub120/easyweb.html", "template-placeholder"))
    assert "支払を日以上遅滞" in said


def test_a_humble_form_that_lost_its_i_before_kanji_itasu():
    found = [f for f in _findings("pub120/jmesse.tpl", "typo") if "お願致" in f.excerpt]
    assert len(found) == 1


def test_an_official_noun_without_its_okurigana_before_itadaku_is_that_style():
    assert _quiet("第1条（支払）\n料金はお支払頂きます。お申込頂いた内容を確認します。\n", "terms.txt", "typo") == []


def test_that_site_is_no_slip_of_this_site():
    found = _findings("pub120/jukutown.tpl", "term-inconsistent")
    assert not [f for f in found if "当該" in f.excerpt]


def test_the_notice_under_the_act_on_specified_commercial_transactions():
    found = _quiet("第1条（表示）\n当社は、特定商取引に基づく表記を当社ウェブサイトに掲載します。\n", "terms.txt", "confusable-word")
    assert [f.suggestion for f in found] == ["特定商取引法"]


def test_the_spoken_te_masu_without_its_i():
    found = _findings("pub123/onlineshop.php", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in found if "てます" in f.excerpt] == [("されてます", "されています")]


def test_a_verb_whose_stem_ends_in_te_is_no_dropped_i():
    assert _quiet("第1条（廃棄）\n当社は、不要な書類を捨てます。会員は会場を出ます。\n", "rules.txt", "grammar-slip") == []


def test_online_and_offline_are_two_words_and_a_later_notice_binds_nobody():
    found = run_checks(read_document(FIXTURES / "pub123" / "yajyu.html"))
    assert not [f for f in found if f.rule in ("name-variant", "survival-missing")]


def test_a_name_slipped_by_one_kana_is_still_told():
    text = "".join(f"第{n}条（事項）\n会員はスターティングリストを確認する。\n" for n in range(1, 6)) + \
        "第6条（掲示）\nスターディングリストは掲示板に掲示する。\n"
    assert [f.excerpt for f in _quiet(text, "rules.txt", "name-variant")] == ["スターディングリスト"]


def test_words_of_a_foreign_name_spaced_apart_are_no_word_cut():
    assert [f for f in _findings("pub124/tatsuta_privacy.html", "stray-space") if f.severity == "warning"] == []


def test_a_katakana_word_cut_by_a_space_is_still_told():
    found = _quiet("第1条（管理）\n当社はセキュ リティに配慮し、マンシ ョンの管理を行う。\n", "rules.txt", "stray-space")
    assert sorted(f.excerpt for f in found) == ["、マンシ ョンの管", "はセキュ リティに"]


def test_markdown_bold_pasted_into_an_html_page_shows_its_asterisks():
    found = _findings("pub123/training.php", "markup-broken")
    assert len(found) == 10 and found[0].excerpt == "**第1条（適用範囲）**"


def test_asterisks_of_a_formula_or_a_wildcard_on_an_html_page_are_no_emphasis():
    html = "<html><body><p>第1条（計算）</p><p>料金は 2**3 円とし、ファイルは **/*.md とする。</p></body></html>"
    assert _quiet(html, "terms.html", "markup-broken") == []
