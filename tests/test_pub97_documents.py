"""Plain-text service terms nobody had seen (pub97, tests/fixtures/pub97, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub97"


def test_a_text_file_written_in_markdown_is_read_as_markdown():
    """「## 第1条（同意）」 headings over 「1.」 lists in a .txt file: read as plain text, the lists' 1. 2. 3. were taken for
    articles 1–3 and the headings for citations of them, three false reference-title-mismatch warnings."""
    doc = read_document(HERE / "disnana.txt")
    assert doc.source.format == "markdown" and any("Markdown" in n for n in doc.source.notes)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 12)]
    assert [a.title for a in doc.articles[:3]] == ["同意", "規約の変更", "免責事項"]
    assert [f for f in run_checks(doc) if f.severity in ("error", "warning")] == []


def test_a_text_file_with_one_number_sign_line_stays_text(tmp_path):
    p = tmp_path / "terms.txt"
    p.write_text("利用規約\n# 改定履歴は末尾\n第1条（目的）\n本規約は、本サービスの利用条件を定めます。\n", encoding="utf-8")
    assert read_document(p).source.format == "text"


def test_the_wrong_particles_of_a_bot_s_terms_are_reported():
    """「この利用規約を違反してる」 (に違反, and its い抜き してる written twice: notes), 「このDPIを使用による、損害等は」
    (の使用による); and 「利用しそれ以外には」, correct,
    is no typo (a verb's 連用形 and the pronoun それ, which a one-kana change would make その)."""
    found = run_checks(read_document(HERE / "dpibot.txt"))
    slips = sorted((f.excerpt, f.suggestion) for f in found if f.rule == "grammar-slip")
    assert slips == [("してる", "している"), ("してる", "している"), ("を使用", "の使用"), ("を違反", "に違反")]
    assert not [f for f in found if f.rule == "typo"]
    assert [(f.excerpt, f.suggestion) for f in found if f.rule == "notation-variance"
            and f.suggestion == "「場合」に統一"] == [("ばあい", "「場合」に統一")]


def test_wo_before_a_verb_that_takes_it_says_nothing():
    """を taken by a verb further on (株式を譲渡により取得する), a causative (社員を加入させる) and the verbal noun as an
    object (違反を是正する) are grammar."""
    text = ("第1条（譲渡）\n当会社の株式を譲渡により取得するには、株主総会の承認を要する。\n"
            "第2条（加入）\n持分会社は、新たに社員を加入させることができる。\n"
            "第3条（是正）\n会員は、違反を是正するものとします。\n"
            "第4条（選出）\n各パートは、新担当を互選により選出する。\n")
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "grammar-slip"] == []
