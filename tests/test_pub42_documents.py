"""Published rules nobody had seen (pub42, tests/fixtures/pub42, source in its README), read and checked whole."""

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub42"
RULES = FIXTURES / "rit-ikuji.md"


def test_a_paragraph_number_run_into_the_paragraph_before():
    """「…重複しないようにしなければならない。4 会社は、…」 in 第12条第3項: paragraph 4's number after the sentence, set
    apart by a space, its line break lost."""
    found = [f for f in run_checks(read_document(RULES), ["item-list"]) if "第4項" in f.message]
    assert [(f.article, f.paragraph) for f in found] == [("12", 3)]


def test_a_count_after_a_sentence_is_no_paragraph_number():
    """The same sentence followed by a count (「…ならない。4 週間以内に…」 would be one, but 「…ならない。4日以内に」, the number
    glued to its counter, never is a label): nothing to say."""
    written = "ようにしなければならない。4 会社は"
    assert findings_added(RULES, written, "ようにしなければならない。4日以内に会社は", "item-list") == []


def test_the_space_after_a_chapter_number_in_a_markdown_heading():
    """「## 第4章 子の看護休暇」: the separator after the chapter's number, as in 「第4章　総則」, is no stray space (the
    heading's 「##」 had hidden the label from the rule)."""
    assert not [f for f in run_checks(read_document(RULES), ["stray-space"]) if f.excerpt.startswith("第4章")]


def test_a_word_pointing_back_typed_twice_at_an_items_start():
    """「- 当該当該1年に達した日」: an item may open with a term and its definition glued (「株式の発行株式の発行の効力」,
    a list of terms), but 当該 points back at what stands before and is no term a list defines."""
    assert [(f.excerpt, f.suggestion) for f in run_checks(read_document(RULES), ["duplication"]) if "当該" in f.excerpt] == [("当該当該", "当該")]
