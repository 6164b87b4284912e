"""An adopted motion must be settled (afgedaan) by the college within its own term, as the
council's register gives it (`due`), else the term of the rules of procedure
(`motie_termijn_dagen`, default 90 days after the vote).

Wrong: motion `aangenomen` on 2022-12-13, no `settled_by`, checked on 2023-06-01.
Right: `settled_by` names the letter or decision that settled it.
A motion of censure (treurnis, afkeuring, wantrouwen) or one that only states a view
(`motion_kind: uitspraak`) asks the college for nothing and is never "not settled".
"""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from besluitspoor import vocab
from besluitspoor.fuzzydate import FuzzyDate
from besluitspoor.rules.engine import Context, Finding, Param

ID = "motie-niet-afgedaan"
SEVERITY = "warning"
GROUP = "procedure"
ACTS = "college"  # who must act on what falls due (the agenda's lane)
SOURCE = "reglement van orde (praktijk afdoening moties)"
EXPLANATION_NL = """Een aangenomen motie moet door het college worden afgedaan binnen haar eigen
termijn, zoals het register van de raad die geeft (`due`), anders binnen de termijn van het
reglement van orde (`motie_termijn_dagen`, standaard 90 dagen na de stemming).

Fout: motie `aangenomen` op 2022-12-13, geen `settled_by`, gecontroleerd op 2023-06-01.
Goed: `settled_by` noemt de brief of het besluit waarmee zij is afgedaan.
Een motie van treurnis, afkeuring of wantrouwen, of een motie die alleen een uitspraak doet
(`motion_kind: uitspraak`), vraagt het college niets en is nooit "niet afgedaan".
"""
READS = (
    "steps.motie.status",
    "steps.motie.vote_date",
    "steps.motie.settled_by",
    "steps.motie.due",
    "steps.motie.motion_kind",
    "steps.motie.settled_in_part",
)
MESSAGES = {
    "nl": {
        "violation": "de aangenomen motie '{title}'{part} ({vote}) is na {days} dagen niet afgedaan",
        "violation_due": "de aangenomen motie '{title}'{part} ({vote}) is niet afgedaan binnen de "
        "termijn van de raad ({due})",
        "pending": "de aangenomen motie '{title}'{part} moet uiterlijk {deadline} zijn afgedaan",
        "part": " (deels afgedaan met '{by}'; de rest staat open)",
        "needs_data": "onduidelijk of de termijn van {days} dagen voor de motie '{title}'{part} "
        "verstreken is; een preciezere stemdatum beslist",
    },
    "en": {
        "violation": "the adopted motion '{title}'{part} ({vote}) was not settled after {days} days",
        "violation_due": "the adopted motion '{title}'{part} ({vote}) was not settled within the "
        "council's term ({due})",
        "pending": "the adopted motion '{title}'{part} must be settled by {deadline}",
        "part": " (settled in part by '{by}'; the rest is open)",
        "needs_data": "unclear whether the {days}-day term for the motion '{title}'{part} has passed; "
        "a more precise vote date settles it",
    },
}


PARAMS = {
    "motie_termijn_dagen": Param(
        90,
        "days after the vote by which a motion is settled",
        nl="dagen na de stemming waarbinnen een motie is afgedaan",
    )
}


def check(ctx: Context) -> Iterator[Finding]:
    days = ctx.param("motie_termijn_dagen")
    term = timedelta(days=days)
    for motion in ctx.steps_of("motie", status="aangenomen"):
        if getattr(motion, "motion_kind", None) not in (None, vocab.MOTION_ORDER):
            continue
        settled = ctx.step(getattr(motion, "settled_by", None))
        part = bool(getattr(motion, "settled_in_part", False))
        if getattr(motion, "settled_by", None) and not part:
            continue
        vote = getattr(motion, "vote_date", None) or motion.date
        # Settled in part: the rest is open, on the same term; the message says which step did
        # the part.
        said = ctx.text("part", by=settled.title) if part and settled else ""
        fields: dict[str, Any] = {
            "title": motion.title,
            "part": said,
            "vote": ctx.date_text(vote),
            "days": days,
        }
        due = getattr(motion, "due", None)
        if due is not None:  # the council's own term for this motion
            fields["due"] = ctx.date_text(due)
            if due.last < ctx.as_of:
                yield ctx.violation(
                    motion.id, [motion.id], key="violation_due", falls_due=due.last, **fields
                )
            else:
                deadline = ctx.date_text(FuzzyDate.of(due.last))
                yield ctx.pending(
                    motion.id, [motion.id], deadline=deadline, falls_due=due.last, **fields
                )
            continue
        if vote.last + term < ctx.as_of:
            yield ctx.violation(motion.id, [motion.id], falls_due=vote.last + term, **fields)
        elif vote.first + term >= ctx.as_of:
            deadline = ctx.date_text(FuzzyDate.of(vote.first + term))
            yield ctx.pending(
                motion.id, [motion.id], deadline=deadline, falls_due=vote.first + term, **fields
            )
        else:
            yield ctx.needs_data(motion.id, [motion.id], **fields)
