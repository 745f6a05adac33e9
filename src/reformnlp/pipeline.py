"""``load()``: the assembled pipeline, its configuration in one place."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the attributes)
from .components import entities, gazetteer, metrics, officials, page  # noqa: F401  (factories)
from .errors import ExtractionError
from .tokenizer import create_tokenizer  # noqa: F401  (registers the tokenizer)

# Component order: each reads what the ones before it wrote.
COMPONENTS = (
    "reformnlp_page",
    "reformnlp_gazetteer",
    "reformnlp_entities",
    "reformnlp_officials",
    "reformnlp_metrics",
)
PATTERN_COMPONENTS = COMPONENTS


def load(patterns: str | Path | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Build the reformnlp pipeline: blank English plus the registered components.

    ``patterns`` is a folder of pattern files overriding the packaged ones (it must
    hold every file); ``exclude`` names components to leave out.
    """
    nlp = spacy.blank(
        "en", config={"nlp": {"tokenizer": {"@tokenizers": "reformnlp.tokenizer.v1"}}}
    )
    folder = None if patterns is None else str(patterns)
    for name in COMPONENTS:
        if name in exclude:
            continue
        config = {"patterns": folder} if name in PATTERN_COMPONENTS and folder else {}
        nlp.add_pipe(name, name=name.removeprefix("reformnlp_"), config=config)
    return nlp


def run(nlp: Language, text: str) -> Doc:
    """``nlp(text)``, with a failure named: an :class:`ExtractionError` says which component
    raised and at which character of ``text`` it was reading (components that read the
    text piece by piece keep that position in their ``at`` attribute)."""
    try:
        doc = nlp.make_doc(text)
    except Exception as exc:
        raise ExtractionError("tokenizer", None, exc) from exc
    for name, proc in nlp.pipeline:
        if hasattr(proc, "at"):
            proc.at = None
        try:
            doc = proc(doc)
        except Exception as exc:
            raise ExtractionError(name, _given_offset(doc, getattr(proc, "at", None)), exc) from exc
    return doc


def _given_offset(doc: Doc, at: int | None) -> int | None:
    """A position in the Doc's text as a position in the text as given."""
    if at is None or doc._.offset_map is None:
        return at
    offsets = doc._.offset_map
    return offsets[min(max(at, 0), len(offsets) - 1)]


def build_model(output: str | Path) -> Path:
    """Write the pipeline ``load()`` builds to ``output`` (a spacy.load-able folder)."""
    from . import __version__  # the package is fully imported by the time this runs

    nlp = load()
    nlp.meta.update(
        {
            "name": "reformnlp_pipeline",
            "version": __version__,
            "description": "Rule pipeline of reformnlp, built from its pattern files.",
            "requirements": [f"reformnlp=={__version__}"],
        }
    )
    path = Path(output)
    nlp.to_disk(path)
    return path
