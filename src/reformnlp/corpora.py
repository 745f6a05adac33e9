"""Annotated corpora of the repository's ``corpora/`` folder, as ``datasets.Dataset``.

Corpora are not shipped in the wheel: they live in the source repository. The
folder is found from, in order, the ``path`` argument, the ``REFORMNLP_CORPORA``
environment variable, or a ``corpora/`` folder in the working directory or one of
its parents. A corpus is a sub-folder holding gold files (``.jsonl``, ``.spacy``).

Columns, one row an article:

- ``id``, ``origin`` (``file:line``), ``text``; ``source``, ``title``, ``published``,
  ``author``: strings or null;
- ``officials``, ``provinces``, ``bodies``, ``metrics``: the record lists as JSON
  strings, null when the gold leaves the field out. JSON keeps each nested record
  exactly as annotated (Arrow structs would fill every absent key with null and so
  lose which fields the annotator gave);
- ``spans``: span-level gold as a JSON list of ``{start, end, label}``, or null;
- ``given``: the record fields the gold line sets, so that
  ``evaluate(load("gold"))`` scores exactly what ``evaluate("corpora/gold")`` does.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from .errors import InputError
from .evaluation.rows import JSON_FIELDS, STRING_FIELDS, row_to_object, sample_row
from .schema import GoldRecord

ENV_VAR = "REFORMNLP_CORPORA"
FOLDER = "corpora"
GOLD_SUFFIXES = (".jsonl", ".spacy")


def corpora_root(path: str | Path | None = None) -> Path:
    """The corpora folder; raises :class:`InputError` naming every place looked at."""
    tried: list[str] = []
    candidates: list[Path] = []
    if path is not None:
        candidates.append(Path(path))
        tried.append(f"path={path}")
    elif os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
        tried.append(f"{ENV_VAR}={os.environ[ENV_VAR]}")
    else:
        here = Path.cwd().resolve()
        candidates += [folder / FOLDER for folder in (here, *here.parents)]
        tried.append(f"'{FOLDER}/' in {here} and its parents")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise InputError(
        f"No corpora folder found (looked at {'; '.join(tried)}). Corpora are not installed "
        f"with the package: run from a checkout of the repository, set {ENV_VAR}, or pass path=."
    )


def names(path: str | Path | None = None) -> list[str]:
    """Corpora available: sub-folders of the corpora folder that hold gold files."""
    root = corpora_root(path)
    return sorted(
        folder.name
        for folder in root.iterdir()
        if folder.is_dir() and any(f.suffix in GOLD_SUFFIXES for f in folder.iterdir())
    )


def locate(name: str | Path, path: str | Path | None = None) -> Path:
    """The folder or file of a corpus given by name (a corpora sub-folder) or by path."""
    given = Path(name)
    if given.exists() and (path is None or given.is_absolute()):
        return given
    root = corpora_root(path)
    folder = root / str(name)
    if not folder.exists():
        known = ", ".join(names(root)) or "none"
        raise InputError(f"No corpus {str(name)!r} in {root} (known: {known}).")
    return folder


def load(name: str | Path, path: str | Path | None = None, *, strict: bool = True):
    """Load a corpus as a ``datasets.Dataset`` (columns in the module docstring).

    With ``strict`` (the default) a gold line that cannot be used raises
    :class:`InputError` listing every such line; otherwise those lines are left out.
    Smaller problems (a span with an unknown label, an offset that does not fit the
    quote) are issued as warnings; ``reformnlp evaluate`` reports all of them.
    """
    from datasets import Dataset, Features, Sequence, Value

    from .evaluation.readers import read_gold

    gold = read_gold(locate(name, path))
    kept = {sample.origin for sample in gold.samples}
    dropped = [str(p) for p in gold.problems if p.severity == "error" and p.origin not in kept]
    if strict and dropped:
        raise InputError("Unusable gold lines:\n" + "\n".join(dropped))
    for problem in gold.problems:
        if problem.origin in kept or not strict:
            warnings.warn(str(problem), stacklevel=2)
    features = Features(
        {
            "id": Value("string"),
            "origin": Value("string"),
            "text": Value("string"),
            **{f: Value("string") for f in (*STRING_FIELDS, *JSON_FIELDS, "spans")},
            "given": Sequence(Value("string")),
        }
    )
    rows = [sample_row(sample) for sample in gold.samples]
    return Dataset.from_list(rows, features=features)


def to_records(dataset) -> list[GoldRecord]:
    """Gold records of a loaded corpus (rows without record-level gold are left out)."""
    return [GoldRecord.model_validate(row_to_object(row)) for row in dataset if row["given"]]
