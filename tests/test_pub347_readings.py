"""What the readings of session 36 found on published rules (pub347–pub352: cemeteries, grant guidelines, examination
rules, internal company regulations, allotment gardens, public housing), read as text and kept outside the repository.
Each construct is tested here in text of the same shape written for the test."""

from conftest import findings_in_text, said_in_text

_said = said_in_text


# ------------------------------------------------------------------ この規定 for the document itself

_TRAVEL = ("旅費規程\n\n（目的）\n第1条 この規定は、役職員が出張する場合の旅費の支給について定め、経費の適正な支出を図ることを"
           "目的とする。\n\n（旅費の種類）\n第2条 出張には、交通費及び宿泊料を支給する。\n\n（規定の改廃）\n"
           "第3条 この規定の改廃は、理事会の議決により行う。\n\n附 則\nこの規程は、平成3年10月1日から施行する。\n")


def test_kitei_for_the_rules_that_state_their_purpose_or_are_amended():
    """In a 規程 whose 附則 says この規程: 「この規定は、…を目的とする」 and 「第3条 この規定の改廃は」 name the whole set of
    rules (the article's own label opening the line is no provision cited before it)."""
    assert _said(_TRAVEL, "term-inconsistent") == [("この規定", "この規程"), ("この規定", "この規程")]


def test_kitei_after_a_provision_cited_in_the_sentence_is_quiet():
    text = _TRAVEL.replace("第3条 この規定の改廃は", "第3条 前条の規定にかかわらず、この規定の改廃は")
    assert _said(text, "term-inconsistent") == [("この規定", "この規程")]


_HOUSING = ("町営住宅管理人規則\n\n（趣旨）\n第1条 この規則は、町営住宅の管理人に関し必要な事項を定めるものとする。\n"
            "（職務）\n第2条 管理人は、入居者との連絡に当たる。\n"
            "（委任）\n第3条 この規定に定めるものの外、必要な事項は町長が別に定める。\n")


def test_kitei_in_the_closing_article_that_leaves_the_rest_to_another():
    """「この規定に定めるものの外、必要な事項は…別に定める」 in a 規則: the whole set of rules, この規則."""
    assert _said(_HOUSING, "term-inconsistent") == [("この規定", "この規則")]


def test_kitei_of_one_provision_in_a_kisoku_is_quiet():
    text = _HOUSING.replace("この規定に定めるものの外、必要な事項は町長が別に定める。",
                            "前条の職務は、この規定に従って行う。")
    assert _said(text, "term-inconsistent") == []


# ------------------------------------------------------------------ a joining conjunction after 。

def test_a_conjunction_that_joins_within_a_sentence_cannot_open_one():
    text = ("第1条（使用の取消し）\n次の場合は、使用の許可を取り消す。\n(1) 相続人のいない者。若しくは、管理料を滞納した者\n"
            "(2) 危険物を留置したとき。及び、通路をふさいだとき\n")
    assert [s for _, s in _said(text, "grammar-slip")] == ["、", "、"]


def test_a_sentence_may_open_on_matawa_or_oyobu():
    text = ("第1条（試験）\n合格すると合格画面が表示されます。または合格証が郵送されます。\n"
            "第2条（効力）\n本規約の効力は、会員の全てに及ぶ。及ぶ範囲は、本条に定める。\n")
    assert _said(text, "grammar-slip") == []


# ------------------------------------------------------------------ a date that lost its 月

def test_a_day_of_the_year_written_without_its_month():
    text = "第1条（報告）\n研究グループは、毎年1025日までに研究計画を提出する。\n"
    assert _said(text, "date-invalid") == [("毎年1025日", "10月25日")]


def test_a_count_of_days_in_a_year_is_quiet():
    text = ("第1条（休日）\n会社は、毎年120日以上の休日を与える。\n"
            "第2条（報告）\n毎年1399日までに報告する。\n")
    assert _said(text, "date-invalid") == []


# ------------------------------------------------------------------ words of the data files

def test_homophone_and_lookalike_slips_of_legal_words():
    text = ("第1条（使用者）\n次の者は、使用者となることができない。\n(1) 未成年者、非保佐人又は成年非後見人\n"
            "第2条（旅費）\n出張には、次の定める旅費を支給する。公共交通期間は普通席とする。\n"
            "第3条（責任）\n使用者は、同伴者の行為の責任は追うものとする。\n"
            "第4条（抽選）\n申込みが区画の数を越えたときは、抽選とする。\n"
            "第5条（遵守）\n使用者は、規則に従わなければならなりません。\n")
    fixes = {s for _, s in _said(text, "confusable-word")}
    assert fixes == {"被保佐人", "被後見人", "次に定める", "公共交通機関", "負", "超", "なりません"}


def test_the_right_words_beside_them_are_quiet():
    text = ("第1条（使用者）\n成年被後見人及び被保佐人は、使用者となることができない。\n"
            "第2条（旅費）\n出張には、次に定める旅費を支給する。公共交通機関を利用する期間は普通席とする。\n"
            "第3条（責任）\n当社は、使用者の責任を追及することができる。\n"
            "第4条（通行）\n車両は、区画の境界を越えて通行してはならない。\n")
    assert _said(text, "confusable-word") == []


def test_junshu_written_two_ways_is_a_notation_note():
    text = "第1条（遵守）\n使用者は、規則を遵守する。\n第2条（保全）\n使用者は、農園の保全を順守する。\n"
    assert [(f.excerpt, f.severity) for f in findings_in_text(text, "notation-variance")] == [("順守", "info")]


# ------------------------------------------------------------------ what the page shows besides the text

def test_a_quoted_control_of_the_screen_is_no_part_of_the_text():
    """「下記「同意して次へ」をタップし」 names a button below the text; a name cited so with nothing after it is still told."""
    text = ("第1条（本人確認）\n受検者は、下記「同意して次へ」をタップし、本人確認をします。\n"
            "第2条（申込み）\n受検者は、上記「申込内容」を確認する。\n")
    assert [e for e, _ in _said(text, "reference-dangling")] == ["申込内容"]


# ------------------------------------------------------------------ numbered sections

_STEPS = ("認定試験までの流れ\n\n1.認定試験の実施\n\n予め指定された日時に認定試験を行います。\n\n2.合否通知の発送\n\n"
          "合格者には合格通知を発送します。\n\n3.規約を1部返信し、月会費の手続き(定期支払い手続き)が完了したら認定を通知します"
          "(後日認定証等発送)\n\n資格の喪失について\n\n○下記の事項に該当する場合、資格を喪失します。\n")


def test_a_step_written_out_after_titled_sections_is_the_next_section():
    """After 「1.認定試験の実施」「2.合否通知の発送」, the long 「3.規約を1部返信し、…」 is section 3, not a paragraph 3 of
    section 2 with its paragraph 2 missing."""
    from conftest import doc_from_text

    doc = doc_from_text(_STEPS, "doc.txt")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert findings_in_text(_STEPS, "numbering-gap") == []


def test_a_list_under_the_last_section_stays_its_list():
    text = _STEPS.replace("合格者には合格通知を発送します。\n\n3.", "合格者には次のものを発送します。\n1.合格通知\n2.規約\n3.")
    from conftest import doc_from_text

    assert [a.number for a in doc_from_text(text, "doc.txt").articles] == ["1", "2"]


# ------------------------------------------------------------------ homophones of fixed names and loanwords

def test_homophones_in_fixed_names_and_misspelled_loanwords():
    text = ("第1条（回答）\n当社は、お問い合わせに対し解答します。\n"
            "第2条（資格）\n博士過程を修了した者に限る。所定の金融期間へ入金し、保険所に届け出る。\n"
            "第3条（更新）\n当社は、ソフトフェアの更新を実地する。\n")
    fixes = {s for _, s in _said(text, "confusable-word")}
    assert fixes == {"回答", "課程", "金融機関", "保健所", "ソフトウェア", "実施する"}


def test_the_same_words_where_they_are_meant_are_quiet():
    text = ("第1条（試験）\n受験者は、試験の解答を他人に教えてはならない。研究の過程を記録する。\n"
            "第2条（検査）\n当社は、実地検査を行う。研究期間は一年とし、保険所得の申告は会員が行う。\n"
            "第3条（機関）\n金融機関及び行政機関の有効期間は、別に定める。\n")
    assert _said(text, "confusable-word") == []


# ------------------------------------------------------------------ closing formulas one kana off

def test_a_closing_formula_with_a_kana_dropped_or_slipped_in():
    """Each formula written once (no count of the document's endings can tell it): ものとます, なければならかない,
    をいいします."""
    text = ("第1条（同意）\n未成年者は、保護者の同意を得るものとます。\n"
            "第2条（届出）\n会員は、住所を変更したときは、申し出なければならかない。\n"
            "第3条（定義）\n本規約で会員とは、登録を終えた者をいいします。\n")
    assert {s for _, s in _said(text, "typo")} == {"ものとします", "なければならない", "をいいます"}


def test_the_formulas_and_their_other_forms_are_quiet():
    """ものとす (literary), ならないか (a question), ものでない, ことはできない: Japanese of their own."""
    text = ("第1条（同意）\n未成年者は、保護者の同意を得るものとします。\n"
            "第2条（届出）\n会員は、届け出なければならないか、当社に確認することができる。\n"
            "第3条（効力）\n本規約は、会員を拘束するものとす。前条の確認は、当社の義務を定めるものでない。\n"
            "第4条（譲渡）\n会員は、その地位を譲渡することはできない。\n")
    assert _said(text, "typo") == []


def test_slips_of_one_kana_or_one_look_alike_that_make_no_word():
    text = ("第1条（届出）\n株式当社は、申込みを受付ます。会員は、1ヶ月以内に居け出なければならない。\n"
            "第2条（周知）\n当社は、連絡先を通じで周知を行う。今後も努めていきたいと考えおります。\n")
    assert {s for _, s in _said(text, "confusable-word")} == {"株式会社", "受け付けます", "届け出", "を通じて",
                                                              "ておりま"}


# ------------------------------------------------------------------ whole documents from repositories (pub353–358)

def test_a_confidentiality_duty_that_says_it_binds_after_leaving_needs_no_survival_clause():
    text = ("雇用契約書\n\n株式会社A（以下「会社」という。）と従業員は、次のとおり契約を締結する。\n"
            "第1条（秘密保持）\n従業員は、業務上知り得た秘密情報を、在職中および退職後といえども第三者に漏洩してはならない。\n"
            "第2条（契約の終了）\n本契約は、従業員の退職により終了する。\n")
    assert findings_in_text(text, "survival-missing") == []
    unbound = text.replace("在職中および退職後といえども", "")
    assert [f.rule for f in findings_in_text(unbound, "survival-missing")] == ["survival-missing"]


def test_the_party_letter_glossing_its_role_over_a_signature_is_no_leftover():
    text = ("金銭消費貸借契約書\n\n貸主（以下「甲」という。）と借主（以下「乙」という。）は次のとおり契約を締結する。\n"
            "第1条（貸付）\n甲は、乙に金五十万円を貸し付ける。\n第2条（返済）\n乙は、甲に毎月末日限り返済する。\n\n"
            "貸主(甲)\n住所\n氏名\n\n借主(乙)\n住所\n氏名\n")
    assert _said(text, "term-inconsistent") == []
    slipped = text.replace("乙は、甲に毎月末日限り返済する。", "借主は、甲に毎月末日限り返済する。")
    assert _said(slipped, "term-inconsistent") == [("借主", "乙")]


def test_the_provision_that_cites_is_never_the_one_suggested():
    """第3条第2項 cites 第2条第2項 for 秘密保持契約の締結, which it speaks of itself: no other provision fits, so
    nothing is said (the citing paragraph suggested to itself tells the reader nothing)."""
    text = ("第1条（目的）\n本会は、研究の発展を目的とする。\n"
            "第2条（入会）\n入会を希望する者は、申込書を提出する。\n2 入会者は、会則を遵守する。\n"
            "第3条（秘密保持）\n会員は、会の秘密を守る。\n2 会員は、第2条第2項に定める秘密保持契約の締結を拒んではならない。\n")
    assert findings_in_text(text, "reference-content-mismatch") == []


def test_a_caption_and_its_sentence_under_each_subsection_are_no_paste():
    """「#### 処罰実施・取消可能者」 and 「この処罰を実施できるのは、…」 under each ban's own ### heading: each says it of its
    own punishment. Without the heading between them, the same paragraph twice in one section is still told."""
    def block(condition: str) -> str:
        return (f"#### 処罰条件\n\n{condition}\n\n#### 処罰実施・取消可能者\n\n"
                "この処罰を実施できるのは、以下の権限グループに所属する利用者のみです。\n\n- 管理者\n- モデレーター\n\n")
    page = ("# サーバー規約\n\n## 基本方針\n\n皆さんが楽しく過ごせるサーバーを目指します。\n\n"
            "## 運営の処罰対応について\n\n違反者には処罰を行います。\n\n## 処罰種類詳細\n\n処罰の種類は次のとおりです。\n\n"
            "### 一時BAN\n\n一時的に参加を停止します。\n\n" + block("軽い違反をしたとき。")
            + "### 永久BAN\n\n参加を永久に停止します。\n\n" + block("警告を三回以上受けた利用者が対象です。"))
    assert findings_in_text(page, "duplication") == []
    pasted = page.replace("### 永久BAN\n\n", "")
    assert [f.rule for f in findings_in_text(pasted, "duplication")] == ["duplication"]


def test_a_verb_after_a_verb_is_japanese_as_written():
    """反映していきます, 尊重しあって, ありえます: a subsidiary verb after a verb's て-form or continuative, which law text
    seldom writes; a kana struck twice in such a run is still a slip (「といいいます」)."""
    text = ("第1条（運営）\n寄せられた意見は、運営内で話し合い、より良い形で反映していきます。\n"
            "第2条（参加者）\n参加者は、お互い尊重しあって活動する。他の場所への誘導はありえます。\n")
    assert _said(text, "typo") == []
    assert [e for e, _ in _said(text + "第3条（定義）\n本規約で会員とは、登録した者（以下「会員」といいいます）をいう。\n",
                                "typo")] == ["会員」といいいます）を"]


def test_a_katakana_label_cited_after_its_article_is_no_bracket():
    text = ("第1条（会計）\n会計の担当は、次のとおりとする。\nイ）ソフトウェア担当\nロ）ハードウェア担当\n"
            "第2条（立替え）\n前条イ）に定める担当は、本会会則第七条一項ハ）によって設置される。\n")
    assert findings_in_text(text, "bracket-unbalanced") == []
    assert [f.rule for f in findings_in_text(text.replace("前条イ）に", "前条の担当イ）に"), "bracket-unbalanced")] \
        == ["bracket-unbalanced"]


def test_a_university_and_its_graduate_school_are_no_repeat():
    """立命館大学大学院: 大学 then 大学院 (the copy and a suffix making a name); 大学大学 before の is a repeat."""
    assert findings_in_text("第1条（会員）\n会員は、立命館大学大学院の学籍を有する者とする。\n", "duplication") == []
    assert [f.excerpt for f in findings_in_text("第1条（会員）\n会員は、立命館大学大学の学籍を有する者とする。\n",
                                                "duplication")] == ["大学大学"]


def test_a_lone_mata_after_a_verb_is_only_a_note():
    """「権利を持たず又義務を負わない」: 又 after a verb may be the adverb また; between two nouns it is 又は cut short."""
    found = findings_in_text("第1条（会員）\n会員は、本会において権利を持たず又義務を負わない。\n", "typo")
    assert [(f.excerpt, f.severity) for f in found] == [("利を持たず又義務を", "info")]
    found = findings_in_text("第1条（定義）\n本サービス（以下「サービス」又「本サービス」という。）を提供する。\n", "typo")
    assert [f.severity for f in found] == ["warning"]


def test_the_old_title_of_the_animal_welfare_act():
    found = findings_in_text("第1条（遵守）\n飼い主は、動物の保護及び管理に関する法律を遵守する。\n", "name-obsolete")
    assert [f.suggestion for f in found] == ["動物の愛護及び管理に関する法律"]


def test_two_citations_for_two_nouns_each_in_its_order():
    """「次号及び第3号に規定する駐車場及び駐輪場」: 次号 names the 駐車場, 第3号 the 駐輪場."""
    text = ("第1条（趣旨）\nこの条例は、駐車場等の設置に関し必要な事項を定める。\n"
            "第2条（定義）\nこの条例において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n"
            "(1) 駐車場等 次号及び第3号に規定する駐車場及び駐輪場をいう。\n(2) 駐車場 自動車の駐車のための施設をいう。\n"
            "(3) 駐輪場 自転車の駐車のための施設をいう。\n")
    assert findings_in_text(text, "reference-content-mismatch") == []


def test_an_article_of_another_law_listed_after_a_comma_and_a_conjunction():
    text = ("第1条（共同管理）\n当社は、共同管理者として（GDPR第26条、第28条、および第29条）に従い処理する。\n"
            "第2条（変更）\n当社は、本規約を変更できる。\n")
    assert findings_in_text(text, "reference-dangling") == []


def test_numbers_in_the_other_width_among_too_few_counted_to_vote():
    """「６ヶ月」「３０日間」 in terms whose every other number (第1条…第12条) is half-width."""
    arts = "".join(f"第{n}条（規定{n}）\n会員は、本規約第{n}条に従う。\n" for n in range(1, 12))
    text = arts + ("第12条（停止）\n当社は、６ヶ月以上利用がない場合、登録を抹消できる。\n"
                   "2 当社は、３０日間以上応答がない場合、登録を抹消できる。\n")
    assert [f.suggestion for f in findings_in_text(text, "convention-deviation")] == ["6", "30"]


def test_letters_standing_for_article_numbers_are_no_parties():
    text = ("生徒会規約\n\n第1条（名称）\n本会は、生徒会と称する。\n"
            "第2条（会員）\n本校の生徒（以下「会員」という。）及び教員（以下「顧問教員」という。）で組織する。\n"
            "第3条（条の追加）\n新しい条を第甲条と第乙条の間に追加する場合、新しい条は「第甲条の二」と命名する。\n")
    assert findings_in_text(text, "term-inconsistent") == []


# ------------------------------------------------------------------ round 14 (pub365–370)

def test_a_requirement_cited_of_the_article_about_its_subject_fits():
    """「第8条に定める要件を満たす奨学金」 with 第8条（支援対象奨学金）: the clause names the article's subject."""
    text = ("奨学金返還支援規程\n\n第1条（目的）\nこの規程は、奨学金の返還を支援する制度を定める。\n"
            "第2条（支援対象者の要件）\n支援の対象となる従業員の要件は、勤続1年以上であることとする。\n"
            "第3条（支援対象奨学金）\n支援の対象となる奨学金は、日本学生支援機構の貸与奨学金とする。\n"
            "第4条（支援額）\n会社は、第3条に定める要件を満たす奨学金の返還額を支援する。\n")
    assert findings_in_text(text, "reference-content-mismatch") == []


def test_a_blank_left_for_a_name_is_no_stray_space():
    text = "第1条（報告）\n所属長は        に事実関係を報告し、担当者は 事実を確認する。\n"
    assert [f.excerpt for f in findings_in_text(text, "stray-space")] == ["担当者は 事実を確"]


def test_internal_rules_need_no_survival_clause():
    text = ("ストレスチェック制度実施規程\n\n第1条（目的）\nこの規程は、ストレスチェックの実施について定める。\n"
            "第2条（委託）\n会社は、外部機関に実施を委託することができる。\n"
            "2 委託契約が終了した場合、外部機関は保管する記録を会社に返還する。\n")
    assert findings_in_text(text, "survival-missing") == []


def test_wake_dewa_naku_is_right():
    assert _said("第1条（定義）\n苦情の全てが該当するわけではなく、個別に判断する。\n", "confusable-word") == []
    assert [s for _, s in _said("第1条（定義）\n苦情の全てが該当するわけでなく、個別に判断する。\n",
                                "confusable-word")] == ["では"]


def test_a_prefix_after_a_noun_with_its_okurigana_heads_a_phrase():
    text = "附則\n本会の取り決め全項は、令和5年4月1日から施行する。\n"
    assert _said(text, "typo") == []


def test_a_name_defined_as_itself():
    """「開発者（以下、「開発者」といいます。）」 defines nothing; a phrase the name closes, a list it ends and a party
    given two names are definitions."""
    text = ("第1条（定義）\n本規約は、開発者（以下、「開発者」といいます。）が定める。\n"
            "第2条（通知）\n当社は、利用者（以下「利用者」）に対し通知する。\n")
    assert [f.excerpt[:3] for f in findings_in_text(text, "term-inconsistent")] == ["開発者", "利用者"]
    quiet = ("第1条（定義）\n本アプリの開発者（以下「開発者」という。）は、本規約を定める。\n"
             "第2条（催事）\n当社は、コンサート、展覧会、イベント等（以下「イベント等」）を開催する。\n"
             "第3条（運営者）\n本規約は、星命AI（以下「星命AI」または「当社」）が定める。\n"
             "第4条（契約）\n利用者が販売代理店と販売契約（以下「販売契約」という。）を締結した時に成立する。\n")
    assert [f for f in findings_in_text(quiet, "term-inconsistent") if "それ自身" in f.message] == []


def test_refraining_is_tsutsushimu_and_approval_is_kessai():
    text = ("第1条（禁止）\n他者を妨害するような行為は謹んでください。\n"
            "第2条（出金）\n委員長の決済で予算内で出金できる。\n")
    assert {s for _, s in _said(text, "confusable-word")} == {"慎ん", "決裁"}
    quiet = ("第1条（お詫び）\n謹んでお詫び申し上げます。\n"
             "第2条（支払）\n会員の決済方法は別に定める。会長の決済方法も同じとする。\n")
    assert _said(quiet, "confusable-word") == []
