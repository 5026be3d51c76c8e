"""Web pages of the readings of session 38 (pub391: terms pages published as HTML) whose text a browser runs together
but whose writer typed it a unit a line, or set all in one heading element. Each construct is tested here in a page
of the same shape written for the test."""

from conftest import doc_from_text

from pipeline.checks import run_checks


def _findings(text: str, name: str, rule: str):
    return [f for f in run_checks(doc_from_text(text, name)) if f.rule == rule]


# ------------------------------------------------------------------ HTML typed line by line

# a terms template whose <ol><li> were stripped: each paragraph on a source line of its own inside one <p>
_STRIPPED_TEMPLATE = (
    "<html><body><h2>利用規約</h2>\n<p>この利用規約（以下，「本規約」といいます。）は，当社が提供するサービス（以下，「本サービス」"
    "といいます。）の利用条件を定めるものです。</p>\n"
    "<p><h3>第1条（適用）</h3>\n本規約は，ユーザーと当社との間の本サービスの利用に関わる一切の関係に適用されるものとします。\n"
    "当社は本サービスに関し，本規約のほか，各種の定め（以下，「個別規定」といいます。）をすることがあります。\n"
    "本規約の規定が前項の個別規定の規定と矛盾する場合には，個別規定の規定が優先されるものとします。</p>\n"
    "<p><h3>第2条（利用登録）</h3>\n登録希望者が当社の定める方法によって利用登録を申請し，当社がこれを承認することによって，"
    "利用登録が完了するものとします。\n当社は，利用登録の申請者に以下の事由があると判断した場合，承認しないことがあります。\n"
    "（1）虚偽の事項を届け出た場合\n（2）本規約に違反したことがある者からの申請である場合\n"
    "前項各号の判断について，当社は理由を開示する義務を負いません。</p>\n</body></html>\n")


def test_a_paragraph_typed_on_each_source_line_of_an_html_block_is_a_paragraph():
    """「…適用されるものとします。⏎当社は…あります。⏎本規約の規定が前項の…」 inside one <p>: a browser runs the lines
    on, but each ends its sentence or opens an item, so the writer typed a paragraph a line; read so, 前項 points at
    the paragraph before (before the fix the block was one paragraph, and 前項 an error: 「この条の最初の項です」)."""
    doc = doc_from_text(_STRIPPED_TEMPLATE, "terms.html")
    assert [len(a.paragraphs) for a in doc.articles] == [3, 3]
    assert _findings(_STRIPPED_TEMPLATE, "terms.html", "reference-dangling") == []


def test_a_source_line_wrapped_inside_a_sentence_still_goes_on():
    """A page typed with its sentences wrapped at a width: its lines end mid-sentence, and the block stays one
    paragraph, as a browser shows it."""
    page = ("<html><body><h3>第1条（適用）</h3>\n<p>本規約は，ユーザーと当社との間の本サービスの\n利用に関わる一切の関係に"
            "適用されるものとします。当社は本サービスに関し，\n本規約のほか，各種の定めをすることがあります。これらの定めは\n"
            "本規約の一部を構成するものとします。</p>\n</body></html>\n")
    doc = doc_from_text(page, "terms.html")
    assert len(doc.articles) == 1 and len(doc.articles[0].paragraphs) == 1


def test_articles_set_apart_by_br_in_one_block_keep_their_lines():
    """「<br><br>第7条（著作権）⏎ユーザーは…⏎前項本文の…」: each text piece between the <br>s holds one article, its
    heading first; the block as a whole is typed line by line, so each piece keeps its lines."""
    page = ("<html><body><div>この規約は，当社のサービスの利用条件を定めるものです。\n"
            "<br><br>第1条（著作権）\nユーザーは，自ら権利を有する情報に関してのみ，投稿することができるものとします。\n"
            "ユーザーが投稿した文章の著作権は，当該ユーザーに留保されるものとします。\n"
            "前項本文の定めるものを除き，本サービスに関する著作権は当社に帰属するものとします。\n"
            "<br><br>第2条（退会）\nユーザーは，当社の定める手続により，退会できるものとします。\n"
            "<br><br>第3条（変更）\n当社は，本規約を変更することができるものとします。\n</div></body></html>\n")
    doc = doc_from_text(page, "terms.html")
    assert [len(a.paragraphs) for a in doc.articles] == [3, 1, 1]
    assert _findings(page, "terms.html", "reference-dangling") == []


def test_a_page_set_in_one_heading_element_is_read_as_text():
    """A page that sets all of its text in one <h3>, lines broken by </br>: no heading but the size of its type. Its
    articles keep their bodies (before the fix each article held its heading only, the bodies were closing text,
    and one article was told empty)."""
    page = ("<html><body><h3>\nこの規約は、当ゼミの提供するサービスの取扱いを定めるものです。</br></br>\n"
            "第１条（定義）</br>\n本規約上で使用する用語の定義は、次に掲げるとおりとします。</br>\n"
            "（１）本サービス：当ゼミが提供するサービス。</br>\n（２）利用者：本サービスを利用する全ての方。</br>\n"
            "第２条（同意）</br>\n（１）利用者は、本規約に同意頂いた上で、本サービスを利用できるものとします。</br>\n"
            "第３条（著作権）</br>\n本サービスの著作権は、当ゼミに帰属します。</br>\n</h3></body></html>\n")
    doc = doc_from_text(page, "terms.html")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert all(a.paragraphs for a in doc.articles)
    assert _findings(page, "terms.html", "article-empty") == []


def test_numbered_sections_typed_line_by_line_in_one_paragraph_element():
    """A bot's terms typed into one <p>: a title, 「1. 利用規約の受諾:」 and 「2.1 利用者は、…。」 on lines of their own,
    and a list the line before announces (「…行ってはなりません：⏎不正な目的での利用⏎…」). Read line by line, its
    numbered sections are sections (before the fix the whole text was one article)."""
    page = ("<html><body><p> [BOT名] 利用規約\n\n有効期間: [日付]\n\n1. 利用規約の受諾:\nBOTの利用者は、本規約に同意するものとします。\n\n"
            "2. BOTの利用:\n2.1 利用者は、BOTをサーバーに導入し利用することができます。\n"
            "2.2 利用者は、Discord 利用規約を遵守しなければなりません。\n\n3. 禁止事項:\n"
            "3.1 利用者は、BOTを使用して以下の行為を行ってはなりません：\n不正な目的での利用\n法律に違反する行為\n\n"
            "4. 免責事項:\n4.1 BOTの利用によって生じる損害に対して、提供者は責任を負いません。</p></body></html>\n")
    doc = doc_from_text(page, "bot.html")
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"]
