"""Drafting a trail from a council document (`besluitspoor extract`): read the text, recognise the
document, the dated acts it names, the promises and the preconditions, each with the verbatim
fragment it rests on, and write a draft dossier file for a volunteer to review and import.

Deterministic and offline: small recognisers over the document's structure, no model.
"""

# The layouts a document can be read as (`extract --layout`); each is a module in `layouts/`.
LAYOUT_NAMES = (
    "besluitenlijst-raad",
    "besluitenlijst-college",
    "motie",
    "verslag",
    "rib",
    "raadsvoorstel",
    "advies",
    "brief",
    "register",
    "nieuws",
)
