"""Citations of a part of the document by its name that no part bears (part of reference-dangling).

「（※キャンセルの取扱いは上記「通常授業（都度払い）」と同様です。）」 on a page whose sections are 「予約制（都度払い）」
and 「学校復帰サポート（午前の学び）」: the reader is sent above to a name the page never writes; the section was
renamed and the sentence was not. 上記, 下記, 前記 and 後記 say the name is this document's, so a name quoted after one
of them must be written somewhere else in it (a heading, a defined term, a row of a table). The closest heading is
suggested when one is clearly meant. A warning: the name may be a word the reader can still place.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from . import Context

# 上記「…」, 下記の「…」, 前記『…』: a name of this document, quoted
_NAMED = re.compile(r"(?:上記|下記|前記|後記)(?:の)?[「『](?P<name>[^」』\n]{2,30})[」』]")
_SPACES = re.compile(r"[ \u3000]+")
# a label of the page's date (最終更新日, 制定日, 施行日付), which no part of the text bears
_DATE_LABEL = re.compile(r"日(?:付)?$")
_CLOSE_ENOUGH = 0.6
# 下記「同意して次へ」をタップし, 上記「申し込む」ボタンを押す: a control of the screen the text stands on (a button, a link),
# named as the user sees it; the page's controls are outside the text, so no part of it bears the name
_CONTROL_AFTER = re.compile(r"(?:の)?(?:ボタン|リンク|アイコン|タブ|メニュー)|を(?:タップ|クリック|押|選択|選ん|チェック)")


# the other name a citation gives in brackets after the first (「…取扱規定（プライバシーポリシー）」)
_ALIAS = re.compile(r"[（(]([^（）()]{2,20})[）)]$")


def _plain(s: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", s))


def named_dangling(ctx: Context):
    text = ctx.text
    cited = list(ctx.finditer(_NAMED))
    if not cited:
        return
    plain = _plain(text)
    plain_without_no = plain.replace("の", "")
    headings = [a.title for a in ctx.doc.all_articles() if a.title] + [
        ln.strip(" \u3000#■□◆◇●○【】") for ln in text.split("\n") if 0 < len(ln.strip()) <= 40 and "。" not in ln]
    for m in cited:
        name = _plain(m.group("name"))
        if plain.count(name) > 1:
            continue  # written elsewhere too: the citation finds it
        if "の" not in name and plain_without_no.count(name) > 1:
            continue  # 前記「永代供養契約種別」 for 「永代供養の契約種別は、…」: the phrase named without its の
        if _DATE_LABEL.search(name):
            continue  # 「上記の「最終更新日」」: the date a site's template prints over the page, outside the text
        if _CONTROL_AFTER.match(text, m.end()):
            continue
        alias = _ALIAS.search(name)
        if alias and any(_plain(h) == alias.group(1) for h in headings):
            continue  # 下記「お客様情報の取扱規定（プライバシーポリシー）」: named with the name the section below bears
            # (not a part of one, 上記「通常授業（都度払い）」 under 「予約制（都度払い）」)
        if _names_the_whole(ctx, name):
            continue
        best, score = None, 0.0
        for h in headings:
            r = SequenceMatcher(None, name, _plain(h)).ratio()
            if r > score and _plain(h) != name:
                best, score = h, r
        hint = f"見出し「{best}」のことではありませんか。" if best and score >= _CLOSE_ENOUGH else ""
        yield ctx.finding(
            "reference-dangling", m.span("name"),
            f"「{m.group('name')}」は{m.group(0)[:2]}の箇所として引かれていますが、この文書のどこにもその名前はありません。{hint}",
            f"「{m.group('name')}」 is cited as a part of this document, but no part of it bears that name."
            + (f" 「{best}」?" if hint else ""),
            suggestion=best if hint else None, severity="warning")


# the sections a page must have for a name all their titles share to be the page's subject
_SECTIONS_SHARING = 3


def _names_the_whole(ctx: Context, name: str) -> bool:
    """Does the name speak of what the whole document is about: its words before の in the document's title and in the
    title of every section (「上記の「個人情報の取り扱い」に関するお問い合わせ」 on a page 「個人情報について」 whose sections are
    「個人情報の利用の目的について」, 「個人情報の管理方法について」, …)? The reader is sent to everything above, not to a
    part that was renamed."""
    subject = name.split("の", 1)[0]
    titles = [a.title for a in ctx.doc.articles if a.title]
    return "の" in name and len(subject) >= 2 and subject in _plain(ctx.doc.title or "") \
        and len(titles) >= _SECTIONS_SHARING and all(subject in _plain(t) for t in titles)

