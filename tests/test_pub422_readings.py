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
