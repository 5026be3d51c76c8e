"""What the readings of session 44 found on published documents (pub439–pub445: online shops' terms and 特商法 pages,
terms of schools and childcare, rental terms, terms of clubs, salons and golf courses, payment and point terms,
platform terms, a public university's rules), proofread whole before the tool ran and kept outside the repository. Each construct is tested here in text of the same shape written for the
test, with the near forms that must stay quiet."""

from conftest import doc_from_text

from pipeline.checks import run_checks


def _findings(text: str, name: str = "doc.txt", rule: str | None = None) -> list:
    return [f for f in run_checks(doc_from_text(text, name)) if rule is None or f.rule == rule]


def _terms(*paragraphs: str) -> str:
    body = "\n".join(f"{i} {p}" for i, p in enumerate(paragraphs, 1))
    return f"第1条（目的）\n本規約は、当社のサービスの利用条件を定めます。\n\n第2条（利用）\n{body}\n"


# ------------------------------------------------------------------ a verb made a noun without its こと

def test_a_verbs_dictionary_form_before_ga_dekiru_has_lost_its_koto():
    """pub440's 「その他の代替手段により通知をするができるものとします」: が marks a noun, and a verb becomes one only
    by こと (することができる)."""
    said = [(f.excerpt, f.suggestion) for f in _findings(_terms("当社は、会員に対し、通知をするができる。"),
                                                         rule="grammar-slip")]
    assert said == [("が", "ことが")], said


def test_koto_ga_dekiru_and_a_noun_before_ga_dekiru_stay_quiet():
    text = _terms("当社は、会員に対し、通知をすることができる。", "会員は、新しい機能の利用ができる。",
                  "当社は、通知をするが、できる限り事前に行う。")
    assert _findings(text, rule="grammar-slip") == []


# ------------------------------------------------------------------ a noun and its case written twice

def test_a_subject_written_again_after_its_comma_is_a_repeat():
    """pub440's 「会員が、会員が当社役職員…」: one clause has one subject; the noun and its が typed twice."""
    said = [f.excerpt for f in _findings(_terms("会員が、会員が希望する場合は、当社は登録内容を変更します。"),
                                         rule="duplication")]
    assert said == ["会員が、会員が"], said


def test_a_topic_then_a_subject_of_the_same_noun_stays_quiet():
    """「当社は、当社が必要と認める場合」: は then が, the topic and the subject of its clause; a longer noun holding the
    first (「本会員が、会員が」) is another word."""
    text = _terms("当社は、当社が必要と認める場合、会員に通知します。", "非会員が、会員が主催する催しに参加する場合も同様とします。")
    assert _findings(text, rule="duplication") == []


# ------------------------------------------------------------------ a dash for 一

def test_a_dash_between_a_particle_and_the_kanji_ichi_makes_a_word_with_is_ichi():
    """pub440's 「登録事項の全部または－部につき」: a full-width minus stands where 一 (一部) was meant; no dash stands
    between a particle and a kanji in prose."""
    said = [(f.excerpt, f.suggestion) for f in _findings(_terms("当社は、本サービスの全部または－部を変更できます。"),
                                                         rule="typo")]
    assert len(said) == 1 and said[0][1] == "は一部", said


def test_dashes_of_codes_ranges_and_katakana_stay_quiet():
    text = _terms("型番はABC－DEFとします。", "期間は2021年－2022年とします。", "詳しくはページ－覧をご覧ください。")
    assert _findings(text, rule="typo") == []


# ------------------------------------------------------------------ words that the words beside them decide

def test_words_of_law_and_of_liability_confused_with_their_homophones():
    """pub442: 「法律に接触しない施術」 (抵触: conflicting with a law), 「利用者と連携して保証」 (連帯: joint and several),
    「プレーヤー同志の打球」 (同士, among themselves), 「施術の向上を努めて」 (に努める: 努める takes its goal with に)."""
    text = _terms("当社は、法律に接触しない範囲で施術を行います。", "保証人は、利用者と連携して保証するものとします。",
                  "プレーヤー同志の打球による事故について、当社は責任を負いません。", "当社は、施術の向上を努めてまいります。")
    said = sorted((f.excerpt, f.suggestion) for f in _findings(text, rule="confusable-word"))
    assert said == sorted([("接触", "抵触"), ("連携", "連帯"), ("同志", "同士"), ("を努め", "に努め")]), said


def test_the_same_words_where_they_are_meant_stay_quiet():
    text = _terms("当社は、法令に抵触しない範囲で対応します。", "当社は、関係機関と連携して対応します。",
                  "会員同士の紛争について、当社は責任を負いません。", "当社は、品質の向上に努めます。",
                  "乙は、議長を務めるものとします。", "機器に接触しないでください。")
    assert _findings(text, rule="confusable-word") == []


# ------------------------------------------------------------------ a side menu headed by the page's title

_GUIDE_PAGE = """<html><body>
<div class="bread"><ul><li><a href="/">TOP</a></li><li>返品・交換</li></ul></div>
<section class="filter"><h3>返品・交換</h3>
<p><span>SHOPPING GUIDE</span></p>
<ul><li><a href="/guide/">ご注文について</a></li><li><a href="/guide/payment.php">お支払いについて</a></li>
<li><a href="/guide/delivery.php">送料・お届け</a></li><li><a href="/guide/return.php">返品・交換</a></li></ul>
</section>
<section class="body"><h3>返品・交換</h3>
<p>商品到着から7日以内に限り、お客様のご都合による返品や交換を承っております。往復送料はお客様のご負担となります。</p>
<p>不良品の場合は、当社の負担で交換いたします。</p>
</section>
</body></html>
"""


def test_a_side_menu_headed_by_the_pages_title_is_no_copied_heading():
    """pub439's guide page: its side menu (links to the other pages of the guide) and its body both stand under
    「返品・交換」. A menu is no article whose caption was copied."""
    assert _findings(_GUIDE_PAGE, "return.html", "heading-duplicate") == []


def test_two_sections_of_prose_under_one_heading_are_still_told():
    text = _GUIDE_PAGE.replace("<p><span>SHOPPING GUIDE</span></p>", "<p>返品の条件は次のとおりです。</p>")
    assert [f.excerpt for f in _findings(text, "return.html", "heading-duplicate")] == ["返品・交換"]


# ------------------------------------------------------------------ a list announced and missing

_SWAPPED = ("第6条（返品）\n次の各号に該当する場合、当社は売買契約を解除できるものとします。\n\n"
            "第7条（売買契約の解除）\n利用者は、当社が別途定める方法に従い返品を行うものとします。\n"
            "(1) 支払いが行われない場合\n(2) 本規約に違反している場合\n")


def test_a_list_announced_by_an_articles_last_sentence_and_missing_is_dangling():
    """pub439's 第6条（返品） 「次の各号に該当する場合、…解除できるものとします。」 with no item after it, the items standing
    under 第7条's sentence on returns: the two articles' sentences were swapped."""
    said = [(f.excerpt, f.label) for f in _findings(_SWAPPED, rule="reference-dangling")]
    assert said == [("次の各号", "第6条")], said


def test_a_list_that_follows_or_a_quoted_announcement_stays_quiet():
    text = _SWAPPED.replace("売買契約を解除できるものとします。\n", "売買契約を解除できるものとします。\n(1) 支払いの遅延\n(2) 規約違反\n", 1)
    assert _findings(text, rule="reference-dangling") == []
    quoted = "第5条（読替え）\n前条の規定の適用については、同項中「次に掲げる事項」とあるのは、「次に掲げる事項及び費用」とする。\n"
    assert _findings(quoted, rule="reference-dangling") == []


# ------------------------------------------------------------------ a section whose whole text is part of another's

_NOTICE = ("# 注意事項\n\n## 1.施術について\n\n・当店の施術はリラクゼーションを目的に行うものであり、治療を目的にしたものではございません。\n"
           "・当店では施術後、身体の不調等での返金や責任などは一切負いかねますので予めご了承ください。\n"
           "・医師法その他の法律に抵触しない施術となります。\n\n"
           "## 2.ご予約・キャンセルについて\n\n"
           "・当店の施術はリラクゼーションを目的に行うものであり、治療を目的にしたものではございません。\n"
           "・当店では施術後、身体の不調等での返金や責任などは一切負いかねますので予めご了承ください。\n\n"
           "## 3.お支払いについて\n\n・料金は施術前に現金でお支払いください。\n・クレジットカードもご利用いただけます。\n")


def test_a_section_whose_whole_text_is_lines_of_an_earlier_one_is_pasted():
    """pub442's salon notice: 「2.ご予約・キャンセルについて」 holds the first two lines of 「1.施術について」 word for word
    and nothing else; its own text was never written."""
    said = [f.message for f in _findings(_NOTICE, "notes.md", "duplication")]
    assert len(said) == 1 and "ご予約・キャンセルについて" in said[0] and "施術について" in said[0], said


def test_sections_that_share_no_run_of_lines_stay_quiet():
    """Two sections each of their own words, the second closing on a line the first also closes on (a notice's
    standard last line), share no run of two lines."""
    text = _NOTICE.replace("・当店の施術はリラクゼーションを目的に行うものであり、治療を目的にしたものではございません。\n・当店では施術後",
                           "・ご予約は前日までにお電話でお願いいたします。\n・当店では施術後", 1).replace(
        "## 2.ご予約・キャンセルについて\n\n・当店の施術はリラクゼーションを目的に行うものであり、治療を目的にしたものではございません。\n",
        "## 2.ご予約・キャンセルについて\n\n・キャンセルは前日までにご連絡ください。\n")
    assert [f for f in _findings(text, "notes.md", "duplication") if "本文" in f.message] == []


# ------------------------------------------------------------------ a name in capitals with a letter dropped

_TEAM_RULES = ("# LINEUP チーム規則\n\n## 1. 目的\n\nLINEUPは、野球を楽しむチームです。LINEUPの規則を定めます。\n\n"
               "## 2. 会費\n\nLINUPの会費は月額1,000円とします。\n\n## 3. 退会\n\nLINEUPを退会する者は、監督に届け出るものとします。\n")


def test_a_capitalised_name_with_a_letter_inside_dropped_is_a_variant():
    """pub442's 「LINUP」 once among the team's LINEUP four times: a letter inside a name in capitals dropped."""
    said = [(f.excerpt, f.suggestion) for f in _findings(_TEAM_RULES, "rules.md", "name-variant")]
    assert said == [("LINUP", "LINEUP")], said


def test_a_capitalised_name_with_a_letter_after_it_is_another_word():
    """HTTP beside HTTPS, API beside APIS: a letter after a name builds another word."""
    text = _TEAM_RULES.replace("LINEUP", "HTTPS").replace("LINUP", "HTTP")
    assert _findings(text, "rules.md", "name-variant") == []


def test_a_car_brought_back_to_the_branch_is_returned_not_converted():
    """pub441's 「予定の営業店（営業所）に変換された場合」: what is brought back to a place is 返還; data is still 変換された
    into a format."""
    text = _terms("車両が予定の営業店（営業所）に変換された場合、返却手続を行います。", "データは所定の形式に変換されます。")
    assert [(f.excerpt, f.suggestion) for f in _findings(text, rule="confusable-word")] == [("変換", "返還")]


# ------------------------------------------------------------------ a figure left inside the brackets of its blank

def test_a_figure_left_in_the_lenticular_brackets_of_its_blank_is_a_leftover():
    """pub440's 「回答を求める連絡に対して【2日】間以上応答がない場合」, 「違約金として【24】万円」: the template marked the
    figure's blank with 【】; the figure was written in and the brackets left."""
    text = _terms("会員が連絡に対して【2日】間以上応答がない場合、当社は契約を解除できます。", "違約金は【24】万円とします。")
    said = [f.excerpt for f in _findings(text, rule="template-placeholder")]
    assert len(said) == 2 and "【2日】" in said[0] and "【24】" in said[1], said


def test_a_caption_in_lenticular_brackets_stays_quiet():
    """「【重要】」, a heading's 「芝生広場【700㎡】」 closing its line, 「【第1条】」: captions, no blank."""
    text = "# 施設案内\n\n## E.芝生広場【700㎡】\n\n【重要】利用は予約制です。\n\n## 第1条【目的】\n\n本規約は施設の利用条件を定めます。\n"
    assert _findings(text, "guide.md", "template-placeholder") == []


# ------------------------------------------------------------------ a space typed in a table cell

_SHOP_TABLE = """<html><body><h1>特定商取引法に基づく表記</h1>
<table>
<tr><th>お支払方法</th><td>代引き、 銀行振込（先払い）、クレジットカード決済</td></tr>
<tr><th>送料</th><td>全国一律送料500円です。<br>銀行への手数料はお客様ご負担となります。</td></tr>
<tr><th>責任者</th><td>店長　谷口太郎</td></tr>
</table>
</body></html>
"""


def test_a_space_typed_after_a_comma_in_a_table_cell_is_stray():
    """pub439's 特商法 table: 「代引き、 銀行振込」 in a cell, a space the writer typed after 、. The space a browser shows
    where a cell's lines meet (「…です。<br>銀行への…」) and a cell's field laid out (「店長　谷口太郎」) are the layout's."""
    said = [f.excerpt for f in _findings(_SHOP_TABLE, "law.html", "stray-space")]
    assert said == ["代引き、 銀行振込"], said


# ------------------------------------------------------------------ false findings the readers judged (precision)

def test_two_objects_whose_second_clause_closes_first_are_no_slip():
    """pub443's 「当社が本件個人情報を保護措置を講じた上で、…Polletに提供し」: 保護措置を goes to 講じた, whose clause closes
    with 上で; 個人情報を waits for 提供し. 「規約を変更を行った上で」, the light verb's object doubled, is still told."""
    text = _terms("申込者は、当社が本件個人情報を保護措置を講じた上で、Polletに提供することに同意します。",
                  "当社は、個人情報を保護措置を講じて、第三者に提供します。", "会員は、規約を変更を行った上で通知します。")
    said = [f.excerpt for f in _findings(text, rule="grammar-slip")]
    assert said == ["規約を変更を"], said


def test_items_run_on_in_a_paragraph_joined_by_oyobi_after_their_stops_are_no_slip():
    """pub443's 「(d) …に従うこと。および、(e) …」: each item closed by its 。, the last joined by および; a sentence opened
    by および after a 。 is still told."""
    text = _terms("利用者は、(c) 法令に従うこと。(d) 規約に従うこと。および、(e) 当社の指示に従うこと。",
                  "当社は、次の措置をとることができる。アクセスの停止。および、会員への通知。")
    said = [f.label for f in _findings(text, rule="grammar-slip")]
    assert said == ["第2条第2項"], said


def test_a_katakana_name_with_a_letter_dropped_is_a_variant():
    """「ポンサード開発者」 among スポンサード ×63 (pub443): a letter dropped (ス), told though MeCab reads ポン|サード as two
    words. (Two words sharing one with a name, パス|コード beside パスワード, cannot be told from such a slip by their
    spelling: パート|アイム beside パートタイム is one; the rule says so of both.)"""
    sponsor = _terms(*["スポンサード開発者への支払いは月末に行います。"] * 4, "ポンサード開発者への支払いは翌月とします。")
    assert [f.excerpt for f in _findings(sponsor, rule="name-variant")] == ["ポンサード"]


def test_the_tail_of_two_parallel_lists_is_no_pasted_block():
    """pub443's consent clauses: the purposes the card's issuer (第2条) and its partner (第3条) each use the data for end
    on the same four items; a list's shared tail is no article's text pasted into another."""
    items = ["（4）各種キャンペーン等の当選、モニターの採用等の通知、商品・謝礼の提供、イベントの企画・運営に関する諸対応のため。",
             "（5）お問合せに対するお返事をお届けするため。", "（6）マーケティングや商品開発等の統計的データとして利用するため。",
             "（7）お客様ごとにページをカスタマイズしたり、入力を省略できるようにする等、サービスの質を向上させるため。"]
    text = ("第2条（本サービスの提供以外の利用目的）\n申込者は、当社が以下の目的で本件個人情報を利用することに同意します。\n"
            "（1）メールマガジンをお届けするため。\n（2）アンケート調査のため。\n（3）お知らせをお届けするため。\n"
            + "\n".join(items) + "\n\n第3条（個人情報の提供・利用）\n申込者は、提携先が次の目的により利用することに同意します。\n"
            "（1）提携先のサービスを提供するため。\n（2）本人確認のため。\n（3）不正利用を防止するため。\n" + "\n".join(items) + "\n")
    assert _findings(text, rule="duplication") == []


def test_a_sentence_keeping_every_duty_after_the_end_is_a_clause_for_all():
    """pub443's 「解約後も当社が第15条に定める方法により…保有・利用すること、及び…一切の義務（…。）を免れるものではない
    こと」: every duty outlives the contract; the article it names beside them makes it no list that leaves others out."""
    text = ("第9条（通信の秘密）\n当社は、通信の秘密を守ります。契約終了後も同様とします。\n\n"
            "第13条（解約）\n利用者は、解約後も当社が第15条に定める方法により送信情報を保有・利用すること、及び解約後も"
            "一切の義務（損害賠償義務を含みますが、これに限りません。）を免れるものではないことを承諾します。\n\n"
            "第15条（送信情報）\n当社は、送信情報を保有し、利用することができます。\n")
    assert _findings(text, rule="survival-omission") == []


def test_sentences_set_apart_by_a_space_throughout_are_the_documents_habit():
    """pub443's translated terms write 「…します。 お客様は…」 64 times against 13 tight: its habit, told once (at its first
    space, with the count) and not 64 times; a page that writes them tight keeps its stray one told."""
    spaced = _terms(*[f"当社は、第{n}の事項を定めます。 利用者はこれに従います。" for n in range(1, 7)])
    (habit,) = _findings(spaced, rule="stray-space")
    assert habit.severity == "info" and "6箇所" in habit.message and habit.label == "第2条第1項"
    tight = _terms(*[f"当社は、第{n}の事項を定めます。利用者はこれに従います。" for n in range(1, 7)],
                   "当社は、通知します。 利用者は確認します。")
    assert [f.excerpt for f in _findings(tight, rule="stray-space")] == ["します。 利用者は"]


def test_a_kanji_closing_sono_hoka_before_a_word_is_no_pair_of_one():
    """pub445's 「卒業その他学生の在籍」: 他 closes その他 and 学生 opens the next word; no 他学 to correct to 大学."""
    text = ("第1条（目的）\n本学は、大学の運営について定める。大学の学生は、大学の規則に従う。\n"
            "2 大学は、学生の入学、卒業その他学生の在籍に関する方針を定める。\n3 大学の教員は、大学の方針に従う。\n"
            "4 大学は、大学の施設を管理する。大学の名称は、大学が定める。\n")
    assert [f for f in _findings(text, rule="typo") if "他学" in f.message] == []


def test_a_tables_heading_letter_spaced_across_its_cell_is_no_blank():
    """pub445's 「| 区　　　　分 |」: 区分 set across its cell, as tables head their columns; 「| 金　　　円 |」 is where an
    amount goes."""
    text = "# 授業料\n\n| 区　　　　分 | 金　　額 |\n|---|---|\n| 授業料 | 535,800円 |\n| 入学金 | 金　　　円 |\n"
    said = [f.excerpt for f in _findings(text, "fees.md", "template-placeholder")]
    assert len(said) == 1 and "金円" in said[0], said


def test_an_exception_naming_the_paragraph_it_departs_from_is_no_stale_sentence():
    """pub445's 定款: 「6 理事は、理事長に事故があるときはその職務を代理し…」 then 「7 前項の規定にかかわらず、常務理事を置く
    場合にあっては、常務理事は、…」: the rule and its exception, side by side on purpose."""
    text = ("第9条（役員の職務）\n1 理事長は、法人を代表する。\n"
            "2 理事は、理事長に事故があるときはその職務を代理し、理事長が欠員のときはその職務を行う。\n"
            "3 前項の規定にかかわらず、常務理事を置く場合にあっては、常務理事は、理事長に事故があるときはその職務を代理し、"
            "理事長が欠員のときはその職務を行う。\n")
    assert _findings(text, rule="duplication") == []


def test_spaces_around_a_picture_in_a_sentence_are_the_pictures():
    """pub444's 「JobBoardのWEBサイトを表示し、右上の <img src="postbutton.jpg" alt=""> をクリックします」: the button's picture
    stands in the space; a space typed between words elsewhere on the page is still told."""
    page = ('<html><body><h1>掲載手順</h1><p>１．サイトを表示し、右上の <img src="b.jpg" alt="" /> をクリックします。</p>'
            '<p>２．内容を確認したら、 <img src="c.jpg" alt=""> をクリックします。</p>'
            '<p>３．掲載された求人は、一覧から確認 できます。</p></body></html>')
    said = [f.excerpt for f in _findings(page, "steps.html", "stray-space")]
    assert said == ["から確認 できます"], said


def test_a_long_chapter_title_with_a_laws_stop_in_its_bracket_is_a_chapter():
    """pub445's 業務方法書: 「第２章　役員（監事を除く。）の職務の執行が法又は他の法令等に適合することを確保するための体制その他
    業務の適正を確保するための体制の整備に関する事項」, 70 characters, its 。 inside a bracket: a chapter, so 第３章 follows
    it and no 第２章 is missing. A line that is a sentence (「第２章の規定は、…適用する。」) is still none."""
    text = ("第１章　総則\n\n第１条　この書は、法人の業務の方法について定める。\n\n"
            "第２章　役員（監事を除く。）の職務の執行が法又は他の法令等に適合することを確保するための体制その他業務の適正を"
            "確保するための体制の整備に関する事項\n\n第２条　法人は、内部統制の体制を整備する。\n\n"
            "第３章　業務の方法\n\n第３条　法人は、業務を適正に行う。\n")
    doc = doc_from_text(text, "houhou.txt")
    assert [c.label for c in doc.chapters] == ["第1章", "第2章", "第3章"]
    assert _findings(text, "houhou.txt", "numbering-gap") == []
    sentence = text.replace("第２章　役員（監事を除く。）の職務", "第２章の規定は、役員（監事を除く。）の職務").replace(
        "体制の整備に関する事項\n", "体制の整備について適用する。\n")
    assert [c.label for c in doc_from_text(sentence, "houhou.txt").chapters] == ["第1章", "第3章"]


def test_an_object_with_wo_before_a_verbal_noun_and_niokite_is_a_slip():
    """pub444's 「登録企業は、本サービスを利用において、…」: において follows a noun, whose object takes の; 「これらの規定を前条
    において準用する」 keeps を for 準用する, 前条 being no verbal noun."""
    text = _terms("登録企業は、本サービスを利用において、法令を遵守する。", "これらの規定を次条において準用する。",
                  "本サービスの利用に際して、規約を遵守する。")
    said = [(f.excerpt, f.suggestion) for f in _findings(text, rule="grammar-slip")]
    assert said == [("を利用", "の利用")], said


def test_a_citation_numbered_in_the_other_notation_is_a_deviation():
    """pub445's 定款 cites its paragraphs 第１項, 第２項… twelve times and once 「第１４条第一項」: the kanji numeral is the
    minority. A law cited by name (「民法第九十条」) keeps that law's numerals; items (第三号) are law's own style."""
    paras = [f"{n} 理事は、第{n}条第１項の規定により職務を行う。" for n in range(1, 7)]
    paras += [f"{n} 監事は、第{n - 6}条第２項の規定により監査する。" for n in range(7, 10)]
    paras += ["10 理事長は、第１４条第一項及び民法第九十条の規定に従う。", "11 会員は、前条第１項第三号に定める会費を納める。"]
    text = "第14条（役員）\n" + "\n".join(paras) + "\n"
    said = [f.excerpt for f in _findings(text, rule="convention-deviation") if "引用" in f.message]
    assert len(said) == 1 and "第一項" in said[0], said


def test_an_english_sentence_left_in_japanese_prose_is_untranslated():
    """pub443's translated terms: 「The matching period begins after GitHub accepts an individual Sponsored Developer
    Account into GitHub Sponsors. GitHub Sponsors Matching Fund の資格を持つ…」: the source sentence left in the line. A
    name or a short English phrase (「Sponsored Developer Account」) in Japanese prose, and English paragraphs of their own
    (a bilingual page), are no such leftover."""
    text = ("# スポンサー追加条項\n\n## 1. マッチング期間\n\nThe matching period begins after GitHub accepts an individual "
            "Sponsored Developer Account into GitHub Sponsors. マッチング基金の資格を持つアカウントに対し、当社は寄付を上乗せします。\n\n"
            "## 2. English\n\nThese terms are also published in English for the convenience of our users.\n\n"
            "## 3. 支払い\n\n当社は、Sponsored Developer Account に毎月支払います。\n")
    said = [f.excerpt for f in _findings(text, "sponsors.md", "template-placeholder")]
    assert len(said) == 1 and "The matching period" in said[0], said


def test_a_space_inside_a_quote_on_one_side_only_is_stray():
    """pub443's 「GitHub の「 コミュニティガイドライン」により」: a full-width quote carries its own space; one typed after it
    opens, with none before it closes, is a slip. 「 名前 」, spaced on both sides (a form's blank), is a layout."""
    text = _terms("利用者は、「 コミュニティガイドライン」に従うものとします。", "「 名前 」の欄は空欄とします。")
    said = [f.excerpt for f in _findings(text, rule="stray-space")]
    assert len(said) == 1 and "「 コミュニ" in said[0], said


def test_an_icon_after_a_headings_words_is_no_line_of_the_text():
    """pub444's accordion of articles: 「<h3><div>第２１条（準拠法および管轄裁判所）</div><div><img alt="expand-icon"></div></h3>」
    then the article's text in a <div>: the icon's alt text was read as a heading line of its own, every article left
    without its text (article-empty said so). An image that alone makes a heading keeps its words."""
    items = "".join(
        f'<div class="expand-item"><h3><div>第{n}条（{t}）</div><div><img src="arrow.svg" alt="expand-icon"></div></h3>'
        f'<div class="expand-item__content">{body}</div></div>'
        for n, t, body in ((1, "目的", "本規約は、本サービスの利用条件を定めます。"), (2, "準拠法", "本規約は日本法に準拠します。")))
    page = f'<html><body><h2><img src="t.png" alt="利用規約"></h2>{items}</body></html>'
    doc = doc_from_text(page, "terms.html")
    assert [(a.number, len(a.paragraphs)) for a in doc.articles] == [("1", 1), ("2", 1)]
    assert "expand-icon" not in doc.source.text and "利用規約" in doc.source.text
    assert _findings(page, "terms.html", "article-empty") == []


def test_i_dropped_in_a_text_that_talks_is_its_voice_a_note():
    """pub447's contest rules answer 「Q4. Twitterアカウントを持ってないんだけど？」 in the asker's words: a text that ends
    sentences as talk does (んだけど, 行こうぜ) writes い抜き as its voice; a note, not a warning. A formal text's single
    「行ってない」 stays a warning."""
    casual = _terms("Twitterアカウントを持ってないんだけど？", "応募は誰でもできます。気楽に行こうぜ。")
    formal = _terms("予防措置を行ってないペットは入場できません。", "利用者は、本規約を遵守するものとします。")
    assert [f.severity for f in _findings(casual, rule="grammar-slip")] == ["info"]
    assert [f.severity for f in _findings(formal, rule="grammar-slip")] == ["warning"]


def test_an_adverb_in_kanji_and_kana_and_a_prefix_before_a_word_are_no_slips():
    """pub447: 「…得ることは決してないことをお約束します」 (決して, an adverb; its して opens no odd kana run) and
    「(純過半数)」 (純, a prefix, before 過半数, which MeCab splits 過|半数): neither is a slip to correct."""
    text = _terms("当社が利用者の個人情報を第三者から得ることは決してないことをお約束します。",
                  "議案は、出席者の過半数(純過半数)で可決します。")
    assert _findings(text, rule="typo") == []


def test_a_name_that_opens_with_ga_after_a_space_is_no_particle():
    """pub446's 「慶應義塾大学病院 がん遺伝子外来」: read alone, がん is a noun; the space sets two names apart and is no
    space before a particle (a warning); 「事前 に提出」 still is one."""
    text = _terms("受診は、慶應義塾大学病院 がん遺伝子外来で行います。", "利用者は、申込書を事前 に提出します。")
    said = [(f.excerpt, f.severity) for f in _findings(text, rule="stray-space")]
    assert ("書を事前 に提出し", "warning") in said and not any(s == "warning" and "がん" in e for e, s in said), said


def test_a_camel_case_name_with_a_letter_inside_dropped_is_a_variant():
    """pub444's 「JobBoad Terms and conditions」 among JobBoard ×3: a name with a capital inside it (a brand's) with a
    letter dropped, told also where it opens a phrase of English words."""
    text = _terms("JobBoardは求人掲載サービスです。", "JobBoardの利用は無料です。", "JobBoardに掲載します。",
                  "詳しくはJobBoad Terms and conditionsをご覧ください。")
    assert [(f.excerpt, f.suggestion) for f in _findings(text, rule="name-variant")] == [("JobBoad", "JobBoard")]


# ------------------------------------------------------------------ words of set phrases (pub446–pub449)

def test_set_phrases_typed_wrong_are_told_with_the_phrase():
    """pub449's 「当協会に延滞なく届け出るもとのする」 (遅滞なく; ものとする with と and の swapped), 「分け隔たり無く」 (分け隔て),
    「代行は出来できません」 (one word twice), 「始業・就業」 standing alone (終業), 「定員達してしまった」 (に dropped); pub447's
    「これに順守する」 (を), 「法的用語を多様します」 (多用), 「サービスての利用」 (での); pub448's 「新たに新設」 (重言)."""
    text = _terms("変更があった場合は、当協会に延滞なく届け出るもとのする。", "派遣労働者を何ら分け隔たり無く扱う。",
                  "代行は出来できません。", "始業・就業　始業：9時　終業：18時", "募集は、定員達してしまった場合に締め切る。",
                  "参加者は全員これに順守するものとする。", "法的用語を多様しますが、平易に説明します。",
                  "あるサービスての利用が許可された場合も同様とする。", "納骨堂を新たに新設いたしました。")
    said = {f.excerpt for f in _findings(text) if f.rule in ("confusable-word", "redundant-expression", "grammar-slip")}
    assert {"延滞", "もとの", "分け隔たり", "出来でき", "就業", "定員達し", "に順守", "多様", "ての", "新たに新設"} <= said, said


def test_the_same_words_where_they_are_right_stay_quiet_too():
    text = _terms("変更があった場合は、遅滞なく届け出るものとする。延滞金を支払う。", "始業及び終業の時刻は別に定める。就業の場所は本社とする。",
                  "年齢が満18歳に達した者は会員となる。書類が当社に到達した日とする。", "参加者はこれを順守するものとする。",
                  "多様な働き方を認める。", "すべての利用者に適用する。", "新たに設けた制度を新設とする。")
    assert [f for f in _findings(text) if f.rule in ("confusable-word", "redundant-expression", "grammar-slip")] == []


def test_a_verb_before_ni_taisuru_and_no_before_a_case_particle_are_slips():
    """pub446's 「「観察研究」として登録するに対するご協力のお願い」 (に対する takes a noun: 登録することに対する) and pub449's
    「ただちに派遣先責任者のへ連絡する」 (の, then へ: the name between them dropped; tokenpocket's 「最高のを価格」 of the
    corpus too)."""
    text = _terms("観察研究として登録するに対するご協力をお願いします。", "派遣労働者は、ただちに派遣先責任者のへ連絡する。")
    said = [(f.excerpt, f.suggestion) for f in _findings(text, rule="grammar-slip")]
    assert len(said) == 2 and said[0][1] == "ことに" and "者のへ" in said[1][0], said


def test_a_noun_before_ni_taisuru_and_no_before_a_noun_stay_quiet():
    text = _terms("登録に対する同意を得る。登録することに関する説明を行う。", "責任者の連絡先へ通知する。会員の方へ連絡する。",
                  "これを行うのが原則である。")
    assert _findings(text, rule="grammar-slip") == []


def test_net_slang_in_half_width_kana_in_a_text_that_talks_is_a_note():
    """pub447's contest Q&A: 「Q8. 怖い？ A. ｺﾜｸﾅｲﾖ」 in a page whose questions end 「…んだけど？」: slang set in half-width
    kana on purpose, a note; in terms that never talk, half-width kana pasted in stay a warning."""
    casual = _terms("Twitterアカウントを持ってないんだけど？", "怖い？ ｺﾜｸﾅｲﾖ")
    formal = _terms("利用者は、本規約を遵守するものとします。", "当社は、ｻｰﾋﾞｽを提供します。")
    assert [f.severity for f in _findings(casual, rule="convention-deviation") if "半角" in f.message] == ["info"]
    assert [f.severity for f in _findings(formal, rule="convention-deviation") if "半角" in f.message] == ["warning"]


def test_a_sentence_left_open_under_a_numbered_caption_among_closed_ones():
    """pub443's 「#### 4.2.2. 税金」 over a paragraph ending 「…支払いを停止する権利を留保します」 among siblings whose text
    ends with 。: each sibling's first line is its numbered caption (「### 4.1. 支払い.」), not the sentence the siblings'
    endings are read from."""
    parts = []
    for n in range(1, 6):
        subs = [f"### {n}.{k}. 見出し{n}{k}\n当社は、第{n}条の{k}の事項について定めることができます。" for k in range(1, 4)]
        if n == 4:
            subs.insert(2, "#### 4.2.1. 費用\n当社は、費用の払い戻しを一切いたしません。\n\n"
                           "#### 4.2.2. 税金\n当社は、必要な情報の提供を受けるまで支払いを停止する権利を留保します")
        parts.append(f"## {n}. 章{n}\n\n" + "\n\n".join(subs))
    text = "# 追加条項\n\n" + "\n\n".join(parts) + "\n"
    said = [f.excerpt for f in _findings(text, "terms.md", "sentence-unterminated")]
    assert said == ["停止する権利を留保します"], said
