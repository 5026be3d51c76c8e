"""What the readings of session 40 found on published documents (pub422–pub426: travel and lodging terms, terms of
creative material and fan works, rules of associations and clubs, contest and event rules, contracts and licences),
read whole and kept outside the repository. Each construct is tested here in text of the same shape written for the
test."""

from conftest import doc_from_text, findings_in_text

from pipeline.checks import run_checks


def _findings(text: str, name: str, rule: str | None = None) -> list:
    return [f for f in run_checks(doc_from_text(text, name)) if rule is None or f.rule == rule]


# ------------------------------------------------------------------ structure

def test_an_article_cited_with_its_paragraph_at_a_lines_start_is_no_heading():
    """「`第二条七項イ）` に定める立替え型では、…」: a line opening on a citation in a code span; read as 第二条's heading,
    it emptied two articles and made a phantom 第二条 (two false numbering-duplicate errors, two article-empty)."""
    text = ("# 会計細則\n\n## 第一条（目的）\n\nこの細則は、会計について定める。\n\n## 第二条（予算）\n\n### 一項\n\n"
            "予算は、立替え型とする。\n\n## 第三条（立替え）\n\n### 一項\n\n`第二条一項` に定める立替え型では、会員は"
            "立替えることができる。\n\n### 二項\n\n会員は、一万円を超えて立替えを行うことはできない。\n")
    doc = doc_from_text(text, "rules.md")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert _findings(text, "rules.md", "numbering-duplicate") == []
    # a law-style heading glued to its first sentence is still one
    glued = doc_from_text("第1条当社の経営する施設の利用契約は、この約款の定めるところによる。\n第2条この約款は公表する。\n")
    assert [a.number for a in glued.articles] == ["1", "2"]


def test_kramdowns_table_of_contents_is_no_line_of_the_text():
    """「- TOC」⏎「{:toc}」 under the front matter: the page shows its generated contents there; taken as text, 「TOC」
    became the title and the preamble of a 会則."""
    text = "---\nlayout: docs\ntitle: 会則\n---\n\n- TOC\n{:toc}\n\n## 第1条（名称）\n本会は、菊月会と称する。\n"
    doc = doc_from_text(text, "rules.md")
    assert doc.title != "TOC" and "TOC" not in (doc.preamble.text if doc.preamble else "")
    assert [a.number for a in doc.articles] == ["1"]
    # a list item of the text itself stays
    plain = doc_from_text("## 第1条（名称）\n- TOC\n本会は、菊月会と称する。\n", "rules.md")
    assert "TOC" in plain.articles[0].text


def test_a_script_block_of_a_markdown_page_is_code_not_text():
    """A contest page whose Markdown holds a <script> block: its first line was taken for the title, and a template
    literal `${r}` in it for a blank left unfilled."""
    text = ("<script>\nfunction getRandomColor() {\n  const r = 200;\n  return `rgb(${r}, 0, 0)`;\n}\n</script>\n\n"
            "# 応募規約\n\n## 第1条（目的）\n本規約は、本キャンペーンへの応募について定めるものです。\n")
    doc = doc_from_text(text, "contest.md")
    assert "function" not in (doc.title or "") and "function" not in doc.norm.text
    assert _findings(text, "contest.md", "template-placeholder") == []


def test_spaces_of_english_prose_around_its_punctuation_are_kept():
    """「…designated website (https://m2stg.com), and your continued use…」: the spaces went, the address ran on into
    「),and」 and took the bracket closing it (a false bracket-unbalanced warning), 「contract,negligence」 ran together."""
    text = ("第1条（改訂）\n本規約は随時改訂されます。\n\nThe Terms shall become valid when first published on the "
            "designated website (https://m2stg.com), and your continued use constitutes acceptance, whether arising "
            "out of contract, negligence, tortious conduct or otherwise.\n")
    doc = doc_from_text(text)
    assert "website (https://m2stg.com), and" in doc.norm.text and "contract, negligence, tortious" in doc.norm.text
    assert _findings(text, "doc.txt", "bracket-unbalanced") == []
    # Japanese text is compared as before: a list's label and a number keep no space
    assert "1)10日以内" in doc_from_text("第1条（期限）\n期限は、1) 10日以内とする。\n").norm.text


# ------------------------------------------------------------------ brackets

def test_two_level_labels_and_labels_cited_before_their_verb_close_no_bracket():
    """「1.a)契約内容が…」「2.b)…」 (a list's number then its letter) and 「注3．4)に掲げる運送機関」 (a row's label cited): 13
    false bracket-unbalanced warnings on one 旅行条件書."""
    text = ("第12条（旅程保証）\n当社は、次の場合は変更補償金を支払いません。\n1.a)契約内容が変更されたとき。\n"
            "2.b)第10項(1)の規定により変更したとき。\n3.c)天災地変が生じたとき。\n"
            "注3．4)に掲げる運送機関の会社名の変更は含みません。注4．3)又4)に掲げる変更も同様とします。\n")
    assert _findings(text, "doc.txt", "bracket-unbalanced") == []
    assert _findings("第1条（目的）\n本規約は、当社(以下「甲」という。が定める。\n", "doc.txt", "bracket-unbalanced")


# ------------------------------------------------------------------ typo

def test_an_articles_number_written_digit_by_digit_where_the_document_uses_ten():
    """「本会会則第一八条に定めるプロジェクト区分」 in rules that write 第十四条: 第十八条."""
    text = ("第十四条（目的）\n本会の目的は、会則第一八条に定めるとおりとする。\n第十五条（会計）\n会計は、第十四条に従う。\n")
    assert [f.suggestion for f in findings_in_text(text, "typo")] == ["十八"]
    # a law's number in the history of amendments is written so (法律第一六〇号), and a document that never writes 十
    # has no other form to hold it to
    assert findings_in_text("第十四条（改正）\n平成一一年一二月二二日法律第一六〇号により改正する。\n", "typo") == []
    assert findings_in_text("第1条（目的）\n会則第一八条に定めるとおりとする。\n", "typo") == []


def test_the_demonstrative_tou_before_a_compound_is_no_touga_cut_short():
    """「当旅行契約について」 in travel terms writing 当該旅行 twice: 当 (this) heads the compound, as in 当社, 当館."""
    text = ("第1条（適用）\n当社が締結する当該旅行に関する契約は、この条件書による。\n2 当該旅行の代金は前払いとする。\n"
            "3 当旅行契約について、この条件書に定めのない事項は法令による。\n")
    assert findings_in_text(text, "typo") == []


def test_a_persons_name_after_the_post_they_hold_is_no_word_to_correct():
    """「審査委員長　：原功（国立研究開発法人…）」: 原功 is the chair's name, no 原告 misspelt."""
    text = "第1条（審査）\n審査は次の者が行う。\n審査委員長　：原功（国立研究開発法人産業技術総合研究所）\n"
    assert findings_in_text(text, "typo") == []


# ------------------------------------------------------------------ defined terms

def test_rules_calling_themselves_by_two_other_kinds_are_held_to_their_title():
    """A 会計細則 that calls itself 本細則 once, 本規約 three times and 本規則 three times (a terms template and another
    set of rules pasted in): neither other kind is its way; before, 本規約 three times (more than twice) was taken
    for the document's own name and nothing was told."""
    text = ("上智大学エレクトロニクス研究部会計細則\n\n前文\nこの会計細則は、本会の会計業務のために策定されるものである。"
            "本会会員は本細則を履行する義務を負う。\n\n第一条（予算）\n予算は、本規則に定める方法で交付する。\n"
            "第二条（決算）\n決算は、本規則に基づく形式で行う。\n第三条（改正）\n本規則の改正は総会で行う。\n"
            "第四条（解釈）\n本規約に定めのない事項又は本規約の解釈の疑義は協議する。\n第五条（準拠法）\n本規約は日本法に準拠する。\n")
    told = sorted(f.excerpt for f in findings_in_text(text, "term-inconsistent") if f.suggestion == "本細則")
    assert told == ["本規則"] * 3 + ["本規約"] * 3
    # a document calling itself by the other kind throughout keeps that name
    own = text.replace("本規則", "本規約")
    assert [f for f in findings_in_text(own, "term-inconsistent") if f.suggestion == "本細則"] == []


def test_a_word_of_a_collection_a_definition_names_together_is_part_of_it():
    """「ソースコードを含む本プログラム及びドキュメンテーション（以下あわせて「本ソフトウェア」と言う）」: 本プログラム is
    one of what the term covers (the suggestion, 本ソフトウェア, would make the definition circular)."""
    text = ("著作権者は、ソースコードを含む本プログラム及びドキュメンテーション（以下あわせて「本ソフトウェア」と言う）を"
            "無償で提供します。\n1. あなたは、本ソフトウェアを使用することができます。\n"
            "2. 本ソフトウェアの著作権は、著作権者に帰属します。\n")
    assert findings_in_text(text, "term-undefined") == []
    stray = text + "3. 本プログラムの改変は禁止します。\n"
    assert [f.excerpt for f in findings_in_text(stray, "term-undefined")] == ["本プログラム"]


def test_a_negated_compound_and_a_spelling_written_often_are_no_slips_of_a_term():
    """「全年齢向けとして頒布不可能なコンテンツ」 beside 頒布可能 ×7: 不 negates, it says the opposite; ミドルウェア written
    four times inside longer names beside ミドルウエア ×11 is the other spelling (notation-variance's), not a slip."""
    base = "".join(f"{k}. 頒布可能な作品に限ります。\n" for k in range(1, 8))
    text = f"第1条（頒布物）\n{base}8. 全年齢向けとして頒布不可能なコンテンツの取り扱いは禁止します。\n"
    assert findings_in_text(text, "term-inconsistent") == []
    slipped = text.replace("頒布不可能", "頒布司能")
    assert [f.suggestion for f in findings_in_text(slipped, "term-inconsistent")] == ["頒布可能"]


def test_names_that_differ_in_a_year_name_two_editions():
    """「昨年に続き…DojoCon Japan 2018」 beside DojoCon Japan 2019 ×4: last year's event, no misspelling."""
    text = ("第1条（概要）\nDojoCon Japan 2019 を開催します。\n2 DojoCon Japan 2019 の会場は東京です。\n"
            "3 DojoCon Japan 2019 は無料です。\n4 DojoCon Japan 2019 の申込は不要です。\n"
            "5 昨年の DojoCon Japan 2018 に続き、コンテストを行います。\n")
    assert findings_in_text(text, "name-variant") == []
    assert findings_in_text(text.replace("DojoCon Japan 2018", "DojoCom Japan 2019"), "name-variant")


# ------------------------------------------------------------------ conventions

def test_a_comma_between_the_entries_of_a_table_cell_is_no_comma_of_prose():
    """Award names in a Markdown table, 「計測自動制御学会RTミドルウェア賞, SUGAR SWEET ROBOTICS賞」: five warnings that
    the document writes 、 as its comma."""
    prose = "".join(f"第{k}条（規定）\n応募者は、作品を提出し、審査を受け、結果を待つ。\n" for k in range(1, 12))
    table = "| 番号 | 受賞 |\n|---|---|\n| 1 | 計測自動制御学会RTミドルウェア賞, SUGAR SWEET ROBOTICS賞 |\n"
    assert [f for f in _findings(prose + table, "rules.md", "convention-deviation") if "読点" in f.message] == []
    slipped = prose + "第12条（補足）\n応募者は,作品を提出する。\n"
    assert [f for f in _findings(slipped, "rules.md", "convention-deviation") if "読点" in f.message]


def test_articles_headed_at_the_titles_level_throughout_are_the_documents_way():
    """「# 規約」, 「## 第1条」, then 「# 第2条」…「# 第6条」: the one below the title's level departs, not the five."""
    arts = "".join(f"# 第{k}条（規定{k}）\n参加者は、本規約に従うものとします。\n\n" for k in range(2, 7))
    text = "# イベント参加規約\n\n## 第1条（適用）\n本規約は参加者に適用します。\n\n" + arts
    told = [f for f in _findings(text, "terms.md", "convention-deviation") if "階層" in f.message]
    assert [f.article for f in told] == ["1"]


# ------------------------------------------------------------------ numbering

def test_headings_numbered_on_from_the_articles_as_chapters_holding_none_are_articles():
    """「# 第6条（登壇内容に対する権利）」 then 「# 第7章（参加者資格の中断・取り消し）」…「# 第12章（管轄）」, each with
    paragraphs and no article: the 条 typed as 章 from there on."""
    arts = "".join(f"# 第{k}条（規定{k}）\n1. 参加者は、本規約に従うものとします。\n\n" for k in range(1, 7))
    chaps = "".join(f"# 第{k}章（規定{k}）\n1. 当社は、イベントを運営します。\n\n" for k in range(7, 10))
    told = [(f.excerpt, f.suggestion) for f in _findings(arts + chaps, "terms.md", "numbering-gap")]
    assert [s for _, s in told] == ["第7条", "第8条", "第9条"]
    # chapters that hold the articles are chapters
    real = "# 第1章 総則\n## 第1条（目的）\n本規約は目的を定めます。\n# 第2章 利用\n## 第2条（利用）\n利用者は利用します。\n"
    assert _findings(real, "terms.md", "numbering-gap") == []


# ------------------------------------------------------------------ placeholders, wording, repeats

def test_a_date_whose_month_and_day_are_marks_is_a_blank():
    """「この規程は、2025 年 ○ 月 ○ 日から施行する」 in a club's published rules."""
    told = findings_in_text("第1条（施行）\nこの規程は、2025 年 ○ 月 ○ 日から施行する。\n", "template-placeholder")
    assert [f.excerpt for f in told] and "2025年○月○日" in told[0].message


def test_words_governing_the_wrong_particle_and_a_noun_made_a_verb():
    """「本条1項に当該する」 (該当する), 「作品へ対する」 (に対する), 「これらを基づいて」 (に基づいて), 「ツリー登録意外の方法」
    (以外), and 「委員会が別で定める」 (別に定める, the set phrase: a note)."""
    text = ("第1条（対象）\n本条第1項に当該する者は、作品へ対する権利を有し、これらを基づいて判断する。\n"
            "2 ツリー登録意外の方法で利用してはならない。\n3 細目は、委員会が別で定める。\n")
    said = sorted((f.rule, f.suggestion) for f in findings_in_text(text)
                  if f.rule in ("confusable-word", "legal-style"))
    assert said == [("confusable-word", "に基づ"), ("confusable-word", "に対"), ("confusable-word", "以外"),
                    ("confusable-word", "該当"), ("legal-style", "別に")]
    fine = ("第1条（結果）\n結果は意外なものであった。利用者は意外に多い。本条第1項に該当する者は、作品に対する権利を有し、"
            "これらに基づいて判断する。特別で定める事項はない。\n")
    assert [f for f in findings_in_text(fine) if f.rule in ("confusable-word", "legal-style")] == []


def test_one_item_named_twice_side_by_side():
    """「録音・録画・録画・撮影記録」 and 「旅行サービスの内容、旅行サービスの内容について」; a second copy that opens a
    phrase names another thing (「定款、定款の定め」, 「暴力団員、暴力団員でなくなった時から」)."""
    text = ("第1条（記録）\n録音・録画・録画・撮影記録の使用について定める。\n"
            "2 当社は、旅行サービスの内容、旅行サービスの内容について説明する。\n")
    assert sorted(f.message[1:f.message.index("」")] for f in findings_in_text(text, "duplication")) == [
        "旅行サービスの内容", "録画"]
    fine = ("第1条（代表）\n代表取締役は、定款、定款の定めに基づく株主総会の決議により定める。\n"
            "2 暴力団、暴力団員、暴力団員でなくなった時から5年を経過しない者を除く。\n"
            "3 日本電信電話株式会社は、エヌ・ティ・ティと略す。\n")
    assert findings_in_text(fine, "duplication") == []


def test_a_lone_mata_between_two_labels_and_a_full_stop_before_a_particle():
    """「注4．3)又4)に掲げる変更」 (又は with its は lost; 「2．3」 there is a note's number and a row's label, no decimal
    number of mixed widths) and 「統計資料の作成。に個人情報を利用」 (no sentence opens on a particle)."""
    text = "第20条（変更）\n注4．3)又4)に掲げる変更は含みません。\n2 当社は、統計資料の作成。に個人情報を利用します。\n"
    fs = findings_in_text(text)
    assert [f.suggestion for f in fs if f.rule == "typo"] == ["又は"]
    assert [f.excerpt for f in fs if f.rule == "grammar-slip"] == ["計資料の作成。に個人"]
    assert [f for f in fs if f.rule == "convention-deviation" and "全角と半角" in f.message] == []
    # a sentence opening on a word that starts with the kana, and a decimal of two widths, stay as they were
    fine = findings_in_text("第1条（目的）\n利用者は、本規約に従う。がんばる人を応援する。年14．6％の割合とする。\n")
    assert [f for f in fine if f.rule in ("grammar-slip", "typo")] == []
    assert [f.excerpt for f in fine if f.rule == "convention-deviation" and "全角と半角" in f.message]


def test_one_heading_of_another_width_among_a_few():
    """「第1条　用語の定義」 over 「第２条」…「第５条」 of a five-article font licence: too few headings for the document-wide
    majority (five uses), one of another width among four is a slip still; two against two is no convention."""
    heads = ["第1条　用語の定義", "第２条　使用許諾", "第３条　制限", "第４条　終了", "第５条　準拠法"]
    text = "".join(f"{h}\n本契約の定めに従う。\n" for h in heads)
    told = [f for f in findings_in_text(text, "convention-deviation") if "幅" in f.message]
    assert [f.excerpt for f in told] == ["第1条　用語の定義"]
    even = text.replace("第２条", "第2条")
    assert [f for f in findings_in_text(even, "convention-deviation") if "幅" in f.message and "見出し" in f.message] == []


def test_a_sentence_after_a_br_inside_a_list_item_is_that_items():
    """「<li>(2)…成立いたします。<br>但し、…ご連絡ください。</li>」: the proviso of item (2), which became the lead of the
    paragraph above the list (shown before item (1); the items after 「次のような事由により」 lost their lead)."""
    html = ("<html><body><h1>取引条件書</h1><dl><dt>1.申込金と契約の成立</dt><dd><ol>"
            "<li>(1)ご旅行をお申し込みの際は、必要事項をご記入いただき、当社に送信ください。</li>"
            "<li>(2)ご旅行の契約は、当社が承諾した旨の通知がお客様に到達したときに成立いたします。<br>"
            "但し、お客様側の事情により予約完了画面を確認できなかったとしても契約成立となります。</li>"
            "</ol></dd><dt>2.お申し込み条件</dt><dd><p>15歳未満の方は保護者の同意が必要です。<br>"
            "ご不明の点はお尋ねください。</p></dd></dl></body></html>")
    doc = doc_from_text(html, "terms.html")
    first = doc.articles[0].paragraphs[0]
    assert [i.label for i in first.items] == ["(1)", "(2)"]
    assert first.items[1].text.endswith("契約成立となります。") and "但し" not in first.text.split("(1)")[0]


# ------------------------------------------------------------------ round 27 (pub427–pub430)

def test_a_second_set_of_rules_under_its_own_title_is_a_part():
    """「# Jiji利用規約」 with its 「## 免責事項」…, then 「# スマホアプリ利用規約」 with its own 「## 免責事項」…: two documents
    on one page; read as one, each clause they share was a copy pasted by mistake (four false duplication warnings)."""
    clauses = ("免責事項", "禁止事項", "規約改訂")
    body = "".join(f"## {c}\n1.本サービスの{c}について、ユーザーは本規約に従うものとします。\n\n" for c in clauses)
    text = f"# Jiji利用規約\n\n{body}# スマホアプリ利用規約\n\n## 料金\n1.料金は前払いとします。\n\n{body}"
    doc = doc_from_text(text, "terms.md")
    assert [a.part for a in doc.all_articles()].count("main") == 3
    assert [a.title for a in doc.all_articles() if a.part != "main"] == ["料金", *clauses]
    assert _findings(text, "terms.md", "duplication") == []


def test_a_chapter_title_listing_with_the_documents_own_comma_is_a_heading():
    """「第７章  定款の変更，解散及び清算」 in a 定款 that writes ， for 、: the heading was lost, and 第8章 read as a gap."""
    text = ("第1章　総則\n第1条（名称）\n当法人は，機構と称する。\n第2章　社員\n第2条（社員）\n社員は，会費を納める。\n"
            "第3章  定款の変更，解散及び清算\n第3条（変更）\nこの定款は，総会の決議により変更できる。\n第4章　附則\n第4条（施行）\nこの定款は，成立の日から施行する。\n")
    doc = doc_from_text(text)
    assert [c.label for c in doc.chapters] == ["第1章", "第2章", "第3章", "第4章"]
    assert findings_in_text(text, "numbering-gap") == []


def test_entities_of_a_markdown_page_and_the_layout_of_lists_and_signature_dates():
    """「理事&nbsp;&nbsp;寺﨑 優葵(正会員)」 (an officer, a name spaced between family and given name, the page's
    entity a space), a fee list set in columns 「入会金     0円」, and 「平成２６年　２月　４日」 alone on its line (a one-digit
    month and day padded to two, as a signature block lines dates up): no stray spaces. A space typed inside a sentence
    still is one, and so is a date's padding there (「毎年１月　１日から」)."""
    text = ("# 定款\n\n## 第1条（役員）\n役員は次のとおりとする。\n\n理事&nbsp;&nbsp;寺﨑 優葵(正会員)\n\n同&nbsp;&nbsp;河本 敏志(メンター)\n\n"
            "## 第2条（会費）\n会費は次のとおりとする。\n\n入会金     0円\n\n年会費     0円\n\n"
            "## 第3条（施行）\nこの定款は、成立の日から施行する。\n\n　　　平成２６年　２月　４日\n")
    doc = doc_from_text(text, "teikan.md")
    assert "&nbsp;" not in doc.norm.text
    assert _findings(text, "teikan.md", "stray-space") == []
    slipped = text.replace("施行する。", "施行 する。")
    assert _findings(slipped, "teikan.md", "stray-space")
    inside = text.replace("成立の日から", "平成２６年　２月　４日から")
    assert [f.suggestion for f in _findings(inside, "teikan.md", "stray-space")] == ["２６年２月４日"]


def test_set_phrases_the_whole_or_a_part_and_a_fraction():
    """「本サービスの全部及び一部の提供」 (全部又は一部: the two cannot hold at once) and 「３分２以上」 (３分の２)."""
    text = "第1条（停止）\n当社は、本サービスの全部及び一部の提供を停止できる。\n2 決議は、出席者の３分２以上で行う。\n"
    assert sorted(f.suggestion for f in findings_in_text(text, "confusable-word")) == ["全部又は一部", "分の2"]
    fine = "第1条（停止）\n当社は、本サービスの全部又は一部の提供を停止できる。\n2 決議は、出席者の３分の２以上で行う。3分20秒待つ。\n"
    assert findings_in_text(fine, "confusable-word") == []


def test_an_articles_own_subdivision_and_itself_said_with_hon_are_no_slips():
    """「第3条(a)に定める…」 inside 第3条 and 「本第6条(b)は」 inside 第6条 (the Creative Commons legal code, four false
    warnings), and 「第1条、第5条、第6条、第7条…は…存続します」 in 第6条 (a list of articles, itself among them); a bare
    第4条 inside 第4条 is still told."""
    text = ("第3条（許諾）\n(a) 許諾者は許諾する。\n(b) 第3条(a)に定める許諾は撤回できない。\n"
            "第4条（目的）\n本会は、第4条に定める目的を達成する。\n"
            "第6条（期間）\n(a) 期間は定めない。\n(b) 誤解を避けるために記すと、本第6条(b)は救済に影響しない。\n"
            "(c) 第3条、第6条及び第4条は、終了後も存続する。\n")
    assert [f.excerpt for f in findings_in_text(text, "reference-content-mismatch")] == ["第4条"]


def test_a_documents_edition_date_set_as_a_heading_is_no_section():
    """「## 初版：2018年8月2日」 under the title of a work group's page: no section left empty."""
    text = ("# Japan Work Group について\n\n## 初版：2018年8月2日\n\n## 本文書について\n本文書は活動を紹介します。\n\n"
            "## 活動\nメンバーは定期的に集まります。\n")
    doc = doc_from_text(text, "about.md")
    assert [a.title for a in doc.articles] == ["本文書について", "活動"]
    assert _findings(text, "about.md", "article-empty") == []


def test_the_adverb_yori_grading_a_state_and_a_latin_word_closing_a_bracket():
    """「従業員がよりオープンに参加できる」 (より, more; no により) and a table's 「Conditional (mandatory, one)」 (one is no
    list label closing a bracket)."""
    text = ("第1条（目的）\nこのガイドラインは、従業員がよりオープンに活動できるようにするものです。\n"
            "| L3.1 | License Identifier | Conditional (mandatory, one) |\n")
    assert [f for f in findings_in_text(text) if f.rule in ("typo", "bracket-unbalanced")] == []


def test_a_fenced_code_block_holds_text_not_the_pages_headings():
    """A guideline quoting a code of conduct in a ```markdown fence: its 「# コントリビューター行動規範」 and 「## 更生」… were
    taken for the page's title and articles, the guideline's own 「##」 sections for none. The quoted text stays, compared
    and checked; the fence lines are markup."""
    quoted = "```markdown\n# コントリビューター行動規範\n## 更生\n違反者には警告します。\n## 警告\n違反者には警告します。\n```\n"
    text = ("# SmartHR OSSガイドライン\n\n## ライセンス\n本ガイドラインはCC0で公開します。\n\n## 行動規範\n"
            "次の行動規範を定めます。\n\n" + quoted + "\n## 脆弱性\n報告はメールで受け付けます。\n")
    doc = doc_from_text(text, "guide.md")
    assert doc.title == "SmartHR OSSガイドライン"
    assert [a.title for a in doc.articles] == ["ライセンス", "行動規範", "脆弱性"]
    assert "違反者には警告します。" in doc.articles[1].text and "```" not in doc.norm.text


def test_three_provisions_joined_by_two_oyobi_and_a_sentence_that_ends_a_markdown_list():
    """「第三項及び第四項及び本項」 (a note: 「第三項、第四項及び本項」); and 「以下の2つのケースです。」 over two bullets, then
    「また、…以下のステップを踏んで…」 over four more: the count announces the first list only."""
    text = "第1条（準用）\n第三項及び第四項及び本項の規定は、委員に準用する。\n"
    assert [f.suggestion for f in findings_in_text(text, "legal-style")] == ["、"]
    md = ("## ライセンスの変更\nライセンスの変更が認められるのは、以下の2つのケースです。\n\n- 特許に関わるコードが追加される場合\n"
          "    - MITからApache 2.0に変更してください\n- 特許に関わるコードが削除される場合\n    - Apache 2.0からMITに変更してください\n\n"
          "また、変更は慎重に周知してください。具体的には、以下のステップを踏むことが望ましいです。\n\n"
          "- Issueで周知\n- Pull Requestで変更\n- READMEに理由を記述\n- リリースノートで再周知\n")
    assert _findings(md, "guide.md", "item-list") == []
