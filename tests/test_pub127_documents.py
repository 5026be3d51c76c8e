"""Documents nobody had seen, read and checked whole (pub127 on; fixtures in tests/fixtures/pubNNN with their
sources in the READMEs), and what earlier readings left missed: what the readers marked, and what the tool said
wrongly."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule):
    return [f for f in run_checks(read_document(FIXTURES / path)) if f.rule == rule]


def _text_findings(text, rule, name="terms.md"):
    return [f for f in run_checks(doc_from_text(text, name)) if f.rule == rule]


def test_the_synonym_of_a_name_the_document_writes_throughout_without_defining_it():
    """ユーザー twelve times, never defined, and once 「利用者の権利義務に重大な影響」 in the same article as ユーザー."""
    found = [f for f in _findings("pub114/minddrift.md", "term-inconsistent") if f.excerpt == "利用者"]
    assert [f.suggestion for f in found] == ["ユーザー"]


def test_the_sentence_that_says_what_the_name_means_may_use_its_synonym():
    """「2. ユーザー：当社の提供するサービスであるTokenPocketの利用者を意味します。」 defines, in other words."""
    assert [f for f in _findings("pub79/tokenpocket.md", "term-inconsistent") if f.excerpt == "利用者"] == []


def test_a_synonym_written_as_often_as_the_name_is_the_documents_second_word():
    """Two people or one habit: 利用者 three times beside ユーザー ten times is no slip of one hand."""
    body = "".join(f"第{i}条（規定{i}）\nユーザーは、本サービスを利用できます。\n" for i in range(1, 11))
    body += "".join(f"第{i}条（規定{i}）\n利用者は、料金を支払います。\n" for i in range(11, 14))
    assert [f for f in _text_findings(body, "term-inconsistent") if f.excerpt == "利用者"] == []
