"""What the readings of session 35 found on published terms (pub323–pub328: co-working spaces, school and library
regulations, developer and API terms, car and bike sharing, outsourcing contracts, museums and cultural facilities),
read as text and kept outside the repository. Each construct is tested here in text of the same shape written for the
test."""

from conftest import findings_in_text, said_in_text

_said = said_in_text

_HEAD = "第1条（目的）\n本規約は、当社が提供するサービス（以下「本サービス」という。）の利用条件を定めるものとします。\n"


def _rules(text: str, severities=("error", "warning")) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in findings_in_text(text) if f.severity in severities]


# ------------------------------------------------------------------ honorifics

def test_the_humble_form_on_the_customers_own_act():
    """「ご利用できません」「ご利用する場合」「ご利用して頂きます」 lower the customer; each is told with the respectful form."""
    text = _HEAD + ("第2条（利用）\n未成年者は、本サービスをご利用できません。\n"
                    "2 会員が本サービスをご利用する場合は、本規約に従うものとします。\n"
                    "3 会員には、本規約に従ってご利用して頂きます。\n")
    found = {fix for _, fix in _said(text, "grammar-slip")}
    assert found == {"ご利用いただけません", "ご利用になる", "ご利用頂"}


def test_the_humble_form_of_what_the_business_does_is_quiet():
    """ご案内する, ご連絡できます: the business acting for the customer, the humble form rightly; the respectful forms too."""
    text = _HEAD + ("第2条（連絡）\n当社は、会員に対し、電子メールでご連絡できます。\n"
                    "2 当社は、必要に応じて利用方法をご案内します。\n"
                    "3 会員は、本サービスをご利用いただけます。未成年者はご利用になれません。\n")
    assert _said(text, "grammar-slip") == []


def test_the_respectful_ni_naru_without_its_go():
    """「本サービスを利用になる場合」: を, a verbal noun, then になる is ご利用になる with its ご lost."""
    text = _HEAD + "第2条（利用）\n会員が本サービスを利用になる場合は、本規約が適用されます。\n"
    assert _said(text, "grammar-slip") == [("を利用にな", "をご利用にな")]


# ------------------------------------------------------------------ items and paragraphs written mid-line

_FLAT = ("第1条（開館日）\n図書館は、次の各号に掲げる日を除き開館する。(1)日曜日 (2)年末年始\n"
         "第2条（利用者）\n図書館を利用できる者は、次の各号に掲げる者とする。(1)本学職員(2)本学学生\n(3)一般の利用者\n"
         "第3条（利用証）\n前条第1号及び第2号に掲げる者に対しては、利用証を交付する。\n")


def test_items_run_into_the_line_before_are_no_gap_and_can_be_cited():
    """A flattened page's items (1) and (2) stand mid-line before (3): no gap, and 前条第1号 finds its item."""
    found = _rules(_FLAT)
    assert not [r for r in found if r[0] in ("numbering-gap", "reference-dangling")]


def test_an_item_missing_from_the_line_too_is_still_a_gap():
    text = _FLAT.replace("(1)本学職員(2)本学学生", "(1)本学職員")
    assert [r for r, _ in _rules(text) if r == "numbering-gap"] == ["numbering-gap"]


def test_sub_items_under_an_item_given_way_mid_line_are_no_duplicate():
    """「ア …留学生 (3) 本学の大学院学生に含む者⏎ア 大学院の…」: the second ア is (3)'s, not a duplicate of (2)'s."""
    text = ("第1条（利用者の範囲）\n利用者の範囲は、次のとおりとする。\n(1) 本学の職員\n(2) 本学の学部学生に含む者\n"
            "ア 学部の科目等履修生 (3) 本学の大学院学生に含む者\nア 大学院の科目等履修生 (4) 本学の卒業生\nア 修了生\n"
            "(5) 館長の特に許可した者\n")
    assert not [r for r in _rules(text) if r[0].startswith("numbering")]


def test_a_paragraph_run_into_the_sentence_before_is_no_gap():
    text = ("第1条（論文の提出）\n修士課程に在学する者は、修士論文を提出することができる。 2 博士課程に在学する者は、博士論文を"
            "提出することができる。\n3 論文は、指導教員を経て提出しなければならない。\n")
    assert [r for r in _rules(text) if r[0] == "numbering-gap"] == []


# ------------------------------------------------------------------ structure

def test_a_citation_wrapped_after_its_article_number_heads_no_article():
    """「…利用規程(以下「利用規程」という。)⏎第2条 第3号に基づき、…」 goes on with the citation: one 第2条 only."""
    text = ("(趣旨)\n第1条 この要領は、図書館利用規程(以下「利用規程」という。)\n"
            "第2条 第3号に基づき、図書館を一般市民の利用に供するため必要な事項を定める。\n"
            "(定義)\n第2条 この要領にいう一般市民とは、図書館を利用する者をいう。\n"
            "(利用)\n第3条 利用者は、図書を閲覧することができる。\n")
    assert [r for r in _rules(text) if r[0] in ("numbering-duplicate", "reference-dangling")] == []


def test_a_year_of_study_opens_no_paragraph():
    """「2年次、3年次及び4年次の在学生…」 under item (6): a count, not paragraph 2 (whose items would start over)."""
    text = ("第1条（種類）\n奨学生の種類は、次のとおりとする。\n(1)入試奨学生\n(2)学術奨学生\n"
            "2年次、3年次及び4年次の在学生であって、成績が特に優秀なもの\n(3)自己啓発奨学生\n")
    assert [r for r in _rules(text) if r[0].startswith("numbering")] == []


def test_a_contents_line_with_no_entries_before_the_first_chapter():
    """「目 次⏎第1章 総則⏎(趣旨)⏎第1条 …」: the page dropped the entries; 第1章 heads the body."""
    text = ("学位規則\n目 次\n第1章 総則\n(趣旨)\n第1条 この規則は、学位に関し必要な事項を定める。\n"
            "第2章 学位授与の要件\n(学位)\n第2条 本学が授与する学位は、博士とする。\n")
    assert [r for r in _rules(text) if r[0] == "numbering-gap"] == []


# ------------------------------------------------------------------ defined terms

def test_a_name_defined_in_the_next_article_at_every_place():
    """「本契約(次条にて定義します)の契約期間は、本契約締結日から…」 in a copy that stops before that article."""
    text = ("本サービス利用規約(以下、「本規約」といいます)は、当社が運営する施設において提供するサービス(以下、「本サービス」"
            "といいます)に適用されるものとします。\n第1条(定義)\n1.「ご利用者様」とは、本サービスを利用する全ての法人または"
            "個人をいいます。\n第3条(契約期間)\n本契約(次条にて定義します)の契約期間は、本契約締結日から当月末日までとします。"
            "なお、当月末日までにご利用者様が解約手続きを完了しない場合は、本契約は更新されます。\n")
    assert _said(text, "term-inconsistent") == []


def test_the_contract_the_title_names_beside_anothers_rules():
    """A 「共同使用契約基本条項」 defining 「株式会社Xの定める利用規約（以下「本規約」）」: its 本契約 is itself."""
    text = ("共同使用契約基本条項\n第1条（目的）\nオーナーとドライバーは、株式会社Xの定める利用規約(以下「本規約」といいます。)"
            "および本契約の規定に基づいて、対象自動車を共同で使用することに合意します。\n"
            "第2条（用語）\n本契約における用語は、本規約の定義にしたがうものとします。\n"
            "第3条（解除）\n当事者は、相手方が本契約に違反したときは、本契約を解除することができます。\n")
    assert _said(text, "term-inconsistent") == []


def test_an_unquoted_glossary_entry_whose_meaning_holds_a_definition():
    """「1.本会員とは、…利用規約(以下、「本規約」という。)を承認の上、…者をいう。」 defines 本会員; 本会員資格 is its compound."""
    text = ("第1条 会員資格\n1.本会員とは、X利用規約(以下、「本規約」という。)を承認の上、ウェブサイト(以下、「本サービス」"
            "という。)の利用のために入会を申し込み、当事務局が入会を認めた者をいう。\n"
            "2.本会員は、本規約に基づき本サービスを利用するものとする。\n"
            "3.本会員は本会員資格を第三者に利用させることはできないものとする。\n")
    assert _said(text, "term-undefined") == []


def test_a_name_in_brackets_after_what_it_names_is_defined_and_a_gloss_is_not():
    """「チャットワークサービス(本サービス)」 defines 本サービス, used again; 「2026年度（本会則施行年度）」 defines nothing."""
    text = ("第1条（定義）\n1.「主たる規約」とは、チャットワークサービス(本サービス)全般に関する規約をいいます。\n"
            "2.「本APIサービス」とは、本サービスのAPIサービスをいいます。\n"
            "3.お客様は、本サービス上の情報を本APIサービスで取得できます。\n")
    assert _said(text, "term-inconsistent") == []
    glossed = ("第1条（名称）\n本会は「研究会」（以下「本会」という。）と称する。\n"
               "第2条（特例）\n2026年度（本会則施行年度）に限り、会費を免除する。本制度による免除は申請を要しない。\n")
    assert _said(glossed, "term-undefined") == []


def test_the_plain_word_in_a_terms_own_meaning_and_another_things_users():
    """「「本件サービス」とは、…を利用できるサービスをいう。」 and 「本件アプリ内のユーザーの行動履歴」 beside the defined 利用者."""
    text = ("第1条（定義）\n(1)「本件サービス」とは、ヤフーが提供するトラッキングツールを利用できるサービスをいう。\n"
            "(2)「利用者」とは、本件サービスを申し込んだ者をいう。\n"
            "(3)「本件取得情報」とは、本件アプリ内のユーザーの行動履歴をいう。\n"
            "第2条（提供）\n利用者は、本件サービスを利用できる。本件サービスの内容は別に定める。\n")
    assert _said(text, "term-inconsistent") == []


def test_a_word_cut_at_the_end_of_an_excerpt_is_not_undefined():
    """「5.「本業務用」 where the copy stops: the word goes on past the cut."""
    text = ("第1条（定義）\n1.「本システム」とは、当社が提供するシステムをいいます。\n"
            "2.「本業務用アプリ」とは、本システム用のアプリケーションをいいます。\n3.「本商品」とは、本システムのハードウェアを"
            "いいます。\n4.「本業務用")
    assert _said(text, "term-undefined") == []


# ------------------------------------------------------------------ typos and repeats

def test_soon_after_a_point_in_time_and_two_words_of_the_dictionary():
    """「起業後間もない」 (後 a suffix, 間もない the idiom) and 「専修大学奨学生規程」 (大学|奨学生) are no slips."""
    text = _HEAD + ("第2条（対象）\n本サービスは、起業後間もない事業者を対象とします。\n"
                    "第3条（規程）\n奨学金は、専修大学奨学生規程に定める学生に給付する。学生は、学生証を提示する。"
                    "学生の成績は、学生ごとに通知する。\n")
    assert _said(text, "typo") == []


def test_two_compounds_of_the_document_meeting_are_no_repeat():
    """「附属図書館図書館資料」: 附属図書館 and 図書館資料, each written elsewhere; a word typed twice is still told."""
    text = ("附属図書館図書館資料弁償取扱要領\n第1条（趣旨）\nこの要領は、附属図書館が所蔵する図書館資料の弁償に関し必要な"
            "事項を定める。\n第2条（弁償）\n利用者は、図書館資料を亡失したときは、弁償しなければならない。\n")
    assert _said(text, "duplication") == []
    slip = text.replace("所蔵する図書館資料", "所蔵する図書館図書館資料").replace("附属図書館図書館資料弁償", "図書館資料弁償")
    assert [e for e, _ in _said(slip, "duplication")] != []
    # 「保証対象対象部分」 where the text writes 保証対象部分: one compound, a word typed twice
    twice = ("第1条（修補）\n当社は、別表1の保証対象部分について修補を行う。\n2 修補は、別表1の保証対象対象部分毎に行う。\n"
             "3 保証対象の範囲は別に定める。対象部分の一覧は別表2による。\n")
    assert [e for e, _ in _said(twice, "duplication")] == ["対象対象"]
    # a phrase with its particle is no word of a compound, whatever the text writes around it
    phrase = ("第1条（書類）\n会員は、その他当社が必要と認める書類を提出する。\n"
              "2 会員は、決算関係書類その他当社が当社が必要と認める書類を提出する。\n")
    assert [e for e, _ in _said(phrase, "duplication")] == ["当社が当社が"]


# ------------------------------------------------------------------ a text that stops

def test_a_text_stopping_without_its_kuten_leaves_later_articles_unasked():
    """Every sentence ends in 。 but the last: a page's copy that stops there cites 第6条 past its end."""
    text = ("第1条（目的）\n本契約は、委託者が受託者に委託する業務の内容を定めるものとし、その詳細は第2条および第6条に定める"
            "ものとします。\n第2条（業務）\n受託者は、委託者の指示に従い、業務を行うものとします。\n"
            "第3条（期間）\n本契約の有効期間は、1年とします。\n"
            "ただし、期間満了の3か月前までに別段の意思表示がないときは、さらに1年間継続するものとし、その後も同様とします")
    assert [r for r in _rules(text) if r[0] == "reference-dangling"] == []


def test_a_letter_spaced_label_after_its_number():
    """「7 そ の 他」 and 「…まで 業 務 委 託 料」: a form's labels spaced to fill their cells."""
    text = ("業務委託契約書\n1 業務の名称 庁舎清掃業務 2 履行期間 令和6年4月1日まで 業 務 委 託 料 金100円 7 そ の 他 "
            "別紙のとおり\n第1条（総則）\n委託者と受託者は、この契約書に基づき、業務委託契約を締結する。\n")
    assert [e for e, _ in _said(text, "stray-space")] == []


# ------------------------------------------------------------------ misses of the readings, each a fact of Japanese

def test_a_range_of_hours_in_one_half_of_the_day_that_ends_before_it_starts():
    """「平日 午後9時から午後8時まで」: the same 午後 on both ends, the end before the start; a night across midnight
    (午後10時から午前2時) and a plain day (午前9時から午後8時) are quiet."""
    text = "第1条（開館時間）\n開館時間は、平日 午後9時から午後8時まで、土曜日 午前9時から午後5時までとする。\n" \
           "2 夜間窓口は、午後10時から午前2時まで開く。\n"
    assert _said(text, "date-invalid") == [("午後9時から午後8時", None)]


def test_kana_and_kanji_slips_of_set_words():
    """必す (ず unvoiced), 更正相談所 (the statutory 更生相談所), 「責任を負うものし、」 (と of ものとし dropped)."""
    text = ("第1条（利用）\n美術品等は必す全図で使用すること。\n2 知的障害者更正相談所の職員は、無料で利用できる。\n"
            "3 当館は、一切の責任を負うものし、利用者はこれを承諾する。\n")
    assert set(_said(text, "confusable-word")) == {("必す", "必ず"), ("更正相談所", "更生相談所")}
    assert [fix for _, fix in _said(text, "typo")] == ["ものとし"]
    right = text.replace("必す", "必ず").replace("更正相談所", "更生相談所").replace("ものし", "ものとし")
    assert _said(right, "confusable-word") == [] and _said(right, "typo") == []


# ------------------------------------------------------------------ round 8 (pub329–pub334), read at 85d885d

def test_a_heading_whose_first_sentence_cites_another_article():
    """「第7条(検閲)第5条・第6条に規定された権利によって…」 heads 第7条: an article's number does not go on from a title as
    a paragraph's does; 「第7条・第8条に規定された検閲行為」 cites the pair, 第7条 among them."""
    text = ("第5条(投稿)\n利用者は、質問を投稿することができる。\n第6条(回答)\n利用者は、回答を投稿することができる。\n"
            "第7条(検閲)第5条・第6条に規定された権利によって投稿された記事に対し、管理者は検閲をする権利を有する。\n"
            "第8条(条件)第7条に定められる検閲に関する条件は管理者によって定められる。\n"
            "第9条(公開)第7条・第8条に規定された検閲行為によって不適切と判断された記事は、公開しない。\n")
    assert _rules(text) == []


def test_a_prefix_before_a_word_the_text_writes_with_another():
    """「表表紙テキストなし、裏表紙テキストなし」: 表 + 表紙 as 裏 + 表紙; 賃賃借 among 賃貸借 is still a slip."""
    text = "第1条（許諾）\n本文書は、変更不可部分なし、表表紙テキストなし、裏表紙テキストなしで利用を許諾する。表紙は別に定める。\n"
    assert _said(text, "typo") == []


def test_partners_defined_beside_the_speaker_are_not_the_speaker():
    """「当社と提携する…サービスの提供者（総称して「サービス提供者」という）」: 当社 is someone else than the partners."""
    text = ("第1条（目的）\n本規約は、当社が提供する「掲載サービス」の利用について定める。\n"
            "第2条（定義）\n「掲載サービス」とは、当社と提携する宿泊施設その他のサービスの提供者(総称して「サービス提供者」という)"
            "の提供するサービスについて、投稿者の体験を当社が指定する場所に掲載するサービスである。\n"
            "第3条（責任）\nサービス提供者は、投稿に返信できる。サービス提供者の返信は当社が確認する。サービス提供者は、"
            "サービス提供者の責任で返信する。サービス提供者の情報は公開される。サービス提供者の名称も公開される。\n")
    assert _said(text, "term-undefined") == []


def test_where_a_copy_stops_inside_a_clause():
    """「…個人正会員は、第19条に従って」 (a clause's て-form after a topic), 「…傷等につ」 (について cut), 「…当社が第2条又」
    (又は cut) and 「…変更することがあり、当社が任意に定めた」 (a plain form in a polite text): each stops in mid-clause,
    so the articles and annexes it cites past its end are not missing. The same sentences finished are not cut."""
    polite = ("第1条（目的）\n本規定は、当社が提供する保証サービスの内容を定めるものです。\n"
              "第2条（期間）\n保証期間は、購入日から1年間とします。\n第3条（対象）\n対象機器は、当社が指定する機器とします。\n"
              "2 対象となる部位、機能及び付属品の一覧\n")  # (a line of a list, no 。: the clauses are not all closed)
    endings = ("第4条（会員）\n個人正会員は、第19条に従って", "第4条（対象外）\n次の各号は対象外とします。\n1. 仕上げ等の傷等につ",
               "第4条（内容）\n1.当社は、別表1に定める修補を行います。当社が第2条又",
               "第4条（変更）\n当社は、本規定を予告なしに変更することがあり、当社が任意に定めた")
    for end in endings:
        text = polite + end
        assert [r for r in _rules(text) if r[0] == "reference-dangling"] == [], end
    finished = polite + "第4条（会員）\n個人正会員は、第19条に従って入会します。\n"
    assert [r for r, _ in _rules(finished) if r == "reference-dangling"] == ["reference-dangling"]


def test_a_definition_the_copy_cuts_after_its_name():
    """「…各種サービス(以下「本サービス」とい」 at the text's end defines 本サービス."""
    text = ("第1条(事業の目的)\n当社は、インターネット上のフリーマーケット(事業名「AMIMA」以下「本事業」といいます。)を主催"
            "します。\n第2条(法令遵守)\n当社は、本事業に関する法令を遵守します。\n"
            "第6条(利用者)\n本事業を利用する者は、「AMIMA」において、当社が提供する各種サービス(以下「本サービス」とい")
    assert _said(text, "term-undefined") == []


def test_the_plain_noun_after_a_word_that_says_which():
    """「当社は、フリマノ上で次のサービスを提供します。」 beside the defined 本件サービス: the services listed next."""
    text = ("本規約は、当社が提供する決済サービス及び送金サービス(以下「本件サービス」といいます。)に適用されます。本件サービスを"
            "利用した場合は、本規約に同意したものとみなします。\n第1条(本件サービス)\n当社は、次のサービスを提供します。\n"
            "(1)決済サービス\n(2)出金サービス\n第2条(登録)\n本件サービスを利用する者は、本件サービスの登録を行うものとします。\n")
    assert _said(text, "term-inconsistent") == []


def test_the_long_name_in_the_sentence_that_shortens_it():
    """「本会員組織の名称を「ステイ会員」(以下「本組織」という)と称し」: 本会員組織 is what 本組織 shortens."""
    text = ("第1条（名称）\n本会員組織の名称を「ステイ会員」(以下「本組織」という)と称し、会社が別に定める施設を利用する。\n"
            "第2条（目的）\n本組織は、会員の親睦を目的とする。本組織の運営は会社が行う。\n")
    assert _said(text, "term-inconsistent") == []


def test_a_term_of_a_list_of_definitions_the_copy_stops_inside():
    """「(2)「契約者」とは、…当社との間で本件契約を締結した個人をいいます。」 in a 定義 article the copy stops inside:
    本件契約 may be defined by an entry past the cut."""
    text = ("第1条（目的）\nこの規約(以下「本規約」といいます。)は、当社が提供する保証サービスについて定めるものです。\n"
            "第2条（定義）\n"
            "本規約において、次の用語の意義は、次の各号に定めるとおりとします。\n(1)「本サービス」とは、当社が提供する保証を"
            "いいます。\n(2)「契約者」とは、当社との間で本件契約を締結し、本件契約に基づき料金を支払う個人をいいます。\n"
            "(3)「対象物件」とは、契約者が当社所定の方法で届け出た建物をいい、以下の各号に定める条件のいずれをも満")
    assert _said(text, "term-inconsistent") == [] and _said(text, "term-undefined") == []


def test_a_name_then_its_honorific_set_apart():
    """「ようこそ ゲスト さん。」: a name's field, then the title a page puts after it."""
    text = "ようこそ ゲスト さん。\n第1条（目的）\n本規約は、本サービスの利用条件を定めます。\n"
    assert _said(text, "stray-space") == []


def test_one_article_whose_numbered_lines_follow_it():
    """「第1条 (定義)⏎…次の各号のとおりとします。⏎1. 「当社」--- …⏎2. …」 in a copy holding one article: the numbered
    lines are its items, not four articles."""
    from conftest import doc_from_text

    text = ("利用規約\n本規約は、当社が提供するサービスの利用条件を定めるものです。\n\n第1条 (定義)\n\n"
            "本規約において使用する用語の定義は、次の各号のとおりとします。\n\n  1. 「当社」--- 株式会社X\n"
            "  2. 「本サービス」--- 当社が提供する一切のサービス\n  3. 「マネー」--- 当社が発行するポイント\n")
    doc = doc_from_text(text, "doc.md")
    assert [(a.number, a.title) for a in doc.all_articles()] == [("1", "定義")]


def test_a_look_alike_radical_is_an_error_once_per_character():
    """A PDF's text holding ⽤ (the Kangxi radical) three times: an error where it first stands, with the count; notes at
    the others."""
    text = "第1条（利⽤）\n会員は、本サービスを利⽤できます。利⽤料⾦は別に定めます。\n"
    found = [(f.severity, f.suggestion) for f in findings_in_text(text, "typo")]
    assert sorted(found) == [("error", "用"), ("error", "金"), ("info", "用"), ("info", "用")]


def test_kitei_after_a_citation_of_the_paragraphs_before():
    """「前2項の規程にかかわらず」: paragraphs hold provisions (規定), not a set of rules (規程)."""
    text = "第1条（免責）\n当社は、責任を負わない。\n2 会員は、通知する。\n3 前2項の規程にかかわらず、当社は修補する。\n"
    assert _said(text, "confusable-word") == [("規程", "規定")]


def test_a_space_between_dai_and_the_number_only():
    """「第 2条」 in a text that writes 第N条 tight: the space on one side of the number is a slip, as 「第2 条」 is."""
    text = ("第1条(目的)\n本規約は、会員の権利を定める。\n第2条(会費)\n会員は、第1条に定める会費を支払う。会員は、第 2条に定める"
            "参加費を支払う。\n第3条(解除)\n会員は、第1条及び第2条に違反したときは、資格を失う。\n")
    found = [f for f in findings_in_text(text, "stray-space") if f.severity == "warning"]
    assert [f.excerpt for f in found] == ["員は、第 2条に定"] and "前にだけ" in found[0].message


# ------------------------------------------------------------------ round 9 (pub335–pub340), read at ec5dff6

def test_more_places_a_copy_stops():
    """「…回収するにあ」 (あたり cut, read as a filler), 「…制限します。通常」 (a sentence's first word), 「② 複」 (a circled
    label and a stub), 「…下記の条件により…できる。」 (announcing what the copy never shows), 「…をいい、有効期間の起算日」 (a
    noun phrase with の after a clause's comma): the articles cited past the end are not missing."""
    head = ("第1条（目的）\n本規約は、当社が提供するサービスの利用条件を定めるものです。詳細は第8条に定めます。\n"
            "第2条（料金）\n料金は、別表に定めるとおりとします。\n")
    for end in ("第3条（回収）\n回収品は有価物とし、当社がこれを利用者から回収するにあ", "第3条（制限）\n当社は、受講を制限します。通常",
                "第3条（禁止）\n次の行為を禁止します。\n① 他人の氏名を登録すること。\n② 複",
                "第3条（振替）\n欠席した者は、下記の条件により他の日に振替の授業を受けることができる。",
                "第3条（定義）\n1.「付与日」とは、会員に対しポイントが付与された日のことをいい、有効期間の起算日"):
        assert [r for r in _rules(head + end) if r[0] == "reference-dangling"] == [], end


def test_old_style_texts_and_word_formations():
    """An old-style 会則 writing 及 alone throughout (「慶弔及災害の見舞及救援事業」) and the classical たる (「死亡したる時」);
    「廃食油」, 廃 + 食 + 油 (a prefix and a suffix around the noun): no slips. 及 alone once is still told."""
    text = ("第1条（事業）\n本会は、慶弔及災害の見舞及救援事業を行う。\n第2条（慶弔）\n会員及家族の死亡したる時は次の通り"
            "弔慰金を贈る。\n第3条（回収）\n本会は、排出する廃食油、古紙を回収する。\n")
    assert _said(text, "typo") == []
    once = "第1条（事業）\n本会は、慶弔及び災害の見舞及救援事業を行う。\n第2条（回収）\n本会は、古紙を回収する。\n"
    assert [fix for _, fix in _said(once, "typo")] == ["及び"]


def test_headings_whose_number_runs_into_the_sentence_in_sequence():
    """A 会則 that runs every article's number into its sentence (「第4条本会の会員とは、…」⏎「第5条本会員は区域内に…」),
    across a chapter's heading: each next number heads its article, so 第2条 cited is found."""
    from conftest import doc_from_text

    text = ("第1章 総則\n第1条本会は金井町内会と称する。\n第2条本会は会員相互の協力により福祉の増進を図ることを目的とする。\n"
            "第2章 会員\n第3条本会の会員は、地域内に居住する世帯とする。\n第4条本会員は区域内の各班に所属する。\n"
            "第5条本会は、第2条の目的達成のため次の事業を行う。\n")
    doc = doc_from_text(text, "doc.txt")
    assert [a.number for a in doc.all_articles()] == ["1", "2", "3", "4", "5"]
    assert [r for r in _rules(text) if r[0].startswith(("reference", "numbering"))] == []


def test_sibling_definitions_that_close_alike():
    """「2.「ライフ」とは、…ポイントのことを指します。会員が…消費されます。」 and 「3.「チケット」とは、…のことをいいます。
    会員が…消費されます。」: two kinds of one thing said alike, not a pasted sentence."""
    text = ("第2条（定義）\n1.「会員」とは、本サービスに登録した者をいいます。\n"
            "2.「ライフ」とは、本サービス及び当社が運営・管理する発行システムにおいて会員に対して無償で付与されるポイントのことを"
            "指します。会員が本コンテンツを閲覧することの引換えとして消費されます。\n"
            "3.「チケット」とは、本サービス及び当社が運営・管理する発行システムにおいて、会員が、原則として、対価を支払った場合に"
            "付与されるポイントのことを指し、会員が第3条で定める方法で購入することで獲得できるポイントのことをいいます。会員が"
            "本コンテンツを閲覧することの引換えとして消費されます。\n第3条（購入）\n会員は、チケットを購入できます。\n")
    assert _said(text, "duplication") == []


def test_a_would_be_user_and_a_labelled_paragraph():
    """「本サービスへの登録を希望する利用者」 is not yet the defined ユーザー; 「3項 甲は、…」 sets its label apart."""
    text = ("第1条（定義）\n本規約において「ユーザー」とは、本サービスに登録した者をいいます。\n"
            "第2条（登録）\n1. 本サービスへの登録を希望する利用者は、本規約に同意の上、登録を行うものとします。\n"
            "2. ユーザーは、登録情報を変更できます。ユーザーは、退会できます。ユーザーの情報は保護されます。\n"
            "3項 甲は、必要と判断した場合、本規約を変更することがあります。\n")
    assert _said(text, "term-inconsistent") == [] and _said(text, "stray-space") == []


def test_a_two_column_list_read_across_its_rows():
    """「(イ)会長 (ニ)会計監査⏎(ロ)副会長 (ホ)理事⏎(ハ)会計 (ヘ)班長」 saved one cell a line: two runs interleaved, the second
    going on from the first, is a table's layout, not items out of order; a list really out of order is still told."""
    text = ("第6条（役員）\n本会に次の役員を置く。\n(イ)会長1名\n(ニ)会計監査2名\n(ロ)副会長若干名\n(ホ)理事若干名\n"
            "(ハ)会計2名\n(ヘ)班長若干名\n第7条（選出）\n役員は総会で選出する。\n")
    assert [r for r in _rules(text) if r[0].startswith("numbering")] == []
    shuffled = text.replace("(ニ)会計監査2名\n(ロ)副会長若干名", "(ロ)副会長若干名\n(ニ)会計監査2名").replace(
        "(ホ)理事若干名\n(ハ)会計2名", "(ハ)会計2名\n(ハ)理事若干名")
    assert [r for r in _rules(shuffled) if r[0].startswith("numbering")] != []


def test_words_the_readings_marked_each_a_fact_of_japanese():
    """再任は防げない (妨げ), 入会金を収めた (納め), 1日辺り (当たり), 身分証明証, 必用な, 次の号に掲げる (各 dropped), 目的し、
    (と dropped): each told with its fix; the same words where they are right stay quiet."""
    text = ("第1条（役員）\n役員の任期は二年とする。但し重任は防げない。\n2 会員は入会金を収めた後、退会しても返金を求めない。\n"
            "3 参加費は1日辺り3,000円とする。\n4 会員は、身分証明証の写しを提出する。許諾が必用な場合は別に定める。\n"
            "5 会員は、次の号に掲げる義務を負う。\n6 本会は、地域の発展を目的し、活動する。\n")
    assert {fix for _, fix in _said(text, "confusable-word")} == {
        "妨げ", "納め", "当たり", "身分証明書", "必要な", "次の各号に掲げる", "目的とし、"}
    right = "第1条（防災）\n災害を防げない場合がある。会員は成果を収めた。この辺りの施設は必要な措置を講じる。\n"
    assert _said(right, "confusable-word") == []


def test_go_shite_kudasai_mixes_two_honorifics():
    """「ご提出して下さい」「ご依頼してください」「ご確認して頂きます」: ご…ください / ご…いただく with ご…する mixed in."""
    text = ("第1条（手続）\n退会する会員は、退会届をご提出して下さい。\n2 修理はご依頼してください。\n"
            "3 内容をご確認して頂きます。\n4 書類はご提出ください。\n")
    assert {fix for _, fix in _said(text, "grammar-slip")} == {"ご提出下さい", "ご依頼ください", "ご確認頂"}


# ------------------------------------------------------------------ round 10 (pub341–pub346), read at 24b0f5e

def test_copies_that_stop_inside_a_word():
    """「1. 貸越金額は、…確認・同意した金」 (an item that is a sentence), 「…支払債務そ」, 「…権利を含みます。)を意味」 (the
    。 inside a bracket), 「…甲への支」 (a suffix after a particle): the articles cited past the end are not missing."""
    head = "第1条（貸越）\n当行は、第2条及び第7条に定める条件により貸越を行います。\n"
    for end in ("1. 貸越金額は、ウェブサイト上で借主が確認・同意した金", "2. カード利用代金の支払債務そ",
                "2. 「知的財産権」とは、著作権その他の知的財産権(それらの権利につき出願する権利を含みます。)を意味",
                "乙は、前項の保証料相当額及び口座振替手数料にかかる甲への支"):
        assert [r for r in _rules(head + end) if r[0] == "reference-dangling"] == [], end


def test_findings_the_round_showed_false():
    """The reader addressed as お客様 in a preamble above the article that defines 利用者; 「ユーザー:本アプリの利用者」
    (a colon glossary's meaning); 「写真を応募する」 (the work entered); 「本契約」 beside 基本契約 (the contract's own name);
    「序ノ口」 (kanji joined by a katakana particle); 「本大会規約について」 over 「…大会規約（以下「本規約」）」."""
    texts = [
        ("term-inconsistent", "本サービスを利用されるお客様は、ご利用の前に本規約をお読みください。\n第1条（適用）\n本規約は、"
         "本サービスを利用するすべてのお客様(以下、「利用者」といいます。)に適用されます。利用者は、本規約に従います。利用者の"
         "情報は保護されます。利用者は退会できます。利用者は料金を支払います。\n"),
        ("term-inconsistent", "第1条（定義）\n本規約において「ユーザー」とは、本アプリを利用する者をいいます。\nユーザー:本アプリの"
         "利用者\n第2条（利用）\nユーザーは、本アプリを利用できます。ユーザーは、写真を投稿できます。ユーザーは退会できます。\n"),
        ("grammar-slip", "第1条（応募）\n応募者は、撮影した写真を応募することができる。\n"),
        ("typo", "第1条（基本契約）\n甲及び乙は、基本契約を締結する。基本契約の有効期間は1年とする。\n2 本契約に定めのない事項は、"
         "基本契約による。\n"),
        ("typo", "第1条（参加）\n序ノ口から大関までの力士が参加する。\n"),
        ("term-inconsistent", "1. 本大会規約について\nこの「太鼓の達人フェスティバル」大会規約(以下「本規約」)は、本大会に"
         "参加するすべての参加者に適用されます。本規約への同意は必須です。\n"),
    ]
    for rule, text in texts:
        assert _said(text, rule) == [], text[:30]


def test_the_document_by_its_title_with_hon():
    """「本会員規約」 in a document titled 会員規約 that defines 本規約 more widely: the document itself, no slip; 本利用料金
    beside a defined 本料金 is still one (the samples' reviewed finding)."""
    text = ("会員規約\n本会員規約をよくお読みください。\n第1条（適用）\nこの会員規約及び関連する規定(以下「本規約」)は、会員に"
            "適用されます。本規約に同意した者が会員となります。\n")
    assert _said(text, "term-inconsistent") == []


def test_headings_of_a_branch_article_and_of_a_first_paragraph_labelled_circled():
    """「第3条 -2(採用時の提出書類)」 is 第3条の2, no second 第3条; 「第2条(用語の定義) ① この約款で…」 heads 第2条 (① opens
    its first paragraph); 「i)また、…」 then ii) is roman one, no ninth letter after a gap."""
    from conftest import doc_from_text

    branch = ("第3条(採用)\n会社は、社員を採用する。\n第3条 -2(採用時の提出書類)\n採用された者は、書類を提出する。\n"
              "第4条(試用)\n試用期間は3か月とする。\n")
    assert [a.number for a in doc_from_text(branch, "doc.txt").all_articles()] == ["3", "3_2", "4"]
    assert [r for r in _rules(branch) if r[0] == "numbering-duplicate"] == []
    circled = ("第1条(目的)\nこの約款は、会社が提供するサービスの利用条件を定めます。\n"
               "第2条(用語の定義) ① この約款で使用する用語の定義は次のとおりです。\n1 .「会社」とは、サービスを提供する事業者を"
               "いいます。\n2 .「会員」とは、この約款に基づいて利用契約を締結した者をいいます。\n")
    assert [a.number for a in doc_from_text(circled, "doc.txt").all_articles()] == ["1", "2"]
    roman = ("第1条(参加資格)\n参加者は、次の条件を満たすものとする。\n(1)日本国内に居住していること。\ni)また、所属する企業は"
             "日本国内の法人であること。\nii)未成年者は、保護者の同意を得ること。\n")
    assert [r for r in _rules(roman) if r[0] == "numbering-gap"] == []
