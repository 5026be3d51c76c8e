"""What the readings of sessions 41 and 42 found on published documents (pub428's false findings left from session
40, and pub431–pub438: companies' work rules and internal regulations, contract templates, privacy policies, rules of
academic societies, facility rules, developer and membership terms), read whole and kept outside the repository. Each
construct is tested here in text of the same shape written for the test."""

from conftest import doc_from_text

from pipeline.checks import run_checks


def _findings(text: str, name: str = "doc.txt", rule: str | None = None) -> list:
    return [f for f in run_checks(doc_from_text(text, name)) if rule is None or f.rule == rule]


# ------------------------------------------------------------------ duplication

_FIELD_MANUAL = (
    "# 記入の手引き\n\n## 1. 目的\n\n本書は、記入の方法を定める。\n\n## 2. 項目の説明\n\n"
    "### A.1　Package Name\nパッケージの名称を記載します。\n本項目はパッケージを特定するために利用します。\n\n"
    "### A.2　Package Identifier\nパッケージの識別子です。一覧の中で一意になるように決めてください。\n"
    "一覧を結合する場合に一意であることを保証するのは受領側の責任です。\n\n"
    "### B.1　License Identifier\n一覧に掲載されていないライセンスの識別子を記載します。\n"
    "一覧を結合する場合に一意であることを保証するのは受領側の責任です。\n\n"
    "## 3. 記入例\n\n#### A.1　Package Name\n-> busybox\n例のとおり記載します。\n\n"
    "#### A.2　Package Identifier\n-> Ref-1\n例のとおり識別子を決めます。\n"
    "一覧を結合する場合に一意であることを保証するのは受領側の責任です。\n"
)


def test_one_instruction_under_each_fields_subsection_is_no_paste():
    """An SPDX manual repeats 「…一意であることを保証するのは受領側の責任です。」 under 「### L2.2」, 「### L3.1」 and again under
    the worked example's 「#### L2.2」: parallel descriptions of fields, each under its own subheading (four false
    duplication warnings)."""
    assert _findings(_FIELD_MANUAL, "manual.md", "duplication") == []


def test_a_sentence_pasted_into_another_article_is_still_told():
    """Under the articles' own headings, with no subsection around either copy, a sentence said twice is a paste."""
    text = ("# 利用規約\n\n## 第1条（目的）\n\n本規約は、本サービスの利用条件を定める。\n"
            "会員は、登録事項に変更があった場合、速やかに届け出なければならない。\n\n## 第2条（登録）\n\n"
            "利用を希望する者は、当社の定める方法により登録を申請する。\n\n## 第3条（料金）\n\n"
            "会員は、当社の定める料金を支払う。\n会員は、登録事項に変更があった場合、速やかに届け出なければならない。\n")
    assert [f.excerpt for f in _findings(text, "terms.md", "duplication")]


# ------------------------------------------------------------------ typo

def test_yori_grading_a_predicate_further_on_is_the_adverb():
    """「従業員がよりオープンソースソフトウェアの改善に参加しやすくする」: より (more) grades 参加しやすく; read as a slip of
    により (「がより」 unseen in law text), a false typo warning."""
    text = ("## ガイドラインの趣旨\n\n本ガイドラインは、従業員がよりオープンソースソフトウェアの改善（以下「OSS活動」）に"
            "参加しやすくするための手助けをするものです。\n")
    assert [f for f in _findings(text, "guide.md", "typo") if "より" in f.excerpt] == []


def test_a_kana_struck_into_a_word_the_tagger_breaks_is_a_typo():
    """「あらかじかめ」: MeCab reads あら|かじかめ (an interjection and a verb), words it knows, so the slip was trusted;
    law text writes あらかじめ as a phrase of its own, and the run without the extra か reads far better."""
    said = [(f.excerpt, f.suggestion, f.message) for f in
            _findings("第1条　会員は、あらかじかめ当社の承諾を得なければならない。\n", rule="typo")]
    assert any("あらかじかめ" in e and "あらかじめ" in m for e, _, m in said), said


def test_words_one_kana_longer_than_a_law_phrase_are_no_extra_kana():
    """さもなければ, なさらない, させたい: words of their own (a conjunction, the honorific verb, the desiderative), one kana
    from law's さなければ, ならない, させた. Law text vouches for taking a kana out only where the run reads as no words."""
    for sentence in ("第1条　料金を支払うこと。さもなければ、当社は契約を解除する。\n",
                     "第1条　他の宿泊者を脅かすような言動はなさらないでください。\n",
                     "第1条　プロジェクトを消滅させたいときは、会長に届け出る。\n"):
        assert _findings(sentence, rule="typo") == [], sentence


# ------------------------------------------------------------------ term-undefined

def test_hon_before_the_documents_common_noun_is_this():
    """「本マテリアルがクリエイティブ・コモンズ・パブリック・ライセンスで共有されている」 in a licence that writes マテリアル
    seventeen times: this material, no undefined designation beside the defined 本サイト."""
    text = ("AlesInfiny（以下「本サイト」という。）は、以下を提供します。\n"
            "第1条　ライセンス対象物とは、許諾者がライセンスを適用したマテリアルをいう。\n"
            "第2条　許諾者は、マテリアルを共有することができる。公衆はマテリアルを再利用できる。\n"
            "第3条　本マテリアルがライセンスで共有されていることを示す場合を除き、商標を使用してはならない。\n"
            "第4条　本サイトの内容は予告なく変更される。\n")
    assert _findings(text, rule="term-undefined") == []


def test_a_second_name_of_what_terms_offer_is_told_however_common_its_noun():
    """本サービス in terms that define only 本アプリ stays a second name of the offering, though サービス is written often."""
    text = ("株式会社テスト（以下「当社」という。）は、スマートフォン向けアプリ（以下「本アプリ」という。）の利用規約を定める。\n"
            "第1条　当社は、サービスの内容を変更できる。サービスの提供は無償とする。\n"
            "第2条　当社は、サービスを停止できる。\n"
            "第3条　会員は、本サービスを利用するにあたり、本アプリを最新の状態に保つ。\n"
            "第4条　本アプリの著作権は当社に帰属する。\n")
    assert [f.excerpt for f in _findings(text, rule="term-undefined")] == ["本サービス"]


# ------------------------------------------------------------------ structure and ingest (round 28: pub431–pub434)

def test_pandocs_auto_numbered_list_marker_is_no_heading_without_its_space():
    """「#. 名称」: pandoc's auto-numbered list item (fancy_lists); read as a heading missing its space, nine false
    markup-broken warnings on a society's rules, each suggesting 「# . 名称」."""
    text = "#. 名称\n\n    #. (名称)本会は、情報科学若手の会と称する。\n\n#. 目的\n\n    #. (目的)本会は、交流を目的とする。\n"
    assert _findings(text, "rule.md", "markup-broken") == []
    assert [f.excerpt for f in _findings("#名称\n\n本会は、若手の会と称する。\n", "rule.md", "markup-broken")]


def test_a_markdown_pages_front_matter_gives_its_title():
    """「title: 国際教養大学利益相反マネジメント規程」 in the front matter of a page that opens on its first article: the
    title the site shows above the page (the document had none; another took 「第1章　総則」)."""
    text = ("---\nlayout: page\ntitle: \"利益相反マネジメント規程\"\n---\n\n（目的）\n第１条　この規程は、利益相反について"
            "定める。\n\n（定義）\n第２条　この規程において、教職員とは、本学の職員をいう。\n")
    assert doc_from_text(text, "kitei.md").title == "利益相反マネジメント規程"
    # the page's own heading comes first
    headed = text.replace("（目的）\n", "# 国際教養大学利益相反マネジメント規程\n\n（目的）\n", 1)
    assert doc_from_text(headed, "kitei.md").title == "国際教養大学利益相反マネジメント規程"


def test_jekylls_front_matter_over_an_html_page_is_its_title_not_its_text():
    """「---」⏎「layout: winter_page」⏎「title: 論文・発表募集のご案内」⏎「---」 over a page's HTML: Jekyll reads it, the
    page never shows it (the document's title was the whole block)."""
    text = ("---\nlayout: winter_page\nsymposium: 65\ntitle: 論文・発表募集のご案内\n---\n<section>\n"
            "<p>本シンポジウムは、自由な討論の場です。</p>\n<h2>開催趣旨</h2>\n<p>計算機の可能性を開拓します。</p>\n</section>\n")
    doc = doc_from_text(text, "cfp.html")
    assert doc.title == "論文・発表募集のご案内"
    assert "layout" not in doc.norm.text and "winter_page" not in doc.norm.text


def test_html_headings_in_a_markdown_page_head_its_sections():
    """A Markdown page written in HTML, each section under 「<h2 class="…">4. 個人情報の訂正、削除</h2>」: sections 4 to 6
    were read as paragraphs 4 to 6 of section 3 (a false numbering-gap warning)."""
    sections = [("収集", "当委員会は、次の情報を収集します。", ["お名前", "メールアドレス"]),
                ("利用", "当委員会は、次の目的で利用します。", ["お問い合わせの返信", "物品の送付"]),
                ("開示", "当委員会は、下記の場合を除いては第三者に開示することはありません。",
                 ["法令に基づく場合", "人の生命の保護のために必要がある場合"]),
                ("訂正、削除", "個人情報の訂正・削除は下記の問い合せ先よりお知らせ下さい。", ["問い合わせ窓口: フォーム"]),
                ("Cookieの使用について", "当サイトでは、以下のCookieを使用しています。", ["必須Cookie: 同意の状態を管理します。"]),
                ("SSLの使用について", "当サイトは、SSL技術を使用しております。", [])]
    body = "".join(f'    <h2 class="t">{n}. {t}</h2>\n    <p>\n      {p}\n    </p>\n'
                   + ("    <ul>\n" + "".join(f"      <li>{i}</li>\n" for i in items) + "    </ul>\n" if items else "")
                   for n, (t, p, items) in enumerate(sections, 1))
    text = f'---\ntitle: "プライバシーポリシー"\n---\n\n<div class="b">\n  <div class="c">\n{body}  </div>\n</div>\n'
    doc = doc_from_text(text, "privacy.md")
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6"]
    assert _findings(text, "privacy.md", "numbering-gap") == []


def test_a_blade_views_php_block_does_not_hide_its_html():
    """「@php」⏎「$title = 'お問い合わせ';」⏎「@endphp」 over a Blade view: read as plain text, its markup became the
    document's text (a false template-placeholder on an HTML comment, every title ending in <br>)."""
    text = ("@php\n$title = 'お問い合わせ';\n@endphp\n@extends('layout')\n\n@section('content')\n<h1>プライバシーポリシー</h1>\n"
            "<div class=\"policy\">\n<p>第1条（基本方針）<br>\n当社は、個人情報を適切に取り扱います。</p>\n"
            "<p>第2条（利用目的）<br>\n当社は、取得した個人情報を問合せへの回答に利用します。</p>\n</div>\n@endsection\n")
    doc = doc_from_text(text, "contact.blade.php")
    assert doc.source.format == "html"
    assert "$title" not in doc.norm.text and "<br>" not in doc.norm.text


# ------------------------------------------------------------------ markup and placeholders

def test_a_dates_digits_left_as_asterisks_are_a_blank_not_markdown_bold():
    """「2023年**月**日 (*)」 on an HTML page: the date was never filled in; read as Markdown's bold around 月 (four
    false markup-broken warnings asking for <strong>)."""
    text = ("<h1>論文募集</h1>\n<dl>\n<dt>締切</dt>\n<dd>2023年10月**日 (*)</dd>\n<dt>通知</dt>\n<dd>2023年**月**日 (*)</dd>\n"
            "</dl>\n<p>投稿は<strong>期限まで</strong>にお願いします。</p>\n")
    assert _findings(text, "cfp.html", "markup-broken") == []
    blanks = _findings(text, "cfp.html", "template-placeholder")
    assert blanks and "**" in blanks[0].message
    assert [f.excerpt for f in _findings("<p>必ず**期限まで**に投稿してください。</p>\n", "cfp.html", "markup-broken")]


# ------------------------------------------------------------------ references, grammar, duplication

def test_a_name_of_the_whole_pages_subject_after_jouki_is_no_dangling_section():
    """「上記の「個人情報の取り扱い」に関するお問い合わせ」 on a page 「個人情報について」 whose every section speaks of
    個人情報: the handling described above, as a whole; told as a missing section with 「個人情報の提供について」 offered."""
    sections = "".join(f"<h2>個人情報の{t}について</h2>\n<p>本校は、個人情報を{t}します。</p>\n"
                       for t in ("利用の目的", "管理方法", "提供", "共同利用"))
    text = (f"<h1>個人情報について</h1>\n{sections}"
            "<p>上記の「個人情報の取り扱い」に関するお問い合わせは、本校までお願いします。</p>\n")
    assert _findings(text, "privacy.html", "reference-dangling") == []
    renamed = text.replace("上記の「個人情報の取り扱い」", "上記「入学手続について」")
    assert [f.excerpt for f in _findings(renamed, "privacy.html", "reference-dangling")] == ["入学手続について"]


def test_the_object_of_the_main_verb_before_a_relative_clause_on_its_recipient():
    """「協会は、その結果を申出をした者に対し、書面により通知する」: 結果を waits for 通知する, 申出をした modifies 者 (a
    false grammar-slip asking for 結果の申出)."""
    assert _findings("第1条　協会は、調査の結果を申出をした者に対し、書面により通知する。\n", rule="grammar-slip") == []
    assert [f.excerpt for f in _findings("第1条　会員とは、所定の方法により入会を申し込みをした方をいいます。\n",
                                         rule="grammar-slip")] == ["入会を申し込みを"]


def test_parallel_articles_end_on_the_same_paragraphs():
    """第15条（育児・介護のための時間外労働の制限） and 第16条（…深夜業の制限） of a model 育児・介護休業規程 close on the
    same paragraphs of when the restriction ends: parallel provisions, no article pasted into another."""
    tail = ("6. 制限開始予定日の前日までに、請求に係る子又は家族の死亡等により請求者が子を養育又は家族を介護しないことと"
            "なった場合には、請求されなかったものとみなす。\n"
            "7. 次の各号に掲げるいずれかの事由が生じた場合には、制限期間は終了するものとし、当該制限期間の終了日は当該各号に"
            "掲げる日とする。\n(1) 家族の死亡等制限に係る子を養育又は家族を介護しないこととなった場合は、当該事由が発生した日\n"
            "(2) 制限に係る子が小学校就学の始期に達した場合は、子が6歳に達する日の属する年度の3月31日\n")
    text = ("### 第15条　育児・介護のための時間外労働の制限\n1. 会社は、時間外労働を制限する。\n" + tail +
            "\n### 第16条　育児・介護のための深夜業の制限\n1. 会社は、深夜業を制限する。\n" + tail)
    assert _findings(text, "kitei.md", "duplication") == []


# ------------------------------------------------------------------ typo, widths, spaces, table of contents

def test_a_compound_of_two_verbs_with_its_okurigana_left_out_is_a_word():
    """「各種の願出・届出等の手続」: 願い出 written 願出 as legal writing drops okurigana (届出, 申込); told as no word, 現出
    offered."""
    text = "第1条　在学生の各種の願出・届出等の手続において提供された個人情報は、本校が管理する。\n"
    assert [f for f in _findings(text, rule="typo") if "願出" in f.excerpt] == []


def test_half_width_punctuation_throughout_is_the_documents_style_told_once():
    """A 賃金規程 writing 、。・ half-width throughout (209 of them, two full-width): 74 warnings, one a line; the
    document's own style is one note."""
    line = "賃金の構成は､次のとおりとする｡基本給･諸手当は､毎月支払う｡\n"
    text = "# 賃金規程\n\n" + "".join(f"### 第{n}条　支払\n{line}\n" for n in range(1, 16))
    found = _findings(text, "wage.md", "convention-deviation")
    assert [f.severity for f in found] == ["info"] and "半角" in found[0].message
    # a slip among full-width punctuation is told where it stands
    slip = "# 賃金規程\n\n" + "".join(f"### 第{n}条　支払\n賃金は、毎月支払う。\n\n" for n in range(1, 6)) + \
        "### 第6条　賞与\n賞与は､年2回支払う。\n"
    assert [f.severity for f in _findings(slip, "wage.md", "convention-deviation")] == ["warning"]


def test_spaces_a_page_sets_around_every_link_are_its_layout():
    """「次の3点を <a>こちらの投稿フォーム</a> から投稿してください」: the page sets each of its links apart with spaces;
    told as spaces inside words (「フォーム から投稿」)."""
    links = [("こちらの投稿フォーム", "から投稿してください"), ("こちらのスタイルファイル", "の中にあるファイルをご利用ください"),
             ("こちらのフォーマット", "に記入してください"), ("こちら", "からご入手ください")]
    text = "<h1>原稿提出のお願い</h1>\n" + "".join(
        f'<p>原稿は <a href="https://example.org/{k}">{a}</a> {b}。</p>\n' for k, (a, b) in enumerate(links))
    assert [f for f in _findings(text, "submit.html", "stray-space") if f.severity == "warning"] == []


def test_a_field_and_its_value_in_a_list_and_a_label_before_its_title_are_no_stray_spaces():
    """「1. 始業時刻 １０時００分」 (a table written as a list), 「## 第4章　子の看護、…」 (read as a space inside 章子),
    「（２）改ざん　研究資料…」 (an entry's term and its meaning): each space is the layout's."""
    rows = "".join(f"    1. {k} {v}\n" for k, v in (("始業時刻", "１０時００分"), ("終業時刻", "１９時００分"),
                                                   ("休憩時間", "１２時００分から１３時００分")))
    text = ("# 就業規則\n\n## 第4章　子の看護、育児及び介護に係る有給休暇\n\n### 第32条　始業・終業時刻\n1. 始業・終業の時刻は、"
            "次のとおりとする。\n" + rows + "\n### 第33条　定義\n1. この規則において、次の用語の意義は、次のとおりとする。\n"
            "（１）捏造　存在しないデータ、研究結果等を作成すること。\n（２）改ざん　研究資料・機器・過程を変更する操作を行い、"
            "研究活動によって得られた結果等を真正でないものに加工すること。\n"
            "2. 会社は、時間外労働を命じることがある。時間外労働は、月45時間以内とする。\n")
    assert _findings(text, "rules.md", "stray-space") == []
    # a number split by a space is still one: 「円滑化法第1 08条第1項の場合の…」
    split = "(14)　区分所有法第62条第1項の場合の建替え及び円滑化法第1 08条第1項の場合のマンション敷地売却\n"
    assert [f.excerpt for f in _findings("第1条　次の事項は総会の決議を経る。\n" + split, rule="stray-space")]


def test_a_table_of_contents_entry_in_other_okurigana_is_a_note():
    """「5.お問合せ先」 in the contents over the section 「お問い合わせ先」: one title in two okurigana misleads no one."""
    titles = ("外部送信の概要", "送信される情報", "利用目的", "オプトアウト", "お問い合わせ先")
    toc = "".join(f"{n}.{'お問合せ先' if n == 5 else t}\n" for n, t in enumerate(titles, 1))
    body = "".join(f"<h2>{n}.{t}</h2>\n<p>当社は、{t}を定めます。</p>\n" for n, t in enumerate(titles, 1))
    text = f"<h1>外部送信ポリシー</h1>\n<p>{toc.replace(chr(10), '<br>')}</p>\n{body}"
    found = _findings(text, "policy.html", "toc-mismatch")
    assert [(f.excerpt, f.severity) for f in found] == [("5.お問合せ先", "info")]


# ------------------------------------------------------------------ recall: facts of drafting the readers' misses teach

def test_law_drafting_forms_of_a_range_besides_and_an_age():
    """「前項に規定するほか」 (law writes …に規定するもののほか, never …するほか), 「第２９条から第３６条の規定」 (から…までの),
    「満６５才」 (an age is 歳): notes of legal style."""
    text = ("第1条　前項に規定するほか、理事会は必要な措置をとる。\n第2条　第２９条から第３６条の規定は、調査に準用する。\n"
            "第3条　社員の定年は、満６５才とする。\n"
            "第4条　第5条から第6条までの規定は適用しない。前条に定めるもののほか、満18歳未満の者の扱いは別に定める。\n")
    said = {(f.excerpt, f.suggestion) for f in _findings(text, rule="legal-style")}
    assert {("ほか", "もののほか"), ("の", "までの"), ("才", "歳")} <= said, said
    assert not any(s[1] in ("もののほか", "までの", "歳") for s in said - {("ほか", "もののほか"), ("の", "までの"),
                                                                      ("才", "歳")})


def test_motte_after_an_act_or_a_vote_is_by_means_of():
    """「本規約の変更を持って公表とする」, 「過半数の賛成を持って決する」: をもって (by, as of), no holding; one holds a
    responsibility (責任を持って対応する)."""
    text = ("第1条　当会は、本規約の変更を持って公表とする。\n第2条　議案は、出席者の過半数の賛成を持って決する。\n"
            "第3条　会員は、責任を持って対応する。\n")
    assert [(f.label, f.suggestion) for f in _findings(text, rule="confusable-word")] == [("第1条", "もって"),
                                                                                           ("第2条", "もって")]


def test_a_period_grouping_the_digits_of_an_amount():
    """「1.000円」 in a fee table whose other amounts read 「3,000円」: a period reads as a decimal point (one yen)."""
    text = ("## 参加費\n\n| 区分 | 参加費 |\n|---|---|\n| 学生 | 1.000円 |\n| 一般 | 3,000円 |\n| 会員 | 2,500円 |\n\n"
            "当日の参加費は1.5万円を上限とする。\n")
    said = [(f.excerpt, f.suggestion) for f in _findings(text, "fees.md", "convention-deviation") if "1.0" in f.excerpt]
    assert said and said[0][1] == "1,000", said
    assert not [f for f in _findings(text, "fees.md", "convention-deviation") if "1.5" in f.excerpt]


def test_the_employee_under_another_name_in_work_rules():
    """「この規則で社員とは、…採用された者をいい、次の通りとする」, then 「従業員が復職後…」 five times among hundreds of
    社員: the same person under an undefined name. A definition that carves 社員 out of the staff (…を除いた者) leaves
    従業員 the staff as a whole, on purpose."""
    body = "".join(f"第{n}条　社員は、会社の指示に従い、誠実に業務を行う。\n" for n in range(3, 13))
    text = ("第1条　この規則は、社員の就業に関する事項を定める。\n第2条\n1. この規則で社員とは、会社に採用された者をいい、"
            "次の通りとする。\n" + body + "第13条　従業員が復職後６ヶ月以内に休職したときは、復職を取り消す。\n")
    assert [f.excerpt for f in _findings(text, rule="term-inconsistent")] == ["従業員"]
    carved = text.replace("会社に採用された者をいい、", "会社と雇用契約を締結した者のうち、パートタイマーを除いた者をいい、")
    assert _findings(carved, rule="term-inconsistent") == []


def test_paragraphs_an_html_page_sets_on_their_own_lines_inside_one_element():
    """「…とする。⏎1、総会は…」 inside one <div> (the site's style sheet shows each line: white-space: pre-line): run
    together, the lead's second and third entries became part of the first one's item (3), and each joint a false
    stray-space."""
    body = ("会議の審議決定事項は次のとおりとする。\n1、総会は次の事項を審議決定する。\n(1) 役員の選任。\n(2) 予算の承認。\n"
            "(3) その他必要な事項。（役員のリコール等を含む。）\n2、役員会は次の事項を審議する。\n(1) 細則に関すること。\n"
            "3、役員会は必要なときは、総会に代わり審議決定することができる。")
    text = ("<h1>自治会会則</h1>\n<section>\n      <details class=\"article\">\n        <summary>第8条（審議決定事項）</summary>\n"
            f"        <div class=\"article-body\">{body}</div>\n      </details>\n      <details class=\"article\">\n"
            "        <summary>第9条（議決）</summary>\n        <div class=\"article-body\">会議は、出席者の過半数で議決する。</div>\n"
            "      </details>\n</section>\n")
    doc = doc_from_text(text, "rules.html")
    assert "。\n1、総会" in doc.norm.text and "。）\n2、役員会" in doc.norm.text
    assert [i.label for p in doc.articles[0].paragraphs for i in p.items] == ["1、", "2、", "3、"]
    assert _findings(text, "rules.html", "stray-space") == []
    # a line that goes on mid-clause is joined as a browser joins it
    joined = doc_from_text("<p>会員は、会費を\n1、000円とする。</p>\n", "rules.html")
    assert "\n1、000" not in joined.norm.text


def test_touga_suru_is_gaitou_suru_wherever_it_stands():
    """「役員会もしくは当該する役員は」: 当該 is no verb; 該当する (the one concerned) with its kanji swapped."""
    said = [(f.excerpt, f.suggestion) for f in _findings("第1条　賛助会員は、役員会もしくは当該する役員の承認を得る。\n",
                                                       rule="confusable-word")]
    assert said == [("当該", "該当")]


def test_a_bare_line_break_in_a_block_that_breaks_its_lines_with_br_runs_on():
    """「…こと等）⏎13.当社は…<br>」 in a page that ends each paragraph with <br> (pub41's 利用規約): without its <br> the
    page shows 13 on the line of 12, a real defect (numbering-gap), not a paragraph laid out on its own line."""
    from pathlib import Path

    page = Path(__file__).parent / "fixtures" / "pub41" / "fooch-terms.blade.php"
    gaps = [f.message for f in run_checks(doc_from_text(page.read_text(encoding="utf-8"), page.name))
            if f.rule == "numbering-gap"]
    assert any("12から14" in m for m in gaps), gaps


def test_set_phrases_of_contracts_and_their_homophones():
    """表明し、保障する (表明保証: 保証), …行わないことを制約する (a pledge: 誓約), 法令に基づく場合を省き (an exception:
    除き), 所轄公官庁 (官公庁, two kanji swapped), 前各号の他、 (ほか in kana)."""
    text = ("第1条　ユーザーは、所轄公官庁への届出を行う。\n第2条　ユーザーは、次の事項を表明し、保障する。\n"
            "第3条　ユーザーは、反社会的勢力に該当する行為を行わないことを制約する。\n"
            "第4条　当社は、法令に基づく場合を省き、個人情報を第三者に提供しない。\n"
            "第5条　会員は、次の行為をしてはならない。\n(1) 法令に違反する行為\n(2) 前号の他、当社が不適切と判断する行為\n"
            "第6条　当社は、社会保障の制度を尊重し、契約の制約を設けない。その他、必要な事項は別に定める。\n")
    said = {(f.label.split("第", 2)[1][:2], f.suggestion) for f in run_checks(doc_from_text(text, "terms.txt"))
            if f.rule in ("confusable-word", "legal-style") and f.suggestion in ("官公庁", "保証", "誓約", "除", "ほか")}
    assert said == {("1条", "官公庁"), ("2条", "保証"), ("3条", "誓約"), ("4条", "除"), ("5条", "ほか")}, said


def test_a_bracket_a_table_repeats_is_no_habit_of_the_prose():
    """「円(税込)」 68 times in a page's price tables made half-width brackets its habit, and 「（時間帯問わず）」 beside
    one was told to become half-width. A habit is counted in distinct brackets; a formula the page repeats is a habit
    of its own."""
    rows = "".join(f"<tr><td>{k}時間</td><td>{k * 550}円(税込)</td></tr>\n" for k in range(1, 21))
    options = "".join(f"<tr><td>1コンセントにつき{w}W以下で使用<br>（{n}）</td><td>{p}円(税込)</td></tr>\n" for w, n, p in
                      (("500", "時間帯問わず", "550"), ("1000", "平日のみ", "1,100"), ("1500", "要相談", "1,650")))
    text = f"<h1>施設利用案内</h1>\n<table>\n{rows}</table>\n<table>\n{options}</table>\n<p>当日の料金は現金で支払う。</p>\n"
    assert [f for f in _findings(text, "usage.html", "convention-deviation") if "括弧" in f.message] == []


def test_a_kanji_typed_twice_in_a_word_law_writes_often():
    """「以下同同様です」: 同 twice; the document never writes 以下同様 again, but law text never doubles 同 and writes
    同様 67 times. And the indemnity formula 「守り、保証し、無害に保つ」 is 補償 (indemnify)."""
    said = [(f.rule, f.suggestion) for f in _findings("第1条　本SDK（ノウハウを含みます。以下同同様です。）の利用者は、"
                                                      "当社を守り、保証し、無害に保つものとする。\n")
            if f.rule in ("typo", "confusable-word")]
    assert ("typo", "同") in said and ("confusable-word", "補償") in said, said


def test_a_supplementary_heading_that_runs_into_its_provision():
    """「附則この規程は、令和７年５月１日から施行する。」 under two 附則 that stand on their own lines (three readers of
    round 28 and 29 marked it in university rules converted to Markdown)."""
    body = "第１条　この規程は、会計について定める。\n第２条　経理責任者は、元帳を締め切る。\n"
    text = (body + "附則\nこの規程は、令和元年５月１日から施行する。\n附　則\nこの規程は、令和２年４月１日から施行する。\n"
            "附    則この規程は、令和７年５月１日から施行する。\n")
    said = [f.excerpt for f in _findings(text, rule="convention-deviation") if "附則の見出し" in f.message]
    assert len(said) == 1 and said[0].startswith("附    則この規程"), said
    apart = text.replace("附    則この規程は", "附則\nこの規程は")
    assert [f for f in _findings(apart, rule="convention-deviation") if "附則の見出し" in f.message] == []


def test_each_slip_from_the_documents_spelling_is_told_where_it_stands():
    """「下さい」 four times among ください twenty (and 出来る twice among できる fifteen): readers of three rounds marked
    each place, and the one note at the first of them left the others unmarked. Two spellings a document keeps both
    of (速やかに 3, すみやかに 3) stay one note."""
    kept = "".join(f"第{n}条　会員は、手続をすることができます。変更の際はご連絡ください。\n" for n in range(1, 21))
    slips = ("第21条　書類をご利用下さい。\n第22条　書類をご記入下さい。\n第23条　署名して下さい。\n"
             "第24条　速やかにお送り下さい。\n")
    said = [f.label for f in _findings(kept + slips, rule="notation-variance") if f.excerpt == "下さい"]
    assert said == ["第21条", "第22条", "第23条", "第24条"], said
    even = "".join(f"第{n}条　会員は、{'速やかに' if n % 2 else 'すみやかに'}届け出る。\n" for n in range(1, 7))
    assert len([f for f in _findings(even, rule="notation-variance")]) == 1


def test_alternatives_joined_by_mata_wa_take_no_ka():
    """「明示又は黙示かにかかわらず」 (an API's terms): 又は joins the alternatives, or か follows each (明示か黙示かに
    かかわらず); the two forms mixed."""
    text = ("第1条　当社は、明示又は黙示かにかかわらず、保証しない。\n第2条　有償であるか無償であるかにかかわらず、同様とする。\n"
            "第3条　明示か黙示かにかかわらず適用する。\n")
    assert [(f.label, f.suggestion) for f in _findings(text, rule="confusable-word")] == [("第1条", "に")]


def test_spaces_a_page_sets_around_its_inline_elements_and_links_are_its_layout():
    """「入会金は通常 <s>5,000円</s> ですが、」 and 「詳細は <a>プライバシーポリシー</a> をご確認ください。」: a page sets each
    of its inline elements apart with spaces, the struck-out fee as its one link (pub438: two stray-space warnings, one
    note). On a page that writes them into the sentence, a space beside one is still told."""
    spaced = ("<h1>入会案内</h1>\n<ul>\n<li>入会金は通常 <s>5,000円</s> ですが、現在はいただいておりません。</li>\n"
              '<li>詳細は <a href="https://example.org/privacy">プライバシーポリシー</a> をご確認ください。</li>\n</ul>\n')
    assert [f for f in _findings(spaced, "join.html", "stray-space") if f.severity != "info"] == []
    tight = ("<h1>入会案内</h1>\n<ul>\n<li>入会金は<s>5,000円</s>ですが、現在は<strong>無料</strong>です。</li>\n"
             '<li>規約は<a href="https://example.org/terms">こちら</a>をご覧ください。</li>\n'
             '<li>詳細は<a href="https://example.org/privacy">プライバシーポリシー</a> をご確認ください。</li>\n</ul>\n')
    assert [f.excerpt for f in _findings(tight, "join.html", "stray-space") if f.severity == "warning"] \
        == ["ポリシー をご確認"]


def test_headings_inside_a_quotation_are_the_steps_of_the_heading_above_it():
    """「<h3>申し込み手順</h3><blockquote><h3>STEP.1</h3>…」: the steps quoted under the heading are its body, however
    the page numbers their headings (pub435: an article-empty warning on 申し込み手順). A heading with nothing under it
    before the next one of its rank is still empty."""
    page = ("<h1>施設利用のご案内</h1>\n<h2>ご利用方法</h2>\n<h3>申し込み手順</h3>\n<blockquote>\n"
            "<h3>STEP.<strong>1</strong></h3>\nまず施設の空き状況をお電話でご確認ください。\n"
            "<h3>STEP.<strong>2</strong></h3>\n申込書に必要事項をご記入のうえ、ご提出ください。\n</blockquote>\n"
            "<h3>利用料金</h3>\n<h3>お支払い</h3>\n<p>利用料金は、利用日の前日までにお支払いください。</p>\n"
            "<h3>取消し</h3>\n<p>取消しは、利用日の7日前までにご連絡ください。</p>\n"
            "<h3>禁止事項</h3>\n<p>火気の使用は禁止します。</p>\n<h3>お問い合わせ</h3>\n<p>事務所までご連絡ください。</p>\n")
    assert [f.excerpt for f in _findings(page, "guide.html", "article-empty")] == ["利用料金"]


def test_the_one_who_instructs_takes_no():
    """「当社に指示に従いSDKを削除する」 (pub437): the instructions are 当社の; after an adverb, 「速やかに指示に従う」, に is
    the adverb's."""
    text = ("第1条（削除）\n開発者は、契約が終了したときは、当社に指示に従いSDKを削除するものとする。\n"
            "第2条（協力）\n利用者は、係員から指示があった場合は、速やかに指示に従うものとする。\n")
    found = [f for f in _findings(text, "sdk.txt") if f.rule == "confusable-word"]
    assert [(text[f.span[0] - 2:f.span[1] + 4], f.suggestion) for f in found] == [("当社に指示に従", "の")]


def test_items_a_provision_lists_are_met_one_or_all():
    """「次の各号に該当する場合は使用を許可しない」 (pub435): law says 「いずれかに」 (any) or 「いずれにも」 (all)."""
    text = ("第1条（不許可）\n次の各号に該当する場合は、使用を許可しない。\n（1）公の秩序を乱すおそれがあるとき。\n"
            "（2）施設を損傷するおそれがあるとき。\n第2条（取消し）\n次の各号のいずれかに該当する場合は、許可を取り消す。\n"
            "（1）虚偽の申請をしたとき。\n（2）前条各号のいずれにも該当しないことが判明したとき。\n")
    assert [f.excerpt for f in _findings(text, "rules.txt", "legal-style") if "各号" in f.excerpt] == ["各号に該当"]


def test_an_amount_left_in_square_brackets_is_a_drafting_blank():
    """「当社の責任は[100ドル]を上限とする」 (pub437, twice): the figure a template proposes, its brackets left in the
    final text; a Markdown link's label in brackets is no blank."""
    text = ("# 利用規約\n\n## 第1条（責任の制限）\n\n当社の責任は、[100ドル]又は直近12か月の利用料金のいずれか低い額を上限とします。\n\n"
            "## 第2条（料金）\n\n料金は[料金表（100円から）](https://example.com/fees)のとおりとします。\n")
    assert [f.excerpt for f in _findings(text, "terms.md", "template-placeholder")
            if "ドル" in f.excerpt or "円" in f.excerpt] \
        == ["社の責任は、[100ドル]又は直近12"]


def test_ukeru_in_kana_among_its_kanji_is_a_notation_slip():
    """「貸与をうけた」「承認をうけないで」 among 「貸与を受けた」 ×4 (pub435): one verb in two notations; もうける, うけつけ
    are other words."""
    text = ("第1条（貸与）\n貸与を受けようとする者は、申請しなければならない。\n第2条（承認）\n貸与を受けた者は、承認を受けて"
            "使用する。\n第3条（返還）\n貸与を受けた者は、期間が満了したときは返還する。\n第4条（禁止）\n貸与をうけた者は、"
            "承認をうけないで転貸してはならない。\n第5条（受付）\n申請のうけつけは事務局が行い、窓口をもうける。\n")
    found = [f for f in _findings(text, "rules.txt", "notation-variance")]
    assert found and all(f.excerpt == "うけ" for f in found)
    assert {text[f.span[0] - 2:f.span[0]] for f in found} <= {"与を", "認を"}


def test_a_block_of_heisha_among_tousha_is_one_body_named_two_ways():
    """Terms that call the company 当社 42 times and 弊社 15 times in a pasted block (pub438): one body, told once
    where the block starts, however often the block writes it."""
    body = "".join(f"第{i}条（事項{i}）\n当社は、本サービスの運営に必要な措置を講じます。当社は、これを公表します。\n"
                   for i in range(1, 22))
    block = "".join(f"第{i}条（事項{i}）\n弊社は、必要に応じてユーザーに通知します。\n" for i in range(22, 37))
    found = _findings(body + block, "terms.txt", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in found] == [("弊社", "当社")]


def test_a_list_nested_with_less_indentation_than_its_items_text_is_not_nested():
    """「1. 当社は…措置を講じるよう…指示することができ…」 then 「  1. 開発アプリの販売ないし配布の停止」 (pub437, twice):
    two spaces under 「1. 」, whose text starts at the third column. CommonMark (GitHub) shows the four measures as
    items 2 to 5 of the article's paragraphs and its paragraph 2 as 6 (markdown-it renders it so). Told once per item;
    three spaces under 「1. 」, and two under a bullet, nest."""
    text = ("# 利用規約\n\n## 第11条（違反した場合の措置）\n\n"
            "1. 当社は、開発者が本規約に違反した場合、以下の措置を講じることができます。\n"
            "  1. 開発アプリの販売の停止\n  2. 開発アプリの修正\n"
            "2. 前項の措置により開発者に生じた損害について、当社は責任を負いません。\n\n"
            "## 第12条（禁止事項）\n\n1. 開発者は、次の行為をしてはなりません。\n   1. 法令に違反する行為\n"
            "   2. 公序良俗に反する行為\n2. 開発者は、次の情報を送信してはなりません。\n\n"
            "- 当社が定める情報\n  - 第三者の権利を侵害する情報\n")
    found = _findings(text, "terms.md", "markup-broken")
    assert [(f.excerpt, f.suggestion) for f in found] == [("1. 開発アプリの販売の停止", "   1. 開発アプリの販売の停止")]


def test_lists_nested_short_under_every_item_are_the_documents_way_told_once():
    """A work rules page nests its lists two spaces under every 「1. 」 (pub164: eighteen articles): one warning, at the
    first, with how many."""
    text = "# 就業規則\n\n" + "".join(
        f"## 第{i}条（事項{i}）\n\n1. 社員は、次の事項を守らなければならない。\n  1. 事項{i}の一\n  2. 事項{i}の二\n\n"
        for i in range(1, 6))
    found = _findings(text, "rules.md", "markup-broken")
    assert [f.excerpt for f in found] == ["1. 事項1の一"] and "5の項目" in found[0].message
