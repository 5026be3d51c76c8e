"""What the readings of session 37 found on published documents (pub371–pub380: contract templates, company rules,
association bylaws, paid-app and SaaS terms, codes of conduct, web terms in Markdown and HTML, membership and campaign
terms, rules of shared facilities, employment rules), read whole and kept outside the repository. Each
construct is tested here in text of the same shape written for the test (or on a fixture of the same kind)."""

from pathlib import Path

from conftest import doc_from_text, findings_in_text, said_in_text

from pipeline.api import read_document
from pipeline.checks import run_checks

_said = said_in_text
FIXTURES = Path(__file__).parent / "fixtures"


# ------------------------------------------------------------------ structure

_APP_TERMS = ("# 学習アプリ 利用規約\n\n本規約は、英語学習アプリ「Wordveil」（以下「本アプリ」）の利用条件を定めるものです。\n\n"
              "## 1. 適用範囲と変更\n- 本規約は、本アプリの提供・利用に関し適用されます。\n\n"
              "## 2. 本アプリの概要\n- 本アプリは、英語学習を支援する機能を提供します。\n\n"
              "## 3. 年齢・利用環境\n- 13歳未満の利用はできません。\n\n"
              "## 4. 条件の変更\n- 当方は、本規約を変更できます。\n\n"
              "## 5. 月額料金\n- 料金は月額500円です。\n")


def test_a_dotted_section_number_heads_a_title_that_opens_with_a_counter_kanji():
    """「3. 年齢・利用環境」「4. 条件の変更」「5. 月額料金」: the dot sets the number apart as a label, and 年齢, 条件, 月額 are
    words, not the counters of 「3年以内」 (before the fix, every section from 3 on was left as closing text)."""
    doc = doc_from_text(_APP_TERMS, "terms.md")
    assert [a.title for a in doc.articles] == ["適用範囲と変更", "本アプリの概要", "年齢・利用環境", "条件の変更", "月額料金"]
    assert doc.closing == []


def test_a_dotted_count_is_no_section():
    from pipeline.grammar import match_section_heading

    assert match_section_heading("3.年以内に届け出る") is None
    assert match_section_heading("3.年間") is None
    assert match_section_heading("5. 項目") == ("5", "項目", 1)


def test_an_html_table_cell_in_markdown_heads_no_article():
    """A wage rule whose articles a template engine numbers ({% include numbering-section %}) and whose tables cite
    「<td>第9条</td>」: the cells head no article, so no duplicate or missing article is told, and a citation of an article
    the page never numbers is not dangling."""
    doc = read_document(FIXTURES / "pub38" / "yasslab-wage.md")
    assert not any(a.number in ("9", "10", "15") for a in doc.articles)
    found = run_checks(doc)
    assert [f for f in found if f.rule.startswith("numbering") or f.rule in ("heading-duplicate", "reference-dangling")] == []


_CHILD_CARE = "".join(
    f"## 第{c}章 {t}\n\n" + "".join(f"#### 第{n}条 {t}{n}\n1. 従業員は、{t}について申し出ることができる。\n\n" for n in arts)
    for c, t, arts in ((1, "目的", (1, 2)), (2, "育児休業", (3, 4, 5)), (3, "介護休業", (6, 7))))
_CHILD_CARE += ("## 第4章 時間外労働の制限\n\n#### 第8章 時間外労働の制限\n1. 会社は、時間外労働を制限する。\n\n"
                "## 第5章 深夜業の制限\n\n#### 第9章 深夜業の制限\n1. 会社は、深夜業を制限する。\n\n"
                "## 第6章 短時間勤務\n\n#### 第10条 短時間勤務\n1. 従業員は、短時間勤務を申し出ることができる。\n")


def test_a_chapter_number_typed_for_an_article_at_the_article_level():
    """「#### 第8章」 between 「#### 第7条」 and 「#### 第10条」, the chapters set as 「## 第N章」: 第8条 was meant. Told there,
    and not as chapters 5 and 6 out of order after 第8章 and 第9章, nor as 第8条 and 第9条 missing."""
    found = run_checks(doc_from_text(_CHILD_CARE, "rules.md"))
    numbering = [(f.rule, f.excerpt[:3], f.suggestion) for f in found if f.rule.startswith("numbering")]
    assert numbering == [("numbering-gap", "第8章", "第8条"), ("numbering-gap", "第9章", "第9条")]


# ------------------------------------------------------------------ defined terms

def test_a_translation_and_the_repository_need_no_definition():
    """A contributor agreement's 「本日本語訳」「本訳」 are the document itself, 「本リポジトリ」 the place it is read in
    (as 本サイト: nothing to define where the document names no place of its own)."""
    text = ("コントリビューター契約\n\n本日本語訳は参考のために提供されるものです。英語版と本訳との間に齟齬がある場合は英語版が"
            "優先します。\n\n1. 本プロジェクト（以下「本プロジェクト」といいます。）への貢献は招待制です。\n"
            "2. 本リポジトリへコントリビューションを行う者は、本契約に同意するものとします。\n")
    assert findings_in_text(text, "term-undefined") == []


def test_the_terms_defined_as_themselves_are_a_note():
    text = "本規約（以下「本規約」といいます。）は、当社が提供するサービスの利用条件を定めるものです。\n"
    found = [f for f in findings_in_text(text, "term-inconsistent") if "それ自身" in f.message]
    assert [(f.excerpt, f.severity) for f in found] == [("本規約", "info")]
    assert "この規約（以下「本規約」…）" in found[0].message


# ------------------------------------------------------------------ the law as it stands

def test_a_minor_said_to_be_under_twenty():
    """The age of majority is 18 from 2022-04-01: 「未成年（日本では20歳未満）」 and 「未成年者とは、満20歳未満の者」 are
    the law before; 「20歳未満の方へのたばこの販売」 is the age of tobacco, which stays 20."""
    text = ("第1条（年齢）\n13歳未満の利用はできません。未成年（日本では20歳未満）のユーザーは、保護者の同意を得てください。\n"
            "第2条（定義）\nこの規約において未成年者とは、満20歳未満の者をいう。\n"
            "第3条（販売）\n20歳未満の方へのたばこ製品の販売はいたしません。\n")
    found = findings_in_text(text, "name-obsolete")
    assert [(f.severity, text[f.span[0]:f.span[1]], f.suggestion) for f in found] == [("warning", "20歳未満", "18歳未満")] * 2
    assert [f.excerpt[:3] for f in found] == ["未成年", "未成年"]


def test_a_minor_under_twenty_in_a_document_dated_before_the_change_is_quiet():
    text = "第1条\n平成30年4月1日 未成年者（20歳未満）の会員は、親権者の同意を得るものとする。\n"
    assert _said(text, "name-obsolete") == []


# ------------------------------------------------------------------ wording

def test_set_phrases_and_particles_read_on_the_documents():
    text = ("第1条（代理店）\n乙は甲の一時代理店としてのみ本件業務を行う。\n"
            "第2条（期間）\n本契約は、別段に意思表示をしない限り更新される。\n"
            "第3条（変更）\n利用者は、本規約が適合して変更されことを理解する。\n"
            "第4条（議事録）\n議事録には、議事の経過の要項及びその結果を記載する。\n"
            "第5条（解任）\n役員に職務上の業務違反があったときは、総会の議決により解任できる。\n"
            "第6条（議決）\nその他総会に議決を要しない事項は、理事会で決する。\n"
            "第7条（範囲）\n鉄道を敷設できるのは、新地の除いた自治体の範囲内のみです。\n")
    found = sorted((f.excerpt[:6], f.suggestion) for f in findings_in_text(text, "confusable-word"))
    assert found == sorted([("に", "の"), ("の", "を"), ("一時代理店", "一次代理店"), ("別段に", "別段の"),
                            ("されこと", "されること"), ("業務違反", "義務違反"), ("要項", "要領")])


def test_the_particle_rows_are_quiet_where_right():
    text = ("第1条\n汚れの除き方は別に定める。土日祝日を除く平日に営業する。\n"
            "第2条\n総会に付議する事項は、理事会が定める。総会の議決を要する事項は次のとおりとする。\n")
    assert _said(text, "confusable-word") == []


def test_a_heading_alone_on_its_line_names_the_scope_it_applies_to():
    text = "# 行動規範\n\n### 適応範囲\nこの規範は、すべての参加者に適用されます。\n\n### 目的\n新しい環境への適応範囲を広げる。\n"
    assert [(f.excerpt, f.suggestion) for f in findings_in_text(text, "confusable-word")] == [
        ("適応", "適用")]


def test_sembotsu_in_two_spellings_is_a_variance():
    text = "第1条\n本会は、戦没者の遺族の会である。\n第2条\n本会は、戦歿者並びに物故者の遺族の慰霊を行う。\n"
    assert [f.excerpt for f in findings_in_text(text, "notation-variance")] == ["戦歿"]


# ------------------------------------------------------------------ typo

def test_the_katakana_he_for_the_particle():
    """「昼間勤務ヘ転換させる」 (a model rule of the ministry, copied into many company rules, with the katakana ヘ); an
    iroha label cited (「第一号ヘに掲げる」) or listed (「ホ、ヘ及びト」) is quiet."""
    assert _said("第1条\n会社は、必要に応じて昼間勤務ヘ転換させることがある。\n", "typo") == [("じて昼間勤務ヘ転換さ", "へ")]
    assert _said("第1条\n前条第一号ヘに掲げる者及びホ、ヘ及びトに掲げる者を除く。\n", "typo") == []


def test_words_of_the_documents_are_no_slips():
    """退会届 (a suffix after one word of the dictionary), 執行部令 (a body's order, beside 執行部 written often), 全項 after
    a compound verb's continuative, a name the document gives (「ポレポーレと称する」), and the copula's でない."""
    text = ("第1条（名称）\n本会は、ポレポーレと称する。\n"
            "第2条（退会）\n退会する会員は、会則に定める退会届を提出する。\n"
            "第3条（執行部）\n執行部は、執行部の議決により執行部令を定める。執行部は執行部令を執行し、執行部が責任を負う。\n"
            "第4条（申出）\n6週間以内に出産予定でないか、又は産後8週間以内でない者であること。\n"
            "## 附則 (2023年4月5日 取り決め全項)\nポレポーレの活動は、この会則による。\n")
    assert _said(text, "typo") == []


def test_a_kana_run_a_corrected_phrase_of_the_document_mends_is_still_told():
    """「当社に対すしての保証」: law text's corrections keep the odd すして, the document's own すべての does not (the
    filter of corrections that keep what made the run odd leaves the document's phrases their say)."""
    found = run_checks(read_document(FIXTURES / "pub79" / "tokenpocket.md"), ["typo"])
    assert any("すしての" in f.excerpt for f in found)


# ------------------------------------------------------------------ conventions

def test_a_page_source_line_break_beside_nbsp_in_a_heading_is_a_note():
    """「第６条&nbsp;⏎&nbsp;正会員…」 in an HTML page: the plain space between the two &nbsp; is the source's line break,
    which the browser shows as one space; the heading differs from the others by that alone."""
    rows = "".join(f"<p>第{n}条&nbsp;&nbsp;見出し{n}<br>本文{n}を定める。</p>\n" for n in range(1, 7))
    page = ("<html><body>" + rows + "<p>第7条&nbsp;\n          &nbsp;正会員<br>正会員は、会費を納める。</p>\n"
            "</body></html>")
    found = [f for f in run_checks(doc_from_text(page, "bylaws.html"), ["convention-deviation"]) if "第7条" in f.excerpt]
    assert found and all(f.severity == "info" for f in found)


def test_an_item_set_like_the_one_before_after_a_skipped_number():
    """「三　予算…」 then 「五　学校側との…」, set alike (the label, then an ideographic space): 四 was lost. 五 is read as
    the item it is, and its gap told; a label written into the text (「…定めるもの五公開会社…」, a law copied without its
    line breaks) or a line opening with the number in another form (「14管理組合…」) leaves the list as it was."""
    text = ("第30条（職権）\n執行部は、次に掲げる職務を行う。\n一　規約を執行すること。\n二　機関を統括すること。\n"
            "三　予算を作成すること。\n五　学校側との連絡調整を行うこと。\n六　執行部令を制定すること。\n")
    doc = doc_from_text(text)
    assert [i.label for i in doc.articles[0].paragraphs[0].items] == ["一", "二", "三", "五", "六"]
    assert [(f.rule, f.excerpt[:1]) for f in findings_in_text(text, "numbering-gap")] == [("numbering-gap", "五")]
    glued = text.replace("三　予算を作成すること。\n", "三　予算を作成すること四予算を執行すること。\n")
    assert [i.label for i in doc_from_text(glued).articles[0].paragraphs[0].items] == ["一", "二", "三"]
    relabelled = text.replace("五　学校側", "4　学校側との調整\n五　学校側")
    assert findings_in_text(relabelled, "numbering-gap") == []


# ------------------------------------------------------------------ readings of pub376–380

def test_work_rules_phrases():
    text = ("第1条（雇用）\n社員は、期間の定めのなく就業する。\n第2条（時間）\n始業・終了時間は別に定める。\n"
            "第3条（解雇）\n解雇予告及び解雇予告手当ては法令による。\n第4条（懲戒）\n職場の妨げになる行をしたとき。\n"
            "第5条（保証）\n当社で製品の安全性は保障できません。\n")
    found = sorted((f.excerpt[:5], f.suggestion, f.severity) for f in findings_in_text(text, "confusable-word"))
    assert found == sorted([("定めのなく", "定めなく", "error"), ("終了", "終業", "warning"), ("手当て", "手当", "info"),
                            ("行", "行為", "warning"), ("保障", "保証", "info")])
    quiet = "第1条\n次の行を削除する。同行をした者及び改行をした箇所は除く。傷の手当てをする。\n"
    assert [f.excerpt for f in findings_in_text(quiet, "confusable-word")] == []


def test_page_code_identifiers_are_no_names():
    """A shop's terms kept as their Next.js source: 「h1 className」 beside 18 「h2 className」 is markup, no brand."""
    rows = "".join(f"        <section>\n          <h2 className=\"mt-8 text-lg font-bold\">第{n}条（規定{n}）</h2>\n"
                   f"          <div className=\"mt-3 text-sm\">\n            <p>会員は、規定{n}に従うものとします。</p>\n"
                   f"          </div>\n        </section>\n" for n in range(1, 19))
    text = ("export default function TermsPage() {\n  return (\n    <div className=\"mx-auto\">\n"
            "      <h1 className=\"text-2xl font-bold\">利用規約</h1>\n" + rows + "    </div>\n  )\n}\n")
    assert run_checks(doc_from_text(text, "terms.txt"), ["name-variant"]) == []


def test_a_pair_written_twice_whose_correction_the_document_never_writes():
    """「当日に別日への変更」 and 「キャンセル・別日への変更」: 別日 (another day) twice, 初日 never: the writer's word."""
    text = ("第1条（予約）\n予約の当日に別日への変更はできません。\n第2条（取消）\n無断キャンセル・別日への変更は1回分を"
            "消化します。\n")
    assert [f for f in findings_in_text(text, "typo") if "別日" in f.excerpt] == []


def test_many_kinds_of_radicals_are_one_error():
    """A text pasted from a PDF whose font maps kanji to radicals (⽤, ⽣, ⽰…): one error for the whole text, listing
    them, and each character's places as notes."""
    text = "第1条（利⽤）\n本規約は、施設の利⽤に適⽤する。利⽤者は、発⽣した損害を⽀払い、⾦額を⽰す。⾒積もりは⼯事ごとに⾏う。\n"
    errors = [f for f in findings_in_text(text, "typo") if f.severity == "error"]
    assert len(errors) == 1 and "種類" in errors[0].message
    few = "第1条（利⽤）\n本規約は、施設の利⽤に適⽤する。発⽣した損害は別に定める。\n"
    assert len([f for f in findings_in_text(few, "typo") if f.severity == "error"]) == 2


_RULES_WITH_CHAPTERS = "".join(
    f"## 第{c}章 {t}\n\n" + "".join(f"#### 第{n}条 {t}{n}\n1. 社員は、{t}{n}について定めに従う。\n\n" for n in arts)
    for c, t, arts in ((8, "安全衛生", (80, 81)), (9, "災害補償", (82, 83))))
_RULES_WITH_CHAPTERS += "## 第10条 福利厚生\n\n#### 第84条 福利厚生\n1. 会社は、福利厚生の施設を設ける。\n"


def test_an_article_number_typed_for_the_next_chapter_at_the_chapter_level():
    """「## 第10条 福利厚生」 after 「## 第9章 災害補償」, the articles set as 「#### 第N条」: 第10章 was meant. Told once,
    not as an empty article nor as a heading copied by 第84条 (福利厚生)."""
    found = run_checks(doc_from_text(_RULES_WITH_CHAPTERS, "rules.md"))
    assert [(f.rule, f.suggestion) for f in found if f.severity in ("error", "warning")] == [("numbering-order", "第10章")]


def test_a_full_stop_of_the_other_kind():
    """「（以下「敷金」という．）」 and 「…禁止します.」 where the document ends its sentences with 「。」: a note for 「．」,
    a warning for the half-width 「.」; a label (「ア.」「第3条.」) or Latin text in brackets ends no sentence."""
    body = "会員は規約に従う。会員は会費を払う。会員は届け出る。会員は退会できる。会員は通知する。会員は変更する。" * 2
    text = (f"第1条 会員は敷金を預け入れる（以下「敷金」という．）。{body}\n第2条 駐車場での喫煙は禁止します.\n"
            f"ア. 氏名\n第3条. 連絡（see the box below). 当社は通知する。\n")
    found = [(f.severity, f.suggestion) for f in findings_in_text(text, "convention-deviation") if "句点" in f.message]
    assert found == [("info", "。"), ("warning", "。")]


def test_a_document_of_one_section_resolves_no_citation():
    """A 就業規則 whose articles a template engine numbers: the page shows one 附則 section, so 「前条」 and 「第26条第1項」
    cannot be resolved, and are not dangling."""
    doc = read_document(FIXTURES / "pub38" / "yasslab-work.md")
    assert doc.style == "section" and run_checks(doc, ["reference-dangling"]) == []


_APP_SECTIONS = ("# 手帳アプリ 利用規約\n\n## 1. 本アプリの位置づけ\n\n本アプリは、家庭菜園の記録アプリです。\n\n"
                 "## 2. 提供の停止・終了\n\n**本アプリは、予告なく、提供の終了を行うことがあります。**\n\n"
                 "- 提供者は、継続して提供することを保証しません。\n- 提供者は、事前の通知を行う義務を負いません。\n\n"
                 "本アプリは個人開発者が無償で提供しているものであり、随時これらを行うことがあります。\n\n"
                 "### 2.1 AI 機能が利用できなくなった場合\n\n端末内で完結する機能は引き続きご利用いただけます。ただし、"
                 "これについても第 2 条のとおり継続を保証するものではありません。\n\n"
                 "## 3. 無保証\n\n本アプリは現状有姿で提供されます。\n")


def test_a_subsection_under_a_section_with_a_block_after_its_list():
    """Section 2: a sentence, a list, a sentence after it (numbered by its place), then 「### 2.1」: no 第1項 is
    missing, and 2.1 citing 「第 2 条」, the section it stands in, is no self-citation slipped."""
    found = run_checks(doc_from_text(_APP_SECTIONS, "terms.md"))
    assert [(f.rule, f.excerpt[:10]) for f in found if f.severity in ("error", "warning")] == []


# ------------------------------------------------------------------ readings of pub381–385

def test_care_and_windows():
    text = ("第1条（管理）\n当社は、個人情報の管理には最新の注意を払います。\n"
            "第2条（退室）\n最後に退室する者は、窓を締め、電気を消すこと。ねじを締める。\n")
    assert sorted((f.excerpt, f.suggestion) for f in findings_in_text(text, "confusable-word")) == [
        ("最新", "細心"), ("締め", "閉め")]


def test_a_privacy_policy_needs_no_survival_clause():
    text = ("プライバシーポリシー\n\n第1条（提供）\n当社は、サービス終了後、第三者が保有する情報を返却させ、又は廃棄させます。\n"
            "第2条（秘密）\n当社は、取得した情報の秘密を保持します。\n")
    assert findings_in_text(text, "survival-missing") == []


def test_this_document_needs_no_definition():
    text = ("本ポリシー（以下「本ポリシー」といいます。）は当アプリの方針です。\n1. 本アプリ（以下「本アプリ」といいます。）は"
            "情報を収集しません。\n2. 本ドキュメントの内容は予告なく変更されます。\n")
    assert [f for f in findings_in_text(text, "term-undefined") if f.excerpt == "本ドキュメント"] == []


def test_bullets_the_document_leaves_open():
    """「- **対戦相手** … 名前が見えます」: bullets the document closes without 。, whatever its paragraphs do."""
    sections = "".join(f"## {n}. 規定{n}\n\n会員は、規定{n}に従います。\n\n当社は、規定{n}を変更できます。\n\n"
                       for n in range(1, 5))
    text = (f"# 方針\n\n{sections}## 5. 誰に見えるか\n\n- **対戦相手** … あなたの名前が見えます\n"
            "- **ランキングを開いた人** … あなたの名前が見えます\n\n**本名を入れないでください。** 名前は変えられます。\n")
    assert run_checks(doc_from_text(text, "policy.md"), ["sentence-unterminated"]) == []


def test_a_word_of_its_own_beside_a_usual_compound():
    """学園生活 beside 学生生活 written nine times (学園 a word), 定期券 beside 期間 (券 a ticket's suffix): no slips."""
    text = ("第1条（目的）\n" + "学生生活を支援する。" * 9 + "\n第2条（生活）\n学園生活の充実を図る。\n"
            "第3条（通学）\n" + "期間を定める。" * 10 + "乗車券(定期券)の購入は各自で行う。\n")
    found = [f for f in run_checks(doc_from_text(text)) if f.rule in ("term-inconsistent", "typo")
             and f.severity in ("error", "warning")]
    assert found == []


def test_a_stop_typed_between_words_in_brackets_is_no_sentence_end():
    body = "会員は規約に従う。" * 10
    text = f"第1条 {body}\n第2条 車両通学(自転車.二輪.四輪)の許可を受けること。\n"
    assert [f for f in findings_in_text(text, "convention-deviation") if "句点" in f.message] == []


def test_a_page_component_saved_as_text_is_read_as_its_markup():
    """A Next.js page of terms (「'use client';」, imports, the metadata object, 「export default function」, 「return (」,
    then the markup): its 「<h2 className="…">第1条（…）</h2>」 head articles, as the page shows them."""
    rows = "".join(f"        <section>\n          <h2 className=\"text-lg\">第{n}条（規定{n}）</h2>\n"
                   f"          <p className=\"text-sm\">会員は、規定{n}に従うものとします。</p>\n        </section>\n"
                   for n in range(1, 9))
    page = ("'use client';\nimport type { Metadata } from 'next'\n\nexport const metadata: Metadata = {\n"
            "  title: '利用規約 | サンプル',\n}\n\nexport default function TermsPage() {\n  return (\n"
            "    <div className=\"mx-auto\">\n      <h1 className=\"text-2xl\">利用規約</h1>\n" + rows + "    </div>\n  )\n}\n")
    doc = doc_from_text(page, "terms.txt")
    assert doc.source.format == "html" and [a.number for a in doc.articles] == [str(n) for n in range(1, 9)]


def test_an_either_or_phrase_in_the_polite_style_and_the_draft_itself():
    text = ("第1条（保証）\n当社は、能動的であると受動的であるとを問いません。\n"
            "第2条（草案）\n本サービス（以下「本サービス」といいます。）の規約は、本ドラフトの公開後に確定します。\n")
    assert _said(text, "typo") == []
    assert [f for f in findings_in_text(text, "term-undefined") if f.excerpt == "本ドラフト"] == []


def test_club_rules_words():
    """(pub388) 自々 for 各々, 遅延証明証, a register 搭載 for 登載, rules 改制 for 改正."""
    text = ("第1条 会員は自々の本業に励む。会員名簿に搭載される。\n第2条 遅延証明証を提出する。\n"
            "附則\n平成23年3月21日より改制する。\n")
    assert sorted(f.suggestion for f in findings_in_text(text, "confusable-word")) == sorted(
        ["各々", "登載", "証明書", "改正"])
    assert findings_in_text("第1条 車両に機器を搭載する。制度の改制を検討する。\n", "confusable-word") == []


def test_a_survival_period_left_blank_in_a_template():
    """「前項の義務は、本契約終了後{{ndaYears}}年間存続する。」: a survival clause, whatever number fills the blank."""
    text = ("第1条（秘密保持）\n乙は、甲の秘密情報を第三者に開示してはならない。\n"
            "2. 前項の義務は、本契約終了後{{ndaYears}}年間存続する。\n第2条（解除）\n甲は、本契約を解除できる。\n")
    assert findings_in_text(text, "survival-missing") == []
