"""What the readings of session 38 found on published documents (pub390–pub394: web terms in Markdown and HTML,
contract templates, membership and benefit terms, rules of associations and unions), read whole and kept outside
the repository. Each construct is tested here in text of the same shape written for the test."""

from pathlib import Path

from conftest import doc_from_text, findings_in_text, said_in_text

from pipeline.checks import run_checks

_said = said_in_text
FIXTURES = Path(__file__).parent / "fixtures"


def _findings(text: str, name: str, rule: str | None = None, severities=("error", "warning", "info")):
    return [f for f in run_checks(doc_from_text(text, name))
            if (rule is None or f.rule == rule) and f.severity in severities]


# ------------------------------------------------------------------ survival

_SALE = ("第1条（目的）\n売主は買主に車両を売り渡し、買主はこれを買い受ける。\n\n"
         "第2条（契約の解除）\n1. 売主が次の各号のいずれかに該当した場合には、買主は直ちに本契約を解除することができる。\n"
         "(1) 本契約に違反したとき\n(2) 支払を停止したとき\n"
         "2. 解除事由のいかんを問わず、本契約が解除された場合、買主は売主に対し、解除日から7日以内に、支払代金の返還を求めることが"
         "できるものとする。\n\n"
         "第3条（協議）\n本契約に定めのない事項は、売主及び買主が誠実に協議して定める。\n")


def test_restitution_ordered_by_the_article_on_rescission_needs_no_survival_clause():
    """「本契約が解除された場合、買主は…支払代金の返還を求めることができる」 in 第2条（契約の解除）: the effect of the
    rescission the article governs (原状回復, 民法545条), not a duty that must be kept alive past the end."""
    assert findings_in_text(_SALE, "survival-missing") == []


def test_a_return_ordered_elsewhere_still_asks_for_a_survival_clause():
    text = _SALE.replace("第3条（協議）", "第3条（貸与物）\n本契約が終了した場合、買主は売主から貸与された書類を速やかに売主に"
                                           "返還するものとする。\n\n第4条（協議）")
    assert [f.rule for f in findings_in_text(text, "survival-missing")] == ["survival-missing"]


def test_an_entry_of_a_list_of_exclusions_needs_no_survival_clause():
    """「（12）本サービスの利用契約が終了した日の属する月の翌月以降に生じた損害」 listed under 「下記の除外事項に該当する場合は
    保険金の支払いを受けることができません」: nothing applies after the end, so nothing has to survive it."""
    text = ("第1条（概要）\n本特典は、本サービスの利用者に保険金を支払うものです。\n\n"
            "第2条（補償の範囲）\n下記の除外事項に該当する場合は保険金の支払いを受けることができません。\n"
            "（1）被保険者の故意に起因する場合\n"
            "（2）本サービスの利用契約が終了した日の属する月の翌月以降に被保険者に生じた損害\n")
    assert findings_in_text(text, "survival-missing") == []


# ------------------------------------------------------------------ defined terms

def test_a_word_the_definition_lists_as_a_kind_of_the_term_is_no_variant_of_it():
    """「「秘密情報」とは、次の各号の情報をいいます。⏎（1）本条第1項の機密情報⏎…」: 機密情報 is one of the kinds the
    definition lists, not a slip of 秘密情報 (the list after the sentence is the definition's meaning)."""
    text = ("第8条（機密保持）\n1. お客様は、本ソフトウェアの構造が当社の機密情報であることを承認します。\n"
            "2. 本契約における「秘密情報」とは、次の各号の情報をいいます。\n（1）本条第1項の機密情報\n"
            "（2）当社がお客様に対して秘密と表示して開示する一切の情報\n"
            "3. お客様は、当社の秘密情報を、善良な管理者の注意をもって保持するものとします。\n"
            "4. お客様は、当社の秘密情報を、本ソフトウェア使用のためにのみ使用するものとします。\n")
    assert findings_in_text(text, "term-inconsistent") == []


def test_a_term_defined_bare_and_always_written_with_hon_is_a_note():
    text = ("## 1. 定義\n1. 「サービス」とは、本アプリおよび当方が提供する一切のサービスを指します。\n\n"
            "## 2. 禁止事項\n1. 本サービスの運営を妨害する行為\n2. 本サービスによって得られた情報を商業的に利用する行為\n\n"
            "## 3. 停止\n当方は、本サービスの全部または一部の提供を停止できるものとします。\n")
    found = _findings(text, "terms.md", "term-inconsistent")
    assert [(f.excerpt, f.suggestion, f.severity) for f in found] == [("サービス", "本サービス", "info")]


def test_a_defined_name_never_used_beside_another_hon_name_written_throughout():
    """「ＸＹＺプレミアム会員」(以下「本プレミアム会員」) never written again, while 本プレミアムサービス, which nothing
    defines, is: the definition and the text name the thing differently."""
    text = ("第1条（定義）\n(1)「ＸＹＺプレミアム会員」(以下「本プレミアム会員」といいます)とは、当社が提供する有料サービスの総称です。\n\n"
            "第2条（利用料）\n本プレミアムサービスの利用料は月額500円とします。\n"
            "2. 当社は、本プレミアムサービスの内容を変更することがあります。\n\n"
            "第3条（解約）\n会員は、いつでも本プレミアムサービスを解約できます。\n")
    assert _said(text, "term-inconsistent") == [("本プレミアム会員", "本プレミアムサービス")]
    # used after its definition: the two names are two things
    used = text.replace("会員は、いつでも", "本プレミアム会員は、いつでも")
    assert _said(used, "term-inconsistent") == []


def test_the_long_name_a_definition_shortened_is_told_as_such():
    text = ("# 利用規約\n\n本アプリをご利用いただく前に、本利用規約 (以下「本規約」) をよくお読みください。"
            "ユーザーは本規約に同意したものとみなされます。\n\n## 1. 変更\n当方は本規約を変更できます。\n\n"
            "## 2. 言語\n本利用規約は英語と日本語で提供されています。\n")
    found = _findings(text, "terms.md", "term-inconsistent", ("warning",))
    assert [f.excerpt for f in found] == ["本利用規約"]
    assert "略した名称" in found[0].message and "定義されていません" not in found[0].message


# ------------------------------------------------------------------ words

def test_shoushuu_of_a_meeting_is_shoushuu_with_the_other_kanji():
    """召集 is the Diet's: 「臨時総会は役員会において必要と認めた時に召集する」, whose words next to it do not say what is
    convened, is 招集 because the article speaks of a general meeting and nowhere of the Diet."""
    text = ("第11条（総会）\n1. 通常総会は年1回とする。\n2. 臨時総会は役員会において必要と認めた時に召集する。\n\n"
            "第12条（議員）\n本会の顧問は、国会の召集の日に報告を行う。\n")
    assert _said(text, "confusable-word") == [("召集", "招集")]


def test_kitei_after_an_article_cited_with_its_caption():
    text = "第44条（補欠）\n第43条（役員の任期）の規程は、補欠の役員には適用しない。\n"
    assert _said(text, "confusable-word") == [("規程", "規定")]


def test_particle_slips_of_set_phrases():
    assert _said("利用者は、私的、公的を関わらず利用できる。", "confusable-word") == [("を関わらず", "を問わず")]
    assert _said("当社はサブライセンスを可能な非独占的ライセンスを許諾する。", "confusable-word") == [("を", "が")]
    assert _said("当社は、開示を可能な範囲で行う。", "confusable-word") == []
    assert _said("乙は、次の各号のいずれに該当しないことを表明する。", "confusable-word") == [("いずれに", "いずれにも")]
    assert _said("本規約の一部が無効または失効不能と判断された場合でも、残りは有効とする。", "confusable-word") == [
        ("失効不能", "執行不能")]
    assert _said("委任状によって意思表意したるものは出席とみなす。", "confusable-word") == [("意思表意", "意思表示")]


def test_a_colloquial_verb_after_a_noun_and_its_particle_is_no_kana_slip():
    """「ライブラリ製作者がやって欲しくないこと」: が, then the verb やる and its て; law text never writes やって, but the
    clause is whole as written (the typo rule suggested 「があって」)."""
    text = ("第1条（目的）\nこの利用規約は最低限ライブラリ製作者がやって欲しくないことを記載しています。\n\n"
            "第2条（禁止事項）\n利用者は、本ライブラリを再配布してはなりません。\n")
    assert findings_in_text(text, "typo") == []


def test_a_governing_law_named_by_its_country_answers_its_caption():
    text = "## 第9条（準拠法）\n本規約にはイタリア法が適用されます。\n\n## 第10条（管轄）\n紛争はローマの裁判所で解決します。\n"
    assert _findings(text, "terms.md", "heading-mismatch") == []


def test_a_dot_in_a_quoted_file_name_is_no_full_stop():
    text = ("第1条（保存）\n書類は電子データで保存する。ファイル名は「取引日_取引先名.拡張子」の形式で統一する。\n"
            + "".join(f"第{n}条（規定{n}）\n保存期間は{n}年とする。担当者は経理部長とする。\n" for n in range(2, 8)))
    assert [f for f in findings_in_text(text, "convention-deviation") if "句点" in f.message] == []
    # a stop typed half-width at a sentence's end is still told
    slipped = text.replace("経理部長とする。\n第5条", "経理部長とする.\n第5条")
    assert [f.suggestion for f in findings_in_text(slipped, "convention-deviation") if "句点" in f.message] == ["。"]


# ------------------------------------------------------------------ the readings of pub395–pub399

def test_a_definition_after_a_description_in_its_brackets():
    """「CatchWords（iPhone アプリと Web 版。以下「本サービス」）」: the brackets describe the thing, then give its name;
    before the fix 本サービス was told undefined at each of its uses (21 warnings on one page)."""
    text = ("# 利用規約\n\n本規約は、運営者（以下「運営者」）が提供する CatchWords（iPhone アプリと Web 版。以下「本サービス」）の"
            "利用条件を定めるものです。\n\n## 1. 利用\n利用者は、本サービスを無料で利用できます。\n\n"
            "## 2. 変更\n運営者は、本サービスの内容を変更できます。\n\n"
            "## 3. 購入\nApp Store で配信する iPhone アプリ（以下「本アプリ」）の購入は、Apple の規約に従います。\n")
    assert _findings(text, "terms.md", "term-undefined") == []


def test_a_star_quoted_as_a_forms_mark_is_no_broken_emphasis():
    text = ("## 申請\n5. 必要事項を入力します。「*」印のあるものは**必須**ですので必ず入力してください。\n"
            "6. 申請を送信します。\n")
    assert _findings(text, "guide.md", "markup-broken") == []
    assert [f.rule for f in _findings("## 申請\n1. 必要事項を**必須*と入力します。\n", "guide.md", "markup-broken")] \
        == ["markup-broken"]


def test_a_noun_made_a_verb_in_its_polite_negative_is_no_slip_of_another_ending():
    """「…追加する行為はお勧めしません。」 in a page that writes 「かもしれません」 four times: お勧め|し|ませ|ん is the
    humble verb's negative, no 「しれません」 with a kana dropped."""
    text = ("第1条（注意）\n" + "".join(f"{w}が起きるかもしれません。" for w in ("口論", "混乱", "衝突", "紛争"))
            + "\n第2条（推奨）\n信用できない利用者を安易に追加する行為はお勧めしません。\n")
    assert findings_in_text(text, "typo") == []


def test_an_alternative_opening_a_sentence_after_a_polite_predicate():
    text = ("第1条（確認）\n「/co i」を実行することで編集ログを確認することができます。もしくは、「/co near」で近くの"
            "編集ログを確認できます。\n")
    assert findings_in_text(text, "grammar-slip") == []


def test_a_sentence_repeated_under_sibling_headings_is_parallel():
    """A server's rules on its kinds of ban: 「##### Jail」 and 「##### ChatJail」 each say 「追加時にコマンド実行者から
    所定のjaoポイントが引かれます。」; the page lays the kinds out side by side, each saying it of its own; no sentence
    was pasted twice (3 false warnings before the fix)."""
    from pipeline.api import read_document

    found = [f for f in run_checks(read_document(FIXTURES / "pub397" / "jaoafa_ban.md")) if f.rule == "duplication"]
    assert found == []


def test_a_role_of_what_it_names_is_no_undefined_party():
    """「甲および当該情報の開示者の事前の許可なく」: whoever disclosed that information, 甲 or anyone else; no party the
    contract leaves undefined."""
    text = ("第1条（目的）\n甲と乙は、共同で事業を行う。甲は乙に情報を提供する。乙は甲に報告する。\n\n"
            "第2条（秘密保持）\n乙は、秘密情報を厳重に管理し、甲および当該情報の開示者の事前の許可なく、第三者に開示しては"
            "ならない。甲は、乙に対し、秘密情報の返還を求めることができる。乙は、甲の指示に従う。\n")
    assert findings_in_text(text, "term-undefined") == []


def test_hon_before_the_word_a_compound_just_named_ends_in_points_back():
    text = ("# プライバシーポリシー\n\n当方が提供するアプリ（以下「本サービス」）は、以下のとおり情報を取り扱います。\n\n## 1. 解析\n"
            "1. 利用目的: 利用状況の把握。\n2. 収集データ: ページ滞在時間、端末の種類。\n"
            "3. 本データは仮名の形で処理され、第三者に共有しません。\n")
    assert _findings(text, "privacy.md", "term-undefined", ("warning",)) == []


def test_a_space_before_a_particle_is_told_as_such():
    text = ("第1条（通知）\n当社は、マーケティング受信 を各々区別して管理します。\n"
            + "".join(f"第{n}条（規定{n}）\n当社は、利用者の情報を適切に管理します。\n" for n in range(2, 6)))
    found = [f for f in findings_in_text(text, "stray-space") if f.severity == "warning"]
    assert [f.message[:9] for f in found] == ["語と助詞の間に空白"]


def test_words_slipped_in_prohibitions_and_claims():
    assert _said("利用者は、法令又は公序良俗に関する行為をしてはならない。", "confusable-word") == [("に関する", "に違反する")]
    assert _said("利用者は、法律や条令などで禁止された行為をしてはならない。", "confusable-word") == [("条令", "条例")]
    assert _said("当社は損害賠償請求を求めることができる。", "redundant-expression") == [("請求を求め", "請求し")]
    assert _said("乙が制作した成果物の制作に掛かる諸権利は甲に帰属する。", "confusable-word") == [("掛かる", "係る")]
    assert _said("制作に掛かる費用は乙が負担する。", "confusable-word") == []


def test_unit_findings_do_not_depend_on_the_documents_checked_before():
    """Two pages of code holding terms as strings, sharing their brackets' lines (「  ],」「},」): a bracket one line opens
    and a later one closes is read together, so what bracket-unbalanced says of a line depends on the lines around
    it, and a line met in an earlier document cannot lend its findings (12 false warnings when the other page was
    checked first)."""
    from pipeline.api import clear_caches

    def page(strings):  # (the first string on the line that opens the list: a line of its own in each page)
        return f"terms: {{\n  intro: [ '{strings[0]}',\n" + "".join(f"    '{s}',\n" for s in strings[1:]) \
            + "  ],\n  sections: [\n    {\n      body: [\n        '利用者は本規約に従います。',\n      ],\n    },\n  ],\n},\n"

    first = page(["本規約は、本サーバーの利用条件を定めます。", "同意した方に限り利用できます。"])
    second = page(["本利用規約は、運営が定めます。", "変更は告知します。", "違反者は利用を停止されます。"])
    clear_caches()
    alone = [(f.rule, f.span) for f in findings_in_text(second)]
    clear_caches()
    findings_in_text(first)
    after = [(f.rule, f.span) for f in findings_in_text(second)]
    assert after == alone


def test_an_item_another_item_of_its_list_holds_whole_is_a_note():
    """「（3）反社会的勢力に対して直接または間接に利益を供与する行為」 and 「（11）本サービスに関連して、反社会的勢力に対して直接
    または間接に利益を供与する行為」 in one list of prohibited acts: two templates merged, one item left behind."""
    items = ["法令または公序良俗に違反する行為", "犯罪行為に関連する行為", "反社会的勢力に対して直接または間接に利益を供与する行為",
             "他のユーザーに成りすます行為", "本サービスに関連して、反社会的勢力に対して直接または間接に利益を供与する行為"]
    text = "第6条（禁止事項）\nユーザーは、次の行為をしてはなりません。\n" + "".join(
        f"（{n}）{t}\n" for n, t in enumerate(items, 1)) + "\n第7条（停止）\n当社は、本サービスを停止できます。\n"
    found = [f for f in findings_in_text(text, "duplication")]
    assert [(f.excerpt, f.severity) for f in found] == [(items[2], "info")]
    assert found[0].label == "第6条（3）" and "第6条（5）にそのまま含まれています" in found[0].message
    # an item the longer one opens with is another act
    other = text.replace("本サービスに関連して、反社会的勢力に対して直接または間接に利益を供与する行為",
                         "反社会的勢力に対して直接または間接に利益を供与する行為を助長する行為")
    assert findings_in_text(other, "duplication") == []


# ------------------------------------------------------------------ the readings of pub400–pub404

def test_each_name_of_an_entry_that_gives_two_is_defined():
    """「1. 「本ソフト」及び「本ソフトウェア」：…電子回路シミュレータ…」: both names are defined (本ソフト was told
    undefined at each of its 11 uses)."""
    text = ("第1条（定義）\n1. 「本ソフト」及び「本ソフトウェア」：本ライセンスに基づき配布される電子回路シミュレータ。\n"
            "2. 「作者」：本ソフトを制作し著作権を有する者。\n3. 「利用者」/「ユーザ」：本ソフトを利用するすべての個人。\n\n"
            "第2条（利用）\nユーザは、本ソフトを無償で利用できる。本ソフトウェアの再配布は作者の許可を要する。\n")
    assert findings_in_text(text, "term-undefined") == []


def test_a_te_form_and_ii_is_a_permission_not_a_dropped_kana():
    """「ユーザが使用していい範囲の本ソフトウェア」: して|いい (may use); the suggested 「していない」 reverses it."""
    text = ("第1条（対象）\nなおこの一覧は、ユーザが使用していい範囲の本ソフトウェアであり、記載されていないものは対象ではない"
            "ものとします。\n\n第2条（禁止）\nユーザは、本ソフトウェアを改変してはならないものとします。\n")
    assert findings_in_text(text, "typo") == []


def test_a_citation_of_a_section_by_its_other_name_in_brackets():
    """下記「お客様情報の取扱規定（プライバシーポリシー）」 with the section below headed 「プライバシーポリシー」: the
    citation names it by the name in its brackets."""
    text = ("ご利用にあたっては、下記「お客様情報の取扱規定（プライバシーポリシー）」を熟読のうえ、同意していただく必要があります。\n\n"
            "## プライバシーポリシー\n当社は、お客様の個人情報を適切に取り扱います。\n")
    assert _findings(text, "shop.md", "reference-dangling") == []
    # a name no part bears is still told
    assert [f.excerpt for f in _findings(text.replace("（プライバシーポリシー）", ""), "shop.md", "reference-dangling")] \
        == ["お客様情報の取扱規定"]


def test_gensoku_as_an_adverb_takes_no_ni():
    """「投稿内容の削除に関する問い合わせには原則応じません」: 原則 for 原則として (as a rule), no object of 応じる."""
    assert _said("第1条（削除）\n投稿内容の削除に関する問い合わせには原則応じません。\n", "grammar-slip") == []


def test_a_note_mark_in_brackets_closes_its_bracket():
    """「…ご確認ください。(※１)」: the number of a note mark, not a list's label 「1)」 that leaves 「(」 open."""
    text = ("・当社が取得した情報は、当社の個人情報保護方針に従って取り扱われます。当社の個人情報保護方針をご確認ください。(※１)\n"
            "・当社から提供を受けた会社の個人情報保護方針はこちら(※２)\nhttp://example.com/privacy/\n")
    assert findings_in_text(text, "bracket-unbalanced") == []
    # beside a bracket really left open, the line's labels are masked to read it: the note's bracket still closes
    from pipeline.checks.brackets import unbalanced

    assert [(kind, b) for _, kind, b in unbalanced("方針をご確認ください。(※1)「詳細はこちら")] == [("unclosed", "「")]


def test_words_no_terms_write_so():
    assert _said("当社がやむを得ず損賠賠償を支払った場合、利用者に請求できる。", "confusable-word") == [("損賠賠償", "損害賠償")]
    assert _said("重要な内応が変更される場合は、事前に通知します。", "confusable-word") == [("内応が", "内容が")]


def test_a_kanji_dropped_at_the_start_of_a_unit():
    """「営委員会は総会からの付議を受け、…」 right under its heading, in rules that write 運営委員会 throughout: the line
    opens a unit (after a heading or a finished sentence), so no wrapped line broke the compound there; 運 was dropped."""
    text = ("第1条（運営委員会）\n運営委員会は、団長、副団長及び事務局長で構成する。運営委員会は月1回開催する。\n"
            "第2条（付議）\n営委員会は総会からの付議事項を審議する。運営委員会の議長は団長とする。\n")
    assert [(f.excerpt[:4], f.suggestion) for f in findings_in_text(text, "typo")] == [("営委員会", "運営委員会")]
