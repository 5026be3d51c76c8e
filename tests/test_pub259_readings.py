"""What the pub259–pub264 readings found on the openings of published pages (insurance and mutual aid,
telecommunications, transport and travel, rental and sharing, point programmes, games and apps), read as
text and kept outside the repository. Each construct is tested here in text of the same shape written for
the test."""

from conftest import findings_in_text, said_in_text

_check, _said = findings_in_text, said_in_text


# ------------------------------------------------------------------ a text that stops in mid-sentence

_OPENING = ("第1条（適用）\n1 この約款は、当社が貸し渡す自転車の利用に適用されます。\n"
            "2 この約款に定めのない事項は、第40条及び第8条第3項の定めによります。\n"
            "第2条（予約）\n借受人は、予約申込金を支払うものとします。\n")


def test_a_page_saved_in_part_cites_what_lies_past_its_end():
    """A page saved up to where its excerpt stops, in the middle of 第3条's heading: 第40条 and 第8条 are past the cut,
    not missing, and the bracket of the cut heading is open because the text stops; told once, as a note, that the
    text stops in mid-sentence."""
    cut = _OPENING + "第3条（予約の"
    assert _said(cut, "reference-dangling") == []
    assert _said(cut, "bracket-unbalanced") == []
    assert _said(cut, "article-empty") == []
    told = _said(cut, "sentence-unterminated", ("error", "warning", "info"))
    assert told == [("第3条（予約の", None)], told
    # the same page finished: 第40条 and 第8条 are cited and absent, an error of the text
    whole = _OPENING + "第3条（予約の変更）\n借受人は、予約を変更することができます。\n"
    assert sorted(e for e, _ in _said(whole, "reference-dangling")) == ["第40条", "第8条第3項"]
    assert _said(whole, "sentence-unterminated", ("error", "warning", "info")) == []


def test_the_word_the_cut_breaks_is_no_slip():
    """「…締結を拒絶するとと」 is とともに cut by the end of the excerpt: no doubled particle; the same とと inside a
    sentence is one."""
    cut = _OPENING + "第3条（拒絶）\n当社は、借受人が前条に従わない場合は、貸渡契約の締結を拒絶するとと"
    assert _said(cut, "doubled-particle") == []
    inside = _OPENING + "第3条（拒絶）\n当社は、借受人が前条に従わない場合は、貸渡契約の締結を拒絶するとと、予約を取り消します。\n"
    assert [e for e, _ in _said(inside, "doubled-particle")] == ["とと"]


def test_a_finished_text_without_its_last_full_stop_is_not_cut():
    """A text whose last sentence lacks its 。 (「…から施行します」), or ends on a heading, a date or a link, is
    finished: the article it cites past its end is missing."""
    for last in ("附則\nこの約款は、2024年4月1日から施行します", "2024年4月1日制定", "トップページへ"):
        text = _OPENING + "第3条（変更）\n当社は、この約款を変更できます。\n" + last + "\n"
        assert "第40条" in [e for e, _ in _said(text, "reference-dangling")], last


# ------------------------------------------------------------------ terms

def test_a_name_whose_bracket_says_where_it_is_defined_is_defined():
    """「本アプリ（第2条において定義します。）」 in the opening article: the bracket names the article that defines the
    name; without it, a name the document never defines is told."""
    head = ("第1条（適用）\n1 本規約は、当社が提供するシェアサイクルサービス（以下「本サービス」といいます。）に適用されます。\n"
            "2 料金の詳細は、本アプリ{note}上に表示するものとします。\n"
            "3 会員は、本アプリ上の案内に従うものとします。\n"
            "第2条（会員）\n会員は、本サービスを利用することができます。\n")
    assert [e for e, _ in _said(head.format(note="（第2条において定義します。）"), "term-undefined")] == []
    assert [e for e, _ in _said(head.format(note=""), "term-undefined")] == ["本アプリ", "本アプリ"]


def test_the_word_for_anyone_in_the_meaning_under_a_glossary_entry_is_no_leftover():
    """「① 「利用者」⏎本規約に同意の上、本サービスを利用するすべてのお客様をいいます。」: the user defined by お客様, on
    the line under the entry; お客様 elsewhere in terms of 利用者 is a template's leftover."""
    text = ("第1条（適用）\n当社は、この利用規約（以下「本規約」といいます）に基づき、本サービスを利用者に提供します。\n"
            "第2条（用語の定義）\n本規約において、次の用語の定義は、以下の各号に定めるとおりとします。\n"
            "① 「利用者」\n本規約に同意の上、本サービスを利用するすべてのお客様をいいます。\n"
            "② 「予約」\n利用者が本サービスにより乗車券を申し込むことをいいます。\n"
            "第3条（利用）\n利用者は、本規約に従い本サービスを利用します。利用者は予約を取り消すことができます。\n"
            "第4条（責任）\n利用者は、自己の責任において本サービスを利用します。{extra}\n")
    assert _said(text.format(extra=""), "term-inconsistent") == []
    assert [e for e, _ in _said(text.format(extra="当社はお客様の損害について責任を負いません。"),
                                "term-inconsistent")] == ["お客様"]


# ------------------------------------------------------------------ words (pipeline/data)

import pytest  # noqa: E402


@pytest.mark.parametrize("slip, right, rule", [
    ("この約款に定めのない事項は、法令又は一般の習慣によるものとします。", "慣習", "confusable-word"),
    ("借受人は、行政通達及び一般の習慣に反しない範囲で利用します。", "慣習", "confusable-word"),
    ("会員は、自己の住所、指名、連絡先を届け出るものとします。", "氏名", "confusable-word"),
    ("乙は甲に対して指名、住所及び連絡先を通知する。", "氏名", "confusable-word"),
    ("動画を無断で複製することを堅く禁じます。", "固く", "confusable-word"),
    ("業務上、特種な管理を必要とする物品は引き受けません。", "特殊", "confusable-word"),
    ("この規定は、会員の全員に摘要されます。", "適用", "confusable-word"),
    ("本規約に別段に定めのある場合を除き、当社は通知します。", "別段の定め", "confusable-word"),
    ("天災その他やむ得ない事由により運行を中止します。", "やむを得な", "confusable-word"),
    ("株式会社サンプル（以下「当社」とます）は、本規約を定めます。", "」といいます", "confusable-word"),
    ("利用が制限されることがあるあります。", "ことがあります", "confusable-word"),
    ("ユーザーが未成年者等の制限能力者である場合、法定代理人の同意を得るものとします。", "制限行為能力者", "name-obsolete"),
])
def test_a_slip_the_readers_marked_is_told_and_the_right_word_is_not(slip, right, rule):
    """Words of the pub259-264 readings (rental, telecom, transport, games): each slip told with its correction; the
    sentence written right adds nothing."""
    head = "第1条（目的）\n本規約は、当社のサービスの利用条件を定めます。\n第2条（内容）\n"
    assert right in [s for _, s in _said(head + slip + "\n", rule)], _said(head + slip + "\n", rule)
    fixed = {"習慣": "慣習", "指名": "氏名", "堅く": "固く", "特種な": "特殊な", "摘要": "適用", "別段に定めのある": "別段の定めのある",
             "やむ得ない": "やむを得ない", "」とます": "」といいます", "あるあります": "あります", "制限能力者": "制限行為能力者"}
    written = slip
    for a, b in fixed.items():
        written = written.replace(a, b)
    assert _said(head + written + "\n", rule) == [], written


# ------------------------------------------------------------------ structure

def test_a_spaced_heading_run_onto_the_end_of_the_article_before_starts_its_article():
    """「…誠実に遵守するものとします。第2条 本規約の範囲」⏎「- 本サービスは…」: the next article's heading, its title set
    apart by a space as the page's other headings, run onto the line before; 第2条 is read, not cited."""
    from conftest import doc_from_text

    text = ("緑風VOD利用規約\n第1条 本規約の目的\n本規約は、映像配信サービスの利用について定めるものです。"
            "利用者は、本規約を誠実に遵守するものとします。第2条 本規約の範囲\n"
            "- 本サービスは、当塾が提供する配信サービスについて規定したものです。\n"
            "第3条 本規約の変更\n当塾は、この規約を変更することがあります。\n")
    doc = doc_from_text(text)
    assert [(a.number, a.title) for a in doc.articles] == [("1", "本規約の目的"), ("2", "本規約の範囲"), ("3", "本規約の変更")]
    assert _said(text, "reference-dangling") == [] and _said(text, "numbering-gap") == []
    # a citation that ends a sentence's line is no heading: 第5条 is not the article due next
    cited = text.replace("第2条 本規約の範囲", "第5条 本規約の範囲")
    assert [a.number for a in doc_from_text(cited).articles] == ["1", "3"]


def test_a_chapter_heading_and_its_first_article_on_one_line_are_two_headings():
    """「第2章 貸渡契約 第2条(予 約)」: a page's layout flattened the chapter's heading and its first article's onto one
    line; 第2条 is read (no gap before 第3条) and the chapter keeps its own title."""
    from conftest import doc_from_text

    text = ("レンタカー貸渡約款\n第1章 総則\n第1条(約款の適用)\n当社は、この約款によりレンタカーを貸し渡します。\n"
            "第2章 貸渡契約 第2条(予 約)\n借受人は、予約の申込みを行うことができます。\n"
            "第3条(予約の変更)\n借受人は、予約を変更することができます。\n")
    doc = doc_from_text(text)
    assert [(c.label, c.title) for c in doc.chapters] == [("第1章", "総則"), ("第2章", "貸渡契約")]
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert _said(text, "numbering-gap") == []


def test_the_first_chapter_run_onto_the_title_line_is_a_chapter():
    """「…利用規約及び、個人情報規約第1章 総則」: the first chapter's heading at the end of the title line, the document
    going on with 第2章; read as 第1章, no gap before 第2章. A title that names a chapter with no second one stays whole."""
    from conftest import doc_from_text

    text = ("令和2年3月23日更新\nシェアサイクル利用規約及び、個人情報規約第1章 総則\n第1条(規約)\n本規約は、会員に適用します。\n"
            "第2章 会員登録\n第2条(登録)\n会員登録は、当社所定の方法によります。\n")
    doc = doc_from_text(text)
    assert [(c.label, c.title) for c in doc.chapters] == [("第1章", "総則"), ("第2章", "会員登録")]
    assert _said(text, "numbering-gap") == []
    alone = "解説書 第1章 総則\n第1条(規約)\n本規約は、会員に適用します。\n第2条(登録)\n会員登録は、所定の方法によります。\n"
    assert [c.label for c in doc_from_text(alone).chapters] == []


def test_the_contents_line_is_never_the_rest_of_a_wrapped_line():
    """A page wrapped at a fixed width, whose revision history fills its line to the width right before 「目次」: 目次
    opens the table of contents (its entries, 第1章 … 第3章, are no chapters before the body's 第1章), not the rest of
    the history's line."""
    from conftest import doc_from_text

    # each line of the layout 43 characters wide: the history's row, and every wrapped line of the articles
    history = "昭和四十一年九月二十七日制定昭和五十四年六月二十二日一部変更平成十三年三月九日全面改正平成二十八年"[:43]
    wrapped = ("この規約は、組合の定款に定めるところによるほか、共済事業の実施に関し必要な事項を定める\n"
               "ものとします。共済契約者は、この規約に定める手続により、組合に共済掛金を支払うものとし\n"
               "ます。")
    text = ("市民共済生活協同組合 共済規約\n" + history + "\n目次\n第1章 総則(第1条~第2条)\n"
            "第2章 共済契約(第3条)第3章 雑則(第4条)附則\n第1章 総則\n(通則)\n第1条 " + wrapped + "\n(事業)\n第2条 " + wrapped + "\n"
            "第2章 共済契約\n(契約)\n第3条 " + wrapped + "\n第3章 雑則\n(細則)\n第4条 " + wrapped + "\n")
    doc = doc_from_text(text)
    assert "\n目次\n" in doc.norm.text
    assert [c.label for c in doc.chapters] == ["第1章", "第2章", "第3章"]
    assert _said(text, "numbering-order") == []


def test_a_dingbat_circled_digit_among_circled_numbers_is_their_number_and_a_slip():
    """「①…」「➁…」「③…」: ➁ (U+2781, a dingbat) looks like ② and stands in its place; the list is read in order (no
    gap before ③) and the character is told. A list written in ➀➁➂ throughout is the writer's labels."""
    items = "当社は、次の各号のいずれかに該当する場合、入会を承諾しないことがあります。\n{a}虚偽の申告をした場合\n{b}身体的に自転車を運転できない場合\n{c}その他当社が不適当と判断した場合\n"
    head = "第1条(入会)\n会員になろうとする者は、当社所定の方法で申し込みます。\n第2条(承諾)\n"
    mixed = head + items.format(a="①", b="➁", c="③")
    assert _said(mixed, "numbering-gap") == []
    assert ("②" in [s for _, s in _said(mixed, "typo")]), _said(mixed, "typo")
    alone = head + items.format(a="➀", b="➁", c="➂")
    assert _said(alone, "typo") == [] and _said(alone, "numbering-gap") == []


def test_an_entry_of_the_table_of_contents_run_on_after_another_is_no_citation():
    """「第 3 条 反社会的勢力の排除について第 4 条 SIM カードの貸与」: two entries of the 目次 run together; 第4条 is the
    second entry, not a citation (what the contents list and the body lacks is toc-mismatch's to say)."""
    text = ("ネット接続サービス利用規約\n目次\n第 1 章 総則\n第 1 条 規約の適用第 2 条 規約の変更\n"
            "第 3 条 反社会的勢力の排除について第 4 条 SIM カードの貸与\n"
            "第 1 章 総則\n第 1 条(規約の適用)\n当社は、この規約により本サービスを提供します。\n"
            "第 2 条(規約の変更)\n当社は、この規約を変更することがあります。\n"
            "第 3 条(反社会的勢力の排除について)\n契約者は、反社会的勢力に該当しないことを表明します。\n")
    assert _said(text, "reference-dangling") == []
    # the same words in the body are a citation of an article the text lacks
    cited = text + "第 4 条(解除)\n当社は、第5条に違反した契約者との契約を解除できます。\n"
    assert [e for e, _ in _said(cited, "reference-dangling")] == ["第5条"]


def test_one_character_labels_and_mojibake_among_the_documents_own_forms():
    """「⒈　本ゲームに…」 among paragraphs labelled 「1.」 「2.」: the one-character ⒈ told with 「1.」 (a list written in
    ⒈⒉⒊ throughout is left alone); 「セムジャパン鰍ェ発行」: ㈱が read in the wrong character set; 「自転車「以下「自転車」
    という。」」: a definition's parenthetical opened with a quotation mark."""
    body = "第1条（権利帰属）\n{a}　本ゲームに関する一切の権利は当社に帰属します。\n{b}　ユーザーは権利を取得しません。\n"
    mixed = body.format(a="⒈", b="2.")
    assert [s for _, s in _said(mixed, "typo")] == ["1."]
    assert _said(body.format(a="⒈", b="⒉"), "typo") == []
    text = "第1条（発行）\nこのカードは、セムジャパン鰍ェ発行する電子マネーです。\n"
    assert [s for _, s in _said(text, "confusable-word")] == ["㈱が"]
    text = "第1条（定義）\n当社が貸し出す自転車「以下「自転車」という。」を会員は利用できます。\n"
    assert [s for _, s in _said(text, "confusable-word")] == ["（以下「"]


# ------------------------------------------------------------------ the pub265-270 readings (leases, employment rules,
# associations, privacy policies, online shops, bank accounts)

def test_a_forms_blank_for_a_number_is_no_stray_space():
    """「採用した日から  か月間を試用期間とする」: two spaces where the form leaves the months to fill in (a blank, which
    template-placeholder tells), not a space splitting a word; a space inside a word beside it is still one."""
    text = ("第1条（試用期間）\n新たに採用した者については、採用した日から  か月間を試用期間とする。\n"
            "第2条（届出）\n社員は、採用された日から  週間以内に届け出なければならない。\n")
    assert _said(text, "stray-space", ("error", "warning", "info")) == []
    slipped = text.replace("届け出なければ", "届け 出なければ")
    assert [e for e, _ in _said(slipped, "stray-space", ("error", "warning", "info"))] != []


def test_posts_listed_apart_by_spaces_are_no_repeated_phrase():
    """「副幹事1名 会計1名 会計補佐 1名」: posts set apart by spaces; normalization joins them into 「…1名会計1名会計補佐…」,
    but no 「1名会計」 was written twice. The same words written together are a repeat."""
    text = ("第1条（名称）\n本会は、さくら会と称する。\n"
            "第2条（役員）\n本会に、会長1名、副会長2名の下に幹事 1名と副幹事1名 会計1名 会計補佐 1名及び監事 1名の役員を置く。\n")
    assert _said(text, "duplication") == []
    assert [e for e, _ in _said(text.replace("会計1名 会計補佐", "会計1名会計1名会計補佐"), "duplication")] != []


def test_a_predicate_then_the_conjunctive_ga_is_no_kana_slip():
    """「退会は自由とするが幹事に届け出る」: とするが (but) is grammar that law text, which writes 「とする。ただし」, lacks; no
    slip of とするか."""
    text = ("第1条（目的）\n本会は、会員相互の親睦を目的とする。\n第2条（退会）\n退会は自由とするが幹事に届け出るものとする。\n")
    assert _said(text, "typo") == []


def test_kana_in_a_bodys_own_name_is_its_founders_choice():
    """「社団法人日本おうち整体協会」: the association's name after its legal form; おうち is no slip of のうち. 「埋却」
    (家畜伝染病予防法's burying) is a word of statute, no slip of 売却."""
    text = ("第1条（名称）\n本会は、社団法人日本おうち整体協会と称する。\n"
            "第2条（禁止行為）\n区分所有者は、廃棄物の埋却、散布又は放置をしてはならない。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []


def test_a_name_heading_a_glossary_entry_with_a_colon_is_defined():
    """「⑥ 本登録会員:」⏎「…登録を完了されたお客さま」: a glossary whose entries are a label, the term and a colon, the
    meaning on the next line; 本登録会員 used below is its term, no undefined 本X."""
    text = ("当社が提供する海外送金サービス（以下「本サービス」といいます。）の利用規約を定めます。\n"
            "第1条（定義）\n本規約において使用する用語の意義は、次のとおりとします。\n"
            "① 送金サービス:\n当社が提供する送金の取次ぎ\n⑥ 本登録会員:\n当社所定の手続きに基づき登録を完了されたお客さま\n"
            "⑦ 会員:\n仮登録会員および本登録会員の総称\n"
            "第2条（利用）\n本登録会員は、本サービスを利用できます。\n")
    assert _said(text, "term-undefined") == []


def test_a_titled_heading_whose_first_sentence_opens_with_a_count_is_a_heading():
    """「第7条(退会) 2年間継続して会費の負担なき場合、退会とみなす」: a count of years opens the article's first sentence;
    a 項 or 号 after the title (「第5条（目的）2項に定める」) continues a citation."""
    from conftest import doc_from_text

    text = ("第6条(会費) 年会費は3000円とする。\n第7条(退会) 2年間継続して会費の負担なき場合、退会とみなすものとする。\n"
            "第8条(役員) 本会は次の役員を置く。\n")
    assert [a.number for a in doc_from_text(text).articles] == ["6", "7", "8"]
    assert _said(text, "numbering-gap") == []


def test_a_preamble_wrapped_by_hand_goes_on_on_its_next_line():
    """「この利用規約（…）は、花とカフェ（以下「当店」といいます。）が」⏎「このウェブサイト上で提供する…」: the preamble's
    sentence goes on on the next line; an item cut after が before the next item is still told."""
    text = ("利用規約\nこの利用規約（以下「本規約」といいます。）は、花とカフェ（以下「当店」といいます。）が\n"
            "このウェブサイト上で提供するサービスの利用条件を定めるものです。\n"
            "第1条（適用）\n本規約は、ユーザーと当店との間の一切の関係に適用されます。\n"
            "第2条（禁止事項）\nユーザーは、次の行為をしてはなりません。\n(1)法令に違反する行為\n(2)当店のサーバーに負荷をかける行為\n"
            "第3条（免責）\n当店は、本サービスに関して生じた損害について責任を負いません。\n")
    assert _said(text, "sentence-unterminated") == []
    cut = text.replace("(1)法令に違反する行為", "(1)法令に違反する行為が")
    assert [e for e, _ in _said(cut, "sentence-unterminated")] != []
