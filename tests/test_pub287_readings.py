"""What the readings of session 34 found on published terms (pub283–pub286 as marked before any run, then the
pub287–pub292 sets: childcare and lessons, care and clinics, leases and share houses, crowdfunding and fan clubs,
recruitment and staffing, pets), read as text and kept outside the repository. Each construct is tested here in
text of the same shape written for the test."""

from conftest import findings_in_text, said_in_text

_said = said_in_text

_HEAD = "第1条（目的）\n本規約は、当社が提供するサービス（以下「本サービス」という。）の利用条件を定めるものとします。\n"


# ------------------------------------------------------------------ a particle dropped

def test_wo_dropped_between_a_noun_headed_by_no_and_its_verb():
    """「所定の手続き行うものとします」: the noun is the verb's object, を fell out."""
    text = _HEAD + "第2条（退会）\n会員は、退会を希望する場合、速やかに所定の手続き行うものとします。\n"
    found = _said(text, "grammar-slip")
    assert found == [("手続き行う", "手続きを行う")]


def test_nouns_that_modify_the_verb_keep_it_without_wo():
    """A noun after の standing as an adverb or a time (「以下の通り定める」, 「協議のうえ定める」, 「翌月末日支払う」,
    「その都度行う」), a verb's stem inside a compound noun (「クレジット会社の立替払い等」) and a verb after a noun
    with no の (「自ら行う」, 「全額支払う」): no を is missing."""
    text = _HEAD + ("第2条（規約）\n当社は、本サービスの利用条件を以下の通り定めます。\n"
                    "2 料金の額は、両者が協議のうえ定める。\n3 会員は、利用料金を利用月の翌月末日支払うものとする。\n"
                    "4 当社は、点検を必要の都度行う。\n5 会員は、クレジット会社の立替払い等により支払うことができる。\n"
                    "6 会員は、前項の手続を自ら行い、料金を全額支払うものとする。\n")
    assert _said(text, "grammar-slip") == []


# ------------------------------------------------------------------ kana misspellings of set phrases

def test_wo_of_yamu_wo_enai_written_o_and_gozaimasu_unvoiced():
    """「やむおえない事情」 (を written お as it is said) and 「必要がこざいます」 (ご unvoiced): errors, each with the fix;
    the correct forms are quiet."""
    text = _HEAD + ("第2条（解約）\n会員は、やむおえない事情がある場合に限り、解約することができます。\n"
                    "2 解約には、当社所定の書面による同意をいただく必要がこざいます。\n")
    found = set(_said(text, "confusable-word"))
    assert found == {("やむおえな", "やむを得な"), ("こざいま", "ございま")}
    right = text.replace("やむおえない", "やむを得ない").replace("こざいます", "ございます")
    assert _said(right, "confusable-word") == []


# ------------------------------------------------------------------ a defined term written with its synonym

def test_the_deliverable_defined_as_nounyuubutsu_and_written_nouhinbutsu_once():
    """A contract defining 納入物 that writes 納品物 once has left the other name of the same deliverable undefined;
    納品書 and 納品する, other words, are quiet."""
    text = ("第1条（納入）\n受託者は、成果物（以下「納入物」という。）を委託者に納入し、納品書を交付するものとする。\n"
            "2 委託者は、納品物を受領した日から10日以内に検査を行うものとする。\n"
            "3 委託者は、納入物に契約不適合があるときは、受託者に通知するものとする。\n"
            "第2条（再納品）\n受託者は、前条第3項の通知を受けたときは、納入物を修補して再度納品するものとする。\n")
    found = _said(text, "term-inconsistent")
    assert found == [("納品物", "納入物")]


# ------------------------------------------------------------------ a text cut off inside a clause

_CITES_LATER = ("第1条（目的）\n本規約は、当院が提供するオンライン診療サービスの利用条件を定めます。第9条及び別表1に定める"
                "事項も本規約の一部を構成します。\n第2条（説明）\n当院は、診療の内容を、利用者及びその家族に対して")


def test_texts_cut_inside_a_clause_are_cut():
    """A page's excerpt stopping where no sentence ends: a verb that goes on (「説明を行い」, 「第三者に提供す」), a
    noun after a case particle or after a clause's comma (「事業者が提示」, 「…通知し、理事会」), a lone kana (「…と
    い」), a label with no text (「…ならない。3」, 「◆第4」), a caption of the next article (「(承認申請の方式)」).
    Citations past the cut (第9条, 別表1) are elsewhere: no dangling reference; the cut is told where it is."""
    for tail in ("説明を行い", "第三者に提供す", "、事業者が提示", "通知し、理事会", "同意したとい",
                 "説明を行う。3", "説明を行う。\n◆第4", "説明を行う。\n(承認申請の方式)"):
        text = _CITES_LATER + tail
        assert _said(text, "reference-dangling") == [], tail
        assert len(_said(text, "sentence-unterminated", ("info",))) == 1, tail


def test_finished_texts_ending_on_a_noun_or_a_date_are_not_cut():
    """A finished text ends on a sentence, an item's noun (「(5) 交通費等の実費」), a list's noun after の (「…の
    差し替え」), a headline ending on a noun (「【2025年3月31日】利用規約を追加」) or a date in brackets: its dangling
    citations are real."""
    for tail in ("説明を行う。", "説明を行う。\n(5) 交通費等の実費", "説明を行う。\n関数のオーバーライドまたは差し替え",
                 "説明を行う。\n【2025年3月31日】利用規約を追加", "説明を行う。\n【制定：令和元年7月1日】"):
        text = _CITES_LATER + tail
        assert [e for e, _ in _said(text, "reference-dangling")] == ["第9条", "別表1"], tail
        assert _said(text, "sentence-unterminated", ("info",)) == [], tail


# ------------------------------------------------------------------ a word wrapped across lines; fields set apart

def test_an_ending_wrapped_across_a_line_break_is_no_slip():
    """「…（以下「保育サービス」といいま⏎す。）」: a hard-wrapped line, the next line finishes the word; the same
    ending cut short inside one line is told."""
    head = ("第1条（定義）\n当法人が運営する施設（以下「本施設」といいます。）、本施設を利用する者（以下「利用者」といいます。）"
            "及び利用者の親権者（以下「保護者」といいます。）について定めます。\n第2条（保育）\n"
            "当法人は、保育サービス（以下「保育サービス」と")
    assert _said(head + "いいま\nす。）を提供します。\n", "typo") == []
    assert _said(head + "いいま。）を提供します。\n", "typo") != []


def test_spaces_after_an_amount_setting_the_next_field_apart_are_layout():
    """「入会金:¥10,000   年会費:¥2,000」: two fields of one line, spaces between; a space inside a sentence of a text
    that writes digits next to words is still told."""
    articles = "".join(f"第{i}条（事項）\n会員は、{i}日以内に通知する。\n" for i in range(2, 12))
    text = "第1条（料金）\n料金は次のとおりとし、毎月25日までに支払う。\n入会金:¥10,000   年会費:¥2,000\n" + articles
    every = ("error", "warning", "info")
    assert _said(text, "stray-space", every) == []
    assert _said(text.replace("毎月25日", "毎月25 日"), "stray-space", every) != []


# ------------------------------------------------------------------ marks and kana typed twice

def test_a_comma_and_a_full_stop_together_and_a_verbs_ru_typed_twice():
    """「また、。ノミ・ダニ」 (two marks together: the second goes) and 「サービスに関するる情報」; 縷々 written るる
    (「るる説明した」) is an adverb."""
    text = _HEAD + "第2条（予防）\n会員は、ワクチンを接種するものとします。また、。ノミ・ダニの予防を行うものとします。\n" \
                   "2 当社は、サービスに関するる情報を提供し、その内容をるる説明した上で契約を締結します。\n"
    assert set(_said(text, "duplication")) == {("のとします。また、。", "、"), ("サービスに関するる情報を", "する")}


# ------------------------------------------------------------------ words an input method chose wrong, told by context

def test_hakaru_shinshin_jishin_and_houtei_in_their_contexts():
    """「振興を計る」 (an aim is 図る), 「自信、火災等の非常災害」 (an earthquake among disasters), 「法廷の予防注射」 (the
    law's, 法定); 「時間を計る」, 「自信を持って」 and 「法廷で証言する」 are the words meant."""
    text = _HEAD + ("第2条（目的）\n本会は、スポーツの振興を計ることを目的とする。\n2 会員は、自信、火災等の非常災害時には"
                    "避難するものとする。\n3 飼い主は、法廷の予防注射を受けさせるものとする。\n"
                    "4 会員は、競技の時間を計ることができる。会員は自信を持って競技に臨む。証人は法廷で証言する。\n")
    assert set(_said(text, "confusable-word")) == {("計", "図"), ("自信", "地震"), ("法廷", "法定")}


# ------------------------------------------------------------------ particles and kana dropped or typed

def test_i_dropped_from_teiru_is_a_slip_in_formal_terms_and_a_note_in_a_casual_text():
    """「予防措置を行ってないペット」 in terms that write ている throughout: a warning with the full form; in a text that
    writes the short form throughout, a note; 「アカウントをお持ちでない場合」 (an honorific noun and the copula) is no い抜き."""
    formal = _HEAD + ("第2条（預かり）\n当社は、予防措置を行ってないペットをお預かりしません。\n"
                      "2 会員は、ペットが健康であることを確認しています。当社は、記録を保管しています。\n"
                      "3 アカウントをお持ちでない場合、当社は、予約を受け付けていません。\n")
    assert _said(formal, "grammar-slip") == [("行ってない", "行っていない")]
    casual = "ルール\nみんなが見てる場所です。ここに書いてないことでも、嫌がってることはしないでね。\n"
    said = findings_in_text(casual, "grammar-slip")
    assert {f.excerpt for f in said} == {"見てる", "書いてない", "嫌がってる"} and {f.severity for f in said} == {"info"}


def test_wo_dropped_after_koto_and_na_and_to_typed_before_mono_to_suru():
    """「該当しないこと確認し」, 「適宜な対応とるものとする」 (を fell out), 「運営を図るとものとする」 (a stray と)."""
    text = _HEAD + ("第2条（確認）\n当法人は、寄附金が前条の基準に該当しないこと確認し、受け入れるものとする。\n"
                    "2 事業者は、異常が生じたときは、適宜な対応とるものとする。\n"
                    "3 会員は、共同生活の円滑な運営を図るとものとする。\n"
                    "4 当法人は、受け入れたことを確認し、必要な措置を講ずるものとする。\n")
    assert set(_said(text, "grammar-slip")) == {("こと確認", "ことを確認"), ("対応とる", "対応をとる"),
                                               ("営を図るとものとする", "ものと")}


# ------------------------------------------------------------------ a party's role in a contract of 甲 and 乙

_CARE = ("介護サービス契約書\n利用者 山田太郎（以下「甲」という。）と、事業者 株式会社ケア（以下「乙」という。）は、次のとおり契約を"
         "締結する。\n第1条（目的）\n乙は、甲に対し、介護サービスを提供し、甲は乙に料金を支払う。\n"
         "第2条（期間）\n本契約の有効期間は、契約締結の日から契約者の要介護認定の有効期間満了日までとする。\n"
         "2 甲は、乙に対し、文書により解約を申し入れることができる。甲又は乙は、誠実に協議する。\n"
         "第3条（料金）\n甲は、乙の定める料金を、乙の指定する口座に振り込む。甲及び乙は、本契約を誠実に履行する。\n")


def test_keiyakusha_in_a_contract_of_kou_and_otsu_names_neither_party():
    """「契約者の要介護認定」 in a contract whose parties are 甲 and 乙: both are the contract's parties, the word names
    neither. Where the contract sets the word beside a letter (「契約者は以下「甲」…と記載」, 「契約者（以下「丙」という）」)
    it is defined."""
    assert _said(_CARE, "term-undefined") == [("契約者", None)]
    glossed = _CARE.replace("は、次のとおり", "は、次のとおり（ご契約者は以下「甲」と記載いたします。）")
    assert _said(glossed, "term-undefined") == []
    third = _CARE.replace("から契約者の", "から甲の保護者である契約者（以下「丙」という。）の")
    assert _said(third, "term-undefined") == []


# ------------------------------------------------------------------ how the document introduces its defined names

_DEFINED = ("第1条（定義）\n当社（以下「当社」という。）、利用者（以下「利用者」という。）、本サービス（以下「本サービス」という。）、"
            "会員（以下「会員」という。）、規約（以下「本規約」という。）、個人情報（以下「個人情報」という。）について定める。\n")


def test_a_definition_written_unlike_the_documents_others_is_a_deviation():
    """Six definitions 「（以下「X」という。）」: 「（以下、「本サイト」という。）」 (a comma) and 「（以下派遣先という）」
    (unquoted, and closed without 。) depart from them; a document writing 以下、「X」 throughout is told the comma-less one."""
    text = _DEFINED + "第2条（範囲）\nサイト（以下、「本サイト」という。）及び派遣先（以下派遣先という）に適用する。\n"
    found = [(f.excerpt, f.suggestion) for f in findings_in_text(text, "convention-deviation")]
    # (and the second closes without the 。 the six write: 「という）」)
    assert found == [("（以下、「本サイト」という", "以下"), ("（以下派遣先という", "「派遣先」"), ("（以下派遣先という）", "う。）")]
    assert findings_in_text(_DEFINED, "convention-deviation") == []
    commas = _DEFINED.replace("以下「", "以下、「") + "第2条（範囲）\nサイト（以下「本サイト」という。）に適用する。\n"
    assert [(f.excerpt, f.suggestion) for f in findings_in_text(commas, "convention-deviation")] == \
        [("（以下「本サイト」という", "以下、")]


# ------------------------------------------------------------------ structure

def test_an_article_titled_by_two_quoted_words_heads_its_article():
    """「第1条「名称」及び「所在地」」: the title of two quoted words joined heads 第1条 (it was read as the preamble's,
    and 第2条 had a gap before it); a citation 「第1条「名称」の規定により」 goes on as a sentence."""
    from conftest import doc_from_text
    text = ("会員規約\n第1条「名称」及び「所在地」\n本園は犬の学園と称し、事務所を東京都に置く。\n"
            "第2条 「目的」\n本園は、犬のしつけを目的とする。\n第3条「会員」\n会員は、第1条「名称」の規定により本園を利用する。\n")
    doc = doc_from_text(text, "rules.txt")
    assert [(a.label, a.title) for a in doc.all_articles()] == [
        ("第1条", "名称及び所在地"), ("第2条", "目的"), ("第3条", "会員")]
    assert _said(text, "numbering-gap") == []


# ------------------------------------------------------------------ round two (pub293–298): the document's own name

def test_kitei_for_the_kitei_rules_the_document_calls_itself():
    """A 「…奨学金規程」 that writes 「この規定の第1条(1)の奨学生」 and 「この規定は、令和6年4月1日から施行する」: 規定 (a
    provision) for 規程, the name it gives itself. A document titled 規定 throughout, and 「この規定」 after a provision
    just cited (「前項の規定」 read as この規定 in 「この規定にかかわらず」), are quiet."""
    text = ("奨学金給付規程\n第1条（目的）\nこの規程は、奨学金の給付について定める。\n第2条（資格）\n奨学生は、次の者とする。\n"
            "(1) 学部生\n第3条（給付）\nこの規定の第1条(1)の奨学生に給付する。\n附則\nこの規定は、令和6年4月1日から施行する。\n")
    assert set(_said(text, "term-inconsistent")) == {("この規定", "この規程")}
    own = text.replace("奨学金給付規程", "奨学金給付規定").replace("この規程は", "この規定は")
    assert _said(own, "term-inconsistent") == []


def test_a_short_name_defined_with_a_full_stop_in_its_brackets_and_the_long_name_before_it():
    """「株式会社仕庵 (以下「当社」。)」 defines 当社; 「本利用規約には…」 above 「本利用規約（以下、「本規約」といいます。）」
    is the long name before it is shortened."""
    text = ("利用規約\n本利用規約には、株式会社仕庵 (以下「当社」。)が提供するサービスの利用条件を定めます。\n"
            "第1条（適用）\n本利用規約（以下、「本規約」といいます。）は、当社と利用者に適用されます。当社は本規約を変更できます。\n"
            "第2条（変更）\n当社は、本規約を変更したときは、利用者に通知します。\n")
    assert _said(text, "term-undefined") == []
    assert _said(text, "term-inconsistent") == []


def test_a_designation_stops_before_narabini_and_a_party_named_before_its_designation_is_a_name():
    """「本特約並びに利用規約」: 本特約, then the conjunction (MeCab reads 並び as a noun); 「倉敷光作所（以下「管理者」と
    いう）」: the party's name as it chose it, no misspelt 住所."""
    text = ("第1条（適用）\n本規約は、倉敷光作所（以下「管理者」という）が運営する施設の利用に適用する。\n"
            "第2条（特約）\n本特約（以下「本特約」という。）並びに本規約は、管理者と利用者に適用する。本特約並びに本規約に"
            "定めのない事項は、管理者が定める。\n")
    assert _said(text, "term-undefined") == []
    assert _said(text, "typo") == []


def test_the_user_defined_as_one_who_registered_is_no_word_for_every_customer():
    """「ユーザー」 defined as 「…ユーザー登録した者」: お客様 may be anyone, registered or not; a note with no word put in
    its place (a user defined as anyone who uses the service is still suggested)."""
    body = ("第2条（定義）\n「ユーザー」とは、第3条の定めに従い本件サービスにユーザー登録した者をいいます。\n"
            + "".join(f"第{i}条（事項）\nユーザーは、本件サービスを利用できます。\n" for i in range(3, 10)))
    text = "第1条（目的）\nお客様が本件サービスを利用するには、本規約に同意する必要があります。\n" + body
    assert [(f.excerpt, f.severity, f.suggestion) for f in findings_in_text(text, "term-inconsistent")] == \
        [("お客様", "info", None)]
    anyone = text.replace("第3条の定めに従い本件サービスにユーザー登録した者", "本件サービスを利用する全ての者")
    assert _said(anyone, "term-inconsistent") == [("お客様", "ユーザー")]


def test_a_role_a_clause_describes_is_no_party_left_undefined():
    """「…甲との間で本契約が成立した契約者」 in the meaning of another term: whoever fits, not one of the parties."""
    text = _CARE.replace("契約締結の日から契約者の要介護認定の有効期間満了日までとする。",
                         "契約締結の日から要介護認定の有効期間満了日までとする。乙は、乙との間で本契約が成立した契約者に"
                         "通知する。")
    assert _said(text, "term-undefined") == []


# ------------------------------------------------------------------ round two: what lies past a cut

def test_citations_into_a_cut_article_or_before_an_excerpts_first_are_not_dangling():
    """A text that stops inside 第3条 citing its 第3号 (past the cut); a page excerpt opening at 第8条 whose 前条 is 第7条;
    別表 of a text cut on a glossary entry with no meaning; a 別紙 of a whole text is a note (often a form apart)."""
    cut = ("第1条（目的）\n本規約は共済事業について定める。\n第2条（定義）\n(1) 「高度障害」とは、別表第1に定めるものをいう。\n"
           "(2) 「共済証書」\n")
    assert _said(cut, "reference-dangling") == []
    items = ("第1条（目的）\n本規約は共済事業について定める。\n第2条（共済金）\n共済金は、次条第1項第3号の場合に支払う。\n"
             "第3条（支払事由）\n共済金は、次の場合に支払う。\n(1) 死亡したとき\n(2) 高度障害状態になったとき、又は第3号の")
    assert _said(items, "reference-dangling") == []
    opened = "第8条（ポイント）\n前条第1項の規定にかかわらず、当社はポイントを付与する。\n第9条（失効）\nポイントは1年で失効する。\n"
    assert _said(opened, "reference-dangling") == []
    form = "第1条（申込）\n申込者は、別紙1の申込書を提出する。\n第2条（契約）\n当社は、申込みを承諾する。\n"
    assert [(f.excerpt, f.severity) for f in findings_in_text(form, "reference-dangling")] == [("別紙1", "info")]


def test_more_ways_a_text_is_cut():
    """An excerpt stops on a small kana (「…本アプリをキャ」), a conjunction (「…本施設及び」), a verb after an adverb
    (「…固く禁じ」), or a clause with no 。 where the text's other sentences all have one (「…当社が自動で取得する」)."""
    head = ("第1条（目的）\n本規約は、当社が提供するアプリの利用について定めます。当社は、第9条に定める場合に利用を停止します。\n"
            "第2条（利用）\nユーザーは、本規約に従い、本アプリを利用するものとします。\n"
            "2 当社は、ユーザーに対し、本アプリの使用権を許諾します。\n第3条（情報）\n")
    for tail in ("ユーザーは、本アプリをキャ", "ユーザーは、本施設及び", "ユーザーは、使用権を譲渡することを固く禁じ",
                 "「取得情報」とは、ユーザーが本アプリを利用した場合に当社が自動で取得する"):
        assert _said(head + tail, "reference-dangling") == [], tail
    assert [e for e, _ in _said(head + "当社は、ユーザーの情報を取得する。", "reference-dangling")] == ["第9条"]


# ------------------------------------------------------------------ round three (pub299–304): readings misled

def test_san_of_sanka_after_an_article_is_no_branch_number():
    """「第1条の参加条件」: 第1条, then 参加 (参 is a numeral only as a branch number of its own: 第3条の参)."""
    text = "第1条（目的）\n本規約は、イベントについて定める。\n第2条（申込）\n申込者は、第1条の参加条件及び第1条の参照先に従う。\n"
    assert _said(text, "reference-dangling") == []


def test_names_and_suffixes_read_as_written():
    """「最終日分の取引」 (最終日 and the suffix 分), 「…OB会 会則」 (a name, then what it is, set apart in the source),
    「この会は…OB会と称し」 (the sentence naming the body) and 「コンサート、展覧会、イベント等（以下「イベント等」）」 (the
    list's name) say nothing; 「ご契約者（以下『乙』という）」 defines the role."""
    text = ("漕艇部OB会 会則\n第1条（名称）\nこの会は漕艇部OB会と称し、事務局を事務局長宅に置く。\n"
            "第2条（事業）\n本会は、コンサート、展覧会、イベント等（以下「イベント等」といいます）を行う。本会の会則は総会で定める。"
            "本会は会員の親睦を図る。本会は会報を発行する。本会は名簿を作る。\n"
            "第3条（会費）\n会費は、月末最終日分の取引として精算する。会則の改正は総会による。\n")
    for rule in ("typo", "term-inconsistent"):
        assert _said(text, rule) == [], rule
    care = _CARE.replace("利用者 山田太郎（以下「甲」という。）", "ご契約者 山田太郎（以下『甲』という。）")
    assert _said(care, "term-undefined") == []


def test_a_cut_text_asks_for_no_survival_clause():
    """A text that stops in mid-sentence may hold its survival clause past the cut; the same text finished asks for it."""
    text = ("第1条（秘密保持）\n乙は、本契約の終了後も、甲の秘密情報を第三者に開示してはならない。\n"
            "第2条（返還）\n乙は、本契約が終了したときは、甲から受領した資料を返還する。\n第3条（解除）\n甲は、乙が")
    assert _said(text, "survival-missing") == []
    assert len(_said(text[:text.index("第3条")], "survival-missing")) == 1


def test_set_phrases_of_employment_rules_and_a_forms_blank_for_an_article_number():
    """「天変事変」 (天災事変), 「自己保険義務」 (自己保健義務), 「始業就業の時刻」 (終業) are slips of labour law's set
    phrases; 「就業規則第　条に基づいて」 leaves a blank for the number (a form), while 「第条」 typed so is a slip."""
    text = ("第1条（目的）\nこの規程は、就業規則第　条に基づいて定める。\n第2条（休業）\n天変事変等の事由のために事業の継続が"
            "不可能となったときは、休業とする。\n第3条（健康）\n従業員は、自己保険義務を果たすものとする。\n"
            "第4条（時間）\n始業就業の時刻は、別に定める。\n")
    assert set(_said(text, "confusable-word")) == {("天変事変", "天災事変"), ("自己保険義務", "自己保健義務"),
                                                   ("就業", "終業")}
    assert _said(text, "typo") == []
    assert len(_said(text.replace("第　条", "第条"), "typo")) == 1


# ------------------------------------------------------------------ round four (pub305–310): structure and precision

def test_headings_whose_text_opens_with_kana_or_a_designation_or_a_quoted_word():
    """「第1条 もりもりマンション…」 (a particle's kana opening a name after the heading's space), 「第2条本規約および…」
    (a law-style heading glued to its sentence; only 本文, 本項 go on as a citation), 「第3条「利用者」の定義」: each heads
    its article; 「第5条 の規定により」 and 「第3条「名称」の規定により」 go on as citations."""
    from conftest import doc_from_text
    text = ("規則\n第1条 もりもりマンション団地内の駐車場について定める。\n第2条本規約および関連する細則は、理事長が制定する。\n"
            "第3条「利用者」の定義\n利用者とは、駐車場を使う者をいう。\n第4条 のぞみ保育園は、送迎車を置く。\n")
    doc = doc_from_text(text, "rules.txt")
    assert [(a.label, a.title) for a in doc.all_articles()] == [
        ("第1条", None), ("第2条", None), ("第3条", "利用者の定義"), ("第4条", None)]
    from pipeline import grammar
    assert grammar.match_article_heading("第5条 の規定により、") is None
    assert grammar.match_article_heading("第3条「名称」の規定により") is None


def test_a_footnote_mark_an_annex_of_the_bylaws_cited_and_a_law_title_are_no_findings():
    """「※1)外部の者とは」 (a note's mark with one bracket), 「規約13条第1項,別表4に表示する区分」 (the bylaws' table, listed
    with the bylaws' article), 「医薬品、医療機器等の品質…に関する法律」 beside the document's 医療機関等 ×6."""
    text = ("第1条（使用）\n駐車場は規約13条第1項,別表4に表示する区分による。\n※1)外部の者とは、居住者以外の者をいう。\n"
            "第2条（法令）\n当社は、医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律を遵守する。\n"
            + "".join(f"第{i}条（連携）\n当社は、医療機関等と連携する。\n" for i in range(3, 9)))
    for rule in ("bracket-unbalanced", "reference-dangling", "term-inconsistent"):
        assert _said(text, rule) == [], rule


def test_a_list_running_to_a_cut_and_an_item_ending_without_a_full_stop():
    """「次の3つの方法から…」 over a) b) where the text stops inside b): the third is past the cut. A list of conditions
    whose last item ends 「…判断した場合」 with no 。 is a finished text."""
    cut = ("第1条（支払）\n会員は、次の3つの方法から支払方法を選択するものとします。\na) クレジットカード\n"
           "b) 代金引換。ただし、代金引換の場合は、当社の")
    assert _said(cut, "item-list") == []
    items = ("第1条（目的）\n本規約は、当社のサービスについて定めます。当社は、第9条に定める場合に登録を取り消します。\n"
             "第2条（登録）\n当社は、次の場合には、利用登録を承認しないことがあります。\n•虚偽の事項を届け出た場合\n"
             "•その他，当社が利用登録を相当でないと判断した場合\n")
    assert [e for e, _ in _said(items, "reference-dangling")] == ["第9条"]


def test_te_iru_is_no_slip_of_te_iimasu():
    """「定められています」 once beside 「総称していいます」 ×4: the te-form and いる, written as Japanese writes it."""
    text = ("第1条（定義）\n" + "".join(f"「会員{i}」とは、会員である者を総称していいます。\n" for i in range(4))
            + "第2条（関係）\n本規約には、当社と会員の権利義務関係が定められています。\n")
    assert _said(text, "typo") == []


def test_a_heading_the_structure_missed_is_no_gap():
    """「第 6 条自由とする。」 opens its line but no heading reads it (its text glued to it, no subject): 第6条 is there, no
    number was left out; a number truly skipped is still a gap."""
    text = "".join(f"第 {i} 条本会は、事業{i}を行う。\n" for i in range(1, 6)) + "第 6 条自由とする。\n" + \
        "".join(f"第 {i} 条本会は、事業{i}を行う。\n" for i in range(7, 10))
    assert _said(text, "numbering-gap") == []
    skipped = text.replace("第 6 条自由とする。\n", "")
    assert len(_said(skipped, "numbering-gap")) == 1


# ------------------------------------------------------------------ round five (pub311–316)

def test_a_chinese_translation_printed_beside_the_terms_is_not_checked_as_japanese():
    """A paragraph in Chinese under the Japanese one (「使用ブルーゲート(以下称为“本公司”)提供的…」): no simplified
    character, undefined 本公司 or Chinese comma is a slip of Japanese; a simplified character inside a Japanese
    sentence (「用语の定義」) still is."""
    text = ("第1条（適用）\n本規約は、株式会社ブルーゲート（以下「当社」という。）が提供するサービス（以下「本サービス」という。）"
            "の利用条件を定めます。\n使用ブルーゲート(以下称为“本公司”)提供的LOOKON LINE(以下称为“本服务”)时,使用本服务的用户需"
            "同意以下服务条款。\n第2条（定義）\n本規約の用语の定義は、次のとおりとします。\n")
    found = [(f.rule, f.excerpt) for f in findings_in_text(text, None) if f.severity in ("error", "warning")]
    assert [e for r, e in found if r == "typo"] and all("用语" in e for r, e in found if r == "typo"), found
    assert not [r for r, e in found if r in ("term-undefined", "convention-deviation")], found


def test_the_last_sentence_without_its_full_stop_is_a_note():
    """Six paragraphs closed with 。 and the last one open: where a copy stops or a slip, a note (the same sentence
    inside the text is a warning)."""
    paras = ["会員は、会費を納めるものとする。", "会員は、総会に出席することができる。", "会長は、本会を代表する。",
             "副会長は、会長を補佐する。", "会計は、本会の経理を行う。", "監事は、会計を監査する。",
             "本会の事務所は、会長の自宅に置くものとする"]
    text = "".join(f"第{n}条（第{n}）\n{p}\n" for n, p in enumerate(paras, 1))
    assert [f.severity for f in findings_in_text(text, "sentence-unterminated")] == ["info"]
    inside = "".join(f"第{n}条（第{n}）\n{p}\n" for n, p in enumerate(paras[-1:] + paras[:-1], 1))
    assert [f.severity for f in findings_in_text(inside, "sentence-unterminated")] == ["warning"]


# ------------------------------------------------------------------ round six (pub317–322)

def test_iru_of_people_a_name_kanji_beyond_the_bmp_and_a_name_suffix_are_no_typos():
    """「恋人がいる方」 (いる of people, not がある), 「𠮷末育宏」 (𠮷 of names, in JIS X 0213), 「事業所名」「発電所名」 (the
    suffix 名: no 署名 read across the compound)."""
    text = ("第1条（対象）\n本サービスは、独身の方を対象とし、恋人がいる方の利用はお断りします。\n"
            "第2条（記載）\n申込書には、事業所名及び発電所名を記載する。担当者は𠮷末育宏とする。\n")
    assert _said(text, "typo") == []
