"""Documents nobody had seen, read in the pub142–pub145 round and checked whole (fixtures in tests/fixtures/pub14N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from conftest import SAMPLES

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_count_of_minutes_and_its_portion_is_no_typo():
    """「30分分のレッスン料」: 30 minutes' worth; the pair 分分 crosses a counter and 分, no compound slip of 部分."""
    assert [f for f in _findings("pub144/choifoot.php", "typo") if "分分" in f.excerpt] == []


def test_a_conjunction_in_kana_that_law_text_writes_in_kanji_is_no_kana_slip():
    """「銀行振込またはクレジットカード決済」: MeCab reads 振込ま|た|は, and the law model knows only 又は; または is
    its kana spelling (notation_variants.json), not 「までは」."""
    assert [f for f in _findings("pub144/choifoot.php", "typo") if "または" in f.excerpt] == []


def test_oyobi_with_its_o_dropped_between_two_nouns_of_a_caption():
    found = [f for f in _findings("pub144/philiale.php", "typo") if "よび" in f.excerpt]
    assert [f.suggestion for f in found] == ["および"]


def test_legal_action_is_a_measure_and_arises_from_takes_ni():
    found = {(f.excerpt, f.suggestion) for f in _findings("pub144/choifoot.php", "confusable-word")}
    assert ("法的処置", "法的措置") in found and ("が", "に") in found


def test_a_number_in_the_other_width_on_a_line_of_both_widths():
    """「予約日2日前～レッスン開始時間２４時間前まで」: too few counted numbers for a house style, but the page writes its
    other numbers half width; the two full-width ２４ (this line, typed in two widths, and the next) are told."""
    found = [f for f in _findings("pub144/choifoot.php", "convention-deviation") if "２４" in f.excerpt]
    assert [f.suggestion for f in found] == ["24", "24"]


def test_a_caption_promising_a_court_clause_over_the_governing_law_alone():
    """「第10条（準拠法・裁判管轄）」 over 「１.本規約の解釈にあたっては、日本法を準拠法とします。」: the court clause
    is missing (the pub134 and pub24 readers' documents have the same)."""
    found = _findings("pub144/philiale.php", "heading-mismatch")
    assert [f.excerpt for f in found] == ["準拠法・裁判管轄"]
    assert _findings("pub134/rth.php", "heading-mismatch") and _findings("pub24/musiclike_terms_12_13.md", "heading-mismatch")


def test_a_caption_whose_article_holds_its_provision_is_quiet():
    """The samples and the readers' documents caption 準拠法 and 管轄 over articles that name the law and the court."""
    for path in SAMPLES.values():
        assert [f for f in run_checks(read_document(path)) if f.rule == "heading-mismatch"] == [], path
    assert [f for f in _findings("pub134/rth.php", "heading-mismatch") if "準拠法・裁判管轄" not in f.excerpt] == []


def test_an_address_opening_with_its_prefecture_is_no_word_cut_at_its_head():
    """「（大阪府東大阪市御厨南2丁目3−4）」 among four 東大阪: 大阪|府 is a place and its unit, no 東大阪 with 東 dropped."""
    assert [f for f in _findings("pub142/higasui.html", "typo") if "大阪府" in f.excerpt] == []


def test_a_space_inside_a_full_width_parenthesis_on_one_side():
    """「## 第 8 条（ 著作権）」: the heading's spaced number 第 8 条 is the document's style; the space after （ is a slip
    (the Markdown mark's own space no longer makes the line look letter-spaced)."""
    found = _findings("pub143/lgtmcat.md", "stray-space")
    assert [f.suggestion for f in found] == ["8 条（著作権）"]


def test_such_written_with_the_kanji_of_to_hang():
    found = [f for f in _findings("pub143/lgtmcat.md", "confusable-word") if f.excerpt == "掛かる"]
    assert [f.suggestion for f in found] == ["かかる"]


def test_a_table_of_contents_on_the_first_page_is_no_second_set_of_chapters():
    """「第1章\\n総則\\n第2章\\n採用および異動…」 listed on page 1, then 「第1章 総則」 over 第1条: no chapter is duplicated."""
    found = _findings("pub145/hasebe_shugyo.txt")
    assert [f for f in found if f.rule.startswith("numbering") and "章" in f.excerpt[:4]] == []
    # the first page lists chapters 1–11 and the reader kept pages 1–9 only (up to 第3章): the chapters listed and
    # not held are the table's too, and the PDF's text sets 第1条(目的) above 「第1章 総則」


def test_a_procedure_is_gone_through_and_the_start_of_work_pairs_with_its_end():
    found = {(f.excerpt, f.suggestion) for f in _findings("pub145/hasebe_shugyo.txt", "confusable-word")}
    assert ("得", "経") in found and ("就業", "終業") in found


def test_the_page_marks_of_a_pdfs_text_extraction_are_page_furniture():
    """「### ページ 5 ###」 between the pages of a PDF's text (pub145): recorded as removed page numbers, so that a
    paragraph or a bracket running over a page is read whole, and the items after the mark are the same list's."""
    doc = read_document(FIXTURES / "pub145/hasebe_shugyo.txt")
    marks = [r.text for r in doc.norm.removed if r.kind == "page-number"]
    assert marks[:3] == ["### ページ 1 ###", "### ページ 2 ###", "### ページ 3 ###"] and len(marks) == 9
    gaps = [f for f in _findings("pub145/hasebe_shugyo.txt", "numbering-gap") if f.article == "9"]
    assert gaps == []  # 「(14)」 and 「3.事業所が…」 after the mark of page 5 were read as items whose list skipped


def test_an_adnominal_written_twice():
    found = [f for f in _findings("pub147/dg_matchplay.md", "duplication") if f.excerpt == "そのその"]
    assert [f.suggestion for f in found] == ["その"]


def test_notes_that_call_themselves_hon_chuijiko_need_no_definition():
    assert [f for f in _findings("pub147/eneos_cp.php", "term-undefined") if "注意事項" in f.excerpt] == []


def test_a_verb_in_kana_after_its_subject_is_no_kana_slip():
    """「お客様がとった行動」: が|とっ|た (取る in kana), which law text writes in kanji, is no slip of があった."""
    assert [f for f in _findings("pub148/aicu.md", "typo") if "とった" in f.excerpt] == []


def test_a_dictionary_word_after_oyobi_is_no_slip_of_a_word_written_after_oyobi_elsewhere():
    """「抽選および賞品の発送」 beside 「…および商品」 twice: a prize; kana before a word select nothing."""
    assert [f for f in _findings("pub148/greein.md", "typo") if "賞品" in f.excerpt] == []


def test_a_sentence_ending_in_a_noun_phrase_begun_before_its_comma_is_no_cut_list():
    """「当社が本サービスを提供及び維持する際の、お客様との契約の履行。当社がアカウント情報…」: one bullet of sentences."""
    assert _findings("pub148/aicu.md", "item-list") == []


def test_a_term_named_inside_the_definition_of_another_is_no_slip_of_it():
    """「氏名、連絡先情報、アカウント認証情報、…を含む…情報（以下、総称して「アカウント情報」）」."""
    assert [f for f in _findings("pub148/aicu.md", "term-inconsistent") if f.excerpt == "アカウント認証情報"] == []


def test_a_space_after_a_full_width_comma_before_a_latin_name():
    found = [f for f in _findings("pub148/aicu.md", "stray-space") if "Disc" in f.excerpt]
    assert [f.suggestion for f in found] == ["dIn、Disc"]


def test_markdown_lists_numbered_lazily_in_pairs_under_captions():
    """「**主な利用目的**」 over 「1. …」「1. …」 and 「**主な提供データ**」 over the same: Markdown shows 1, 2 each time."""
    assert [f for f in _findings("pub148/greein.md") if f.rule == "numbering-duplicate"] == []


def test_a_field_shared_by_two_records_is_no_pasted_text():
    """「プライバシーポリシー: https://policies.google.com/privacy」 under Google Gemini API and Google Analytics."""
    assert _findings("pub148/myandemy.md", "duplication") == []


def test_an_article_number_in_the_other_width_under_a_caption_above_it():
    """「(公告)⏎⏎第4条」 throughout, and once 「第５条」 among 43 half-width numbers: the heading starts at its caption, the
    number is read where the heading writes the article's label."""
    found = [f for f in _findings("pub146/rubykai.md", "convention-deviation") if f.excerpt == "第５条"]
    assert [f.suggestion for f in found] == ["第5条"]


def test_a_markdown_footnote_ends_without_a_full_stop_by_its_own_habit():
    """「[^7]: 例えば…"2&1でA選手の勝ち"と言ったりします」: the translator's seven notes end without 。; the articles'
    sentences are held to their own habit."""
    assert _findings("pub147/dg_matchplay.md", "sentence-unterminated") == []


def test_a_caption_set_apart_after_a_markdown_list_opens_the_next_block():
    """「1. その他、…情報の提供」⏎⏎「**主な提供データ**」⏎⏎「下記(1)と(2)を…」 (greein.md's 共同利用 section): CommonMark
    ends the list at the caption set apart after it; it was read as the last item's text, and the lists under it as
    the same list going on."""
    from conftest import doc_from_text

    section = "".join((FIXTURES / "pub148/greein.md").read_text(encoding="utf-8").splitlines(True)[59:92])
    doc = doc_from_text(section, "greein.md")
    items = [i for a in doc.all_articles() for p in a.paragraphs for i in p.items]
    assert items and not any("主な提供データ" in i.text for i in items)
    assert [f for f in run_checks(doc) if f.rule.startswith("numbering")] == []


def test_labels_of_one_series_are_no_misspellings_of_each_other():
    """「Phase 10.D」 and 「Phase 10.B」 beside four 「Phase 10.F」: phases of a project, one letter each."""
    assert _findings("pub153/pitamark.md", "name-variant") == []


def test_the_licensee_is_never_suggested_for_the_licensor():
    """ライセンシー twice beside ライセンサー ×14: the other party of the licence; one for the other reverses a clause."""
    assert [f for f in _findings("pub154/digiarty.md") if f.suggestion == "ライセンサー"] == []


def test_this_section_needs_no_definition():
    assert [f for f in _findings("pub155/vmm_license.md", "term-undefined") if f.excerpt == "本項目"] == []


def test_a_wildcard_after_a_name_is_no_broken_emphasis():
    """「1. Animation*」 in a list of component names: one * closing a Latin word is shown as written, as meant."""
    assert _findings("pub156/vemtrule.md", "markup-broken") == []


def test_a_dictionary_word_one_kanji_of_like_shape_from_a_staple_is_no_slip():
    """「Animatorの併用は不可」 among 21 使用: 併 and 使 share 亻 and eight strokes, not a reading; 併用 is a word."""
    assert [f for f in _findings("pub156/vemtrule.md", "typo") if "併用" in f.excerpt] == []
