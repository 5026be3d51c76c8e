"""What the pub237–pub240 readings found on the openings of published pages: agriculture and fisheries bodies,
religious bodies and temples, banking and payments, recruitment and staffing (web pages read as text: kept outside
the repository). Each construct is tested here in text of the same shape written for the test."""

from conftest import doc_from_text, findings_in_text, said_in_text


_check, _said = findings_in_text, said_in_text


# ------------------------------------------------------------------ defined terms


def test_the_contract_an_application_concludes_is_not_the_terms_name():
    """「…掲載に関する契約（以下「本契約」といいます。）が成立する」: 本契約 is the contract each order makes under the terms,
    so the terms' 本規約 (undefined, as most terms leave it) is their own name, no slip of 本契約."""
    text = ("第1条（適用）\n本規約は、求人広告の掲載に関する、利用者と当社との間の一切の関係に適用されます。\n"
            "第2条（申込み）\n1 利用者は、本規約を確認のうえ、当社所定の方法により申し込むものとします。\n"
            "2 当社の承諾をもって、当社と利用者との間で求人広告の掲載に関する契約（以下「本契約」といいます。）が成立する"
            "ものとします。\n3 本規約と異なる合意をした場合、当該合意は本規約に優先します。\n"
            "第3条（料金）\n利用者は、本契約に基づく掲載料金を支払うものとします。\n")
    assert _said(text, "term-inconsistent") == []


def test_a_contract_that_is_the_document_still_tells_its_stray_terms_name():
    """An agreement that concludes itself (「…秘密保持契約（以下「本契約」という。）を締結する」) and writes 本規約 once:
    the slip is still told."""
    text = ("甲と乙は、次のとおり秘密保持契約（以下「本契約」という。）を締結する。\n"
            "第1条（目的）\n本契約は、甲乙間の取引に関し開示される秘密情報の取扱いを定める。\n"
            "第2条（秘密保持）\n乙は、本契約に従い秘密情報を管理する。\n第3条（期間）\n本契約の有効期間は1年とする。\n"
            "第4条（協議）\n本規約に定めのない事項は、甲乙協議のうえ定める。\n第5条（管轄）\n本契約に関する紛争は東京地方裁判所を"
            "管轄裁判所とする。\n")
    assert ("本規約", "本契約") in _said(text, "term-inconsistent")


def test_a_term_alone_on_its_line_with_its_meaning_on_the_next_is_defined():
    """「①「本アプリケーション」⏎当社が提供するアプリケーションのことをいいます。」: a definition list that puts each term
    on a line of its own. Read as definitions, the terms are not undefined beside the defined 本サービス."""
    text = ("この規約（以下「本規約」といいます。）は、株式会社ハタラク（以下「当社」といいます。）が提供する仕事マーケット"
            "プレイス「ハタラク」（以下「本サービス」といいます。）の利用に関する条件を定めるものです。\n"
            "第1条（定義）\n本規約において、次の各号に掲げる用語の意義は、当該各号に定めるところによるものとします。\n"
            "①「本アプリケーション」\n当社が提供するアプリケーション「ハタラク」のことをいいます。\n"
            "②「本サイト」\n当社が提供するウェブサイトのことをいいます。\n"
            "③「本サービス」\n本アプリケーション及び本サイトにおいて当社が提供する一切のサービスのことをいいます。\n"
            "第2条（適用）\n本規約は、本サービスの利用に関する一切の関係に適用されます。\n")
    assert _said(text, "term-undefined") == []


def test_a_head_shortening_a_quoted_name_defines_no_word_as_itself():
    """「「海の駅さくら」直売所（以下「直売所」という。）」 shortens the name to its head; 「…に関し、会員（以下「会員」という。）」
    defines a word as itself."""
    named = "第1条（趣旨）\nこの規程は、「海の駅さくら」直売所（以下「直売所」という。）の管理運営に関し必要な事項を定める。\n"
    assert _said(named, "term-inconsistent") == []
    itself = "第1条（趣旨）\nこの規程は、本会の運営に関し、会員（以下「会員」という。）の権利を定める。\n"
    assert ("会員", None) in _said(itself, "term-inconsistent")


def test_a_role_with_a_blank_name_before_its_letter_is_defined():
    """「賃貸人○○○○（以下「甲」という。）と、賃借人○○○○（以下「乙」という。）とは」: each role is given its letter."""
    text = ("賃貸人○○○○（以下「甲」という。）と、賃借人○○○○（以下「乙」という。）とは、甲所有の農地について次のとおり"
            "賃貸借契約を締結する。\n第1条（目的）\n甲は、乙に対し、別紙の農地を賃貸し、乙はこれを賃借する。\n"
            "第2条（期間）\n甲及び乙は、期間を5年とする。\n第3条（借賃）\n乙は、甲に借賃を支払う。甲は受領する。\n"
            "第4条（解除）\n甲は、乙が借賃を支払わないときは解除できる。乙は甲に通知する。\n")
    assert [f for f in _check(text, "term-undefined") if f.excerpt in ("賃借人", "賃貸人")] == []


def test_the_head_of_a_longer_defined_term_is_no_self_name():
    """「当社所定の申込書一式（以下「本契約申込書」といいます。）」: its 本契約 is the head of the term it defines."""
    text = ("第1条（目的）\n本規約（以下「本規約」といいます。）は、当社が提供するサービス（以下「本サービス」といいます。）の"
            "利用条件を定めます。\n第2条（申込み）\n  1. 本サービスの利用を申し込む場合は、本規約を承諾の上、当社所定の申込書"
            "一式（以下「本契約申込書」といいます。）に、当社が要求する事項を記載し、当社に提出するものとします。\n"
            "  2. 当社は、本規約に基づき審査します。\n")
    assert _said(text, "term-inconsistent") == []


def test_two_self_names_the_title_sides_with_the_rarer_one():
    """Titled 「利用規約」, 「本規約に同意した上で」 once and 本約款 five times after: two names, told once each place
    of the rarer one, no fix suggested (which one is the writer's to say)."""
    text = ("利用規約\n\nこの規約は、当社が提供する決済サービスの取扱いを定めるものです。本規約に同意した上でご利用下さい。\n"
            "第1条（目的）\n当社は、本約款に基づき本サービスを運営します。\n第2条（適用）\n本約款は、すべての利用契約に適用します。\n"
            "第3条（変更）\n当社は、本約款を変更できます。\n第4条（優先）\n本約款と個別規定が異なるときは個別規定が優先します。"
            "本約款に定めのない事項は協議します。\n")
    assert _said(text, "term-inconsistent") == [("本規約", None)]


# ------------------------------------------------------------------ citations


def test_numbered_entries_under_a_lead_sentence_cited_as_paragraphs():
    """「…を下記のとおり定義します。⏎1.「本サービス」とは、本条第2項に定める「会員」が…」: the list's entries are what the
    document calls its 項 (item 2 defines 会員)."""
    text = ("第2条（定義）\n本規約で記載する用語を下記のとおり定義します。\n"
            "  1. 「本サービス」とは、本条第2項に定める「会員」が、本条第3項に定める「企業」から業務を受託するための"
            "サービスをいいます。\n  2. 「会員」とは、本サービスの利用を申し込み、当社が承諾した者をいいます。\n"
            "  3. 「企業」とは、会員に業務を依頼する者をいいます。\n第3条（適用）\n本規約は会員に適用します。\n")
    assert _said(text, "reference-dangling") == []


def test_bullets_cited_as_items_by_their_place():
    """「ユーザー（第2条第3号に定義します。）」 where 第2条 lists its terms as bullets 「•「ユーザー」とは…」: the third."""
    text = ("本規約は、当社とユーザー（第2条第3号に定義します。）との間の権利義務関係を定めるものです。\n"
            "第1条（適用）\n本規約は、本サービスの利用に関する一切の関係に適用されます。\n"
            "第2条（定義）\n本規約の中で使用される用語は、次のとおりとします。\n"
            "•「利用契約」とは、本規約に同意することにより成立する契約を意味します。\n"
            "•「本サイト」とは、当社が運営するウェブサイトを意味します。\n"
            "•「ユーザー」とは、本サービスを利用するすべての個人及び法人を意味します。\n")
    assert _said(text, "reference-dangling") == []


def test_a_bare_item_after_a_closed_range_keeps_the_range_anchor():
    """「第7条第1項第2号から第4号まで又は第12号の事業」 in a page that quotes 第12条 alone: 第12号 is 第7条第1項's (not on
    the page), not an item of the paragraph it stands in."""
    text = ("お知らせ\n\n組合員資格確認のお願い\n\n \n\n(組合員の資格)\n\n第12条 この組合の組合員は、正組合員及び准組合員と"
            "する。\n\n②次に掲げる者は、この組合の正組合員となることができる。\n\n"
            "  1. 10アール以上の土地を耕作する農業を営む個人であって、その住所がこの組合の地区内にあるもの\n"
            "  2. 農業を営む法人であって、その事務所がこの組合の地区内にあるもの\n\n"
            "③次に掲げる者は、この組合の准組合員となることができる。\n\n"
            "  1. この組合の地区内に住所を有する個人で、この組合の事業を利用することが適当と認められるもの\n"
            "  2. この組合から第7条第1項第2号から第4号まで又は第12号の事業に係る物資の供給を受けている個人\n")
    assert _said(text, "reference-dangling") == []


def test_run_in_article_headings_of_a_page_on_one_line_are_no_citations():
    """「…目的とする。 第2条 名称 本組合は…」: a page run onto one line with its headings, their captions set off by
    spaces; not citations of articles that do not exist."""
    text = ("1 道の駅さくら生産者組合規約(案) 第1条 目的 この組合は、安全・安心・新鮮な農林産物を消費者へ供給するとともに、"
            "農業従事者の 所得向上と地域農業の振興を図ることを目的とする。 第2条 名称 本組合は「道の駅さくら生産者組合」"
            "(以下「生産者組合」)と称する。 第3条 事務局 生産者組合の事務局は、「道の駅さくら」内に置く。 第4条 生産者資格 "
            "1. 直売所に出荷を希望する者は、直売所運営会社と委託販売契約を締結する。 2. 生産者資格は、自ら農林産物、加工品を"
            "生産・製造する者とする。\n")
    assert _said(text, "reference-dangling") == []


def test_a_citation_into_an_article_whose_text_is_not_on_the_page():
    """The page prints 「第5条（預金の解約）」 with its text folded away: 「第5条第3項各号」 cited elsewhere is not dangling,
    nor is the caption 「反社会的勢力との取引拒絶」 of an article that provides it by citing that list."""
    text = ("第1条（反社会的勢力との取引拒絶）\nこの預金は、第5条第3項各号のいずれにも該当しない場合に利用することができ、"
            "第5条第3項各号の一にでも該当する場合には、当社はこの預金取引をお断りするものとします。\n"
            "第2条（預金の支払時期）\nこの預金は、満期日以後に利用者に支払います。\n第5条（預金の解約）\n\n"
            "第6条（印鑑照合）\n当社は、届出の印鑑と照合して取り扱います。\n")
    found = _check(text)
    assert [f for f in found if f.rule in ("reference-dangling", "heading-mismatch")] == []


def test_paragraphs_written_as_bullets_with_bulleted_items():
    """「- 送金サービスとは…（本条第3項に定義します。）⏎- (1)…⏎- (2)…⏎- 利用者とは…⏎- 口座保有者とは…」: paragraphs
    as bullets, their items bulleted too; the third bullet without a label is 第3項."""
    text = ("第1条（目的）\n本規約は送金サービスの条件を定めます。\n第2条（定義）\n"
            "- 送金サービスとは、口座保有者（本条第3項に定義します。）へ送金することを可能とする次のサービスをいいます。\n"
            "- (1)送金口座への送金\n- (2)送金口座以外への送金\n"
            "- 利用者とは、本規約を承認の上、送金サービスを利用する者をいいます。\n"
            "- 口座保有者とは、当社に送金口座を開設した者をいいます。\n")
    assert _said(text, "reference-dangling") == []


# ------------------------------------------------------------------ numbering


def test_an_extract_that_opens_at_a_late_article_lost_none_before_it():
    """A page of 宗規 articles 148 on: no numbering gap before its first article."""
    text = ("第百四十八条 布教は、各寺院において行う。\n第百四十九条 寺院は、布教の計画を定める。\n"
            "第百五十条 前条の計画は、教区に報告する。\n")
    assert _said(text, "numbering-gap") == []


def test_an_item_cited_at_a_lines_start_is_no_label():
    """「②敬神会員⏎①以外の崇敬者。」: ① cited in item ②'s description, not a second item ①."""
    text = ("第5条（会員）\n正会員を次の二種に区分する。\n①氏子会員\n氏子地域に居住するもの。\n②敬神会員\n①以外の崇敬者。\n"
            "第6条（会費）\n会費は別に定める。\n")
    assert _said(text, "numbering-duplicate") == []


def test_a_branch_item_after_its_item():
    """「(2)の2債権保全の必要があるとき」: an item inserted after (2), no second (2)."""
    text = ("第2条（期限前解約）\n次の各号の一にでも該当したときは、当行は満期日前に解約できるものとします。\n"
            "(1)支払の停止があったとき\n(2)差押えの命令が発送されたとき\n(2)の2債権保全の必要があるとき\n"
            "(3)住所が不明となったとき\n")
    found = _check(text)
    assert [f for f in found if f.rule in ("numbering-duplicate", "grammar-slip")] == []


def test_the_outer_numeral_list_after_a_nested_iroha_list():
    """「一、…⏎ イ、… ロ、… ハ、…⏎二、…」: 二 goes on the list of numerals, no ニ of the iroha list."""
    text = ("第5条（会員）\n一、本会の会員は次の通りとする。\n  イ、正会員\n  ロ、特別会員\n  ハ、名誉会員\n"
            " 二、本会に入会する者は所定の会費を納める。\n 三、会員は本会の行事に参加できる。\n")
    assert [f for f in _check(text, "typo") if f.suggestion == "ニ"] == []


# ------------------------------------------------------------------ typos, both ways


def test_a_katakana_ni_before_a_counter():
    text = "第5条（会員）\n正会員を次のニ種に区分する。\n"
    assert ("員を次のニ種に区分す", "二種") in _said(text, "typo")


def test_a_day_typed_as_eye_and_a_letter_for_one_in_a_label():
    text = ("第l章 総則\n第1条（期間）\n契約期間は、毎年4月1目から翌年の3月31目までの1年間とする。\n"
            "第2条（目的）\nこの規則は、出荷の手続を定める。\n")
    said = {s for _, s in _said(text, "typo")}
    assert {"1日", "31日", "1"} <= said


def test_words_that_read_as_kana_slips_are_right():
    """The polite prefix of a noun (についてご不明点), 得る in kana (承認をえる), a name with its Latin part written
    often (ふるまちPay), rules in the historical kana orthography (といひ, 行ふ), a word broken by a PDF's line
    (結⏎ぶものとする), a form's blank (何番地), a prefecture's works (県営), a word of the field in two compounds
    (志金, 懇志金)."""
    text = ("第1条（会則）\n会則の詳細についてご不明点があれば事務局へお問い合わせください。\n"
            "第2条（承認）\n墓地を使用しようとする者は、管理者の承認をえる。\n"
            "第3条（決済）\n当社と加盟店との間でふるまちPayに係る契約を締結する。ふるまちPayの利用は無料とする。"
            "ふるまちPayは当社が運営する。\n"
            "第4条（区域）\n区域は、何道路より東の田、畑、雑種地何番地から何番地までとする。\n"
            "第5条（事業）\n県営ほ場整備事業の実施によって生じる土地改良事業を行う。\n"
            "第6条（義務）\n相続講金、同朋会員志金及び懇志金を取り扱う。\n"
            "第7条（契約）\n施設管理者と出荷者は、毎年度施設の利用に関する契約を結\nぶものとする。\n")
    assert _said(text, "typo") == []
    old = ("第1条（名称）\n本会は、氏子及び崇敬者といひ、神社の維持に従ひ、祭祀を行ふことを目的とする。\n"
           "第2条（事業）\n本会は、神社の祭典を行ふ。\n")
    assert _said(old, "typo") == []


def test_words_misconverted_in_set_phrases():
    """順ずる for 準ずる, 看過 for みなす, 前項の規則 for 規定, 利息ととも (に dropped), and the verb of a definition shut
    inside the term's quotation."""
    text = ("第1条（会計）\n会計は、町会計に順ずる。\n第2条（同意）\n本サービスを利用した場合、本規約に同意したものと看過します。\n"
            "第3条（登録）\n前項の規則により登録料を納入した者は会員とする。\n第4条（支払）\n満期日に、利息ととも支払います。\n"
            "第5条（当社）\n本規約は、株式会社リーフ（以下「当社といいます。」）が運営するサービスに適用します。\n")
    found = [(f.rule, f.suggestion) for f in _check(text) if f.severity in ("error", "warning")]
    for expected in [("confusable-word", "準ずる"), ("confusable-word", "みな"), ("confusable-word", "規定"),
                     ("confusable-word", "ともに"), ("legal-style", "当社」といいます。")]:
        assert expected in found


def test_a_party_acting_on_itself():
    """「甲は、当該時間分の派遣料金を甲に対して請求することができない」: 甲 cannot claim from itself; 乙 meant. Not where
    another subject stands between (「甲は、業務委託契約が甲に帰属する…」)."""
    text = ("第5条（派遣料金）\n派遣労働者が就労しなかったときは、甲は、当該時間分の派遣料金を甲に対して請求することができない。\n"
            "第6条（帰属）\n甲は、業務委託契約が甲に帰属することを確認する。\n")
    assert _said(text, "grammar-slip") == [("甲は、当該時間分の派遣料金を甲に対して請求", "乙")]


def test_a_paragraph_number_run_into_a_sentence_without_its_full_stop():
    """「…承認を受けなければならない 2. 前項の規定による申請は」: paragraph 2 run into the line, 。 left out; its 前項 is
    paragraph 1, there."""
    text = ("遊漁規則 (目的) 第1条 この規則は、遊漁について必要な事項を定めるものとする。 (遊漁の承認) 第2条 漁場の区域に"
            "おいて遊漁をしようとする者は、あらかじめ、組合に申請して、その承認を受けなければならない 2. 前項の規定による"
            "申請は、さお釣りによる遊漁の場合に限り、口頭ですることができる。\n")
    assert [e for e, _ in _said(text, "reference-dangling") if e == "前項"] == []


def test_article_headings_run_into_a_page_flattened_onto_one_line():
    """「…一般条項 第 1 条(本人会員等) (1)本人会員とは… 第 2 条(カードの貸与) (1)…」 and 「…目的とする。 第2条 名称 本組合は…」:
    a PDF or a page flattened onto one line, each heading where the article before ends; in sequence, each starts an
    article. A sentence opening with a citation (「。 第5条の規定は」) is no heading."""
    text = ("カード会員規約 一般条項 第 1 条(本人会員および家族会員) (1)本人会員とは、本規約を承認のうえ入会を申し込まれた方を"
            "いいます。 (2)家族会員とは、本人会員が指定した家族をいいます。 第 2 条(カードの貸与) (1)当社は、会員にカードを"
            "貸与します。 (2)カードの所有権は当社に属します。 第 3 条(年会費) 会員は、所定の年会費を支払うものとします。 "
            "第5条の規定は、家族会員にも適用します。\n")
    doc = doc_from_text(text, "doc.txt")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert "第5条の規定は" in doc.articles[2].text


def test_a_law_style_heading_glued_to_its_first_sentence():
    """「第1 条当社の経営する…運送契約は、」: a PDF's text keeps no space between the label and the sentence. The sentence
    says its subject and opens with no word a citation goes on with: the label heads an article. A line opening with
    a citation (「第5条中「甲」とあるのは」, 「第2条各号に掲げる」) does not."""
    text = ("運送約款\n\n第1 章総則\n\n第1 条当社の経営する事業に関する運送契約は、この運送約款の定めるところによる。\n\n"
            "第2 条当社は、前条の規定にかかわらず、法令に従い特約に応ずることがある。\n\n"
            "第3 条当社は、運送の引受けを拒絶することがある。ただし、次の場合を除く。\n"
            "第2条各号に掲げる場合は、この限りでない。\n")
    doc = doc_from_text(text, "doc.txt")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert "第2条各号に掲げる" in doc.articles[2].text


def test_slips_a_reader_marks_at_once():
    """A katakana word typed twice inside a name the document writes once elsewhere; 並び without its に between two nouns;
    越え after a fraction (a quantity: 超え); a verb's continuative closed by 。 as the sentence goes on."""
    text = ("第1条（名称）\n本規約は、藤枝くらシェアクラウドソーシングサイトの利用について定める。\n"
            "第2条（定義）\n本サービスとは、インターネットサイト「藤枝くらシェアシェアクラウドソーシングサイト」にて提供されるサービスをいう。\n"
            "第3条（使用）\n当寺が運営する霊園並び永代供養墓において、使用者は規則を守る。\n"
            "第4条（会費）\n会費の総額は、予算の100分の8を越えてはならない。\n"
            "第5条（目的）\n本会は、神を奉斎し。公衆礼拝の施設を備える。\n")
    found = {(f.rule, f.suggestion) for f in _check(text) if f.severity in ("error", "warning")}
    assert {("typo", "シェア"), ("confusable-word", "並びに"), ("confusable-word", "超"), ("grammar-slip", "、")} <= found


def test_words_that_double_or_stop_rightly():
    """A name that doubles its word everywhere (ロハスロハス), 横並び and 並び替え, 無し。 in a table's cell."""
    text = ("第1条（名称）\n本スタジオの名称は、ロハスロハス・スタジオとする。\nロハスロハス・スタジオは会員制とする。\n"
            "第2条（表示）\n料金は横並び表示とし、名前順並び替え機能を設ける。\n第3条（特記）\n特記事項無し。以上\n")
    found = [(f.rule, f.excerpt) for f in _check(text) if f.rule in ("typo", "confusable-word", "grammar-slip")]
    assert found == []


def test_a_contents_list_with_unbracketed_ranges_and_a_part_without_a_number():
    """「第1章 総 則 第1条〜第2条」 … 「補 則 第60条〜第62条」⏎「附 則」⏎「第1章 総 則」⏎「第1条 …」: a table of contents whose
    附則 entry had opened the 附則, the whole 規則 read as supplementary provisions; its ranges are no citations."""
    text = ("第1章 総 則 第1条〜第2条\n第2章 教区総会 第3条〜第36条\n第3章 財 務 第37条〜第59条\n補 則 第60条〜第62条\n附 則\n"
            "第1章 総 則\n第1条 本規則は、教団の教規と併せ施行する。\n第2条 本教区の地区は、次のとおりとする。\n"
            "第2章 教区総会\n第3条 教区総会は、次に掲げる議員をもって組織する。\n第4条 議員の任期は2年とする。\n")
    doc = doc_from_text(text, "doc.txt")
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"] and not doc.supplementary
    assert _said(text, "reference-dangling") == []


# ------------------------------------------------------------------ pub243–245: childcare, regional bodies, marketplaces


def test_set_phrases_with_a_word_or_particle_slipped():
    """再任を防げない (妨げない), 12月31日終わる (日に), 個人また法人 (または), 次の事項に承諾する (を承諾)."""
    text = ("第7条（任期）\n役員の任期は2年とする。但し、再任を防げない。\n第8条（事業年度）\n本会の事業年度は、毎年1月1日に始まり、"
            "同年12月31日終わる。\n第9条（出店者）\n出店者とは、商品を提供する個人また法人をいいます。\n"
            "第10条（表示）\n乙は、コンテンツの表示にあたり、次の事項に承諾する。\n")
    found = {(f.rule, f.suggestion) for f in _check(text) if f.severity in ("error", "warning")}
    assert {("confusable-word", "妨げ"), ("confusable-word", "日に"), ("confusable-word", "または"),
            ("confusable-word", "を承諾")} <= found
    quiet = "第1条（予防）\n会員は、事故を防げないときは、直ちに報告する。また、会員は記録を残す。\n"
    assert [f for f in _check(quiet, "confusable-word")] == []


def test_what_readers_marked_false_in_childcare_regional_and_marketplace_terms():
    """A dash before a number in a title (会則ー1.), a grid city's street (北8条西24丁目), an address's lot number before
    a building (747番4 菊川総合支所), 「乙を委託者、甲を受託者として」 defining the roles, a glossary's term closing its
    line (「適合しないとは⏎…を指します」), 全項 of what is named before の."""
    text = ("学童クラブ父母会の会則ー1.\n\n第1条（名称）\n本会は学童クラブ父母会と称し、事務所を札幌市中央区北8条西24丁目1-18に置く。"
            "本会の分室は下関市菊川町大字田部747番4 菊川総合支所第3庁舎に置く。\n"
            "第2条（目的）\n本会は、会員の相互扶助を目的とする。\n第3条（事業）\n本会は、前条の目的を達成するため事業を行う。\n"
            "第4条（会員）\n会員は、本会の会則を守る。\n第5条（会費）\n会費は、年額1200円とする。\n"
            "第6条（運営）\n同条の全項を通じて、地域への貢献を行う。\n")
    found = [(f.rule, f.excerpt) for f in _check(text) if f.severity in ("error", "warning")]
    assert found == []
    contract = ("甲と乙は、販売代理業務の委託につき、乙を委託者、甲を受託者として、次のとおり契約を締結する。\n"
                "第1条（目的）\n甲は、乙の商品の販売を代理する。乙は甲に商品を引き渡す。\n第2条（報告）\n甲は、乙に対し、毎月販売の"
                "結果を報告する。乙は、甲の報告を確認する。\n第3条（手数料）\n乙は、甲に手数料を支払う。甲は、乙に請求書を送る。\n"
                "第4条（協議）\n委託者及び受託者は、定めのない事項を協議する。甲及び乙は誠実に協議する。\n")
    assert [f for f in _check(contract, "term-undefined") if f.excerpt in ("委託者", "受託者")] == []
    glossary = ("第1条（禁止事項）\n次の出品を禁止します。\n    適合しないとは\n    部品やアクセサリーを本体に出品することなどを"
                "指します。\n    同じような商品等とは\n    色違いの商品を別々に出品することなどを指します。\n")
    assert [f for f in _check(glossary, "typo") if "とは" in f.excerpt] == []


def test_names_codes_and_titles_in_agreements_between_public_bodies():
    """A co-op's name that runs a katakana word into kana (コープながの), a notice's number after its date with its
    issuer's code (総行応第39号), and the agreement's title writing 連携協力 where the body writes 連携・協力."""
    text = ("連携協力に関する協定書\n\n特別区長会（以下「甲」という。）と生活協同組合コープながの理事長（以下「乙」という。）は、"
            "次のとおり協定を締結する。\n第1条（目的）\nこの協定は、甲と乙の連携・協力により、地域の発展に資することを目的とする。\n"
            "第2条（根拠）\n定住自立圏構想推進要綱（平成20年12月26日総行応第39号総務事務次官通知）第4の規定に基づく。\n"
            "第3条（事項）\n甲及び乙は、次の事項について連携・協力する。甲は乙に連携・協力を求める。乙は甲の連携・協力に応じる。\n"
            "第4条（協議）\n連携・協力の内容は、甲乙協議して定める。甲及び乙は連携・協力の成果を公表する。\n"
            "第5条（期間）\nこの協定の期間は1年とする。連携・協力は更新することができる。\n")
    found = [(f.rule, f.excerpt) for f in _check(text) if f.severity in ("error", "warning") and f.rule in ("typo", "term-inconsistent")]
    assert found == []


def test_the_contract_based_on_the_terms_and_rates_by_the_hour():
    """「…利用規約にご同意いただき、これに基づく契約（以下「本契約」といいます）を締結」: 本契約 is made under the terms, whose
    本規約 is their own name. 「時間ぎめの駐車料金」 (決め after a period) and 「○○分増すごとに」 are no kana slips."""
    terms = ("全てのアフィリエイターは、以下に記載する利用規約にご同意いただき、これに基づく契約（以下「本契約」といいます）を"
             "弊社との間で締結されたことが前提となります。\n第1条（本規約の遵守）\nすべてのアフィリエイターは、本規約および"
             "本規約に付随する全ての規約を遵守するものとする。\n第2条（報酬）\n弊社は、本契約に基づき報酬を支払う。\n")
    assert _said(terms, "term-inconsistent") == []
    parking = ("第7条（料金）\n時間ぎめの駐車料金は1時間まで300円とし、以後30分増すごとに、100円を加算する。月ぎめの料金は"
               "別に定める。\n")
    assert _said(parking, "typo") == []
