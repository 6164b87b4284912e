"""besluitspoor: record and check the decision trails of Dutch municipal policy changes."""

# The one place the version is written; pyproject.toml reads it from here (hatch version).
__version__ = "0.1.0"
