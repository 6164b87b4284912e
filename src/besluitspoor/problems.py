"""Input problems, reported all at once as `file:line: path: problem`."""

from __future__ import annotations

from dataclasses import dataclass

Path = tuple[str | int, ...]


def format_path(path: Path) -> str:
    """`steps[3].refs[0]` from ("steps", 3, "refs", 0)."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


@dataclass(frozen=True)
class Problem:
    file: str | None
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(self.file if self.line is None else f"{self.file}:{self.line}")
        if self.path:
            parts.append(self.path)
        return ": ".join([*parts, self.message])


class InputError(Exception):
    """Bad input from a user: reported, exit code 2, nothing written."""

    def __init__(self, problems: list[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(None, None, "", problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
