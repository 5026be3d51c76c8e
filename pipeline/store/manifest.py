"""The one reader of ``manifest.csv`` for run, track and batch.

A manifest describes a corpus folder: one row per file with its document key, vendor, service,
title, version and effective date (columns ``file,key,vendor,service,title,version,effective_date``;
unknown columns are ignored, empty cells are None). ``file`` is relative to the manifest's folder.

A row whose file lies outside that folder (``../secret.txt``, ``/etc/passwd``, ``C:\\x``) is kept
with an ``error`` and its file is never read: a published manifest must not make a run read other
files and copy them into its reports or the registry. Every caller reports such a row as a failed
input. Rejected: resolving the path and comparing folders only, which a symlinked corpus folder
defeats both ways; the rule is about what the row says.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import BadInput, InputNotFound
from ..ingest import expand_inputs

MANIFEST_NAME = "manifest.csv"
# Files a corpus folder holds beside its documents that are not documents: the manifest and the
# licence notes that redistributed documents must carry next to them (CC BY-SA: ATTRIBUTION.md).
NOT_DOCUMENTS = frozenset({MANIFEST_NAME, "attribution.md", "attribution.txt", "license", "license.md", "license.txt"})
FIELDS = ("key", "vendor", "service", "title", "version", "effective_date")


@dataclass(frozen=True)
class ManifestRow:
    path: Path  # the manifest's folder / file, as given (not resolved)
    file: str  # as the row writes it
    line: int  # line of the CSV file, for messages
    key: str | None = None
    vendor: str | None = None
    service: str | None = None
    title: str | None = None
    version: str | None = None
    effective_date: str | None = None
    error: str | None = None  # why the row's file is not read

    @property
    def name(self) -> str:
        return display_name(self.vendor, self.service)

    def meta(self) -> dict:
        """The row's descriptive fields (None when empty)."""
        return {k: getattr(self, k) for k in FIELDS}


def display_name(vendor: str | None, service: str | None) -> str:
    """What readers call a document: vendor and service ("株式会社サポリス GMOサイン"); a service
    that already names its vendor ("Mozilla アカウント") is not prefixed with it again."""
    vendor, service = (vendor or "").strip(), (service or "").strip()
    if vendor and service and vendor in service:
        return service
    return " ".join(x for x in (vendor, service) if x)


def folder_documents(folder: str | Path) -> list[Path]:
    """The documents of a corpus folder: every file of a supported format under it, but its notes."""
    return [p for p in expand_inputs([folder]) if p.name.lower() not in NOT_DOCUMENTS]


def inside_folder(file: str) -> bool:
    """A manifest's file name names a file inside its folder: relative, and no ``..`` climbs out."""
    if not file or os.path.isabs(file) or file.startswith(("/", "\\")) or (len(file) > 1 and file[1] == ":"):
        return False
    norm = os.path.normpath(file.replace("\\", "/"))
    return norm != ".." and not norm.startswith("../") and norm != "."


def read_manifest(manifest: str | Path) -> list[ManifestRow]:
    """The rows of a manifest.csv, in order; rows without a file are skipped."""
    manifest = Path(manifest)
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as f:
            raw_rows = [{k: v for k, v in row.items() if isinstance(k, str)} for row in csv.DictReader(f)]
    except (UnicodeDecodeError, csv.Error) as e:
        raise BadInput(f"{manifest.name} is not readable as UTF-8 CSV ({type(e).__name__}: {e})",
                       str(manifest)) from None
    except FileNotFoundError:
        raise InputNotFound("no such manifest", str(manifest)) from None
    except OSError as e:
        raise InputNotFound(f"cannot read {manifest.name}: {e.strerror or e}", str(manifest)) from None
    rows = []
    for i, row in enumerate(raw_rows):
        file = (row.get("file") or "").strip()
        if not file:
            continue
        fields = {k: ((row.get(k) or "").strip() or None) for k in FIELDS}
        error = None if inside_folder(file) else \
            f"{manifest}: row {i + 2}: file {file!r} is outside the input folder; not read"
        rows.append(ManifestRow(manifest.parent / file, file, i + 2, error=error, **fields))
    return rows


def manifests_near(paths: list[str | Path], extra: list[str | Path] = ()) -> list[Path]:
    """The manifests that may describe these inputs: those named, then manifest.csv in each input
    folder and in its two parents (a folder of versions inside a vendor folder inside the corpus)."""
    candidates: list[Path] = [*map(Path, extra)]
    for p in paths:
        p = Path(p).resolve()
        base = p if p.is_dir() else p.parent
        candidates += [d / MANIFEST_NAME for d in [base, *list(base.parents)[:2]]]
    out, seen = [], set()
    for c in candidates:
        try:
            rc = c.resolve()
        except OSError:
            continue
        if rc not in seen and rc.is_file():
            seen.add(rc)
            out.append(c)
    return out


def rows_by_path(manifests: list[str | Path]) -> dict[str, ManifestRow]:
    """Rows of these manifests keyed by the resolved path of their file (the first manifest that
    names a file wins); rows outside their folder are left out."""
    out: dict[str, ManifestRow] = {}
    for m in manifests:
        for row in read_manifest(m):
            if row.error is None:
                out.setdefault(str(row.path.resolve()), row)
    return out
