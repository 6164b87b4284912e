"""Short, meaningful ids for what a volunteer records: at most 30 characters, no stopwords.

A dossier is named after its municipality and subject (`wassenaar-sociaal-team`), a step after
its kind and date (`rib-2023-01-18`), a promise or precondition after the words that carry its
text (`presidium-informeren-voortgang`). The same input always gives the same id, so a
recording script that runs twice finds its own items again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 30

# Words that carry no meaning in an id (Dutch articles, prepositions, auxiliaries, pronouns).
_STOPWORDS = """
de het een en of van voor met in op aan te over naar bij door dat die dit deze om tot uit
als is zijn wordt worden werd er ook nog niet dan zal zullen wil wij we u hun haar zij hij
ze ons onze uw na per via onder tussen binnen zonder tegen toe maar want dus wel al alle
meer minder zo hoe wat wie waar wanneer welke hier daar kan kunnen moet moeten mag mogen
heeft hebben had hadden geen ieder iedere elk elke nieuwe nieuw
the a an and or of for with in on at to by from that this is are be will
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def slug_words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^a-z0-9]+", ascii_text.lower()) if w]


def slugify(text: str, limit: int = MAX_LENGTH) -> str:
    """All words, cut at a word boundary within `limit`."""
    return _join(slug_words(text), limit) or "item"


def meaningful(text: str, limit: int = MAX_LENGTH, skip: Iterable[str] = ()) -> str:
    """The words that carry the text (no stopwords, none of `skip`), within `limit`."""
    skipped = set(skip)
    words = [w for w in slug_words(text) if w not in STOPWORDS and w not in skipped]
    return _join(words, limit) or slugify(text, limit)


def _join(words: list[str], limit: int) -> str:
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    if not out and words:
        out = words[0][:limit]
    return out


def dossier_id(municipality: str, title: str) -> str:
    """`wassenaar-sociaal-team`: the municipality, then the words of the title it lacks."""
    place = slugify(municipality, 16)
    rest = meaningful(title, MAX_LENGTH - len(place) - 1, skip=place.split("-"))
    return f"{place}-{rest}" if rest and rest != "item" else place


def fresh(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`, ... whichever is not taken."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"
