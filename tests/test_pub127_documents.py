"""Documents nobody had seen, read and checked whole (pub127 on; fixtures in tests/fixtures/pubNNN with their
sources in the READMEs), and what earlier readings left missed: what the readers marked, and what the tool said
wrongly."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule):
    return [f for f in run_checks(read_document(FIXTURES / path)) if f.rule == rule]


def _text_findings(text, rule, name="terms.md"):
    return [f for f in run_checks(doc_from_text(text, name)) if f.rule == rule]


def test_the_synonym_of_a_name_the_document_writes_throughout_without_defining_it():
    """ユーザー twelve times, never defined, and once 「利用者の権利義務に重大な影響」 in the same article as ユーザー."""
    found = [f for f in _findings("pub114/minddrift.md", "term-inconsistent") if f.excerpt == "利用者"]
    assert [f.suggestion for f in found] == ["ユーザー"]


def test_the_sentence_that_says_what_the_name_means_may_use_its_synonym():
    """「2. ユーザー：当社の提供するサービスであるTokenPocketの利用者を意味します。」 defines, in other words."""
    assert [f for f in _findings("pub79/tokenpocket.md", "term-inconsistent") if f.excerpt == "利用者"] == []


def test_a_synonym_written_as_often_as_the_name_is_the_documents_second_word():
    """Two people or one habit: 利用者 three times beside ユーザー ten times is no slip of one hand."""
    body = "".join(f"第{i}条（規定{i}）\nユーザーは、本サービスを利用できます。\n" for i in range(1, 11))
    body += "".join(f"第{i}条（規定{i}）\n利用者は、料金を支払います。\n" for i in range(11, 14))
    assert [f for f in _text_findings(body, "term-inconsistent") if f.excerpt == "利用者"] == []


def test_a_word_defined_as_itself():
    """「…に関し、お客様（以下「お客様」といいます）と運営者との間の…」 says nothing of whom お客様 means."""
    found = [f for f in _findings("pub130/syn.html", "term-inconsistent") if "それ自身" in f.message]
    assert [f.excerpt for f in found] == ["お客様"]


def test_a_word_with_words_before_it_that_say_which_is_defined():
    """「本サービスを利用するお客様（以下「お客様」）」 and a wrapped 「…第6号に規定する⏎暴力団員（以下「暴力団員」…）」 define."""
    text = ("第1条（適用）\n本規約は、本サービスを利用するお客様（以下「お客様」といいます。）に適用します。\n"
            "第2条（反社会的勢力）\nお客様は、暴力団員による不当な行為の防止等に関する法律第2条第6号に規定する\n"
            "暴力団員（以下「暴力団員」という。）でないことを表明します。\n")
    assert [f for f in _text_findings(text, "term-inconsistent") if "それ自身" in f.message] == []


def test_the_words_before_a_definition_may_name_the_thing_otherwise():
    """「本サイト「鹿児島県ドクターヘリ基地病院救急科ポータル」（以下、「当サイト」）」: the definition's own words; the
    reader's slip 「本サイトの情報のみに依存せず」 in 第3条 is reported."""
    found = [f for f in _findings("pub130/docheli.html", "term-inconsistent") if f.excerpt == "本サイト"]
    assert [f.article for f in found] == ["3"]


def test_markdown_heading_marks_an_html_page_shows():
    found = _findings("pub130/animehub.html", "markup-broken")
    headings = [f for f in found if "見出し記号" in f.message]
    assert len(headings) == 8 and all(f.excerpt.startswith("##第") for f in headings)
    # the same paste's 「---<br>」 between the articles and 「* 法令…<br>」 bullets of 第3条
    assert sum("区切り線" in f.message for f in found) == sum(f.excerpt == "---" for f in found) >= 7
    assert [f.excerpt[:3] for f in found if "箇条書き" in f.message] == ["*法令", "*他の", "*本サ", "*不正", "*虚偽", "*その"]


def test_an_article_heading_behind_a_markdown_mark_in_html_is_an_article():
    doc = read_document(FIXTURES / "pub130/animehub.html")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 9)]
    assert doc.articles[0].title == "適用"


def test_a_page_without_markdown_headings_may_set_its_lines_apart_and_bullet_them():
    text = ("<html><body><h2>第1条（禁止事項）</h2><p>利用者は、次の行為をしてはなりません。<br>\n* 法令に違反する行為<br>\n"
            "* 迷惑行為</p>\n<p>---</p>\n<h2>第2条（変更）</h2><p>当社は本規約を変更できます。</p></body></html>")
    assert _text_findings(text, "markup-broken", "terms.html") == []


def test_a_hashtag_is_no_heading_mark():
    text = ("<html><body><h2>第1条（適用）</h2><p>#1 本規約は、利用者に適用されます。</p>"
            "<p>キャンペーンのハッシュタグは #春の新生活 とします。</p></body></html>")
    assert [f for f in _text_findings(text, "markup-broken", "terms.html") if "見出し記号" in f.message] == []


def test_a_date_label_the_template_prints_is_no_missing_section():
    """「上記の「最終更新日」が最新の版を示しており」: the site prints the date over the page, outside the Markdown."""
    assert [f for f in _findings("pub129/prizmx.md", "reference-dangling")] == []


def test_a_designation_of_a_thing_the_document_names_before():
    """「PrizmX プロジェクトとその開発者」, then 「本プロジェクトを識別するもの」: this project, named."""
    assert [f for f in _findings("pub129/prizmx.md", "term-undefined") if f.excerpt == "本プロジェクト"] == []


def test_a_sentence_set_apart_after_a_markdown_list_ends_it():
    """「次の 3 つは禁じます。」 over three bullets, then 「使い方の面でも、次のことは認めません。」 over four more."""
    assert _findings("pub129/readglide.md", "item-list") == []
    doc = read_document(FIXTURES / "pub129/readglide.md")
    lists = [[i.label for i in p.items] for a in doc.articles for p in a.paragraphs if p.items]
    assert lists == [["•1", "•2", "•3"], ["•1", "•2", "•3", "•4"]]


def test_the_title_under_an_article_number_set_as_a_label():
    """「<span class="section-label">第 16 条</span>」⏎「## 準拠法」⏎the text: the last article keeps its text."""
    doc = read_document(FIXTURES / "pub129/safescribe.md")
    last = doc.articles[-1]
    assert (last.number, last.title) == ("16", "準拠法") and "トルコ共和国" in last.paragraphs[0].text
    assert _findings("pub129/safescribe.md", "article-empty") == []


def test_enumeration_labels_bracketed_in_another_width_than_their_neighbours():
    found = [f for f in _findings("pub128/optim_sdk.txt", "convention-deviation") if "列挙の記号" in f.message]
    assert sorted(f.suggestion for f in found) == ["(a)", "(b)", "(ⅱ)"]
    found = [f for f in _findings("pub128/ricoh_eula.txt", "convention-deviation") if "列挙の記号" in f.message]
    assert [f.suggestion for f in found] == ["(2)"]


def test_labels_of_one_width_and_two_lists_in_two_widths_are_silent():
    text = ("第1条（定義）\n本規約において、(a)利用者、(b)会員及び(c)事業者をいう。\n"
            "第2条（禁止）\n利用者は、（1）虚偽の申告、（2）不正な利用、（3）迷惑行為をしてはならない。\n")
    assert [f for f in _text_findings(text, "convention-deviation", "terms.txt") if "列挙の記号" in f.message] == []


def test_an_english_licence_appended_to_terms_is_no_names_and_brackets():
    """The OpenSSL licence after 別紙A: 「Software」 opening English sentences, 「The above copyright notice and」, a URL in
    brackets 「(http://www.openssl.org/)」 and a smiley 「:-)」."""
    found = [f for f in run_checks(read_document(FIXTURES / "pub128/optim_sdk.txt"))
             if f.rule in ("name-variant", "bracket-unbalanced") or f.rule == "term-undefined" and f.excerpt.isascii()]
    assert [f.excerpt for f in found] == ["Api"]  # (in the Japanese part: the next test)


def test_a_bracket_closed_after_a_url_it_encloses():
    text = "第1条（参照）\n詳細は当社のサイト(https://example.com/terms)をご覧ください。\n"
    assert _text_findings(text, "bracket-unbalanced", "terms.txt") == []


def test_set_phrases_with_the_wrong_homophone_or_without_their_particle():
    """「かかる自体が生じた場合」 (事態) and 「開発者自身の判断及び責任もとに実施する」 (責任のもとに), optim_sdk.txt."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub128/optim_sdk.txt", "confusable-word")]
    assert ("自体", "事態") in found and ("もとに", "のもとに") in found


def test_itself_after_its_noun_and_based_on_with_its_particle_are_quiet():
    text = ("第1条（効力）\n本契約自体が無効となった場合も、第5条は効力を有する。\n"
            "２　当社は、利用者の申告をもとに料金を算定し、当社の判断のもとに通知する。\n")
    assert _text_findings(text, "confusable-word", "terms.txt") == []


def test_a_letter_typed_over_and_over_where_the_amount_goes():
    """clane.php of pub127 (its repository unknown, so not kept): 「お客様は当社に対して、ssss円（税抜き）を…」."""
    text = "第３条 費用について\n１ お客様は当社に対して、ssss円（税抜き）をコンサルティング料として支払うものとします。\n"
    found = _text_findings(text, "template-placeholder", "terms.txt")
    assert [f.excerpt.split("、")[-1][:5] for f in found] == ["ssss円"]


def test_a_list_offered_up_for_a_list_set_out():
    """clane.php of pub127: 「次の各号に捧げる事項を確約するものとします」 (掲げる, its look-alike)."""
    text = ("第８条 反社会的勢力の排除\n１ お客様及び当社は、それぞれ相手方に対し、次の各号に捧げる事項を確約するものとします。\n"
            "２ 前項各号に掲げる事項に違反したときは、本契約を解除できるものとします。\n")
    found = _text_findings(text, "confusable-word", "terms.txt")
    assert [(f.excerpt, f.suggestion) for f in found] == [("捧げる", "掲げる")]


def test_blocks_indented_under_a_markdown_list_item_are_its_own():
    """zzang.md 第4条: 「2. 次の場合、…」⏎⏎「   **iOS**」⏎「   - …」⏎⏎「   **共通** — …」⏎⏎「3. …」: item 2's captions and
    bullets, then items 3 and 4 of the same list (numbering-gap said 3. skipped two)."""
    assert _findings("pub133/zzang.md", "numbering-gap") == []
    doc = read_document(FIXTURES / "pub133/zzang.md")
    art = next(a for a in doc.articles if a.number == "4")
    top = [i for p in art.paragraphs for i in p.items]
    assert [i.label for i in top] == ["1.", "2.", "3.", "4."]


def test_text_indented_under_a_bullet_after_its_sublist_goes_back_to_the_bullet():
    """peppa.md of pub108 §6: 「  なお、ゲームリクエストは…」 after the nested bullets is the second bullet's; the bullets
    after it go on as the third and fourth."""
    doc = read_document(FIXTURES / "pub108/peppa.md")
    art = next(a for a in doc.articles if a.number == "6")
    items = [i for p in art.paragraphs for i in p.items]
    assert [i.label for i in items] == ["•1", "•2", "•3", "•4"]
    assert "なお、ゲームリクエスト" in items[1].text and len(items[1].items) == 7


def test_a_menu_path_names_no_blank():
    """tuviai.md: 「App Store のアカウント設定（設定 > [ユーザー名] > サブスクリプション）で管理」."""
    assert _findings("pub133/tuviai.md", "template-placeholder") == []


def test_an_article_of_one_sentence_pasted_at_the_end_of_another():
    """itaku_blade.php (pub88, read again by pub132): 第24条（説明会の開催） is one sentence, written again after 第26条's
    last sentence about 著作者人格権; the title tells what it belongs to."""
    found = [f for f in _findings("pub88/itaku_blade.php", "duplication") if "第24条" in f.message]
    assert len(found) == 1 and found[0].article == "26" and found[0].excerpt.endswith("説明会の開催を求めることができるものとする。")


def test_set_phrases_of_contracts_with_a_slip():
    """itaku_blade.php: 「監督責任者をしてその人にあたらせる」 (その任に); luxre.blade.php of pub132: 「本契約を定める事項」
    (本契約に定める), 「前条により解約を解除した場合」 (契約を解除)."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub88/itaku_blade.php", "confusable-word")]
    assert ("人", "任") in found
    text = ("第15条（クーリングオフ）\n甲は本契約を定める事項を記載した契約書面を受領した日から起算して8日以内であれば、"
            "契約を解除することができます。\n第17条（精算）\n甲が前条により解約を解除した場合、乙は精算金を返還します。\n")
    found = [(f.excerpt, f.suggestion) for f in _text_findings(text, "confusable-word", "terms.txt")]
    assert found == [("を定める", "に定める"), ("解約を解除", "契約を解除")]


def test_a_noun_on_both_sides_of_a_conjunction_may_open_the_phrase_after_it():
    """「当社又は当社にライセンスを許諾した者」, 「暴力団員又は暴力団員でなくなった時から5年」: no slip."""
    text = ("第1条（権利）\n本サービスの権利は、当社又は当社にライセンスを許諾した者に帰属します。\n"
            "２　利用者は、暴力団員又は暴力団員でなくなった時から5年を経過しない者に該当しないことを表明します。\n")
    assert _text_findings(text, "duplication", "terms.txt") == []


def test_a_list_numbered_on_under_a_second_caption_and_a_launch_after_a_preview():
    """sometech.html 第5条: 「【完成後の修正】」 over 1. 2., 「【ラフ案段階の修正】」 over <ol start="3">; 「本公開」."""
    found = run_checks(read_document(FIXTURES / "pub131/sometech.html"))
    assert [f for f in found if f.rule == "numbering-gap"] == []
    assert [f for f in found if f.rule == "term-undefined" and f.excerpt == "本公開"] == []


def test_a_list_with_a_lead_sentence_of_its_own_numbered_on_is_a_gap():
    """autify.md 第24条第2項: 「甲及び乙は、…次の各号のいずれか一にでも該当する行為を行わないことを保証するものとします。」
    over 7. to 11.: its own list, which lost its numbers 1 to 6."""
    found = _findings("pub69/autify.md", "numbering-gap")
    assert [f.excerpt[:2] for f in found if f.article == "24"] == ["7."]


def test_a_date_of_zeros_is_a_blank_not_a_wrong_date():
    """The condominium bylaws of pub131 (a 管理会社's draft): 「本規約は、００００年００月００日から効力を発する。」"""
    text = ("○○マンション管理組合法人規約\n\n附　　　則\n\n（規約の発効）\n\n1.  本規約は、００００年００月００日から効力を発する。\n")
    found = run_checks(doc_from_text(text, "bylaws.md"))
    assert [f for f in found if f.rule == "date-invalid"] == []
    assert any(f.rule == "template-placeholder" and "0000年00月00日" in f.message for f in found)


def test_words_the_typo_statistics_took_for_slips():
    """The same bylaws: 「バイク（原動機付自転車を含む。）」 (付 is a suffix: 原動機|付) and 「定期的な健康診断」 beside
    「指定期日までに」 twice (定期 is a word of its own: no 指 dropped)."""
    text = ("（使用者等の制限）\n\n1.  バイク置場の使用者は、組合員等に限るものとする。\n\n"
            "２　バイク置場に駐輪できる車両は、バイク（原動機付自転車を含む。）とする。\n\n（予防注射等）\n\n"
            "8.  飼育者は、毎年、獣医師による定期的な健康診断を年１回以上受けなければならない。\n\n書式４\n\n"
            "指定期日までに指定の管理組合法人口座にお支払い下さい。\n\n指定期日までにお支払いがない場合は、申請は無効となります。\n")
    assert _text_findings(text, "typo", "bylaws.md") == []


def test_a_katakana_word_cut_by_a_run_of_ideographic_spaces():
    """The condominium bylaws of pub131: 「電磁的記録媒体をもって調製するファ　　イルに情報を記録したもの」; 「金　　　　円」
    (pub24's tenpurebox_gyomuitaku.html) is an amount left blank, not a word cut."""
    text = ("第2条（定義）\n２　次の各号に掲げる方法による。\n"
            "ロ　電磁的記録媒体をもって調製するファ　　イルに情報を記録したものを交付する方法。\n")
    found = _text_findings(text, "stray-space", "bylaws.md")
    assert len(found) == 1 and "「ファイル」" in found[0].message
    assert [f for f in _findings("pub24/tenpurebox_gyomuitaku.html", "stray-space") if "金円" in f.message] == []


def test_a_page_title_of_two_noun_phrases_set_apart():
    """sometech.html: 「<title>ホームページ制作 業務委託契約書 ご同意フォーム</title>」."""
    assert [f for f in _findings("pub131/sometech.html", "stray-space") if "ご同意" in f.excerpt] == []


def test_an_unresolved_merge_conflict():
    """jao_rule.md: 「<<<<<<< HEAD」⏎「- 複数のアカウントでのログイン。(…)」⏎「=======」⏎…⏎「>>>>>>> main」, twice."""
    found = [f for f in _findings("pub135/jao_rule.md", "markup-broken") if "マージ" in f.message]
    assert len(found) == 2 and all(f.severity == "error" and f.excerpt.startswith("<<<<<<<") for f in found)


def test_words_quoted_as_spoken_and_a_set_phrase_of_two_particles():
    """jao_rule.md: 「兄弟姉妹がやった」「無意識にやってしまった」などの理由 (an excuse quoted, no slip of があった);
    onoma.php: 「などなど、小野正利フリークを満足させる…」."""
    assert [f for f in _findings("pub135/jao_rule.md", "typo") if "がやった" in f.excerpt] == []
    assert [f for f in _findings("pub135/onoma.php", "doubled-particle") if "など" in f.message] == []


def test_niite_written_with_the_verb_to_place():
    found = [(f.excerpt, f.suggestion) for f in _findings("pub135/onoma.php", "confusable-word")]
    assert ("に置いて", "において") in found


def test_the_synonym_in_a_definition_of_another_term():
    """rth.php 第2条: 「個人情報とは,本サービスを通じて利用者から取得する…」 defines 個人情報; its 利用者 is the undefined
    word for the defined ユーザー (with full-width commas the definition was not read, and the slip was told)."""
    found = [f for f in _findings("pub134/rth.php", "term-inconsistent") if f.excerpt == "利用者"]
    assert [f.suggestion for f in found] == ["ユーザー"]


def test_a_shops_terms_with_a_swapped_katakana_pair_and_a_civil_code_term_misspelt():
    found = run_checks(read_document(FIXTURES / "pub136/newera.jsp"))
    assert [(f.excerpt, f.suggestion) for f in found if f.rule == "name-variant"] == [("クジレットカード", "クレジットカード")]
    assert [f.suggestion for f in found if f.rule == "confusable-word" and f.excerpt == "意志表示"] == ["意思表示"] * 2
    # the company's registered name and お客様 beside the defined 会員 (guests too?) are not corrected
    assert [f for f in found if f.rule == "typo" and "ニューエラ" in f.excerpt] == []
    okyaku = [f for f in found if f.excerpt == "お客様"]
    assert okyaku and all(f.severity == "info" and f.suggestion is None for f in okyaku)


def test_a_verbal_noun_asked_for_with_its_honorific_o():
    assert [f for f in _findings("pub136/vlooper.md", "grammar-slip") if "約束" in f.excerpt] == []


def test_a_dao_rules_article_repeated_in_another_chapter_and_parallel_captions():
    found = run_checks(read_document(FIXTURES / "pub137/dao.md"))
    dup = [f for f in found if f.rule == "duplication"]
    assert [(f.article, "第5条" in f.message) for f in dup] == [("11", True)]
    width = [f for f in found if f.rule == "convention-deviation" and "列挙の記号" in f.message]
    assert [f.suggestion for f in width] == ["（4）"]


def test_the_operators_word_left_from_a_template_beside_the_defined_one():
    """joseikin.php: 「中澤圭志（以下「運営者」といいます）」, then 「当社」 51 times: told once, with its count. A role
    noun (「それぞれの運営会社の規約」, 「運営者：…」 in a contact line) is no such word."""
    found = [f for f in _findings("pub136/joseikin.php", "term-undefined") if f.excerpt == "当社"]
    assert len(found) == 1 and "51回" in found[0].message and found[0].suggestion == "運営者"
    assert [f for f in _findings("pub110/nightcalm.md", "term-undefined") if f.excerpt == "運営者"] == []


def test_a_sentence_ending_in_the_conclusive_form_of_the_usual_continuative():
    """trpgrule.md: 「完全な一般人ではない。」 and 「この限りではない）」 beside 「…ではなく、」 eleven times: one word, two forms."""
    assert [f for f in _findings("pub140/trpgrule.md", "typo") if "ではない" in f.excerpt] == []


def test_a_farms_terms():
    """rentallow.php: 「迷惑ならないよう配慮」 (にならない), 「専属的合意裁判所」 (管轄 dropped); 「平成31年1月9日<br>
    東浪見岡本農園」 is a date and a name, no word 日東 cut by the break."""
    found = run_checks(read_document(FIXTURES / "pub139/rentallow.php"))
    fixes = [(f.excerpt, f.suggestion) for f in found if f.rule == "confusable-word"]
    assert ("ならない", "にならない") in fixes and ("専属的合意裁判所", "専属的合意管轄裁判所") in fixes
    assert [f for f in found if f.rule == "markup-broken"] == []


def test_a_date_format_left_where_the_date_goes():
    found = _findings("pub139/chattool.md", "template-placeholder")
    assert len(found) == 1 and "「YYYY/MM/DD」" in found[0].message


def test_an_ending_at_the_very_start_of_the_text():
    """yuriri.html opens with 「はじめに」 (four kana, nothing before them) over items ending 「…を禁止します。」: the typo
    rule's endings read before the text's start and raised IndexError, and no finding of any rule was reported."""
    found = run_checks(read_document(FIXTURES / "pub141/yuriri.html"))
    assert found  # the check runs to its end
    assert run_checks(doc_from_text("はじめに\n\n- A行為を禁止します。\n- B行為を禁止します。\n- C行為を禁止します。\n",
                                    "terms.md")) == []


def test_a_designation_of_the_offering_beside_a_defined_one_named_by_its_kind():
    """yuriri.html: 「MineSkinPackEditor（以下、「本Webアプリ」）」, then 「本サービスは一切の責任を負いません」 and more."""
    found = [f for f in _findings("pub141/yuriri.html", "term-undefined") if f.excerpt == "本サービス"]
    assert len(found) >= 3 and all("本Webアプリ" in f.message for f in found)


def test_a_space_after_a_prefix_written_onto_its_word():
    """onoma.php: 「必要最小限の範囲内で第 三者に開示することがあります」 (MeCab reads 第|三|者: no word crosses the space,
    but 第 is written onto its word); 「第 5 条」 is left to the document's convention for numbers."""
    found = [f for f in _findings("pub135/onoma.php", "stray-space") if "第 三者" in f.excerpt]
    assert len(found) == 1


def test_an_acronym_written_once_in_mixed_case_among_japanese():
    """optim_sdk.txt 第1条: 「…ツール、ライブラリ、Api、データ及びファイル…」, API written in capitals three times; a word
    defined in its mixed case (「Ban」とは…, beside BAN twice) is the document's own spelling."""
    found = [f for f in _findings("pub128/optim_sdk.txt", "name-variant") if f.excerpt == "Api"]
    assert [f.suggestion for f in found] == ["API"]
    text = ("第1条（定義）\n「Ban」とは、運営が利用を禁止した状態をいう。\n２　Banされた者は、サーバーからのBAN、追放、"
            "BANの解除を求めることができない。\n")
    assert [f for f in _text_findings(text, "name-variant", "terms.md") if f.excerpt == "Ban"] == []
