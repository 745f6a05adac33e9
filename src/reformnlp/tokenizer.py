"""The ``reformnlp.tokenizer.v1`` tokenizer: English rules on normalised text.

Pages arrive in decomposed Unicode (NFD) or with no-break spaces, which spaCy's
tokenizer would keep as separate tokens and which break phrase matching. The
tokenizer therefore composes the text (NFC) and turns odd spaces into plain
ones before tokenising, and keeps the text as given in ``doc._.source_text``
with a map of offsets (``doc._.offset_map``), so records index the original.

It also sets the lexeme NORM to the folded form (lower case, no diacritics), so
``PhraseMatcher(attr="NORM")`` matches "Hà Tĩnh", "Ha Tinh" and "HA TINH" alike.
"""

from __future__ import annotations

import spacy
from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import extensions  # noqa: F401  (registers the attributes)
from .text import fold, normalise, remember_text

_GLUED_DASH = r"(?<=[^\W\d_]{2})[-–]"
_END_MARK = r"(?<=[.\w])/\."
_GLUED_NUMBER = r"\d+(?=[A-Z][a-z])"
_RUN_TOGETHER = r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})"


def folded_norm(string: str) -> str:
    """Lexeme NORM getter: the folded form of the token text; an ampersand is "and"
    ("Ministry of Planning & Investment" matches its name)."""
    return "and" if string == "&" else fold(string)


class NormalisingTokenizer:
    """Wraps spaCy's English tokenizer; see the module docstring."""

    def __init__(self, nlp: Language):
        nlp.vocab.lex_attr_getters[NORM] = folded_norm
        self.inner = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()(nlp)
        # a dash glued to the end of a word before a space is punctuation of its own:
        # "Pham Minh Chinh- Chairman of ..." (a name, then its post)
        # ... and so is a news agency's end mark glued to the last word: "of the council./."
        suffixes = [*nlp.Defaults.suffixes, _GLUED_DASH, _END_MARK]
        self.inner.suffix_search = compile_suffix_regex(suffixes).search
        # a caption's number glued to the name after it: "ảnh 1Hoang Thi Thuy Lan"
        prefixes = [*nlp.Defaults.prefixes, _GLUED_NUMBER]
        self.inner.prefix_search = compile_prefix_regex(prefixes).search
        # words run together by a lost space, a capital inside: "PermanentDeputy Prime Minister"
        infixes = [*nlp.Defaults.infixes, _RUN_TOGETHER]
        self.inner.infix_finditer = compile_infix_regex(infixes).finditer
        self.vocab = nlp.vocab

    def __call__(self, text: str) -> Doc:
        clean, offsets = normalise(text)
        doc = self.inner(clean)
        remember_text(doc, clean)
        if offsets is not None:
            doc._.source_text = text
            doc._.offset_map = offsets
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Serialisation is the inner tokenizer's: its rules are all there is to save.
    def to_bytes(self, **kwargs) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> NormalisingTokenizer:
        self.inner.from_bytes(data, **kwargs)
        return self

    def to_disk(self, path, **kwargs) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> NormalisingTokenizer:
        self.inner.from_disk(path, **kwargs)
        return self

    def __reduce__(self):
        return (_rebuild, (self.vocab, self.inner))


def _rebuild(vocab, inner) -> NormalisingTokenizer:
    tokenizer = NormalisingTokenizer.__new__(NormalisingTokenizer)
    vocab.lex_attr_getters[NORM] = folded_norm
    tokenizer.vocab = vocab
    tokenizer.inner = inner
    return tokenizer


@spacy.registry.tokenizers("reformnlp.tokenizer.v1")
def create_tokenizer():
    """Config entry point: ``[nlp.tokenizer] @tokenizers = "reformnlp.tokenizer.v1"``."""

    def make(nlp: Language) -> NormalisingTokenizer:
        return NormalisingTokenizer(nlp)

    return make
