"""The error catalogue: every user-facing message, with a code, in one place."""

from __future__ import annotations


class ReformError(Exception):
    """Base class of reformnlp's errors."""


class PatternError(ReformError, ValueError):
    """A pattern file is missing or holds a line that does not validate."""


class InputError(ReformError, ValueError):
    """An input file or argument cannot be used."""


class ExtractionError(ReformError, RuntimeError):
    """A pipeline component raised on a text: a bug, named well enough to be found again.

    ``component`` is the pipe that raised (``tokenizer`` for the tokenizer), ``offset``
    the character of the text it was reading (None when it does not say), ``cause`` the
    exception itself.
    """

    def __init__(self, component: str, offset: int | None, cause: BaseException):
        self.component, self.offset, self.cause = component, offset, cause
        where = "" if offset is None else f" at offset {offset}"
        super().__init__(f"component {component!r} raised {type(cause).__name__}{where}: {cause}")

    def details(self) -> dict:
        """The failure as JSON fields: error type, component, offset and message."""
        return {
            "error": type(self.cause).__name__,
            "component": self.component,
            "offset": self.offset,
            "message": str(self.cause),
        }


class Messages:
    """Coded message templates; format them with the named fields."""

    R001 = "[R001] Pattern file {file} not found in {where}. Expected files: {expected}."
    R002 = "[R002] {file}:{line}: field '{field}': {problem} (value: {value!r})."
    R003 = "[R003] {file}:{line}: columns {found} differ from the expected {expected}."
    R004 = "[R004] {file}:{line}: '{value}' is listed twice for {what}; first at line {first}."
    R005 = "[R005] {file}:{line}: not valid JSON: {problem}."
    R006 = "[R006] {file}:{line}: {field} '{value}' refers to nothing known; known: {known}."
    R010 = "[R010] Cannot read {path}: {reason}."
