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


# ------------------------------------------------------------------ university and company rules (pub478)

PUB478 = FIXTURES / "pub478"


def test_sections_numbered_from_1_in_each_chapter_are_read_under_their_chapters():
    """「## 第2章　入社前健康診断」 and 「## 第3章　定期健康診断」 each number their sections 「### 1.」 to 「### 8.」: both
    chapters' sections are read (第3章's were closing text), then 「## 附則」 is the 附則; a paragraph number written
    twice in 第3章's 5. is told there, named as the page names it."""
    doc = _doc(PUB478 / "health_check_rules.md")
    assert [c.label for c in doc.chapters] == ["第1章", "第2章", "第3章"]
    arts = [a for a in doc.all_articles() if a.part == "main"]
    assert [a.number for a in arts] == [str(n) for n in range(1, 9)] * 2
    assert doc.numbering == "chapter" and [a.part_label for a in arts][7:9] == ["第2章", "第3章"]
    assert len(doc.supplementary) == 1 and "2023年6月1日から施行" in doc.supplementary[0].text
    dup = run_checks(doc, ["numbering-duplicate"])
    assert [f.message for f in dup] == ["第3章5.の項番号「3.」が重複しています。"], dup


def test_parallel_articles_ending_on_the_same_paragraphs_are_no_paste():
    """第12条 (時間外勤務の制限), 第13条 (所定外勤務の制限) and 第14条 (深夜業の制限) each end on the same paragraphs of when
    the restriction ends: the procedure parallel articles share, three times over, not one article's text pasted."""
    doc = _doc(PUB478 / "care_leave_rules.md")
    assert not [f for f in run_checks(doc, ["duplication"]) if "一字一句" in f.message]


def test_a_block_pasted_into_one_other_article_is_still_told():
    """The same paragraphs (5 to 7 of 第12条) pasted into 第９条, an article apart from the parallel three: a paste."""
    path = PUB478 / "care_leave_rules.md"
    text = path.read_text(encoding="utf-8")
    start = text.index("５　制限開始予定日とされた日の前日までに")
    end = text.index("{: .kou}", text.index("７　前項第一号の事由が生じたときは")) + len("{: .kou}")
    block = text[start:end]
    at = text.index("第９条　介護休業後の勤務は")
    at = text.index("{: .jou}", at) + len("{: .jou}")
    assert text.count(block) == 3
    published = text[at - 20:at]
    added = findings_added(path, published, published + "\n\n" + block, "duplication")
    assert [f for f in added if "一字一句" in f.message], added


def test_an_adjective_in_kanji_and_kana_and_its_particle_are_no_kana_slip():
    doc = _doc(PUB478 / "personal_information_rules.md")
    assert "少なくとも年１回以上" in doc.norm.text or "少なくとも年1回以上" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "なくとも" in f.excerpt]


def test_a_words_parts_listed_in_brackets_after_it_are_no_misconversion():
    """「電磁的方式（電子的方式、磁気的方式その他人の知覚によっては認識することができない方式をいう。）」."""
    doc = _doc(PUB478 / "personal_information_rules.md")
    assert not [f for f in run_checks(doc, ["typo"]) if "電子的方式" in f.excerpt]


def test_half_width_citations_among_hundreds_of_full_width_ones_are_each_told():
    found = [f for f in run_checks(_doc(PUB478 / "personal_information_rules.md"), ["convention-deviation"])
             if "半角です" in f.message]
    assert len(found) == 8 and all("全角で引用しています（269か所）" in f.message for f in found), found


def test_ni_atte_wa_converted_to_the_kanji_of_matching():
    found = [f for f in run_checks(_doc(PUB478 / "personal_information_rules.md"), ["confusable-word"])
             if f.excerpt == "合って"]
    assert [f.suggestion for f in found] == ["あって"], found


def test_a_change_logs_dated_entry_ending_the_text_is_no_cut_sentence():
    """The page ends on 「- 2025年04月02日: 人月単価の記述を削除、みなし残業時間量を修正」 under 「## 改訂履歴」."""
    doc = _doc(PUB478 / "salary_disclosure.md")
    assert not [f for f in run_checks(doc, ["sentence-unterminated"]) if "途中で終わって" in f.message]


# ------------------------------------------------------------------ a page's text outside its <article>

def test_sentences_outside_the_pages_article_are_read_with_it():
    """「<p class="intro">この受講規約（以下「本規約」）は、…定めるものです。</p>」 above the <article> of the 14 clauses
    and 「<div class="fuzoku"><b>附則</b>制定日：2026年9月15日…」 below it: the definitions and the 附則 are the
    document's, not dropped unrecorded."""
    doc = _doc(FIXTURES / "pub479" / "ai_college_enrollment_terms.html")
    assert "以下「本規約」" in doc.preamble.text
    assert len([a for a in doc.all_articles() if a.part == "main"]) == 14
    assert [s.date for s in doc.supplementary] == ["2026-09-15"]
    assert not any("main content read from" in n for n in doc.source.notes)


# ------------------------------------------------------------------ recruitment and staffing pages (pub481)

PUB481 = FIXTURES / "pub481"


def test_a_phone_copy_of_the_pages_content_is_left_out_and_recorded():
    """The policy written in <div class="sp_disp"> and again in <div class="pc_disp">: a reader sees one copy. Read
    twice, every section was its own duplicate (two false warnings) and the history's dates doubled."""
    doc = _doc(PUB481 / "career_plus_privacy.php")
    assert [a.number for a in doc.all_articles() if a.part == "main"] == ["1", "2", "3", "4"]
    assert [r.kind for r in doc.norm.removed].count("device-copy") == 1
    assert not [f for f in run_checks(doc, ["duplication"])]
    assert doc.metadata["effective_date"] == "2015-01-20"


def test_shoudaku_takes_what_is_accepted_with_wo():
    found = [f for f in run_checks(_doc(PUB481 / "engineer_route_terms.blade.php"), ["confusable-word"])
             if "承諾" in f.message]
    assert [(f.excerpt, f.suggestion) for f in found] == [("に承諾", "を承諾")], found


def test_dates_under_their_history_labels_padded_to_line_up_are_no_stray_spaces():
    """「制定　平成２３年　６月　７日」 over 「改定　平成２８年１２月　１日」: a one-digit month and day padded to two."""
    doc = _doc(PUB481 / "hermes_privacy.php")
    assert not [f for f in run_checks(doc, ["stray-space"]) if "日付" in f.message]


# ------------------------------------------------------------------ a dating site's terms (pub480)

COMMUNITY = FIXTURES / "pub480" / "community_terms.blade.php"


def test_circled_digits_lost_in_decoding_are_told_with_the_digit_they_were():
    """The list markers stored as U+FFFD and @, A, B, C: Shift_JIS's ①②③④ (0x8740…) read without their first byte."""
    found = [f for f in run_checks(_doc(COMMUNITY), ["typo"]) if "U+FFFD" in f.message]
    assert [f.suggestion for f in found] == ["①", "②", "③", "④"], found


def test_many_lost_characters_are_told_once_with_their_count():
    text = "第1条（目的）\n" + "".join(f"本規約は\ufffd{k}を定める。" for k in "かきくけこさしすせそ") + "\n"
    found = [f for f in run_checks(doc_from_text(text, "lost.txt"), ["typo"]) if "U+FFFD" in f.message]
    assert len(found) == 1 and "10か所" in found[0].message, found


def test_the_statutory_name_of_the_authors_moral_rights_and_the_fixed_pair_zenbu_ichibu():
    found = {(f.excerpt, f.suggestion) for f in run_checks(_doc(COMMUNITY), ["confusable-word"])}
    assert {("著作権人格権", "著作者人格権"), ("著作人格権", "著作者人格権"), ("全面", "全部")} <= found, found


def test_to_and_nado_said_twice_keep_the_to_a_defined_term_may_end_in():
    """「相談者著作物等など」 (相談者著作物等 a defined term): the fix drops など, not the term's 等."""
    added = findings_added(COMMUNITY, "本サービスに係る責任は一切", "会員著作物等などに係る責任は一切", "redundant-expression")
    assert [f.suggestion for f in added] == ["会員著作物等"], added


# ------------------------------------------------------------------ temples and a crematorium (pub483)

PUB483 = FIXTURES / "pub483"


def test_jinkou_of_a_made_thing_is_not_the_population():
    found = [f for f in run_checks(_doc(PUB483 / "uruma_crematorium.php"), ["confusable-word"]) if f.excerpt == "人口"]
    assert [f.suggestion for f in found] == ["人工"], found
    assert not findings_added(PUB483 / "uruma_crematorium.php", "人口肛門等の", "人口の多い地域の", "confusable-word")


def test_a_fee_waived_is_kanriryou():
    found = [f for f in run_checks(_doc(PUB483 / "sotakuji_eitai_kuyo.php"), ["confusable-word"])
             if f.excerpt == "管理用"]
    assert [f.suggestion for f in found] == ["管理料"], found


def test_kanou_and_dekiru_said_together():
    found = [f for f in run_checks(_doc(PUB483 / "iouji_mortuary.php"), ["redundant-expression"]) if "可能" in f.excerpt]
    assert [f.suggestion for f in found] == ["対応でき"], found


# ------------------------------------------------------------------ an online shop's terms (pub482)

ROLLY = FIXTURES / "pub482" / "rolly_watch_rental_terms.blade.php"


def test_a_generic_noun_cited_from_the_article_the_sentence_speaks_of_fits():
    """「商品アイテムを当社に返却する場合は、本規約第10条に定める方法で行う」: 第10条 is 商品アイテムの配送、保管および返送;
    第11条 (通知方法) is no better home for the return's 方法."""
    assert not run_checks(_doc(ROLLY), ["reference-content-mismatch"])


def test_a_term_glossed_in_brackets_where_it_is_used_is_no_undefined_designation():
    added = findings_added(ROLLY, "月額利用料金は一切返金致しません", "本料金（月額利用料金）は一切返金致しません",
                           "term-undefined")
    assert not [f for f in added if "本料金" in f.excerpt], added
    added = findings_added(ROLLY, "月額利用料金は一切返金致しません", "本料金は一切返金致しません", "term-undefined")
    assert [f for f in added if "本料金" in f.excerpt], "the same term without its gloss is told"


def test_the_exclusive_court_and_the_trademark_right():
    added = findings_added(ROLLY, "専属的合意管轄裁判所", "専門的合意管轄裁判所", "confusable-word")
    assert [f.suggestion for f in added] == ["専属的"], added
    added = findings_added(ROLLY, "本サービスの月額利用料金は", "商法権その他の権利及び本サービスの月額利用料金は",
                           "confusable-word")
    assert [f.suggestion for f in added] == ["商標権"], added


def test_a_section_title_wrapped_by_a_br_is_one_title():
    """「<h3>永代供養墓として<br class="dsp-ws">「永代」に供養・管理</h3>」: one title the page wraps; read as two headings,
    the first headed nothing (a false article-empty)."""
    doc = _doc(PUB483 / "sotakuji_eitai_kuyo.php")
    assert "永代供養墓として「永代」に供養・管理" in [a.title for a in doc.all_articles()]
    assert not run_checks(doc, ["article-empty"])


def test_a_label_and_its_caption_or_a_heading_and_its_sentence_stay_two_lines():
    page = ("<html><body><h2>利用規約</h2>"
            "<h3>第1条<br>目的</h3><p>本規約は、本サービスの利用条件を定める。</p>"
            "<h3>第2条<br>定義</h3><p>本規約で用いる用語は、次のとおりとする。</p>"
            "<h4>個人情報の登録<br>会員サービスをご利用いただくに当たり、次の条件をお守り頂きます。</h4>"
            "<p>登録された情報は、当社が管理する。</p></body></html>")
    doc = doc_from_text(page, "terms.html")
    assert [(a.number, a.title) for a in doc.all_articles()][:2] == [("1", "目的"), ("2", "定義")]
    assert "個人情報の登録\n会員サービスを" in doc.norm.text


def test_bulleted_entries_that_close_with_a_period_go_on_as_entries():
    """第7条's 27 bullets: ten without 。, then seventeen closing with 。 (「・他者になりすまして本サービスを利用する行為。」)
    with the list going on after each: all entries. The last, a sentence of its own after the list, stays text."""
    doc = _doc(COMMUNITY)
    art = next(a for a in doc.all_articles() if a.number == "7")
    items = [it for p in art.paragraphs for it in p.items]
    assert len(items) == 28 and items[-1].text.startswith("営利目的"), [it.text[:12] for it in items]
    assert "当サイトは、会員の送信" in art.paragraphs[0].text


def test_three_stops_in_a_row_are_an_ellipsis_two_are_a_slip():
    """「習い事は土日だけ．．．」 (pub484, a babysitting page): a pause typed with stops, on purpose."""
    assert not findings_added(ROLLY, "一切返金致しません。", "一切返金致しません．．．", "duplication")
    assert findings_added(ROLLY, "一切返金致しません。", "一切返金致しません。。", "duplication")


def test_case_particles_of_one_function_stacked():
    """「本サービス利用申込のためににて登録される」 and 「合理的な理由によりに本サービスの提供が」 (pub482's watch rental)."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(_doc(ROLLY), ["doubled-particle"])]
    assert ("ににて", "に") in found and ("によりに", "により") in found, found
    assert not findings_added(ROLLY, "理由によりに本サービス", "理由により本サービス", "doubled-particle")
