"""Paths and URIs of inputs and outputs, through pyarrow's filesystems."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass

import pyarrow.fs as pafs


def normalise(path_or_uri: str | os.PathLike[str]) -> str:
    """A URI as given, or a local path made absolute (what every worker must be given)."""
    text = os.fspath(path_or_uri)
    if "://" in text:
        return text
    return os.path.abspath(text)


def is_uri(path_or_uri: str | os.PathLike[str]) -> bool:
    """True for ``scheme://...`` other than ``file://``."""
    text = os.fspath(path_or_uri)
    return "://" in text and not text.startswith("file://")


@dataclass(frozen=True)
class Location:
    """A folder or file on some filesystem: the filesystem and the path inside it."""

    filesystem: pafs.FileSystem
    path: str

    @classmethod
    def of(cls, path_or_uri: str | os.PathLike[str]) -> Location:
        """Resolve a local path or any URI pyarrow reads (``s3://``, ``gs://``, ``hdfs://`` …)."""
        filesystem, path = pafs.FileSystem.from_uri(normalise(path_or_uri))
        return cls(filesystem, path.rstrip("/") or "/")

    def child(self, name: str) -> str:
        """The path of ``name`` inside this folder."""
        return f"{self.path}/{name}"

    def info(self) -> pafs.FileInfo:
        """What is at this location (``type`` is ``NotFound`` when nothing)."""
        return self.filesystem.get_file_info(self.path)

    def makedirs(self) -> None:
        """Create the folder and its parents."""
        self.filesystem.create_dir(self.path, recursive=True)

    def files(self, *suffixes: str) -> list[str]:
        """Files below this folder ending with one of ``suffixes``, sorted, hidden ones left out."""
        if self.info().type != pafs.FileType.Directory:
            return []
        selector = pafs.FileSelector(self.path, recursive=True)
        found = []
        for entry in self.filesystem.get_file_info(selector):
            relative = entry.path[len(self.path) :].lstrip("/")
            hidden = any(part.startswith((".", "_")) for part in relative.split("/"))
            if entry.type == pafs.FileType.File and not hidden and entry.path.endswith(suffixes):
                found.append(entry.path)
        return sorted(found)

    def remove(self) -> None:
        """Delete the folder and everything in it, if it exists."""
        with contextlib.suppress(FileNotFoundError):
            if self.info().type == pafs.FileType.Directory:
                self.filesystem.delete_dir(self.path)
