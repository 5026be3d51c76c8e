"""What the pub209–pub212 readings found on the openings of published insurance and real-estate rules, clinic and
school terms, point and card rules, warranty and sales terms (web pages read as text: kept outside the repository,
as their stores ask that they not be copied). Each construct is tested here in a sentence of the same shape
written for the test."""

from pipeline.api import read_document
from pipeline.checks import run_checks


def _check(tmp_path, text, rule=None, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [f for f in run_checks(read_document(p)) if rule is None or f.rule == rule]


# ------------------------------------------------------------------ typo: endings the document contradicts


def test_a_definitions_ending_after_its_bracket_is_no_slip_of_koto_wo_iimasu(tmp_path):
    """「（以下「当社」といいます。）」 beside four 「…のことをいいます。」: the usual tail 「とをいいます」 ends the word こと,
    never written after a bracket (pub211)."""
    text = ("第1条（定義）\n"
            "本規約は、ABC株式会社（以下「当社」といいます。）が提供するポイントの利用条件を定めます。\n"
            "1. 「ポイント」とは、当社が会員に付与する特典のことをいいます。\n"
            "2. 「会員」とは、本規約に同意して登録した個人のことをいいます。\n"
            "3. 「加盟店」とは、ポイントを利用できる店舗のことをいいます。\n"
            "4. 「カード」とは、当社が会員に発行する会員証のことをいいます。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_toshimasu_is_no_slip_of_to_itashimasu(tmp_path):
    """「…利用するものとします。」 once beside 「と致します」 ×3: a kanji dropped is a spelling, not a kana slip (pub210)."""
    text = ("第1条（目的）\n"
            "生徒は、次の内容を理解し、同意の上で当教室を利用するものとします。\n"
            "第2条（入会）\n"
            "入会金は返金しないものと致します。\n"
            "第3条（月謝）\n"
            "月謝は前月末日までに納めるものと致します。\n"
            "第4条（退会）\n"
            "退会は前月末日までに届け出るものと致します。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


# ------------------------------------------------------------------ typo: labels, suffixes and names


def test_the_end_of_a_range_of_katakana_labels_is_no_hiragana_slip(tmp_path):
    """「第2号アからカおよび第3号アからオ」: カ ends a range of item labels, a conjunction after it (pub211)."""
    text = ("第1条（利用の制限）\n"
            "この口座は、第2条第1号、第2号アからカおよび第3号アからオのいずれにも該当しない場合に利用できます。\n"
            "第2条（取引の制限）\n"
            "当金庫は、次の各号のいずれかに該当する場合、取引を制限することがあります。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_a_katakana_inside_a_hiragana_word_is_still_told(tmp_path):
    text = ("第1条（変更）\n"
            "当社は、本規約を変更することがあリます。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "typo")] == ["り"]


def test_a_noun_with_its_suffix_and_mei_is_no_slip_of_baai(tmp_path):
    """「(1) 駐車場名 …」: 駐車|場 is a noun and its suffix, 名 (name) a word after it; 場合 would take 場 from its word
    (pub209)."""
    text = ("第1条（駐車場）\n"
            "甲が乙の使用に供する駐車場は、次のとおりとする。\n"
            "- (1) 駐車場名 WEB申込み対象駐車場名称 (以下「本駐車場」という。)\n"
            "- (2) 所在地 WEB申込み対象駐車場住所\n"
            "第2条（使用料）\n"
            "乙は、使用料を前月末日までに支払うものとする。ただし、月の途中で契約した場合は日割りとする。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_a_place_name_is_no_building_name_with_its_head_dropped(tmp_path):
    """「担当の軽井沢店」 beside a building named 「旧軽井沢山荘」 three times: a place's name of three kanji is a name
    whole (pub209)."""
    text = ("第1条（対象）\n"
            "本細則は、旧軽井沢山荘の区分所有者に適用する。\n"
            "第2条（届出）\n"
            "旧軽井沢山荘においてペットを飼育する者は、理事長に届け出なければならない。\n"
            "第3条（遵守）\n"
            "旧軽井沢山荘の居住者は、この細則を遵守しなければならない。\n"
            "【備考】 ご相談は、担当の軽井沢店までお問い合わせください。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


# ------------------------------------------------------------------ term-undefined: a role, then the party's name


def test_a_role_written_before_the_partys_name_and_its_letter_is_defined(tmp_path):
    """「貸主 ○○株式会社（以下「甲」という。）と借主 ○○様（以下「乙」という。）」: each role labels the party the letter
    then stands for (pub209)."""
    text = ("駐車場使用契約書\n"
            "貸主 東西パーキング株式会社（以下「甲」という。）と借主 WEB会員様（以下「乙」という。）との間において、"
            "次のとおり契約を締結する。\n"
            "第1条（目的）\n"
            "甲は、乙に対し、駐車場の区画を貸し、乙はこれを借りる。\n"
            "第2条（使用料）\n"
            "乙は、甲に対し、使用料を支払う。甲は、乙に領収書を交付する。\n"
            "第3条（解約）\n"
            "乙は、一月前に甲に通知して解約することができる。甲は、乙が使用料を滞納したときは解約できる。\n")
    assert _check(tmp_path, text, "term-undefined") == []


# ------------------------------------------------------------------ term-inconsistent: words of their own


def test_a_word_the_defining_sentence_builds_on_is_no_slip_of_the_term(tmp_path):
    """「本商品のうち当社が指定する商品（以下「本定期便商品」という。）」: 本商品 is what the term is carved from; and a
    document that takes its terms from a basic agreement (「用語は…基本規約の定めに従う」) writes 本サービス as that
    agreement's (pub211)."""
    text = ("この規約（以下「本規約」という。）は、基本規約に基づいて本サービスを受ける会員に対し、本商品のうち当社が"
            "指定する商品（以下「本定期便商品」という。）を定期的に提供するサービス（以下「本定期便サービス」という。）"
            "の条件を定める。\n"
            "第1条（用語）\n"
            "本規約において使用する用語の定義は、基本規約の定めに従うものとする。\n"
            "第2条（本サービスの内容）\n"
            "当社は、本定期便サービスにより本定期便商品を配送する。会員は、本定期便サービスを解約できる。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


def test_a_terms_name_for_itself_is_no_slip_of_the_contract_it_governs(tmp_path):
    """「本レンタル規約をお読みいただいた上で…」 beside 「賃貸借契約（以下「本レンタル契約」という。）」: the terms and the
    contract made under them (pub212)."""
    text = ("当社製品のレンタルに際しては、本レンタル規約をお読みいただいた上で、本レンタル規約に同意いただく必要があります。\n"
            "第1条（適用）\n"
            "本レンタル規約は、当社とお客様との間の賃貸借契約に適用します。本レンタル規約と他の規約が抵触する場合には、"
            "本レンタル規約が優先します。\n"
            "第2条（契約の成立）\n"
            "お客様が申込みを行い、当社が承諾することによって賃貸借契約（以下「本レンタル契約」といいます。）が成立します。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


def test_kono_before_the_bodys_defined_name_is_no_variant_of_it(tmp_path):
    """「この生活協同組合…（以下「組合」という。）は、この組合の定款に…」: この and the defined term, as cooperatives'
    rules write it (pub209)."""
    text = ("第1条（目的）\n"
            "この生活協同組合東西共済会（以下「組合」という。）は、この組合の定款に定めるところによるほか、この規約の"
            "定めるところにより、共済事業を行う。\n"
            "第2条（事業）\n"
            "組合は、組合員のために共済事業を行う。組合は、組合員から共済掛金を受ける。組合は、共済金を支払う。\n"
            "第3条（契約）\n"
            "この組合が行う共済事業は、組合が共済契約者から掛金の支払を受け、組合が共済金を支払うものとする。組合は、"
            "組合員に通知する。組合は、これを公告する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


def test_a_set_compound_spelled_with_no_is_no_synonym_of_the_documents_name(tmp_path):
    """「第2条 ユーザーの登録」 in a text that writes 利用者 throughout and 「ユーザー登録」 as the name of the act (pub210)."""
    body = "利用者は、本サービスを利用できます。" * 2
    text = ("第1条（適用）\n" + body + "利用者は、本規約に同意するものとします。\n"
            "第2条 ユーザーの登録\n"
            "利用者は、本サービスに必要なユーザー登録をするものとします。" + body + "\n"
            "第3条（禁止事項）\n"
            "利用者は、法令に違反する行為をしてはなりません。" + body + "\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


# ------------------------------------------------------------------ a table of an amendment: 新旧対照表


def test_an_amendments_table_is_no_text_with_articles_missing_or_sentences_twice(tmp_path):
    """A page 「会員規約 新旧対照表」 shows 第3条 alone, under 改正前 and 改正後: no numbering-gap, no duplication (pub211)."""
    text = ("会員規約 新旧対照表\n"
            "第3条（カードの管理）\n"
            "改正前\n"
            "1. カードの所有権は当社に属します。会員は、カードの貸与を受けたときは、直ちに署名欄に自署するものとします。\n"
            "改正後\n"
            "1. カードの所有権は当社に属します。会員は、カードの貸与を受けたときは、直ちに署名欄に自署するものとします"
            "（署名欄がない場合を除きます。）。\n")
    found = _check(tmp_path, text)
    assert [f.rule for f in found if f.rule in ("numbering-gap", "duplication")] == []


# ------------------------------------------------------------------ grammar-slip, brackets, spaces: look-alikes


def test_a_verb_and_soutei_sareta_modifying_one_noun_need_no_to(tmp_path):
    """「弊社が定める想定された利用条件」: two modifiers of 利用条件, not a quoted clause (pub212)."""
    text = ("第1条（保証の対象外）\n"
            "次の故障は保証の対象外とします。\n"
            "  • 弊社が定める想定された利用条件、設置環境を超える使用に起因する故障\n")
    assert _check(tmp_path, text, "grammar-slip") == []


def test_a_stative_clause_before_soutei_sareta_still_lacks_its_to(tmp_path):
    text = ("第1条（保証の対象外）\n"
            "次の故障は保証の対象外とします。\n"
            "  • 影響がある想定された場合の故障\n")
    assert [f.suggestion for f in _check(tmp_path, text, "grammar-slip")] == ["あると想定さ"]


def test_half_bracket_labels_after_a_bullet_and_article_labels_closed_alone_are_labels(tmp_path):
    """「    • a)糸のほつれ…」 (pub212) and 「- 第1条)受講に関する費用」 then 「1) 入学金…」 (pub210)."""
    text = ("受講規定\n"
            "- 第1条)受講に関する費用\n"
            "1) 入学金、授業料が必要です。\n"
            "2) 教材費は別途必要です。\n"
            "- 第2条)作業について\n"
            "    • a)糸のほつれは作業中に広がる場合があります。\n"
            "    • b)素材によってはシワが入る場合があります。\n")
    assert _check(tmp_path, text, "bracket-unbalanced") == []


def test_a_closing_bracket_with_no_opening_is_still_told(tmp_path):
    text = ("第1条（費用）\n"
            "受講者は、入学金（返金しません)及び授業料)を支払うものとします。\n")
    assert len(_check(tmp_path, text, "bracket-unbalanced")) == 1


def test_a_label_letter_spaced_in_a_line_of_text_is_no_stray_space(tmp_path):
    """「…支払割合＝ 傷害後遺障害 保 険 金 の 額」: a cell's label spaced to its width (pub209); 「生じ た場合」 in
    the same text is a stray space still."""
    text = ("第1条（保険金の額）\n"
            "保険金の額は、次の算式によって算出した額とします。後遺障害保険金額×別表 1 に掲げる各等級の後遺\n\n"
            "障害に対する保険金支払割合= 傷害後遺障害 保 険 金 の 額\n\n"
            "第2条（支払）\n"
            "当社は、後遺障害が生じ た場合は、保険金を支払います。\n")
    found = _check(tmp_path, text, "stray-space")
    assert [f.excerpt for f in found if "金 の" in f.excerpt or "保 険" in f.excerpt] == []
    assert [f.excerpt for f in found if f.severity != "info"] == ["害が生じ た場合は"]


# ------------------------------------------------------------------ missed before: に dropped, chapters, names, spaces


def test_ni_dropped_before_tsuite_yoru_and_rui_suru(tmp_path):
    """「洗面台等ついては」「次の定義よります」「これら類する物」: verbs that take に alone, written straight after a noun
    (pub209: a page with a dozen such drops)."""
    text = ("第1条（定義）\n"
            "この約款において、次の用語の意味は、それぞれ次の定義よります。\n"
            "2 建物には、畳、建具その他これら類する物を含みます。\n"
            "3 流し台及び洗面台等ついては、排水管の部分のみを給排水設備とします。\n")
    found = _check(tmp_path, text, "grammar-slip")
    assert sorted(f.suggestion for f in found) == ["これらに類する", "台等について", "定義により"]


def test_ni_written_or_a_compound_read_whole_is_no_drop(tmp_path):
    text = ("第1条（定義）\n"
            "この約款において、次の用語の意味は、それぞれ次の定義によります。場合によっては、これらに類する物を含みます。"
            "会員は、これに気がついて直ちに届け出たときは、責任を負わない。当社は、要望より早く対応する。\n")
    assert _check(tmp_path, text, "grammar-slip") == []


def test_a_second_chapter_after_the_first_articles_with_no_first_chapter(tmp_path):
    """第1条, 第2条, then 「第2章 共済事業」: the chapter the first articles stand in has no heading (pub209)."""
    text = ("共済事業規約\n"
            "（目的）\n第1条 この規約は、共済事業の手続を定める。\n"
            "（委員会）\n第2条 共済事業の運営のため、委員会を設置する。\n"
            "第2章 共済事業\n"
            "（種類）\n第3条 本組合が行う共済事業の種類は、火災共済とする。\n"
            "第3章 雑則\n"
            "（改廃）\n第4条 この規約の改廃は、総会の議決による。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "numbering-gap")] == ["第2章 共済事業"]


def test_an_extract_opening_at_a_later_chapter_is_no_gap(tmp_path):
    text = ("共済事業規約（抜粋）\n"
            "第2章 共済事業\n"
            "（種類）\n第3条 本組合が行う共済事業の種類は、火災共済とする。\n"
            "第3章 雑則\n"
            "（改廃）\n第4条 この規約の改廃は、総会の議決による。\n")
    assert _check(tmp_path, text, "numbering-gap") == []


def test_rules_that_call_themselves_by_another_kind_than_their_title_alone(tmp_path):
    """「駐車場利用約款」 over 「…に関する事項は、この規程による。」 twice, the text never calling itself 約款 (pub209)."""
    text = ("駐車場利用約款\n"
            "（通則）\n第1条 甲が管理する駐車場の利用に関する事項は、この規程による。\n"
            "（契約の成立）\n第2条 乙は、この規程を承認のうえ、駐車場を利用するものとする。\n"
            "（使用料）\n第3条 乙は、使用料を毎月末日までに甲に支払う。\n")
    found = _check(tmp_path, text, "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in found] == [("この規程", "この約款")] * 2


def test_a_space_between_a_closing_bracket_and_its_particle(tmp_path):
    """「借主 ○○（以下「乙」という。） は、」 (pub209); a label's bracket before a word stays a separator."""
    text = ("第1条（目的）\n"
            "借主 山田太郎（以下「乙」という。） は、この約款を承認のうえ、駐車場を利用するものとする。\n"
            "2 甲は、次の (2) はがきで通知する場合を除き、電子メールで乙に通知する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == ["いう。） は、この"]


def test_the_one_number_spaced_from_its_counter_in_a_short_text(tmp_path):
    """「毎月20 日までに」 in a page that writes 第1条 … 第6条 tight (pub210)."""
    arts = "".join(f"第{n}条（月謝）\n生徒は、月謝を納めるものとします。\n" for n in range(1, 6))
    text = arts + "第6条（納入）\n翌月分を毎月20 日までにご納入ください。\n"
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == ["毎月20 日までに"]


# ------------------------------------------------------------------ item-list: numbers doubled on every item


def test_numbers_doubled_on_every_item_are_one_note_for_the_document(tmp_path):
    """「  1. (1)「利用者」とは…」 on every item: a page's list numbers written out beside the typed ones (pub210, pub211)."""
    items = "".join(f"  {n}. ({n})「語{n}」とは、本サービスで用いる語をいいます。\n" for n in range(1, 5))
    text = "第1条（定義）\n本規約の用語は、次のとおりとします。\n" + items
    found = _check(tmp_path, text, "item-list")
    assert [(f.excerpt[:5], f.severity) for f in found] == [("1.(1)", "info")]
    assert "他に3か所" in found[0].message


def test_one_number_doubled_is_still_a_warning(tmp_path):
    text = ("第1条（定義）\n本規約の用語は、次のとおりとします。\n"
            "(1)「利用者」とは、本サービスを利用する者をいいます。\n"
            "(2) (2)「会員」とは、登録を完了した利用者をいいます。\n"
            "(3)「当社」とは、本サービスを運営する者をいいます。\n")
    assert [f.severity for f in _check(tmp_path, text, "item-list")] == ["warning"]


# ------------------------------------------------------------------ reference-dangling: another text's table


def test_a_table_of_another_texts_article_is_that_texts(tmp_path):
    """「規約第14条（…）第1項において規定する別表第4」 in a 細則: the 規約's table (pub209)."""
    text = ("バルコニー等使用細則\n"
            "第1条（対象）\n"
            "この細則の対象は、規約第14条（バルコニー等の専用使用権）第1項において規定する別表第4に掲げる部分とする。\n")
    assert _check(tmp_path, text, "reference-dangling") == []


def test_a_table_of_this_text_that_is_not_there_is_still_told(tmp_path):
    text = ("バルコニー等使用細則\n"
            "第1条（対象）\n"
            "この細則の対象は、第2条において規定する別表第4に掲げる部分とする。\n"
            "第2条（使用）\n"
            "区分所有者は、バルコニーを使用できる。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "reference-dangling")] == ["別表第4"]


def test_zenkou_in_an_item_of_an_article_of_one_paragraph_points_at_nothing(tmp_path):
    """「(4)本人等とは、前項の個人情報を提供し…」 in 第1条, one paragraph announcing its items: 前号 was meant (pub210)."""
    text = ("第1条（定義）\n"
            "本規約において、次に掲げる用語の意義は、当該各号に定めるところによる。\n"
            "(1)本サービスとは、当社が提供するサービスをいう。\n"
            "(2)利用者とは、本サービスを利用する者をいう。\n"
            "(3)個人情報とは、利用者に関する情報をいう。\n"
            "(4)本人等とは、前項の個人情報を提供する者をいう。\n"
            "第2条（適用）\n"
            "本規約は、利用者に適用する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "reference-dangling")] == ["前項"]


def test_zenkou_after_paragraphs_numbered_in_brackets_is_no_dangling_citation(tmp_path):
    """「(1)社員総会の決議は…⏎(2)前項の規定にかかわらず…」: paragraphs numbered (1), (2), no lead announcing items."""
    text = ("第1条（決議）\n"
            "(1)社員総会の決議は、出席した社員の議決権の過半数をもって行う。\n"
            "(2)前項の規定にかかわらず、定款の変更は、総社員の半数以上の決議によって行う。\n"
            "第2条（議長）\n"
            "総会の議長は、代表理事がこれに当たる。\n")
    assert _check(tmp_path, text, "reference-dangling") == []


# ------------------------------------------------------------------ confusable-word: set phrases (data entries)


def test_set_phrases_with_a_character_dropped_or_a_homophone(tmp_path):
    """わけでありません, 表示しある, 事故の専有部分, 介護犬 among the assistance dogs, 要網 (pub209, pub212)."""
    text = ("第1条（目的）\n"
            "当社は、自動車を保管しているわけでありません。\n"
            "2 「1日最大1200円」と表示しある駐車場を利用する。\n"
            "3 ペットは事故の専有部分内で飼育するものとする。\n"
            "4 身体障害者補助犬（盲導犬、介護犬及び聴導犬）はこの限りではない。\n"
            "5 上記契約要網8項記載の売主から引渡しを受ける。\n")
    found = _check(tmp_path, text, "confusable-word")
    assert sorted(f.suggestion for f in found) == sorted(["では", "して", "介助犬", "自己", "要綱"])


def test_the_same_words_where_they_are_meant(tmp_path):
    text = ("第1条（目的）\n"
            "そういうわけで、本規約を定める。当社は、事故の責任を負わない。介護犬の育成を支援する。\n"
            "2 価格を表示しあるいは通知する。当社の要綱に従う。当社は、事故の原因を調査する。\n")
    assert _check(tmp_path, text, "confusable-word") == []


# ------------------------------------------------------------------ pub213–216: false alarms


def test_a_half_width_comma_that_is_the_documents_own_is_no_deviation(tmp_path):
    """「この規定は,社員…」 with 「,」 throughout and 「，」 never: not a width slip of a 「，」 written 0 times (pub213,
    pub216)."""
    text = ("第1条（目的）\n"
            "この規定は,社員の育児休業について,必要な事項を定める。会社は,社員の申出により,休業を認める。"
            "社員は,会社に,所定の書面で,申し出る。会社は,速やかに,これを承認する。\n"
            "第2条（対象）\n"
            "対象者は,日々雇用される者を除き,すべての社員とする。会社は、これを周知する。\n"
            "第3条（申出）\n"
            "社員は,休業の1か月前までに,会社に申し出るものとする。会社は、申出を受理する。\n")
    found = _check(tmp_path, text, "convention-deviation")
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_one_article_quoted_alone_is_a_part_of_a_text(tmp_path):
    """A clause database's page: 「第2条 本契約において秘密情報とは、甲又は乙が…第11条に定める期間…」 and nothing else
    (pub213): no missing 第1条, no dangling 第11条, no undefined 甲 and 乙."""
    text = ("定義 | 契約書の条文データベース\n"
            "第2条 本契約において秘密情報とは、甲又は乙が、第11条に定める期間中に相手方に開示した技術上又は営業上の"
            "情報をいう。\n")
    found = _check(tmp_path, text)
    assert [f.rule for f in found if f.severity in ("error", "warning")] == []


def test_koto_then_totomoni_is_no_tripled_kana(tmp_path):
    """「成長を図ることとともに」: こと, then とともに (pub216); 「支払うことととする」 is still told."""
    text = ("第1条（目的）\n"
            "本会は、児童の成長を図ることとともに、会員相互の親睦を図ることを目的とする。\n"
            "2 会員は、会費を支払うことととする。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "typo")] == ["とと"]


def test_ate_after_a_name_is_a_suffix(tmp_path):
    """「執行委員会宛に」: addressed to the committee, no 会員 mistyped (pub216)."""
    text = ("第1条（加入）\n"
            "加入しようとする者は、申請書を執行委員会宛に提出しなければならない。\n"
            "第2条（脱退）\n"
            "脱退しようとする者は、その旨を執行委員会宛に書面で届け出なければならない。\n")
    assert _check(tmp_path, text, "typo") == []


def test_the_short_name_a_definition_gives_is_no_word_cut_short(tmp_path):
    """「基本契約（以下「本契約」）を締結する」 beside 基本契約 twice: the short name, shorter by design (pub213)."""
    text = ("甲と乙は、以下のとおり基本契約(以下「本契約」)を締結する。\n"
            "第1条（目的）\nこの基本契約は、個別契約に適用する。この基本契約に定めのない事項は個別契約による。\n")
    assert _check(tmp_path, text, "typo") == []


def test_another_name_in_the_sentence_that_defines_the_bodys_name(tmp_path):
    """「当法人は、一般社団法人○○協会（以下、「当協会」という）と称する。」 (pub216)."""
    body = "当協会は、会員の親睦を図る。" * 3
    text = ("第1条（名称）\n当法人は、一般社団法人東西写真協会（以下、「当協会」という）と称する。\n"
            "第2条（目的）\n" + body + "\n第3条（事業）\n" + body + "\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_hon_before_the_bodys_defined_name_is_no_variant_of_it(tmp_path):
    """「本クラブは…（以下クラブという）」 and 本クラブ throughout (pub214)."""
    text = ("第1条（名称）\n本クラブは、東西カントリークラブ（以下「クラブ」という。）と称する。\n"
            "第2条（目的）\n本クラブは、ゴルフの普及を目的とする。クラブは、会員の親睦を図る。本クラブの会員は会則を守る。\n"
            "第3条（会員）\nクラブの会員は、本クラブの施設を利用できる。クラブは、会員名簿を備える。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_a_naming_verb_after_a_definition_lacks_to(tmp_path):
    text = "第1条（名称）\n本クラブは、東西カントリークラブ（以下「クラブ」という）称する。\n"
    found = _check(tmp_path, text, "grammar-slip")
    assert len(found) == 1 and "「と」" in found[0].message


def test_24_hours_all_year_round_is_no_malformed_duration(tmp_path):
    text = "第1条（営業）\n当クラブは、24時間年中無休で営業します。ただし、1年月間の点検期間を除きます。\n"
    assert [f.excerpt for f in _check(tmp_path, text, "duration-malformed")] == ["1年月間"]


def test_opposite_kanji_make_two_words(tmp_path):
    """「館外利用」 once beside 「館内利用」 five times: lending and reading in the library (pub214)."""
    text = ("第1章 図書館資料の館内利用\n"
            "第1条（館内利用）\n館内利用は、開館時間内に限る。館内利用の資料は、所定の場所で閲覧する。館内利用の"
            "手続は、館長が定める。館内利用の際は、静粛にする。館内利用の方法は別に定める。\n"
            "第2章 図書館資料の館外利用\n"
            "第2条（貸出）\n資料は、貸出の手続を経て館外に持ち出すことができる。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_a_term_that_runs_on_a_year_after_its_end_date_is_a_renewal(tmp_path):
    """「…終了しなかった場合には、更にサービス提供終了日の翌日から1年間継続し、以後も同様とする。」 (pub213)."""
    text = ("第1条（提供期間）\n"
            "本サービスは、開始日から1年間提供されるものとし、終了日までに申出がない場合には、更にサービス提供終了日の"
            "翌日から1年間継続し、以後も同様とする。\n"
            "第2条（料金）\n利用者は、料金を支払う。\n")
    assert _check(tmp_path, text, "survival-missing") == []


def test_this_kitei_opening_the_definitions_names_the_whole_set_of_rules(tmp_path):
    """「この規定において「テレワーク」とは、…」 in a 規程: the definitions of the whole (pub213)."""
    text = ("テレワーク規程\n"
            "第1条（目的）\n本規程は、テレワークに関する事項を定める。\n"
            "第2条（定義）\nこの規定において「テレワーク」とは、自宅で勤務することをいう。\n"
            "第3条（対象者）\n本規程の対象者は、正社員とする。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "term-inconsistent")] == [("この規定", "この規程")]


def test_wa_and_no_on_both_sides_of_a_definition(tmp_path):
    """「…登録規約は(以下、規約)は」 (pub215), 「…施設の(以下「本クラブ」という)の利用」 (pub214); この(以下…)の is not."""
    text = ("第1条（目的）\n"
            "このドメイン名登録規約は(以下、規約)は当社のサービスに適用する。\n"
            "2 本規約は、ゴルフ施設の(以下「本クラブ」という)の利用に関し適用される。\n"
            "3 会員は、本クラブ(以下「クラブ」という)の会則に従う。\n")
    found = _check(tmp_path, text, "doubled-particle")
    assert sorted(f.message[11] for f in found) == ["の", "は"]


def test_more_set_phrases_of_association_rules(tmp_path):
    """を持って支弁する, 及びに, 計るのもとする (pub216), and a unit written twice in a date, 令和3年年8月."""
    text = ("第1条（経費）\n会の経費は、会費及び寄付金を持って支弁する。\n"
            "2 本会は、職員の給与及びに生活費に関して責任を負う。\n"
            "3 会長は、相互の協調を計るのもとする。\n"
            "4 この会則は、令和3年年8月1日から施行する。\n")
    found = _check(tmp_path, text)
    assert sorted((f.rule, f.suggestion) for f in found if f.rule in ("confusable-word", "duration-malformed")) == sorted([
        ("confusable-word", "ものと"), ("confusable-word", "もって"), ("confusable-word", "及び"),
        ("duration-malformed", "3年")])


def test_the_same_words_used_rightly_in_association_rules(tmp_path):
    text = ("第1条（経費）\n会員は書類を持って来る。影響が及びにくい。会長の指導のもと、事業を行う。\n"
            "2 この会則は、令和3年8月1日から施行し、1年間年2回の総会を開く。\n")
    found = _check(tmp_path, text)
    assert [f for f in found if f.rule in ("confusable-word", "duration-malformed")] == []


def test_one_sentence_left_open_among_a_short_texts_closed_ones(tmp_path):
    """A page's opening of seven paragraphs, six closed with 。: the seventh lost it (pub213, pub216)."""
    paras = ["会員は、会費を納めるものとする。", "会員は、総会に出席することができる。", "会長は、本会を代表する。",
             "副会長は、会長を補佐する。", "会計は、本会の経理を行う。", "監事は、会計を監査する。",
             "本会の事務所は、会長の自宅に置くものとする"]
    text = "".join(f"第{n}条（第{n}）\n{p}\n" for n, p in enumerate(paras, 1))
    found = _check(tmp_path, text, "sentence-unterminated")
    assert [f.article for f in found] == ["7"]


def test_two_open_among_a_short_texts_closed_ones_are_a_style(tmp_path):
    paras = ["会員は、会費を納めるものとする。", "会員は、総会に出席することができる。", "会長は、本会を代表する。",
             "副会長は、会長を補佐する。", "会計は、本会の経理を行う", "本会の事務所は、会長の自宅に置くものとする"]
    text = "".join(f"第{n}条（第{n}）\n{p}\n" for n, p in enumerate(paras, 1))
    assert _check(tmp_path, text, "sentence-unterminated") == []


# ------------------------------------------------------------------ pub217–220: false alarms


def test_a_sections_number_without_jou_and_its_heading(tmp_path):
    """「第1 趣旨」「第2 定義」: a 要綱 numbers its sections 第N and sets the heading apart (pub220)."""
    body = "この要綱は、個人情報の取扱いに関し必要な事項を定める。第2条の規定により、第3項を適用する。" * 3
    text = "個人情報取扱要綱\n第1 趣旨\n" + body + "\n第2 定義\n" + body + "\n第3 窓口\n" + body + "\n"
    found = _check(tmp_path, text, "stray-space")
    assert [f.excerpt for f in found if "第" in f.excerpt[:6]] == []


def test_the_word_a_definition_names_anew_is_no_clipped_form(tmp_path):
    """「住宅宿泊事業を営む当施設（以下、「当民泊施設」という。）」 (pub218)."""
    use = "当民泊施設は、宿泊者に施設を提供する。" * 5
    text = ("第1条（適用範囲）\n住宅宿泊事業を営む当施設（以下、「当民泊施設」という。）が締結する宿泊契約は、この約款による。\n"
            "第2条（提供）\n" + use + "\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_two_compounds_joined_by_a_conjunction_are_two_things(tmp_path):
    """「宿泊契約または宿泊予約の地位」 (pub218)."""
    use = "宿泊契約は、当館が承諾したときに成立する。" * 5
    text = ("第1条（契約）\n" + use + "\n第2条（譲渡）\n宿泊者は、宿泊契約または宿泊予約の地位を第三者に譲渡できない。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_a_text_that_names_itself_with_the_kind_in_a_compound(tmp_path):
    """「本広告掲載基準は…」 then 本基準, under the page's title 「広告掲載に関する約款」 (pub219)."""
    text = ("広告掲載に関する約款\n"
            "本広告掲載基準は、当サイトの広告掲載に適用される基準です。広告主は、本基準を遵守する必要があります。\n"
            "第1条（審査）\n当サイトは、本基準を満たす場合でも掲載をお断りすることがあります。本約款は随時改定します。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_a_page_opening_at_a_later_article_cites_the_ones_before(tmp_path):
    """A chapter of a 約款 from 第6条 on, citing 第4条第2項 (pub217): elsewhere, not missing; and so is 第9条, past the
    chapter's last article (the model 引越運送約款 it was taken from has thirty: pub285 read two such pages). A text
    opening at 第1条 that cites past its end is told (test_pub277_readings)."""
    text = ("第4章 荷物の受取\n"
            "第6条（受取）\n当店は、第4条第2項各号に掲げる荷物を受け取らない。\n"
            "第7条（引渡）\n当店は、荷物を引き渡す。第9条の規定を準用する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "reference-dangling")] == []


def test_an_old_ministrys_act_cited_by_its_date(tmp_path):
    """「平成2年11月22日運輸省告示第577号」: the notice its day issued (pub217); an undated 運輸省 is still told."""
    text = ("第1条（根拠）\nこの約款は、平成2年11月22日運輸省告示第577号に基づく。\n"
            "第2条（届出）\n当店は、運輸省に届け出る。\n")
    assert ["運輸省に届け出" in f.excerpt for f in _check(tmp_path, text, "name-obsolete")] == [True]


def test_sa_ire_in_a_godan_verbs_causative(tmp_path):
    """「取扱わさせていただきます」 (pub217); 「するかさせないか」, 知らせる, 見させる are right."""
    text = ("第1条（取扱い）\n保険に加入いただいた場合のみ引越荷物として取扱わさせていただきます。\n"
            "2 当社は、するかさせないかを決める。当社は、会員に知らせる。当社は、利用者に見させる。当社は会員を待たせる。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == ["して取扱わさせていただ"]


def test_tekiou_hani_in_a_heading_of_terms(tmp_path):
    """「第1条（適応範囲）」 (pub218); a medicine's 適応範囲 is left alone."""
    text = ("第1条（適応範囲）\n本規約は、当施設の利用に適用します。この薬の適応範囲は医師が判断します。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "confusable-word")] == ["適用"]


def test_a_term_given_ahead_past_an_eras_end(tmp_path):
    """「平成28年10月1日～平成31年9月30日まで」 in a 仕様書 of 2016 (pub220); 平成32年4月1日 alone is still told."""
    text = "第1条（履行期間）\n委託業務の履行期間は、平成28年10月1日～平成31年9月30日までとする。\n"
    assert _check(tmp_path, text, "date-invalid") == []
    alone = "第1条（施行）\nこの規程は、平成32年4月1日から施行する。\n"
    assert [f.suggestion for f in _check(tmp_path, alone, "date-invalid")] == ["令和2年4月1日"]


def test_the_chinese_line_of_a_multilingual_title_block_is_no_japanese_typo(tmp_path):
    """「Accommodation Policy⏎住宿条款⏎숙박 약관」 above 第1条 (pub218)."""
    text = "Accommodation Policy\n\n住宿条款\n\n숙박 약관\n\n第1条（適用範囲）\n当館が締結する宿泊契約は、この約款の定めるところによります。\n"
    assert [f for f in _check(tmp_path, text, "typo") if f.severity != "info"] == []


def test_a_laws_title_quoted_as_enacted_keeps_its_old_kana(tmp_path):
    """『あん摩マツサージ指圧師、はり師、きゆう師等に関する法律（あはき法）』 (pub223); マツサージ in prose is still told."""
    text = "第1条（施術方針）\n『あん摩マツサージ指圧師、はり師、きゆう師等に関する法律（あはき法）』等を考慮して施術を行う。\n"
    assert [f.suggestion for f in _check(tmp_path, text, "typo") if "マツ" in f.excerpt] == []
    prose = "第1条（施術方針）\n当院は、あん摩マツサージ指圧師による施術を行う。\n"
    assert [f.suggestion for f in _check(tmp_path, prose, "typo") if "マツ" in f.excerpt] == ["マッサージ"]


# ------------------------------------------------------------------ pub221–224: false alarms


def test_the_terms_own_name_beside_a_defined_contract_made_under_them(tmp_path):
    """「出店者利用規約」 opening 「本規約は、…」 and defining 「本契約とは、ショップが本規約に合意…する契約関係」 (pub224)."""
    text = ("出店者利用規約\n本規約は、当社が運営するモールへの出店の条件を定めます。\n"
            "第1条（定義）\n1. 本契約とは、ショップが本規約に合意をすることによって発生する当社との契約関係をいいます。\n"
            "第2条（申込）\n1. ショップは本規約を確認の上、申し込むものとします。申込みの時点で本規約に同意したものとします。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


def test_the_internet_can_be_connected_is_no_particle_slip(tmp_path):
    text = "第1条（環境）\n利用者は、インターネットが接続できる環境において本サービスを利用します。\n"
    assert _check(tmp_path, text, "confusable-word") == []


def test_a_kana_noun_then_ga_nai(tmp_path):
    """「7日を経過した場合で引き取りがない場合」 (pub222)."""
    text = "第1条（放置車両）\n当該車両の所有者は、当社の指定する日から7日を経過した場合で引き取りがない場合、その所有権を放棄したものとします。\n"
    assert _check(tmp_path, text, "typo") == []


def test_an_old_ministrys_act_cited_by_its_number(tmp_path):
    """「運輸省告示第372号」 under a 標準運送約款's title (pub222)."""
    text = "一般乗用旅客自動車運送事業標準運送約款\n運輸省告示第372号\n第1条（適用範囲）\n当社の運送は、この約款による。\n"
    assert _check(tmp_path, text, "name-obsolete") == []


def test_a_notice_of_amendments_quoting_the_articles_as_they_now_read(tmp_path):
    """「① 2023年12月4日【利用規約】改定」 over 第4条, then 「② …【利用規約】改定」 over 第4条 again (pub224)."""
    art = "第4条（売買契約）\n当社の定める方法による会員からの購入申込みに対し、当社が承諾したときに売買契約が成立します。\n"
    text = ("① 2023年12月4日【利用規約】改定\n個別契約の成立時期を明記しました。\n" + art
            + "② 2024年2月29日【利用規約】改定\n返品の規定を削除しました。\n" + art)
    found = _check(tmp_path, text)
    assert [f.rule for f in found if f.severity in ("error", "warning")] == []


def test_kinds_announced_then_each_name_and_its_meaning_as_bullets(tmp_path):
    """「本会の会員は、次の3種類とする。」 over 「- メイト」「- 登録した個人」…: names and meanings, six bullets (pub219)."""
    text = ("第1条（会員）\n本会の会員は、次の3種類とする。\n- メイト\n- 公式アカウントに登録した個人\n"
            "- フレンド\n- 本会の目的に賛同して入会した個人\n- エンジェル\n- 本会の活動を支援するために入会した個人\n"
            "第2条（会費）\n会員は、会費を納める。\n")
    assert _check(tmp_path, text, "item-list") == []
    wrong = ("第1条（会員）\n本会の会員は、次の3種類とする。\n- 正会員\n- 賛助会員\n- 名誉会員\n- 学生会員\n"
             "第2条（会費）\n会員は、会費を納める。\n")
    assert [f.excerpt for f in _check(tmp_path, wrong, "item-list")] == ["本会の会員は、次の3種類とする。"]


def test_a_kanji_slipped_into_a_quoted_law_title_is_still_told(tmp_path):
    """The old-kana exemption of a law's title holds for katakana only: 「暴力団因による…法律」 is 暴力団員 (planted)."""
    text = ("第1条（反社会的勢力の排除）\n"
            "利用者は、暴力団員、暴力団員でなくなった時から5年を経過しない者に該当しないことを表明する。\n"
            "2 利用者は、「暴力団因による不当な行為の防止等に関する法律」に定める行為をしてはならない。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "typo") if "団因" in f.excerpt] != []
