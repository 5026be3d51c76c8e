"""What the readings of session 41 found on published documents (pub428's false findings left from session 40, and
pub431–pub434: companies' work rules and internal regulations, contract templates, privacy policies, rules of academic
societies), read whole and kept outside the repository. Each construct is tested here in text of the same shape
written for the test."""

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
