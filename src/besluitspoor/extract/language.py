"""Whether a text is in English rather than Dutch: a municipality's site may serve a machine
translation of its decision list ("en.gemeente.nl"), and the extractor reads Dutch only. The
commonest function words of each language tell them apart in a few sentences."""

from __future__ import annotations

import re
from collections import Counter

# (written as a string of words: a list of them, one per line, would hide what they are)
_ENGLISH = frozenset(
    "the of and to in that for with this which will are was were has have been by from "  # noqa: SIM905
    "on as be it an or not".split()
)
_DUTCH = frozenset(
    "de het een en van in dat voor met dit die wordt worden zijn heeft hebben door uit op "  # noqa: SIM905
    "als te niet naar bij ook".split()
)
_WORD = re.compile(r"[a-zà-ÿ]+")


def looks_english(text: str) -> bool:
    """True when the text's function words are mostly English ("in", shared, counts for
    neither): a Dutch text quoting an English title stays Dutch."""
    words = Counter(_WORD.findall(text[:20000].lower()))
    english = sum(n for w, n in words.items() if w in _ENGLISH and w not in _DUTCH)
    dutch = sum(n for w, n in words.items() if w in _DUTCH and w not in _ENGLISH)
    return english >= 15 and english > 3 * dutch
