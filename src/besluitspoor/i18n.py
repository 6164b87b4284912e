"""The language of what besluitspoor says: Dutch by default, English with `--lang en`.

Domain words stay Dutch in both (kinds, statuses, rule ids, `raadsinformatiebrief`,
`toezegging`): they are what the documents and the dossier files say. Everything else a user
reads — messages, labels, tables, errors — follows `--lang`. Each text is written where it is
used, in both languages: `t("toegevoegd", "added")`.
"""

from __future__ import annotations

from contextvars import ContextVar

LANGS = ("nl", "en")
_current: ContextVar[str] = ContextVar("besluitspoor_lang", default="nl")


def set_lang(lang: str) -> None:
    _current.set(lang if lang in LANGS else "nl")


def lang() -> str:
    return _current.get()


def t(nl: str, en: str, **fields: object) -> str:
    """The text in the current language, with `{fields}` filled in."""
    text = en if _current.get() == "en" else nl
    return text.format(**fields) if fields else text


def yes_no(value: bool) -> str:
    return t("ja", "yes") if value else t("nee", "no")


# Dutch and English nouns as counted in messages: `count(1, "dossier")` is "1 dossier",
# `count(2, "dossier")` "2 dossiers" (never "dossier(s)").
_NOUNS = {
    "dossier": (("dossier", "dossiers"), ("dossier", "dossiers")),
    "file": (("bestand", "bestanden"), ("file", "files")),
    "step": (("stap", "stappen"), ("step", "steps")),
    "item": (("item", "items"), ("item", "items")),
    "date": (("datum", "data"), ("date", "dates")),
    "draft": (("concept", "concepten"), ("draft", "drafts")),
    "dossier page": (("dossierpagina", "dossierpagina's"), ("dossier page", "dossier pages")),
    "required step": (("vereiste stap", "vereiste stappen"), ("required step", "required steps")),
}


def is_english() -> bool:
    return _current.get() == "en"


def count(n: int, noun: str) -> str:
    dutch, english = _NOUNS[noun]
    one, many = english if _current.get() == "en" else dutch
    return f"{n} {one if n == 1 else many}"


def euros(amount: float) -> str:
    """An amount as a reader writes it: € 350.000 (Dutch), € 350,000 (English); cents only
    where there are any."""
    whole = float(amount).is_integer()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    if not is_english():
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return f"€ {text}"
