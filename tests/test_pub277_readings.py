"""What the pub277–pub286 readings found on published terms (hotels, courses and schools, outsourcing and NDAs,
software licences, matching and community services, food delivery and reservations; then driving schools and rentals,
beauty salons, moving and housekeeping, photo and printing commissions), read as text and kept outside the
repository. Each construct is tested here in text of the same shape written for the test."""

from conftest import doc_from_text, said_in_text

_said = said_in_text


# ------------------------------------------------------------------ Markdown saved as .txt

_NDA = ("# 秘密保持契約書\n\nABC株式会社（以下「甲」という）及びXYZ株式会社（以下「乙」という）は、次のとおり契約を締結する。\n\n"
        "第1条（定義）\n\n1. 「秘密情報」とは、甲が乙に開示した情報をいう。\n1. 前項の情報のうち、次のいずれかに該当するものは除く。\n"
        "  1. 開示を受けた際に公知の情報\n  1. 開示を受けた後、乙の責めによらず公知となった情報\n"
        "  1. 開示を受ける前に乙が知り得ていた情報\n\n第2条（義務）\n\n1. 乙は、秘密情報を秘密として保持する。\n"
        "1. 乙は、秘密情報を本契約の目的以外に使用しない。\n1. 乙は、甲の承諾なく秘密情報を複製しない。\n")


def test_a_text_file_with_a_title_heading_and_lists_markdown_numbers_is_markdown():
    """One ATX heading (the title) and lists whose items all read 「1.」: Markdown numbers them 1, 2, 3 on the page. Read
    as plain text, each 「1.」 was a number used twice (fifteen false errors on two such agreements)."""
    doc = doc_from_text(_NDA, "nda.txt")
    assert doc.source.format == "markdown"
    assert _said(_NDA, "numbering-duplicate") == []
    # a plain text numbered by hand keeps its slips: one heading, no list of 「1.」 lines
    slipped = "# 規約\n第1条（目的）\n1. 本規約は利用条件を定める。\n2. 会員は本規約に従う。\n2. 当社は本規約を変更できる。\n"
    assert doc_from_text(slipped, "rules.txt").source.format == "text"


# ------------------------------------------------------------------ a text cut off in a word it writes elsewhere

def test_a_text_that_stops_inside_a_katakana_word_it_writes_whole_is_cut():
    """「…部分を問わず本ソフトウェ」 in terms of 本ソフトウェア: the excerpt stops in mid-word; the cut word is no
    misspelling and 第9条 is past the cut. A text ending on a whole word (本ソフトウェア) is finished."""
    head = ("第1条（定義）\n本規約において「本ソフトウェア」とは、当社が提供するプログラムをいいます。\n"
            "第2条（許諾）\n当社は、利用者に対し、第9条の条件で本ソフトウェアの使用を許諾します。\n"
            "第3条（禁止）\n利用者は、全体、部分を問わず本ソフトウェ")
    assert _said(head, "term-inconsistent") == []
    assert _said(head, "reference-dangling") == []
    assert len(_said(head, "sentence-unterminated", ("info",))) == 1


# ------------------------------------------------------------------ definitions

def test_an_unquoted_glossary_entry_defines_its_term():
    """「（5）本ソフトウェア」 on its line, its meaning on the next (「…アプリケーションをいい、…」): defined, as the
    spaced 「（4） 本サイト」 is."""
    text = ("第1条（目的）\n本規約は、当社が提供するサービス（以下「本サービス」といいます。）の利用条件を定めます。\n"
            "第2条（定義）\n本規約において、次の各号に掲げる用語の意味は、当該各号に定めるとおりとします。\n"
            "（4） 本サイト\n当社が運営するウェブサイトをいいます。\n"
            "（5）本ソフトウェア\n当社が作成・公開するアプリケーションをいい、その更新版を含みます。\n"
            "第3条（利用）\n会員は、本サイト及び本ソフトウェアを利用できます。本ソフトウェアの更新は当社が行います。"
            "本ソフトウェアの複製は禁止します。\n")
    assert _said(text, "term-undefined") == []


def test_a_name_defined_law_style_in_the_brackets_after_it_is_defined():
    """「本件システム（全体プロジェクトにおいて開発されるシステムをいう。）」: the meaning in brackets after the name."""
    text = ("第1条（目的）\n本契約は、ユーザがベンダに委託する本件業務（以下「本件業務」という。）について定める。\n"
            "第2条（成果物）\nベンダは、本件業務の成果物（以下「本件成果物」という。）を納入する。\n"
            "第3条（許諾）\nベンダは、ユーザが本件成果物を本件システム（全体プロジェクトにおいて開発されるシステムをいう。）に"
            "おいて利用することを許諾する。ユーザは、本件システムの運用に必要な範囲で複製できる。\n")
    assert _said(text, "term-undefined") == []


def test_the_operator_of_a_site_is_no_undefined_speaker_where_the_document_defines_itself():
    """A document that defines 当社 speaks as 当社: 「第三者サイトの運営者」 is someone else, whatever role (運用管理者) it
    also defines."""
    text = ("第1条（適用）\n本規約は、株式会社ABC（以下「当社」といいます。）が提供するサービスに適用されます。\n"
            "第2条（定義）\n本規約において「運用管理者」とは、会員が指定する管理者をいいます。\n"
            "第3条（第三者サイト）\n第三者サイトの利用は、会員と第三者サイトの運営者との間の契約によります。"
            "運用管理者は、第三者サイトの運営者に問い合わせることができます。\n")
    assert _said(text, "term-undefined") == []


def test_a_service_named_by_itself_in_a_list_of_services_is_no_self_definition():
    """「…(以下「テイクアウトサービス」といいます。)、デリバリーサービス(以下「デリバリーサービス」といいます。)」: one
    of a list of services each given its name. A word defined as itself in a sentence is still told."""
    listed = ("第1条（定義）\n当社は、テイクアウト注文サービス(以下「テイクアウトサービス」といいます。)、デリバリーサービス"
              "(以下「デリバリーサービス」といいます。)を提供します。\n")
    assert _said(listed, "term-inconsistent") == []
    alone = "第1条（定義）\n本規約は、本サービスの利用に関し、お客様（以下「お客様」といいます。）と当社との間に適用されます。\n"
    assert [e for e, _ in _said(alone, "term-inconsistent")] == ["お客様"]


def test_a_role_glossing_its_letter_over_a_signature_is_no_role_name():
    """【甲（委託者）】 over the signature: the role glosses the letter, as signature blocks label the parties."""
    text = ("委託者（以下「甲」という）と受託者（以下「乙」という）は、次のとおり契約を締結する。\n"
            "第1条（委託）\n甲は、乙に業務を委託する。\n\n【甲（委託者）】\n住所\n\n【乙（受託者）】\n住所\n")
    assert _said(text, "term-inconsistent") == []


# ------------------------------------------------------------------ precision

def test_a_name_in_hiragana_drawn_out_is_no_kanji_one():
    """「やみすきーは」: a name written in hiragana and drawn out with ー. After a particle, 「各号のーに」 is 一."""
    text = "第1条（目的）\nやみすきーは、会員の交流の場です。\n第2条（禁止）\n会員は、次の各号のーに該当する行為をしてはならない。\n"
    assert [e for e, _ in _said(text, "typo")] == ["次の各号のーに該当する"]


def test_a_paragraph_run_onto_the_line_of_the_one_before_is_no_first_paragraph():
    """「…午前10時とします。 前項の規定にかかわらず」: a page runs the article's two paragraphs together, the break left
    as a space after 。; 前項 is the paragraph before."""
    text = ("第1条（チェックアウト）\n宿泊客の退室時間は午前10時とします。 前項の規定にかかわらず、当ホテルは延長に応じます。\n"
            "第2条（料金）\n宿泊料金は別表による。\n")
    assert _said(text, "reference-dangling") == []


def test_a_concession_after_a_question_word_is_no_kana_slip():
    """「いかなる形式であれ」: the copula's imperative conceding whatever いかなる leaves open."""
    text = "第1条（禁止）\n利用者は、いかなる形式であれ本サイトの情報を複製してはなりません。\n"
    assert _said(text, "typo", ("error", "warning", "info")) == []


# ------------------------------------------------------------------ set phrases with the wrong kanji

def test_wrong_kanji_in_set_phrases_of_legal_prose_are_told_and_right_ones_are_not():
    """A rule is 適用 (applied), never 適応; the Companies Act's notice is 電子公告; a valuable's value declared is its 価額;
    類以 is no word. The same kanji where they are meant stay quiet: 環境に適応する, 電子広告を配信する, 種類以上,
    書類以外, and 明告 itself (a word of the commercial code the dictionary lacks)."""
    text = ("第1条（準拠）\n本規約に定めのない事項は、法令又は一般の慣習を適応する。\n"
            "第2条（公告）\n当会社の公告は、電子広告により行う。\n"
            "第3条（貴重品）\n宿泊客は、貴重品の種類及び価格の明告をしなければならない。\n"
            "第4条（禁止）\n利用者は、これらに類以する行為をしてはならない。\n")
    said = {(e, s) for e, s in _said(text, "confusable-word")}
    assert {("適応", "適用"), ("電子広告", "電子公告"), ("価格", "価額"), ("類以", "類似")} <= said, said
    right = ("第1条（広告）\n当社は、利用者の環境に適応する電子広告を配信する。3種類以上の書類以外は提出を要しない。\n"
             "第2条（貴重品）\n宿泊客は、貴重品の種類及び価額の明告をしなければならない。\n")
    assert _said(right, "confusable-word") == []
    assert _said(right, "typo", ("error", "warning", "info")) == []


# ------------------------------------------------------------------ from the third reading (pub283–286)

def test_an_extract_opening_far_into_its_articles_cites_what_lies_past_it():
    """A page of 「全条文」 that opens at 第6条: its citations of 第24条 are past what the page kept, not missing. A text
    that opens at 第1条 and cites past its end is still told."""
    body = ("第{a}条（適用）\n当店は、この約款に定める運送を行います。この約款に定めのない事項は、第24条第2項の定めによります。\n"
            "第{b}条（見積り）\n当店は、見積書を交付します。\n")
    assert _said(body.format(a=6, b=7), "reference-dangling") == []
    assert [e for e, _ in _said(body.format(a=1, b=2), "reference-dangling")] == ["第24条第2項"]


def test_a_definition_written_with_wo_for_to_is_still_a_definition():
    """「車検サービス(以下「本サービス」をいい、…)」: を for と before いう; the writer defined 本サービス all the same."""
    text = ("第1条（定義）\n当社が提供する車検サービス(以下「本サービス」をいい、その名称を「トドック車検」という。)の"
            "利用条件を定めます。\n第2条（利用）\n利用者は、当社のシステム(以下「本システム」という。)により本サービスを"
            "申し込みます。本サービスの料金は別表のとおりとします。\n第3条（変更）\n当社は、本サービスの内容を変更できます。"
            "本サービスの終了は本システムで通知します。\n")
    assert _said(text, "term-undefined") == []


def test_a_title_in_a_page_s_brackets_names_the_document():
    """「<ご利用規約>」 over 「次の規約を定めております」: a 規約, whose 本規約 is its own name; the 本契約 it defines is the
    order made under it."""
    text = ("<ご利用規約>\n写真撮影サービスについて、次の規約を定めております。\n"
            "第1条（契約）\nお客様は当社と撮影の受注契約(以下「本契約」といいます)を締結します。\n"
            "第2条（内容）\n本規約における本サービスの内容は、次のとおりとします。\n")
    assert _said(text, "term-inconsistent") == []


def test_an_ideographic_space_inside_a_word_of_a_prose_item_is_stray():
    """「(9) …不正、違法、虚　偽もしくは…行為」: an item written as prose, without its 。; 「当社　のグループ企業」: a
    space between a noun and の."""
    text = ("第1条（禁止事項）\n利用者は、次の行為をしてはなりません。\n"
            "(1) 情報を不正に取得する行為、不正、違法、虚　偽もしくはそれらに準ずる行為\n"
            "(2) 当社及び当社　のグループ企業の利益を害する行為\n")
    said = [s for _, s in _said(text, "stray-space", ("error", "warning", "info"))]
    assert said == ["虚", "社"], said


def test_a_header_field_naming_the_supplementary_date_opens_no_supplementary_part():
    """「附則: 令和7年6月15日施行」 on a page's first line, over its articles: the header's field of the date the terms take
    effect. Read as the 附則's heading, every article below was the 附則's and the main part had none. A 附則 heading
    after the articles still opens the 附則."""
    text = ("附則: 令和7年6月15日施行\nレンタルバイク利用規約\n第1条（適用）\n当店は、この規約により車両を貸し渡します。\n"
            "第2条（予約）\n借受人は、予約をすることができます。\n附則\nこの規約は、令和7年6月15日から施行します。\n")
    doc = doc_from_text(text, "rental.txt")
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert len(doc.supplementary) == 1 and doc.supplementary[0].span[0] > doc.articles[-1].span[0]


def test_a_space_cutting_a_katakana_word_before_the_run_goes_on_is_stray():
    """「クレジ ットローン」: the space cuts クレジット, a word, though the run after it goes on to ローン; two katakana words
    of a name set apart (「Googleアナリティクス オプトアウト アドオン」) stay quiet."""
    text = ("第1条（支払）\n教習料金は、当社が指定した期日までに支払うものとします。クレジ ットローンをご利用の場合は別に定めます。\n"
            "第2条（解析）\n当社は、アナリティクス オプトアウト アドオンを案内します。\n")
    said = [e for e, _ in _said(text, "stray-space", ("error", "warning", "info"))]
    assert len(said) == 1 and "クレジ ット" in said[0], said


def test_a_contract_named_as_one_somewhere_is_no_slip_of_the_rules_name_anywhere():
    """本契約 written once as a contract (「本契約を解除」) and once plainly (「本契約の内容」) in terms that define 本規約:
    the contract the terms govern at both places, which needs a definition; 本規約 suggested at the plain one would turn
    the contract into the terms (pub285)."""
    text = ("この規約（以下「本規約」といいます。）は、当社のクリーニングサービスに適用されます。\n"
            "第1条（内容）\n本契約の内容は、申込書のとおりとします。\n"
            "第2条（解除）\n当社は、お客様が料金を支払わないときは、本契約を解除できます。\n")
    said = _said(text, "term-inconsistent")
    assert [e for e, _ in said] == ["本契約", "本契約"] and all(s is None for _, s in said), said
