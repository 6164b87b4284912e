"""besluitspoor: record and check the decision trails of Dutch municipal policy changes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("besluitspoor")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"
