"""Control characters from dossier text, made visible instead of obeyed.

A title may hold `ESC [2J` (clear the screen), an OSC 8 hyperlink that hides where it points, or
a C1 control: printed as they are, a terminal acts on them. Every text output writes them as
`\\x1b`-style escapes instead (JSON escapes them by itself). Tabs and newlines stay.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def visible(text: str) -> str:
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text
