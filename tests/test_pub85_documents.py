"""Published terms nobody had seen (pub85, tests/fixtures/pub85, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub85"


def _found(name: str, rules: list[str]) -> list:
    return run_checks(read_document(FIXTURES / name), rules)


def test_terms_defined_without_quotes():
    """「（以下当サービスと呼称）」 and 「運営とは、以下の管理者を意味します。」 define their terms without 「」: 本サービス written
    once among 当サービス, and 運営者 among 運営, are the defined terms written otherwise."""
    game = _found("memseek.html", ["term-inconsistent", "term-undefined"])
    assert [(f.excerpt, f.suggestion) for f in game if f.excerpt == "本サービス"] == [("本サービス", "当サービス")]
    server = _found("yuruvani.html", ["term-inconsistent", "term-undefined"])
    assert [f.excerpt for f in server if "運営者" in f.excerpt] == ["運営者", "運営者"], [f.message for f in server]


def test_junshu_takes_its_object_with_wo():
    """「後条の「二次創作等のガイドライン」に遵守した上での内容」: 遵守 takes what is complied with by を (に is 従う's);
    「誠実に遵守する」, an adverb, is not this (the bylaws and four read terms write it, and stay quiet)."""
    found = _found("memseek.html", ["confusable-word"])
    assert [(f.excerpt, f.suggestion) for f in found if "遵守" in f.excerpt] == [("に遵守", "を遵守")]


def test_no_between_a_predicate_and_baai():
    """「以下に当てはまるの場合は異議申し立てを受理しません」: the predicate qualifies 場合 directly (当てはまる場合)."""
    found = _found("hoshino.html", ["grammar-slip"])
    assert [(f.excerpt, f.suggestion) for f in found] == [("るの場合", "る場合")], [f.message for f in found]
