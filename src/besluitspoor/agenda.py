"""What falls due: every deadline of the checked dossiers, overdue ones first.

The rules already know each duty's deadline (a promise's due date, a precondition's, a motion's
term, the answer to written questions, a required step's `by`, an announced step's date): they
put it on their findings as `falls_due`. The agenda is those findings, as of a day: the pending
ones falling due within the window ahead, and the violations whose deadline has passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from besluitspoor.baseline import fingerprint
from besluitspoor.check import Result

# Who must act, for the duties that are the college's by their nature.


@dataclass(frozen=True)
class Item:
    day: date
    overdue: bool
    dossier: str
    dossier_title: str
    rule: str
    subject: str | None
    what: str
    who: str  # a lane: college, raad, commissie, advies, inwoners, overig
    evidence: tuple[str, ...]
    source: str
    uid: str  # the same for the same duty in every run: a calendar updates, never duplicates

    def to_json(self) -> dict[str, object]:
        return {
            "day": self.day.isoformat(),
            "overdue": self.overdue,
            "dossier": self.dossier,
            "rule": self.rule,
            "subject": self.subject,
            "what": self.what,
            "who": self.who,
            "evidence": list(self.evidence),
            "source": self.source,
            "uid": self.uid,
        }


def agenda(results: Iterable[Result], start: date, days: int) -> list[Item]:
    from besluitspoor.rules.registry import BY_ID
    from besluitspoor.vocab import LANES

    end = start + timedelta(days=days)
    items = []
    for result in results:
        kinds: dict[str, str] = {s.id: s.kind for s in result.dossier.steps}
        kinds |= {r.id: r.kind for r in result.profile.required_steps}
        for f in result.findings:
            if f.falls_due is None:
                continue
            overdue = f.kind == "violation" and f.falls_due < start
            if not overdue and not (f.kind == "pending" and start <= f.falls_due <= end):
                continue
            # the rule says who must act (a promise, a motion: the college), else the lane of
            # the step the finding is about
            acts = getattr(BY_ID.get(f.rule), "ACTS", None)
            who = acts or LANES.get(kinds.get(f.subject or "", ""), "overig")
            items.append(
                Item(
                    day=f.falls_due,
                    overdue=overdue,
                    dossier=f.dossier,
                    dossier_title=result.dossier.dossier.title,
                    rule=f.rule,
                    subject=f.subject,
                    what=f.message,
                    who=who,
                    evidence=f.evidence,
                    source=f.source,
                    uid=f"{fingerprint(f)}@besluitspoor",
                )
            )
    return sorted(items, key=lambda i: (not i.overdue, i.day, i.dossier, i.rule, i.subject or ""))
