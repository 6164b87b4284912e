"""Drafting a trail from a council document (`besluitspoor extract`): read the text, recognise the
document, the dated acts it names, the promises and the preconditions, each with the verbatim
fragment it rests on, and write a draft dossier file for a volunteer to review and import.

Deterministic and offline: patterns over Dutch council prose, no model.
"""
