"""What the pub247–pub252 readings found on the openings of published pages (energy and utilities, software
licences, ceremonies, real estate and lodging, crowdfunding and donations, schools and lessons), and what earlier
readings left (web pages read as text: kept outside the repository). Each construct is tested here in text of the
same shape written for the test."""

from pathlib import Path

from conftest import doc_from_text, findings_in_text, said_in_text
from pipeline.api import read_document
from pipeline.checks import run_checks


_check, _said = findings_in_text, said_in_text


# ------------------------------------------------------------------ typos


def test_a_noun_and_its_suffix_are_no_kanji_free_to_pair():
    """「病児期」: 病児 is a one-kanji noun and the suffix 児 (園児, 乳児), a formation open to any noun; 児 pairing with
    期 into 時期 would take it from its word. Neither a warning nor a note."""
    text = ("第1条（目的）\n本規程は、病児期または病気回復期であり集団保育の困難な児童を一時的に預かる事業について定める。\n"
            "第2条（対象）\n対象は、市内に住所を有する児童とする。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []


def test_a_noun_then_mo_nai_is_no_kana_slip():
    """「期間満了30日前までに何らの意思表示もない場合」: も after a noun and ない (no … at all) is grammar, not 表示しない
    with one kana changed."""
    text = ("第1条（期間）\n本契約の期間は1ヶ月単位とする。\n"
            "第2条（更新）\n期間満了30日前までに何らの意思表示もない場合、従前と同一の契約内容で更新されるものとします。\n")
    assert _said(text, "typo") == []


def test_an_event_noun_has_no_passive():
    """「利用契約（以下「本契約」という）が成立されるものとします」: 成立 happens by itself; law writes 成立する (a note of
    legal style). Its causative 成立させる is grammar."""
    text = ("第1条（契約の成立）\n当社が承諾した時点で、申込者の利用契約（以下「本契約」という）が成立されるものとします。\n"
            "第2条（期間）\n本契約は、期間が満了された日に終了します。\n第3条（合意）\n当事者は、合意により契約を成立させることができる。\n")
    assert _said(text, "legal-style", ("info",)) == [("成立される", "成立する"), ("満了された", "満了した")]


def test_the_name_a_definition_gives_is_no_dropped_kanji():
    """「基本契約およびオプション契約(以下、総称して「本契約」といいます)」 beside 基本契約 written twice: the name the
    definition gives is shorter by design, 総称して between 以下 and the name."""
    text = ("第1条（契約）\n1.お客様が当社と締結いただく契約は、基本プラン契約(以下、「基本契約」といいます)と、追加の"
            "サービスを行う契約(以下、「オプション契約」といいます)といたします。\n"
            "2.基本契約およびオプション契約(以下、総称して「本契約」といいます)を締結するにあたり、次の書面を交付します。\n"
            "3.基本契約の料金は別表のとおりとします。\n")
    assert [f for f in _check(text, "typo") if "本契約" in f.excerpt] == []


def test_naming_verbs_after_soushou_shite_are_no_kana_slip():
    """「…を個別に又は総称していう。」: いう after 総称して, a definition's verb, no している."""
    text = ("第1条（定義）\n本契約において「本匿名組合契約等」とは、本匿名組合契約及び他の匿名組合契約を個別に又は総称していう。\n"
            "第2条（出資）\n匿名組合員は、営業者に出資を行う。\n")
    assert _said(text, "typo") == []


def test_a_title_sent_to_be_read_before_wo_is_no_doubled_particle():
    """「個人情報取り扱いについてをお読みください」: the title of a page whose link the text lost, read as a noun."""
    text = "第1条（個人情報）\n個人情報の取り扱いにつきましては、個人情報取り扱いについてをお読みください。\n"
    assert _said(text, "doubled-particle") == []
    assert _said("第1条（変更）\n当社は本規約の内容についてを変更できる。\n", "doubled-particle")


def test_kana_that_are_grammar_are_no_slips():
    """「…販売されたのと同時に成立する」 (the nominal の compared, as with 同様), 「会員等のより充実した生活」 (より the adverb
    before what it grades), 「概算額の借受けができる」 (け the okurigana of 借受け, then が): no slips. 「制限のよりサービス」
    (より before a plain noun) and 「得れらた」 are."""
    text = ("第1条（成立）\n個別契約は、本商品が買主から顧客に販売されたのと同時に成立する。\n"
            "第2条（目的）\n本会は、会員等のより充実した健康的な生活の支援を行う。\n"
            "第3条（仮払）\n旅費は、所属長の承認を得て事前に概算額の借受けができる。\n")
    assert _said(text, "typo") == []
    slips = ("第1条（停止）\n当社は、本サービスの全部または一部の停止、中断、削除または制限のよりサービスを変更できる。\n"
             "第2条（利益）\n会員は、活動によって得れらた利益等を本会に報告する。\n")
    assert sorted(sugg for _, sugg in _said(slips, "typo")) == ["により", "られた"]


def test_a_conjunction_glued_to_a_noun_is_no_kanji_of_its_compound():
    """「発送地又は到達地において」: 又 is 又は's, no kanji for 地 to pair with (二又)."""
    text = "第1条（見積）\n見積料は請求しません。ただし、発送地又は到達地において下見を行った場合に限り、実費を請求します。\n"
    assert _said(text, "typo") == []


def test_a_name_whose_bracket_says_where_it_is_defined_is_not_undefined():
    """「本契約期間(33(契約期間および中途解約)において定義し、以下同様といたします。)」 in 約款 that define 本約款: the
    compound's own bracket says where it is defined."""
    text = ("電気需給約款\n当社は、この電気需給約款(以下「本約款」といいます。)を定めます。\n"
            "1 適用\n本約款は、当社が本契約期間(33(契約期間および中途解約)において定義し、以下同様といたします。)を通じて"
            "供給する電気に適用します。\n2 変更\n当社は、本約款を変更することがあります。\n")
    assert [f for f in _check(text, "term-inconsistent") if f.excerpt == "本契約"] == []


def test_the_documents_name_under_another_determiner_is_told():
    """「本サービスは当規約を承認し…」 in 会員規約 that say 本規約 seven times: 当規約 is its name written another way. A
    writer who says 当規約 sixteen times and 本規約 nine has two habits, not a slip; 当約款 in 約款 whose 本契約 is the
    contract is no form of that."""
    body = "".join(f"第{n}条（事項{n}）\n本規約は、会員に適用します。\n" for n in range(1, 8))
    text = "会員規約\n" + body + "第8条（承認）\n本サービスは当規約を承認した会員に提供します。\n"
    assert _said(text, "term-inconsistent") == [("当規約", "本規約")]
    habits = "会員規約\n" + body + "".join(f"第{n}条（事項{n}）\n当規約は、会員に適用します。\n" for n in range(8, 14))
    assert _said(habits, "term-inconsistent") == []


def test_the_homophone_of_the_documents_name_is_told():
    """「このキャンセル規程(以下「本規程」といいます。)」 then 「本規定はお客様と当院との間の契約内容となります」."""
    text = ("このキャンセル規程(以下「本規程」といいます。)は、当院を利用するお客様に適用されます。本規程への同意により、"
            "本規定はお客様と当院との間の契約内容となります。\n第1条（キャンセル）\nキャンセルは所定のフォームで行います。\n"
            "第2条（改定）\n本規定の改定については、利用規約第18条を準用します。\n")
    assert _said(text, "term-inconsistent") == [("本規定", "本規程"), ("本規定", "本規程")]


def test_a_short_name_given_then_written_with_hon_is_a_note():
    """「ソフトウェア製品（以下「製品」といいます）」 then 「本製品は、…知的財産です」 (a note: many terms write 本X for
    their X); written throughout (本クラブ in 会則 that shorten their name to 「クラブ」), the writer's way."""
    text = ("株式会社A（以下「A社」といいます）が提供するソフトウェア製品（以下「製品」といいます）の著作権はA社に帰属します。\n"
            "第1条（権利）\n本製品は、A社に帰属する知的財産です。製品はお客様にライセンスされます。\n")
    assert _said(text, "term-inconsistent", ("info",)) == [("本製品", "製品")]
    often = text + "".join(f"第{n}条（事項）\n本製品を複製してはなりません。\n" for n in range(2, 6))
    assert _said(often, "term-inconsistent", ("info",)) == []


def test_a_role_said_of_a_third_person_is_no_undefined_party():
    """「甲または甲に対する許諾者に帰属する」: 許諾者 of 甲 is a third person, not one of the two parties."""
    text = ("アプリ使用許諾契約書\n株式会社A（以下「甲」という。）と利用者（以下「乙」という。）は、次のとおり契約する。\n"
            "第1条（許諾）\n甲は、乙に対し、本アプリの使用を許諾する。乙は甲の定める方法で使用する。\n"
            "第2条（権利）\n本アプリの著作権は、甲または甲に対する許諾者に帰属するものとし、乙には帰属しない。\n"
            "第3条（禁止）\n乙は、甲の承諾なく本アプリを複製してはならない。甲は乙に通知する。\n"
            "第4条（解除）\n甲は、乙が違反したときは本契約を解除できる。乙は甲に損害を賠償する。\n")
    assert _said(text, "term-undefined") == []


def test_a_cited_name_may_leave_out_the_no_of_the_phrase():
    """前記「永代供養契約種別」 for 「永代供養の契約種別は、①…②…です。」: the phrase named without its の."""
    text = ("永代供養の契約種別は、①契約者のみ②契約者及び親族です。\n"
            "- 供養塔は前記「永代供養契約種別」が①の場合は契約者のみ、②の場合は契約者及びその親族を対象とします。\n")
    assert _said(text, "reference-dangling") == []
    assert _said(text.replace("前記「永代供養契約種別」", "前記「合祀契約種別」"), "reference-dangling")


def test_entries_a_lead_calls_its_items_are_no_paragraphs_named_wrongly():
    """「…お客様が以下の各号の条件を満たしている方を対象とします」 unlabelled, then 「1.」…「6.」: the entries of its list
    (read as paragraphs), which the writer may call 号."""
    text = ("第1条 本規約は入校の申込みに適用します。\n"
            "第2条 お申込を学校が受諾する条件は、お客様が以下の各号の条件を満たしている方を対象とします\n"
            "  1. 運転免許の受験資格がある方\n  2. 適性検査に支障がない方\n  3. 日本語が理解できる方\n"
            "第3条 以下の各号に該当するお客様はお申込を受諾することは出来ません\n"
            "  1. 前条の各号に該当しないお客様\n  2. その他、学校が入校に適当でないと判断したお客様\n")
    assert _said(text, "reference-dangling") == []


def test_a_parenthetical_continued_after_a_line_break_is_closed():
    """「(3)反社会的勢力(「…法律」に定義する。⏎暴力団…をいう)の組員…」: a line break after 。 leaves the rest of the
    parenthetical a unit of its own; read together, the bracket closes. A heading closed by its body stays told."""
    text = ("第1条（表明）\n乙は、次の事項を表明する。\n(1)自らが法人であること。\n"
            "(2)反社会的勢力(「暴力団員による不当な行為の防止等に関する法律」に定義する。\n"
            "暴力団ならびにその関係団体をいう)の組員に該当しないこと。\n(3)前各号の事項が真実であること。\n")
    assert _said(text, "bracket-unbalanced") == []
    # a page's 「<h2>## 第4条（サービスの提供・変更・停止</h2>⏎）」
    doc = read_document(Path(__file__).parent / "fixtures" / "pub130" / "animehub.html")
    assert [f.excerpt for f in run_checks(doc, ["bracket-unbalanced"])][:2] == ["##第4条（サービスの提供・変更・", "）運営者は、事前の通知な"]


def test_a_duty_that_names_both_times_it_binds_needs_no_survival_clause():
    """「契約期間中や契約期間終了後にかかわらず、…直接交渉によって指導を受けることはできません」."""
    text = ("第1条（契約期間）\n契約期間は1年とします。\n"
            "第2条（直接交渉の禁止）\n契約期間中や契約期間終了後にかかわらず、当社に所属する講師との直接交渉によって指導を"
            "受けることはできません。\n第3条（解約）\n会員は、1か月前までに申し出て解約できます。\n")
    assert _said(text, "survival-missing") == []


def test_a_letter_before_a_lot_number_is_an_address():
    """「(2)ゆくら妻有 新潟県十日町市芋川乙3267番地」: 乙 names a district of the village's lots, no party."""
    text = ("第1条（通則）\n1 本会は「なかさと会員」と称します。\n2 本会の運営は、株式会社なかさと(以下「会社」といいます)"
            "が行います。\n第2条（利用施設）\n1.会員の利用施設(以下「本施設」といいます)は、次のとおりとします。\n"
            " (1)ミオンなかさと 新潟県十日町市宮中己4197番地\n (2)ゆくら妻有 新潟県十日町市芋川乙3267番地\n"
            "第3条（会員）\n会員(以下「会員」といいます)は、本施設を利用できます。\n")
    assert _said(text, "term-inconsistent") == []


def test_a_role_before_the_name_the_letter_stands_for_is_set_beside_it():
    """「発注者xx市、xxx町清掃組合(以下「甲」という。)」, 「発注者である○○市（以下「甲」…）」: the role is 甲's."""
    for lead in ("発注者xx市、xxx町清掃組合(以下「甲」という。)", "発注者である○○市（以下「甲」という。）"):
        text = (f"第1条 {lead}は、業務を受注者(以下「乙」という。)に委託する。甲は乙に支払う。\n"
                "第2条 乙は甲に報告する。甲は乙を監督する。乙は甲に従い、甲は乙に通知する。\n")
        assert _said(text, "term-undefined") == [], lead


def test_the_reader_glossed_as_two_kinds_of_user_is_no_slip_of_one():
    """「お客様(契約者及び無料登録ユーザー)」 in terms that define 契約者: the word for both kinds."""
    text = ("第1条（定義）\n「契約者」とは、本サービスの利用契約を締結した者をいいます。\n"
            "第2条（適用）\n本規約は、本サービスを利用するお客様(契約者及び無料登録ユーザー)と運営者に適用されます。\n"
            "第3条（料金）\n契約者は料金を支払います。契約者は期限を守ります。契約者は通知を受けます。契約者は同意します。\n")
    assert _said(text, "term-inconsistent") == []


def test_a_person_after_hon_is_the_one_who_speaks():
    """「本公証人は、当事者の嘱託により…」: 本 before a person's role (the notary writing the deed), no thing to define."""
    text = ("第1条（目的）\n当事者は、別紙記載の商品（以下「本件商品」という。）の売買について合意した。\n"
            "第2条（作成）\n本公証人は、当事者の嘱託により、その陳述の趣旨を録取し、この証書を作成する。\n")
    assert _said(text, "term-undefined") == []


def test_a_bare_bullet_entry_of_a_definitions_article_is_the_term_defined():
    """「- 本システム」 alone on its line under 「次の各号に掲げる用語の定義は…」, its meaning on the next."""
    text = ("第1条（適用）\n本規約は、当社が提供するサービス（以下「本サービス」といいます。）に適用します。\n"
            "第2条（定義）\n本規約において、次の各号に掲げる用語の定義は、当該各号に定めるとおりとします。\n"
            "- 本システム\n導入法人等が本サービスを利用するために当社が提供するシステムをいいます。\n")
    assert _said(text, "term-undefined") == []


def test_a_renewed_terms_first_day_is_no_duty_after_the_end():
    """「更新後の契約期間は、更新前の契約期間の満了日の翌日から…までとします」."""
    text = ("第1条（期間）\n本契約の期間は1年とします。\n"
            "2 本契約が自動更新されたとき、更新後の契約期間は、更新前の契約期間の満了日の翌日から1年間とします。\n"
            "第2条（解約）\n利用者は、いつでも本契約を解約できます。\n")
    assert _said(text, "survival-missing") == []


# ------------------------------------------------------------------ spaces


def test_a_name_spelled_with_a_space_throughout_is_no_stray_space():
    """「アイオス ストレージサービス」 in the title, the preamble and 第1条; two words of the dictionary typed apart twice
    (「現金 または」) are still told."""
    text = ("製品サービス\nアイオスストレージサービスお申し込みフォーム\nアイオスストレージサービス資料請求\n"
            "アイオス ストレージサービス約款\n当社は「アイオス ストレージサービス」（以下「本サービス」）を提供します。\n"
            "第1条（提供）\n当社は、「アイオス ストレージサービス」を提供します。\n")
    assert _said(text, "stray-space", ("error", "warning", "info")) == []
    paid = "第1条（支払）\n料金は現金 または振込とします。\n第2条（返金）\n返金は現金 または振込とします。\n"
    assert _said(paid, "stray-space", ("error", "warning", "info"))


def test_a_representatives_name_on_a_numbered_line_keeps_its_space():
    """「(4)代表者 福岡 ふさえ」 in a company's particulars: a surname, a space, a given name in hiragana after the title."""
    text = ("第1条（事業者）\n事業者の表示は次のとおりとする。\n(1)名称 株式会社福岡不動産\n(2)所在地 京都市中京区\n"
            "(3)電話 075-841-1782\n(4)代表者 福岡 ふさえ\n")
    assert _said(text, "stray-space", ("error", "warning", "info")) == []


def _heading_deviations(text, name="doc.txt"):
    return [(f.severity, f.suggestion) for f in _check(text, "convention-deviation") if "見出し" in f.message]


def test_a_heading_number_spaced_unlike_the_others_is_told():
    """「第 1 条(約款承認・一時使用契約の締結)」 before 「第2条(使用料等)」, 「第 1条(目的…)」 before 第2条 and 第3条: the
    first heading typed apart. Headings all spaced alike say nothing."""
    text = ("第 1 条(約款承認)\n甲乙は、本約款を承認する。\n第2条(使用料等)\n乙は使用料を支払う。\n"
            "第3条(期間)\n期間は1年とする。\n")
    assert _heading_deviations(text) == [("warning", "第1条")]
    assert _heading_deviations(text.replace("第2条", "第 2 条").replace("第3条", "第 3 条")) == []


def test_one_heading_set_apart_otherwise_than_three_others_is_told():
    """「第1条 (目的)」 among 「第2条(資格)」…「第5条(入会)」, and 「第3条   寄付金の募集は、…」 (three spaces) among
    articles whose text follows its number after one (captions on the line above): the odd heading, a warning."""
    titled = "".join(f"第{n}条{'(' if n > 1 else ' ('}項目{n})\n本会の定めによる。\n" for n in range(1, 6))
    assert _heading_deviations(titled) == [("warning", "第1条(")]
    run_in = "".join(f"(見出し{n})\n第{n}条{'   ' if n == 3 else ' '}この規程は、本会の事業を定める。\n" for n in range(1, 6))
    assert _heading_deviations(run_in) == [("warning", "第3条 こ")]
    # two against one is no convention yet
    assert _heading_deviations("".join(f"第{n}条{'(' if n > 1 else ' ('}項目{n})\n本会の定めによる。\n" for n in range(1, 4))) == []


def test_rules_after_anothers_supplementary_provisions_keep_their_own_heading_habit():
    """A page that sets a 会員規約 (第１条　入会手続…) after its 定款 (第１条 この法人は…): each part's headings are
    compared with their own, not with the other part's majority."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub22" / "nsca_page.html")
    told = [f.excerpt for f in run_checks(doc, ["convention-deviation"]) if "見出し" in f.message]
    assert not [e for e in told if "入会手続" in e or "会員の成立" in e]


def test_old_form_counters_head_articles_and_cite_them():
    """A shrine's rules of old forms (「第一條　この神社は、…といふ。」, 第一號): 條 and 號 are the counters 条 and 号, so the
    articles are read, a citation of a missing article is told, and the old form itself is never reported."""
    text = ("（名称）\n第一條　この神社は、宗教法人法による宗教法人であつて、「秋葉神社」といふ。\n"
            "（事務所）\n第二條　この神社の事務所は、新潟縣新津市秋葉三丁目八番十九號に置く。\n"
            "（目的）\n第三條　この神社は、第二條の事務所において祭祀を行ふことを目的とする。\n"
            "（公告）\n第四條　この神社の公告は、第五條に定める掲示場に掲示して行ふ。\n")
    doc = doc_from_text(text)
    assert [a.label for a in doc.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert doc.source.text[doc.articles[0].span[0]:].startswith("（名称）\n第一條")  # the source keeps its old forms
    findings = run_checks(doc)
    assert [f.excerpt for f in findings if f.rule == "reference-dangling"] == ["第五条"]
    assert not [f for f in findings if f.severity in ("error", "warning") and f.rule != "reference-dangling"]


def test_spaces_no_convention_allows_are_told():
    """「常任理事 会に提出し」 (one kanji and its particle: the compound's last), 「ご予約表を発行 致します」, 「(以下
    成人スイミング) 。」 (before a 句点), 「お客さま( 以下「甲」という。)」 (inside a half-width bracket, one side): told
    whatever the document's habit. A form's blank before a counter (「就業規則第 条に基づき」) and a conjunction (「この規程
    又は就業規則」) are not the compound's."""
    text = ("第1条（理事会）\n書面を常任理事 会に提出し、承認を求める。\n第2条（予約）\nご予約表を発行 致します。\n"
            "第3条（名称）\n本講座は、成人スイミングスクールと称する(以下 成人スイミング) 。\n"
            "第4条（当事者）\nお客さま( 以下「甲」という。)は、当社と契約する。\n")
    told = {e for e, _ in _said(text, "stray-space", ("error", "warning", "info"))}
    assert told == {"常任理事 会に提出", "表を発行 致します", "ミング) 。", "客さま( 以下「甲"}
    blanks = "第1条（根拠）\n本規程は、就業規則第 条に基づき定める。この規程 又は就業規則に定めのない事項は協議する。\n"
    assert _said(blanks, "stray-space") == []


# ------------------------------------------------------------------ words confused in context


def test_words_confused_in_context():
    """Payments (奉納金を収める → 納める), the means of telling (口答で → 口頭で), a charge added (遅延損害金を負荷して →
    付加), what is done properly (適性かつ円滑に → 適正), a warranty disclaimed (接続を保障するものではありません → 保証, a
    note); the right readings beside them stay quiet (現金を金庫に収める, 能力及び適性に応じ, 口答試験, 安全を保障する)."""
    text = ("第1条（支払）\n遅延損害金を負荷して支払わねばなりません。契約者は永代供養奉納金を収めるものとします。\n"
            "第2条（案内）\n当社従業員が口答で案内した内容を優先します。業務が適性かつ円滑に行われるために定める。\n"
            "第3条（保証）\n本サービスは接続を保障するものではありません。\n")
    told = [(f.excerpt, f.suggestion, f.severity) for f in _check(text, "confusable-word")]
    assert told == [("負荷", "付加", "warning"), ("収め", "納め", "warning"), ("口答", "口頭", "warning"),
                    ("適性", "適正", "warning"), ("保障", "保証", "info")]
    right = ("第1条（管理）\n現金を金庫に収める。職員は能力及び適性に応じて配置する。\n"
             "第2条（試験）\n口答試験を行う。国は安全を保障する。\n")
    assert _check(right, "confusable-word") == []


# ------------------------------------------------------------------ repeats


def test_a_noun_listed_twice_is_told():
    """「盗難・紛失、毀損、紛失におきましては」 (the last noun, closed by におき; two nouns joined by ・), 「ガイドライン等、
    特約、ガイドライン、説明書等」 (等 names no other thing). The head of a clause the last noun opens is no item
    (「暴力団、暴力団員、暴力団員でなくなった時から」), nor a compound joined by ・ (育児・介護休業)."""
    text = ("第1条（免責）\n使用者等の所持品等の盗難・紛失、毀損、紛失におきましては当社は責任を負いません。\n"
            "第2条（適用）\n本規約のほか、ガイドライン等、特約、ガイドライン、説明書等が適用されます。\n")
    assert [e for e, _ in _said(text, "duplication")] == ["持品等の盗難・紛失、毀損、紛失にお",
                                                          "のほか、ガイドライン等、特約、ガイドライン、説明書等"]
    quiet = ("第1条（表明）\n乙は、暴力団、暴力団員、暴力団員でなくなった時から5年を経過しない者に該当しない。\n"
             "第2条（休業）\n社員の育児・介護休業、育児・介護のための短時間勤務について定める。\n")
    assert _said(quiet, "duplication") == []


def test_a_kanji_typed_twice_at_a_compounds_end_is_told():
    """「⑤搬入時期期、⑥搬入場所」; the second of two kanji that opens a word of its own stays quiet (同窓会会則, 契約約款,
    駐車車両), as do words (日日) and the conjunction after a word ending in its kanji (普及及び)."""
    text = ("第1条（指示）\n売主は、①搬入日、②品名、③数量、④単価、⑤搬入時期期、⑥搬入場所等を記載した指示書を交付する。\n")
    assert _said(text, "duplication") == [("⑤搬入時期期、⑥搬", "期")]
    quiet = ("同窓会会則\n第1条（目的）\n本会は、著作権の普及及び研究を行う。駐車車両は所定の場所に置く。本契約約款は会員に適用する。\n")
    assert _said(quiet, "duplication") == []


def test_a_chapter_title_typed_against_its_number_heads_the_chapter():
    """「第2章結婚祝金」 alone on its line between 「第1章 総則」 and 「第4章 傷病見舞金」: a chapter, so no gap is told;
    「第２章に定める」 and 「第2章中」 cite one."""
    from pipeline.grammar import match_chapter_heading
    assert match_chapter_heading("第2章結婚祝金").title == "結婚祝金"
    assert match_chapter_heading("第２章に定める") is None and match_chapter_heading("第2章中") is None
    text = ("第1章 総則\n(目的)\n第1条 この規程は、慶弔見舞金について定める。\n第2章結婚祝金\n(結婚祝金)\n"
            "第2条 会員が結婚したときは、祝金を贈る。\n第3章竣工祝金\n(竣工祝金)\n第3条 会員が住宅を新築したときは、"
            "祝金を贈る。\n第4章 傷病見舞金\n(傷病見舞金)\n第4条 会員が傷病により休業したときは、見舞金を贈る。\n")
    assert _said(text, "numbering-gap") == []


def test_a_bulleted_law_style_item_is_an_item():
    """「- 一 片道100km以上の地へ出張するとき。」「- 二 前号に関わらず、…」: a page's list of law-style items; 前号 is
    the first."""
    text = ("第1条(目的)\n本規程は、出張旅費について定める。\n第2条(適用)\n本規程は、以下の場合において適用する。\n"
            "- 一 片道100km以上の地へ出張するとき。\n- 二 前号に関わらず、往復4時間以上の地へ出張するとき。\n")
    doc = doc_from_text(text)
    assert [it.label for it in doc.articles[1].paragraphs[0].items] == ["一", "二"]
    assert _said(text, "reference-dangling") == []


def test_a_katakana_word_with_a_dakuten_wrong_beside_it_set_right():
    """「月会費をクレジッドカード引き落としにて」 in terms that write クレジットカード twice elsewhere; a word of its own
    (カート beside カード) and letters spelled out (エイチ・ティー・ディー) stay quiet."""
    text = ("第1条（支払）\n会費はクレジットカードで支払う。クレジットカードの名義は会員本人とする。\n"
            "第2条（引落し）\n月会費をクレジッドカード引き落としにて支払う。\n")
    assert _said(text, "typo") == [("月会費をクレジッドカード引き落と", "クレジットカード")]
    quiet = ("第1条（購入）\nカードで支払う。カードは本人のものとする。商品はカートに入れる。\n"
             "第2条（運営）\n本サービスはエイチ・ティー・ディーが運営し、ディーディーとティーティーが協力する。\n")
    assert _said(quiet, "typo") == []


def test_the_space_after_a_blank_date_of_a_form_is_the_forms():
    """「契約締結日である 令和 年 月 日 から、」: the blanks of a form's date and the space it leaves after the day."""
    text = "第1条（期間）\n本契約の有効期間は、契約締結日である 令和 年 月 日 から、1年間とします。\n"
    assert _said(text, "stray-space") == []
