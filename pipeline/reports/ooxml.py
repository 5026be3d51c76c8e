"""Word and Excel files that are the same bytes for the same diff.

python-docx and openpyxl stamp each zip entry and the document properties (作成日時, 更新日時) with the
time of writing. A batch rerun after a kill must give exactly the files of an uninterrupted run, and a
report that changes while its content does not reads as a change: the stamps are fixed instead.
"""

from __future__ import annotations

import io
import re
import zipfile

_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry
_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def stable(data: bytes) -> bytes:
    """The same package with every time stamp fixed (zip entries and docProps/core.xml)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, _EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, body)
    return out.getvalue()
