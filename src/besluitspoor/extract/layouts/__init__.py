"""The document layouts `extract` reads, one module each: what the document itself is as a
step, and the steps its structure gives (a decision list's items, a motion's meeting, a report's
motions, a register's entry). The sentence recognisers in `recognize` run over every layout.

A new layout is one module with a `Layout` (its name, document type, the marks that name it near
the top of a document, how it is read and dated), one line in LAYOUTS, and its fixture tests.
The order of LAYOUTS is the order in which marks on the same line are tried.
"""

from __future__ import annotations

from besluitspoor.extract.layouts import decisions, letter, motion, news, register, report
from besluitspoor.extract.layouts.base import Layout, doc_date

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        decisions.COLLEGE,
        decisions.COUNCIL,
        motion.LAYOUT,
        report.LAYOUT,
        letter.RIB,
        letter.PROPOSAL,
        letter.ADVICE,
        register.LAYOUT,
        letter.LETTER,
        news.LAYOUT,
    )
}

__all__ = ["LAYOUTS", "Layout", "doc_date"]
