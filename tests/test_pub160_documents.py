"""Documents nobody had seen, read in the pub160–pub162 round and checked whole (fixtures in tests/fixtures/pub16N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_contract_a_php_page_prints_is_read_where_its_functions_are_called():
    """The clauses are `echo "…";` inside functions (preamble(), goal(), …) that the page's body calls in order: their
    text is the page's, article by article, and the variables the code fills in stand as their names."""
    doc = read_document(FIXTURES / "pub162/agreez-establish.php")
    assert [(a.number, a.title) for a in doc.all_articles()] == [
        ("1", "目的"), ("2", "定義"), ("3", "制作期間"), ("4", "納品"), ("5", "制作料金"), ("6", "責任制限"),
        ("7", "解除"), ("6", "責任制限")]
    assert "$work_name (以下「本業務」という)" in doc.source.text
    found = {(f.rule, f.excerpt) for f in run_checks(doc)}
    assert ("term-inconsistent", "本件業務") in found
    assert ("numbering-duplicate", "第6条 責任制限") in found
    assert any(rule == "duplication" and excerpt.startswith("甲又は乙は、相手方が") for rule, excerpt in found)


def test_what_php_prints_through_a_function_it_calls_is_not_read():
    """`echo $this->Html->image("spacer.gif", array("width" => "1"))`, `echo esc_url(get_template_directory_uri() .
    '/assets/…png')`: the literals are arguments, and what the call returns is not known; blocks that print no
    Japanese are dropped whole, as before."""
    for path in ("pub39/shimajiro-rules.ctp", "pub46/akishima.php", "pub147/eneos_cp.php"):
        text = read_document(FIXTURES / path).source.text
        assert "spacer.gif" not in text and ".png" not in text and "$this" not in text and "ENT_QUOTES" not in text, path


def test_php_printing_reads_literals_in_order_and_skips_comments_and_arguments():
    from pipeline.ingest.html import _php_printed

    blocks = ['<?php\n// echo "消された行";\nfunction head() { echo \'第１条（目的）\'; echo "<br>"; }\n'
              'function body($x) { echo "本規約は、$x の利用条件を定める;ものとする。"; print <<<EOT\n'
              '2. 本サービスは無償とする。\nEOT;\n }\n?>',
              '<?php head(); echo esc_html(\'第９条\'); body($name); echo $title; echo $this->link("第８条"); ?>']
    assert _php_printed(blocks) == ["", "第１条（目的）<br>本規約は、$x の利用条件を定める;ものとする。"
                                        "2. 本サービスは無償とする。$title"]
    assert _php_printed(['<?php echo "<div class=\\"x\\">"; echo $a; ?>']) == [""]  # no Japanese: dropped
