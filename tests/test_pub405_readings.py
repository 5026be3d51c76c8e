"""What the readings of session 39 found on published documents (pub405–pub409: terms of schools and courses, of
points, tickets and crowdfunding, of platforms for sellers and creators, pledges and consent forms, and of
reservations, rentals and repairs), read whole and kept outside the repository. Each construct is tested here in
text of the same shape written for the test."""

from conftest import doc_from_text, findings_in_text

from pipeline.checks import run_checks


# ------------------------------------------------------------------ typo

def test_a_kanji_verb_written_in_kana_is_no_slip_of_another_verb():
    """「連絡が…１４日以上とれなくなったときは」: とれ is 取れる as written; MeCab reads 以上と|し|なく cheaper, but a verb
    for another verb is another sentence, not a kana slipped."""
    text = ("第1条（連絡）\n会員との連絡が連続又は断続して１４日以上とれなくなったときは、理由の如何にかかわらず"
            "退会したものとみなす。\n")
    assert findings_in_text(text, "typo") == []


def test_a_kana_slipped_inside_a_verb_read_another_way_is_still_told():
    """「においては」 slipped to 「におうては」: MeCab reads おう as 会う in its old euphonic form, which is no verb as
    written, so the slip is still told."""
    text = "第1条（適用）\n本サービスにおうては、会員は本規約に従うものとする。\n"
    assert [f.suggestion for f in findings_in_text(text, "typo")] == ["においては"]
    # a verb read in the slip (恋う in こいて, 触る in さわらず) stands not against a phrase law text writes throughout
    for slip, fixed in (("本サービス上にこいて、", "について"), ("営利目的の有無にかさわらず、", "にかかわらず")):
        text = f"第1条（適用）\n会員は、{slip}本規約に従うものとする。\n"
        assert [f.suggestion for f in findings_in_text(text, "typo")] == [fixed], slip


# ------------------------------------------------------------------ defined terms

def test_the_other_side_of_a_defined_act_is_no_variant_of_it():
    """「労働保険事務を委託（以下「事務委託」という。）」 and 「当団体の事務受託の範囲」: the union takes on (受託) what the
    members entrust (委託); one kanji apart, and the other side of the same act, not a slip."""
    text = ("第1条（委託）\n会員は、当団体に労働保険事務を委託（以下「事務委託」という。）するものとする。\n"
            "2 事務委託を継続するには年度更新手続を要する。\n3 当団体は、事務委託の内容を会員に通知する。\n"
            "4 事務委託の解除は書面で行う。\n5 事務委託の期間は一年とする。\n\n"
            "第2条（範囲）\n当団体の事務受託の範囲は、労働保険の申告及び納付に関する事務とする。\n")
    assert findings_in_text(text, "term-inconsistent") == []
    slipped = text.replace("事務受託", "事務依託")  # 依 is no opposite of 委: still a slip of the defined term
    assert [f.suggestion for f in findings_in_text(slipped, "term-inconsistent")] == ["事務委託"]


def test_a_word_the_term_names_together_with_another_is_no_variant_of_it():
    """「出品者及び利用者（以下、総称して「ユーザー」といいます）」: ユーザー is both, and 利用者 one of them; 「出品者は、
    利用者から直接料金を受領してはならない」 means the buyer, not every user (eight false warnings on one page)."""
    text = ("第1条（適用）\n本サービスを利用される出品者及び利用者（以下、総称して「ユーザー」といいます）は、本規約に従うものとします。\n"
            "2. ユーザーは、本規約に同意したものとみなします。\n3. ユーザーは、登録情報を正確に保つものとします。\n"
            "4. ユーザーは、自己の責任で本サービスを利用します。\n\n"
            "第2条（料金）\n1. 利用者は、当社が定める金額を支払うものとします。\n"
            "2. 出品者は、利用者から直接料金を受領してはならないものとします。\n")
    assert findings_in_text(text, "term-inconsistent") == []


def test_a_synonym_of_a_term_that_names_one_thing_is_still_told():
    text = ("第1条（適用）\n本サービスを利用される方（以下「ユーザー」といいます）は、本規約に従うものとします。\n"
            "2. ユーザーは、本規約に同意したものとみなします。\n3. ユーザーは、登録情報を正確に保つものとします。\n"
            "4. ユーザーは、自己の責任で本サービスを利用します。\n\n"
            "第2条（料金）\n1. 利用者は、当社が定める金額を支払うものとします。\n")
    assert [f.suggestion for f in findings_in_text(text, "term-inconsistent")] == ["ユーザー"]


def test_a_defined_word_in_a_quoted_sentence_or_another_documents_name_is_not_the_documents_own():
    """「「このサービスは、…共同で提供しています。」と記載されております」 quotes a page; 別途定める「お客様の個人情報に関する
    プライバシーポリシー」 names another document: their words are not the document's to align with 本サービス or 利用者."""
    text = ("第1条（定義）\n本規約において、本サービスを利用する方を「利用者」といい、当社が提供するサービスを「本サービス」といいます。\n"
            "2. 本サービスのページには、「このサービスは、当社と提携先の共同で提供しています。」と記載されております。\n"
            "3. 利用者は本規約に同意するものとします。\n4. 利用者は登録情報を正確に保つものとします。\n"
            "5. 利用者は自己の責任で本サービスを利用します。\n6. 本サービスの内容は変更されることがあります。\n"
            "7. 本サービスの利用料金は無料です。\n\n"
            "第2条（個人情報）\n利用者の登録情報は、別途定める「お客様の個人情報に関するプライバシーポリシー」に従い、取り扱うものとします。\n")
    assert findings_in_text(text, "term-inconsistent") == []
    told = text.replace("2. 本サービスのページには、「このサービスは、当社と提携先の共同で提供しています。」と記載されております。",
                        "2. このサービスは、当社と提携先の共同で提供しています。")
    assert [f.excerpt for f in findings_in_text(told, "term-inconsistent")] == ["このサービス"]


# ------------------------------------------------------------------ structure and references

def test_sentences_each_behind_a_typed_bullet_are_the_articles_paragraphs():
    """「- 甲は、…定めるものとする。- 前項に定める…」 in one block of a page (its Markdown lines joined by a component): each
    bullet after a 。 is the next 項, and 「前項」 in the second points at the first."""
    html = ("<html><body><h1>利用規約</h1><h2>第1条（目的）</h2><div>本規約は、本サービスの利用条件を定める。</div>"
            "<h2>第2条（学習指導期間の決定）</h2><div>- 甲は、本契約締結に際して、学習指導期間を定めるものとする。"
            "- 前項に定める学習指導期間が定員上限に達している場合、乙は甲に対し、開始日変更の相談を行うことができる。</div>"
            "</body></html>")
    doc = doc_from_text(html, "bullets.html")
    assert [p.number for p in doc.article("2").paragraphs] == [None, 2]
    assert [f for f in run_checks(doc) if f.rule == "reference-dangling"] == []
    text = "利用規約\n\n第1条（目的）\n本規約は、本サービスの利用条件を定める。\n\n第2条（決定）\n- 甲は期間を定める。\n- 前項の期間は変更できる。\n"
    assert [p.number for p in doc_from_text(text, "bullets.txt").article("2").paragraphs] == [None, 2]


def test_an_article_of_another_document_named_before_its_no_is_not_this_documents():
    """「本規約の変更に関する事項は会員規約の第19条を準用します」 in 出店者規約 (19 articles short of it): an article of
    the 会員規約, as 「会員規約第20条」 without の already was; 「本規約の第19条」 is still this document's own."""
    text = ("出店者規約\n第1条（位置づけ）\n本規約は、当社が別途定めた「会員規約」の一部を構成します。\n"
            "第2条（変更）\n本規約の変更に関する事項は会員規約の第19条を準用します。\n")
    assert findings_in_text(text, "reference-dangling") == []
    own = text.replace("会員規約の第19条", "本規約の第19条")
    assert [f.excerpt for f in findings_in_text(own, "reference-dangling")] == ["第19条"]


# ------------------------------------------------------------------ typo, confusable-word, duplication, redundancy

def test_a_word_typed_twice_in_two_sentences_is_told_at_both():
    """「適法な商品商品であるのか」 and 「当該商品商品に係る」: 商品 doubled twice by one habit, in other surroundings each
    time; a name written doubled keeps its surroundings (「ロハスロハス スタジオ」) and stays quiet."""
    text = ("利用規約\n第1条（適用）\n本規約は、出品者と当社との間の商品の取引に適用します。\n第2条（商品）\n"
            "出品者は、適法な商品商品であるのかどうかを確認するものとします。\n2 当該商品商品に係る取引は当社の定めに従います。\n")
    assert [f.excerpt for f in findings_in_text(text, "duplication")] == ["商品商品", "商品商品"]
    named = text.replace("適法な商品商品であるのか", "当該商品商品に係るものであるのか")
    assert findings_in_text(named, "duplication") == []


def test_a_homophone_of_one_of_the_documents_staple_compounds_written_once_is_a_misconversion():
    """「翌月の15日までに出展者に支払う」 in 出店者規約, which writes 出店者 throughout: 展 for 店, one reading (テン)."""
    rules = "".join(f"{n}. 出店者は、本規約の第{n}項を守るものとします。\n" for n in range(2, 22))
    text = (f"出店者規約\n第1条（適用）\n本規約は、出店者に適用します。\n{rules}\n"
            "第2条（支払）\n当社は、売上金を翌月の15日までに出展者に支払うものとします。\n")
    assert [(f.excerpt, f.suggestion) for f in findings_in_text(text, "typo")] == [("日までに出展者に支払う", "店")]
    few = text.replace(rules, "".join(f"{n}. 出店者は、本規約の第{n}項を守るものとします。\n" for n in range(2, 8)))
    assert findings_in_text(few, "typo") == []  # 出店者 ×7: two words of one reading may both be meant


def test_objection_duties_and_the_katakana_he_after_a_name():
    text = ("出店者規約\n第1条（異議）\n出店者は、当社の判断に対し異義を提起できません。\n"
            "第2条（譲渡）\n出店者は、本規約上の地位、権利および業務を他人に譲渡できません。\n"
            "第3条（違反）\n出店者が本規約の業務を違反した場合、当社は契約を解除できます。\n"
            "第4条（報告）\n出店者は、レフィーの指示に従い、結果をレフィーヘ報告します。\n2 出店者は、レフィーの承諾を得ます。\n")
    said = {(f.rule, f.excerpt, f.suggestion) for f in findings_in_text(text) if f.severity == "warning"}
    assert {("confusable-word", "異義", "異議"), ("confusable-word", "業務", "義務"),
            ("typo", "果をレフィーヘ報告し", "へ")} <= said
    quiet = ("規約\n第1条（業務）\n当社は本サービスの業務を第三者に委託できます。同音異義語の誤りに注意します。\n"
             "2 ヘルパーヘの連絡は書面で行います。\n")
    assert [f for f in findings_in_text(quiet) if f.rule in ("confusable-word", "typo")] == []


def test_to_and_nado_together_say_it_twice():
    text = "規約\n第1条（情報）\n利用者は、職務経歴等などを含む情報を登録する。\n"
    # (the fix keeps 等, which may end a term the document defines: tests/test_reread47.py)
    assert [f.suggestion for f in findings_in_text(text, "redundant-expression")] == ["職務経歴等"]


def test_a_heading_above_a_form_is_no_part_of_the_forms_sentence():
    """「#### (1) 誓約書①「申請者と責任者が同一の場合」」 above a form in a code block whose sentence the second form repeats:
    the two forms share it on purpose, and the heading is no words the first added to it."""
    sentence = "計算機の利用の結果、不適切な利用等の問題が発生した場合にはその責任を負うことを了承し不正利用はおこないません。"
    form = "```\n誓約書\n\n国立遺伝学研究所 \n所長 \n近藤 滋　殿 \n\n\n"
    end = " \n\n\n年    月    日 \n```\n"
    text = ("---\ntitle: ユーザーアカウント発行基準\n---\n\n## ユーザーの責務 {#users}\n\n- 利用目的・成果については原則として公開と"
            "なっております。\n\n## 責任者の責務 {#resp}\n\n責任者の方には以下について同意していただく必要があります。\n\n"
            "1. 研究成果は公開になります。\n2. 利用に問題のない機関に所属されていること。\n\n### 誓約書の雛形 {#pledge-template}\n\n"
            "#### (1) 誓約書①「申請者と責任者が同一の場合」 {#same-person}\n\n" + form + sentence + end
            + "\n#### (2) 誓約書②「申請者と責任者が異なる場合」 {#diff-person}\n\n" + form
            + "管理責任者として申請者の利用内容を把握し、適切に管理・指導いたします。 \n" + sentence + end)
    assert [f for f in run_checks(doc_from_text(text, "forms.md")) if f.rule == "duplication"] == []


# ------------------------------------------------------------------ the second round (pub410–pub414)

def test_a_leases_restitution_and_deposit_need_no_survival_clause():
    """「契約終了時、借主は物件を原状回復し返却する。」 under 第8条（原状回復）, 「甲は本契約終了後、…敷金…を返還する」 under
    第4条（敷金）: the end of the lease makes them due (民法621条, 622条の2), and leases have no survival clause for them."""
    text = ("建物賃貸借契約書\n第1条（目的）\n貸主は借主に本物件を賃貸し、借主はこれを賃借する。\n"
            "第2条（期間）\n本契約の期間は2年とする。\n第3条（賃料）\n借主は毎月末日までに翌月分の賃料を支払う。\n"
            "第4条（敷金）\n借主は敷金として賃料の2か月分を預ける。\n2. 貸主は本契約終了後、借主の未払債務を控除した残額を、"
            "本物件の明渡し完了後30日以内に返還するものとする。\n"
            "第5条（原状回復）\n契約終了時、借主は物件を原状回復し返却する。\n")
    assert findings_in_text(text, "survival-missing") == []
    duty = text.replace("第5条（原状回復）", "第5条（鍵の返却）").replace("物件を原状回復し返却する", "貸与された鍵を返却する")
    assert [f.rule for f in findings_in_text(duty, "survival-missing")] == ["survival-missing"]


def test_a_pages_template_code_has_braces_that_are_no_brackets_of_the_text():
    html = ("<html><body><h1>${e(title)}書</h1><h2>第1条（目的）</h2><div>甲は乙に本物件を賃貸する。</div>"
            "<h2>第2条（原状回復）</h2><div>原状回復の範囲は、ガイドラインに準拠する。</div>\n${contract.special_terms ? `\n"
            "<h2>第3条（特約事項）</h2><div>${e(contract.special_terms)}</div>` : \"\"}\n</body></html>")
    assert [f for f in run_checks(doc_from_text(html, "lease.html")) if f.rule == "bracket-unbalanced"] == []
    opened = html.replace("ガイドラインに準拠する。", "ガイドライン（国土交通省の定めに準拠する。")
    assert [f.rule for f in run_checks(doc_from_text(opened, "lease.html")) if f.rule == "bracket-unbalanced"] \
        == ["bracket-unbalanced"]


def test_the_noun_of_sono_the_value_of_a_name_field_and_tubes_and_bulbs_are_no_slips():
    text = ("社宅使用契約書\n第1条（物件）\n(1)　建物の名称　プリア常盤台パークフロント\n(2)　所在地　東京都板橋区\n"
            "第2条（遵守事項）\n使用者は次の事項を遵守する。\n(1)　社宅管理規程を遵守すること\n(2)　その他賃貸借契約の各条項を遵守すること\n"
            "第3条（免責）\n電球、蛍光灯その他これらに類似の管球類に単独に生じた損害は補償しない。\n")
    assert [f for f in findings_in_text(text, "typo") if f.severity == "warning"] == []


def test_a_star_that_can_open_no_emphasis_is_no_broken_markup_but_one_between_words_is_a_lost_dot():
    """「"_v1*.zip" (* は数字)」: neither asterisk can open emphasis (CommonMark), and the page shows them as meant;
    「ウイルス * マルウェア」: a 中黒 lost in conversion, shown as an asterisk."""
    md = ("# 利用規約\n\n1. データ形式について\n\n    ファイル名末尾が \"_v1*.zip\" (* は数字) のものは v1 系のフォーマットです。\n\n"
          "2. 運用\n\n本アプリの運用において、不正アクセス、ウイルス * マルウェア等に対する対策を講じます。\n")
    said = [(f.excerpt, f.suggestion) for f in run_checks(doc_from_text(md, "terms.md")) if f.rule == "markup-broken"]
    assert said == [("ス、ウイルス * マルウェア等", "・")]


def test_a_comma_before_an_address_in_a_list_of_sources_is_no_comma_of_prose():
    text = ("利用規約\n第1条（出典）\n本データは、以下の情報を加工して作成しています。また、出典は次のとおりです。\n"
            "国土交通省「位置参照情報」を加工, https://nlftp.mlit.go.jp/isj/\n「アドレス・ベース・レジストリ」を加工,\n"
            "https://www.digital.go.jp/policies/base_registry_address_tos/\n"
            "第2条（利用）\n利用者は、本データを、自由に、利用することができます。\n"
            "第3条（禁止）\n利用者は、法令に違反し、又は、公序良俗に反し、若しくは、第三者の権利を侵害する、利用をしてはなりません。\n")
    assert [f for f in findings_in_text(text, "convention-deviation") if f.severity == "warning"] == []
    prose = text.replace("利用者は、本データを、自由に、", "利用者は,本データを、自由に、")
    assert [f.suggestion for f in findings_in_text(prose, "convention-deviation") if f.severity == "warning"] == ["、"]


def test_a_heading_over_the_sections_it_names_is_not_empty():
    """「・補償対象事故および保険金額」 then 「・補償対象事故」, both <h2> on a page that nests the second in the first's
    block: the first heads what follows."""
    items = "".join(f"<h2>・第{n}項目</h2><p>第{n}項目の内容を定めます。</p>" for n in range(1, 7))
    html = (f"<html><body><h1>保証規約</h1>{items}<h2>・補償対象事故および保険金額</h2><h2>・補償対象事故</h2>"
            "<p>補償期間中に生じた偶然な事故を補償します。</p><h2>・保険金の請求</h2><p>請求は書面で行います。</p></body></html>")
    assert [f for f in run_checks(doc_from_text(html, "warranty.html")) if f.rule == "article-empty"] == []
    empty = html.replace("<h2>・補償対象事故</h2><p>補償期間中に生じた偶然な事故を補償します。</p>", "")
    assert [f.excerpt for f in run_checks(doc_from_text(empty, "warranty.html")) if f.rule == "article-empty"] \
        == ["・補償対象事故および保険金額"]


def test_an_item_in_two_lists_numbered_from_one_each_is_no_copy():
    """The documents to send 「修理可能」の場合 (①…⑤) and 「修理不能」の場合 (①…⑦), two cells of a table read as one list:
    「家族証明…（※6）」 is rightly in both; the same item twice in one list is still told."""
    lists = ("第6条（請求書類）\n保険金の請求には、次の書類が必要です。\n① 事故状況説明書兼保険金請求書\n② 修理領収書\n"
             "③ 家族証明・会員と同居であることが確認できる書類\n① 事故状況説明書兼保険金請求書\n② 購入時の領収証\n"
             "③ 盗難届受理証明（盗難の場合のみ）\n④ 家族証明・会員と同居であることが確認できる書類\n")
    text = "保証規約\n第1条（目的）\n本規約は保証の内容を定めます。\n" + lists
    assert findings_in_text(text, "duplication") == []
    twice = text.replace("② 購入時の領収証\n", "② 家族証明・会員と同居であることが確認できる書類\n")
    assert [f.rule for f in findings_in_text(twice, "duplication")] == ["duplication"]


def test_slips_of_the_second_round_that_are_facts_of_japanese():
    """Each a reader's mark on a published text: the volitional form joined to する without と, する of a one-kanji
    verb without its る before any noun, 習慣 beside 法令, a document 発生された, 天才地変, and ならい for ならない where
    the document writes ならないものとします twice and law text each 4-gram of it."""
    text = ("利用規約\n第1条（禁止）\n撮影機器を持ち込んだ場合または持ち込もうした場合、当社は退場を求めることがあります。\n"
            "2 当社は、いずれの立場に関す責任も負いません。\n3 本約款の趣旨・法令・習慣に反しない範囲で運用します。\n"
            "4 乙が当該書面を発生したときに、その効力が生じます。\n5 天才地変により履行できない場合、当社は責任を負いません。\n"
            "第2条（遵守）\n利用者は、以下の行為を行ってはならいものとします。\n2 利用者は、本サービスを不正に利用してはならないものと"
            "します。\n3 利用者は、第三者の権利を侵害してはならないものとします。\n")
    said = {(f.rule, f.suggestion) for f in findings_in_text(text) if f.severity in ("warning", "error")}
    assert {("grammar-slip", "持ち込もうとし"), ("grammar-slip", "関する"), ("confusable-word", "慣習"),
            ("confusable-word", "発信"), ("confusable-word", "天災地変"), ("typo", "ってはならないものとします")} <= said
    quiet = ("利用規約\n第1条（目的）\nこうした場合、そうしたことも含め、登録しようとする者は届け出ます。会員は良い習慣を身につけ、"
             "事故が発生したときは通知を発信します。本規約に関する事項を定めます。\n")
    assert [f for f in findings_in_text(quiet) if f.rule in ("grammar-slip", "confusable-word", "typo")] == []


def test_a_list_typed_with_br_under_each_numbered_block_is_no_run_of_sections():
    """「<p>1. 院内での利用</p>」 over 「<p>1. 患者さんに提供する医療サービス<br>2. 医療保険事務<br>…</p>」, and so for 2. and
    3.: the numbered blocks are the sections, the <br> lists their text (the longer <br> run was taken for the sections,
    and the real ones for duplicates)."""
    html = ("<html><body><h1>個人情報保護方針</h1><p>当院において収集した個人情報の利用の目的は、以下のとおりです。</p>"
            "<div><p>1. 院内での利用</p></div><div><p>\n1. 患者さんに提供する医療サービス<br>\n2. 医療保険事務<br>\n"
            "3. 入退院等の病棟管理<br>\n4. 会計・経理<br>\n</p></div>"
            "<div><p>2. 院外への情報提供としての利用</p></div><div><p>\n1. 他の病院、診療所、薬局等との連携<br>\n"
            "2. 他の医療機関等からの照会への回答<br>\n3. 検体検査業務等の業務委託<br>\n</p></div>"
            "<div><p>3. その他の利用</p></div><div><p>\n1. 医療サービスの改善のための基礎資料<br>\n2. 外部監査機関への情報提供<br>\n"
            "</p></div></body></html>")
    doc = doc_from_text(html, "policy.html")
    assert [a.title for a in doc.articles] == ["院内での利用", "院外への情報提供としての利用", "その他の利用"]
    assert [f for f in run_checks(doc) if f.rule.startswith("numbering")] == []


def test_an_undefined_name_of_a_written_document_is_told_whole():
    """「本確認書の差入後も」 in a pledge that calls itself 本誓約書: the finding names 本確認書, its 書 too."""
    text = ("誓約書\n\n私は、貴社との取引に関し、以下のとおり誓約いたします（以下「本誓約書」という）。\n第1条（秘密保持）\n"
            "私は、本誓約書に基づき秘密を保持します。\n第2条（期間）\n本確認書の差入後も、秘密を保持します。\n"
            "第3条（損害）\n本誓約書に違反した場合、損害を賠償します。\n")
    assert [f.excerpt for f in findings_in_text(text, "term-undefined")] == ["本確認書"]


def test_a_template_engines_variable_left_in_the_text_is_a_blank():
    """「金 {{monthlyFee}} 円/月」, 「{{counterparty}}（以下「甲」という）」: the variable is the blank (not the 円 after it)."""
    text = ("業務委託契約書\n第1条（委託料）\n甲は、乙に対し、本件業務の対価として、金 {{monthlyFee}} 円/月を支払う。\n"
            "第2条（支払）\n甲は、前条の委託料を翌月末日までに支払う。\n")
    assert [f.excerpt for f in findings_in_text(text, "template-placeholder")] == ["価として、金{{monthlyFee}}円/月を支払"]


# ------------------------------------------------------------------ the third round (pub415–pub418)

def test_a_caption_noun_in_shi_and_a_relative_clauses_object_are_no_slips():
    text = ("利用規約\n第1条（見出し）\n23.8 見出し。見出しは便宜のためのみであり、解釈に影響しない。\n"
            "2 当社はこれらを本サービスを構成するコントラクトとして認識する。\n")
    assert [f for f in findings_in_text(text, "grammar-slip")] == []
    told = text + "3 当社は、本規約を変更を行った場合、通知する。\n"
    assert [f.excerpt for f in findings_in_text(told, "grammar-slip")] == ["規約を変更を"]


def test_this_list_this_file_this_agreement_and_this_development_need_no_definition():
    text = ("利用規約\n第1条（定義）\n当社が提供するサービス（以下「本サービス」という。）の利用条件を定めます。\n"
            "2 本サービスの公式アドレスは次のとおりです。当社は本リストを更新することがあります。\n"
            "3 本仲裁合意は本規約の終了後も有効とします。\n4 本開発に関する問い合わせは当社が受け付けます。\n"
            "5 本ファイルを更新する場合は、まず本サービスの画面を確認します。\n")
    assert findings_in_text(text, "term-undefined") == []


def test_a_date_left_as_underscores_in_markdown_is_a_blank_not_a_malformed_duration():
    md = "# 利用規約\n\n## 第1条（目的）\n\n本規約は本サービスの利用条件を定めます。\n\n## 附則\n\n本規約は **2026年__月__日** より施行します。\n"
    fs = run_checks(doc_from_text(md, "terms.md"))
    assert [f.rule for f in fs if f.rule == "duration-malformed"] == []
    assert [f.excerpt for f in fs if f.rule == "template-placeholder"] == ["則 本規約は2026年__月__日より施行しま"]


def test_loanwords_with_a_suffix_and_with_large_vowels_after_u_are_no_slips():
    loanwords = "".join(f"{w}を使います。" for w in ("サーバー", "ファイル", "ウェブ", "チェック", "フォーム", "シェア",
                                                  "ショップ", "キャッシュ", "ジャンル", "アップデート", "ティッシュ"))
    text = (f"利用規約\n第1条（方針）\n{loanwords}\n2 本プロトコルはパーミッションレス。誰でも利用できます。\n"
            "3 利用可能なソフトウエアの利用制限はありません。\n")
    assert [f for f in findings_in_text(text, "typo") if f.severity == "warning"] == []


def test_letters_labelling_a_list_run_together_are_no_brackets_or_stray_letters():
    text = ("利用規約\n第1条（申請）\n非居住者の場合、以下a)b)c)の情報をお送りください。\n"
            "- a) 過去の所属歴\n- b) 現在の勤務形態\n- c) 海外での身分\n")
    assert [f for f in findings_in_text(text) if f.rule in ("bracket-unbalanced", "typo")] == []


def test_a_space_after_a_bracket_that_closes_latin_text_is_the_latin_words():
    """「…機構 (ROIS) の規程」, a link's 「[citation](…html) を」: spaced from the Japanese as the Latin word is."""
    tight = "".join(f"{n}. 規程（第{n}条）は、本規約(以下同じ)を補うものとする。\n" for n in range(1, 13))
    md = (f"# データポリシー\n\n{tight}\nDDBJ では情報・システム研究機構 (ROIS) の規程に従い個人情報を取り扱います。\n"
          "詳細は [citation](https://www.ddbj.nig.ac.jp/citation.html) を参照してください。\n")
    assert [f for f in run_checks(doc_from_text(md, "policy.md")) if f.rule == "stray-space" and f.severity == "warning"] == []
    told = md.replace("本規約(以下同じ)を", "本規約(以下同じ) を", 1)
    assert [f.rule for f in run_checks(doc_from_text(told, "policy.md"))
            if f.rule == "stray-space" and f.severity == "warning"] == ["stray-space"]


def test_a_glossarys_term_alone_on_its_line_keeps_its_meaning_set_apart_below():
    """「（９）利用者」⏎⏎「教職員等及び学生等で、…利用するものをいう。」 (a term ending in 者, as items end): the meaning is
    the item's, and （10） is the next item, not a paragraph's first after a gap."""
    entries = [("学生等", "本学の学部学生をいう。"), ("利用者", "教職員等及び学生等で、許可を受けて利用するものをいう。"),
               ("臨時利用者", "教職員等及び学生等以外の者で、臨時に利用する許可を受けた者をいう。"),
               ("情報セキュリティ", "情報資産の機密性を維持することをいう。")]
    body = "".join(f"（{n}）{t}\n{{: .rui}}\n\n{m}\n{{: .rui-text}}\n\n" for n, (t, m) in zip(("８", "９", "10", "11"), entries))
    md = "# 規程\n\n## 第1条（定義）\n\nこの規程において、次の各号に掲げる用語の意義は、当該各号の定めるところによる。\n\n" + body
    md = md.replace("（８）", "（１）利用\n\n情報を利用することをいう。\n\n（２）教職員等\n\n本学の職員をいう。\n\n（３）部局\n\n学部をいう。\n\n"
                    "（４）端末\n\n機器をいう。\n\n（５）手順\n\n手続をいう。\n\n（６）ポリシー\n\n基本方針をいう。\n\n（７）情報\n\n記録をいう。\n\n（８）")
    doc = doc_from_text(md, "rules.md")
    assert len(doc.article("1").paragraphs) == 1
    assert [f for f in run_checks(doc) if f.rule.startswith("numbering")] == []


def test_made_until_then_and_a_code_spans_value_are_no_slips():
    text = ("利用規約\n第1条（免責）\n各コンテンツは作成時点までの信頼できると思われる情報に基づいています。\n")
    assert findings_in_text(text, "grammar-slip") == []
    uses = "".join(f"{n}. UTokyo WiFiの利用者は規約に従います。\n" for n in range(1, 12))
    md = f"# UTokyo WiFi 利用規約\n\n{uses}\n| **SSID:** | `UTokyo-WiFi` |\n"
    assert [f for f in run_checks(doc_from_text(md, "wifi.md")) if f.rule == "name-variant"] == []


def test_per_month_written_with_the_kanji_of_vicinity():
    """「グレードのランクと月辺りの時間を考慮し」: per month (当たり) before the thing rated; 「3月辺りに」 (around March) and
    「この辺りの事情」 are the vicinity 辺り means."""
    text = ("給与規定\n第1条（時給）\nグレードのランクと月辺りの時間を考慮し、基本給を定める。\n"
            "2 3月辺りに見直す。2020年辺りの水準とする。この辺りの事情を考慮する。\n")
    assert [(f.excerpt, f.suggestion) for f in findings_in_text(text, "confusable-word")] == [("辺り", "当たり")]


def test_a_written_documents_name_ends_at_its_suffix():
    """「本確認書締結前に受領した」: the name is 本確認書 (told), not 本確認書締結; 「本誓約書差入後」 is the defined 本誓約書."""
    text = ("誓約書\n\n私は、以下のとおり誓約いたします（以下「本誓約書」という）。\n第1条（秘密保持）\n"
            "私は、本確認書締結前に受領した情報を秘密として保持します。\n第2条（期間）\n本誓約書差入後も、秘密を保持します。\n"
            "第3条（損害）\n本誓約書に違反した場合、損害を賠償します。\n")
    assert [f.excerpt for f in findings_in_text(text, "term-undefined")] == ["本確認書"]


def test_a_pledge_that_calls_itself_a_confirmation_is_told():
    """「【秘密保持誓約書条項】」 calling itself 本誓約書 and, pasted from a confirmation's template, 本確認書 three times."""
    text = ("【秘密保持誓約書条項】\n私は、以下の各条項に従うことに同意します。\n"
            "1. 私は、本確認書締結前に受領した資料を秘密として保持します。\n2. 私は、本確認書に別段の定めのある場合を除き開示しません。\n"
            "3. 本誓約書において、公知の情報は秘密情報に含まれません。\n4. 本誓約書差入後に公知となった情報も同様とします。\n")
    assert [(f.excerpt, f.suggestion) for f in findings_in_text(text, "term-inconsistent")] == [
        ("本確認書", "本誓約書"), ("本確認書", "本誓約書")]
    own = text.replace("本誓約書", "本確認書")
    assert findings_in_text(own, "term-inconsistent") == []  # (never calls itself by its title's kind)


# ------------------------------------------------------------------ the fourth round (pub419–pub421)

def test_an_article_number_with_a_colon_alone_heads_its_list():
    """「第６条：」 alone on its line, its paragraphs in an <ol> below (and 第７条： so): both are articles."""
    html = ("<html><body><h1>規約</h1>" + "".join(
        f"<div>({t})</div><div>第{n}条：本会は{t}を定める。</div>" for n, t in (("１", "名称"), ("２", "目的"), ("３", "事業")))
        + "<div>(役員の選出及び任期)</div><div>第４条：<ol><li>役員は、総会において選出する。</li><li>役員の任期は１年とする。</li>"
        "</ol></div><div>(会議)</div><div>第５条：<ol><li>会長は総会を招集する。</li><li>会長は役員会を招集する。</li></ol></div>"
        "<div>(経費)</div><div>第６条：本会の経費は、会費その他の収入をもって充てる。</div></body></html>")
    doc = doc_from_text(html, "rules.html")
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6"]
    assert [f for f in run_checks(doc) if f.rule.startswith("numbering")] == []


def test_a_page_of_sections_may_call_its_lists_entries_ko():
    """「特に承認が必要な場合(第5項)」 under 「## 使用の制限」 and its list of five (「1.」 typed five times): no 第N条 on
    the page, and the writer's 項 is the list's entry; a 第6項 there is still told."""
    md = ("---\ntitle: ロゴマーク\n---\n\n## はじめに\n当会のロゴマークについて定めます。\n\n## ロゴマーク\nロゴマークは別に示します。\n\n"
          "## 使用の制限\n会員以外の第三者は、次に掲げる場合を除き、ロゴマークを使用できません。\n"
          + "".join(f"1. {w}場合\n" for w in ("報道を目的とする", "リンクさせる", "物品を製作する", "後援事業に使用する", "広報に資する"))
          + "\nなお、特に世話人会の承認が必要な場合(第5項)に限り、報告してください。\n")
    assert [f for f in run_checks(doc_from_text(md, "logo.md")) if f.rule == "reference-dangling"] == []
    told = md.replace("(第5項)", "(第6項)")
    assert [f.rule for f in run_checks(doc_from_text(told, "logo.md")) if f.rule == "reference-dangling"] \
        == ["reference-dangling"]


def test_a_page_that_ends_with_the_sentence_it_began_with_echoes_itself():
    sentence = "CoderDojo Japan とのパートナーシップをご検討している方々のご参考になれば幸いです。"
    md = (f"# パートナーシップの存続期間について\n\n本ページでは、パートナーシップの存続期間についてまとめています。{sentence}\n\n"
          "## 成立\n\nパートナーシップは申請の承認によって成立します。\n\n## 解消\n\nパートナーシップは活動の停止によって解消されます。\n\n"
          f"以上が、パートナーシップの存続期間に関する説明になります。{sentence}\n")
    assert [f for f in run_checks(doc_from_text(md, "partner.md")) if f.rule == "duplication"] == []


def test_a_rule_books_outline_labels_variables_and_listed_marks_are_no_slips():
    """A rule book numbered 「1c3a)」, 「A1a1)」, 「2c+)」, with variables and move symbols (「x秒」, 「[f]またはz」, 「R2', *,
    →」) and 「装着してよい」 beside してもよい: none of it is a bracket, a stray letter, broken markup or a slip."""
    md = ("# 大会規則\n\n## 第1条：大会役員\n\n- 1a) 大会には代理人を置く。\n- 1c3a) 結果を送付すること。\n"
          "- 2c+) [明示] 競技者は準備してよい。\n- A1a1) 試技の結果は x 秒単位で記録し、.4秒はx秒とする。\n"
          "- 12c2)(x,y)は、上層を時計回りにx掛ける30度回すことを表す。\n- 12e1) 回転記号は[f]またはz、[r]またはx、[u]またはy、[b']またはz、[d']またはyと書く。\n"
          "- E2c4+) [明示] 使用してはならない記号の例: M, e, R2', *, →, [x]。\n"
          + "".join(f"- 3b{n}) 競技者は休憩してもよい。\n" for n in range(1, 7)))
    fs = [f for f in run_checks(doc_from_text(md, "rules.md")) if f.severity != "info"]
    assert [f for f in fs if f.rule in ("bracket-unbalanced", "typo", "markup-broken")] == []
    told = md.replace("- 1a) 大会には代理人を置く。", "- 1a) 大会には（代理人を置く。")
    assert [f.rule for f in run_checks(doc_from_text(told, "rules.md")) if f.rule == "bracket-unbalanced"] \
        == ["bracket-unbalanced"]
