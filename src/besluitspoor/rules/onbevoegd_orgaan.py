"""A decision must be taken by the body that holds the power; a power can be transferred only
by the body that holds it, where the law allows it (Awb 10:13, 10:15). Inside a
gemeenschappelijke regeling a transfer to a bestuurscommissie is for the algemeen bestuur
(Wgr art. 25): a transfer by the dagelijks bestuur, and the decisions taken under it, are made
without power — also when the competent body ratifies them later (the court may then keep their
legal effects, but they were unlawful).

Wrong: a step `decided_by: dagelijks-bestuur`, `competent: algemeen-bestuur` transferring the
power to decide on objections to a bestuurscommissie; decisions on objections by the
bestuurscommissie (`decided_by: bestuurscommissie`, `competent: dagelijks-bestuur`).
Right: the transfer by the algemeen bestuur (`decided_by` equal to `competent`), decisions after
it.
"""

from collections.abc import Iterator
from typing import Any

from besluitspoor.rules.engine import Context, Finding

ID = "onbevoegd-orgaan"
SEVERITY = "error"
GROUP = "bevoegdheid"
SOURCE = "Awb art. 10:13, 10:15; Wgr art. 25; CRvB 16 maart 2010, ECLI:NL:CRVB:2010:BL8816"
EXPLANATION_NL = """Een besluit moet worden genomen door het orgaan dat de bevoegdheid heeft; een
bevoegdheid kan alleen worden overgedragen door het orgaan dat haar heeft, waar de wet dat toestaat
(Awb 10:13, 10:15). Binnen een gemeenschappelijke regeling is overdracht aan een bestuurscommissie
aan het algemeen bestuur (Wgr art. 25): een overdracht door het dagelijks bestuur, en de besluiten
die daarop zijn genomen, zijn onbevoegd genomen — ook als het bevoegde orgaan ze later bekrachtigt
(de rechter kan dan hun rechtsgevolgen in stand laten, maar ze waren onrechtmatig).

Fout: een stap `decided_by: dagelijks-bestuur`, `competent: algemeen-bestuur` die de bevoegdheid
om op bezwaren te beslissen overdraagt aan een bestuurscommissie; beslissingen op bezwaar door de
bestuurscommissie (`decided_by: bestuurscommissie`, `competent: dagelijks-bestuur`).
Goed: de overdracht door het algemeen bestuur (`decided_by` gelijk aan `competent`), besluiten
daarna.
"""
READS = (
    "steps.*.decided_by",
    "steps.*.competent",
    "steps.*.ratified_by",
)
MESSAGES = {
    "nl": {
        "violation": "'{title}' ({date}) is genomen door {body}, terwijl de bevoegdheid bij "
        "{competent} lag{ratified}",
        "ratified": "; later bekrachtigd ('{step}', {date}), maar daarmee niet bevoegd genomen",
    },
    "en": {
        "violation": "'{title}' ({date}) was taken by {body}, while the power lay with "
        "{competent}{ratified}",
        "ratified": "; ratified later ('{step}', {date}), which does not make it competently taken",
    },
}

_NAMES = {
    "nl": {
        "algemeen-bestuur": "het algemeen bestuur",
        "dagelijks-bestuur": "het dagelijks bestuur",
        "bestuurscommissie": "een bestuurscommissie",
        "raad": "de raad",
        "college": "het college",
        "burgemeester": "de burgemeester",
        "voorzitter": "de voorzitter",
        "commissie": "een commissie",
        "ambtenaar": "een ambtenaar",
    },
    "en": {
        "algemeen-bestuur": "the general board",
        "dagelijks-bestuur": "the executive board",
        "bestuurscommissie": "a board committee",
        "raad": "the council",
        "college": "the college",
        "burgemeester": "the mayor",
        "voorzitter": "the chair",
        "commissie": "a committee",
        "ambtenaar": "an official",
    },
}


def _name(ctx: Context, body: str) -> str:
    return _NAMES.get(ctx.lang, _NAMES["nl"]).get(body, body)


def check(ctx: Context) -> Iterator[Finding]:
    for step in ctx.steps:
        body, competent = step.decided_by, step.competent
        if body is None or competent is None or body == competent:
            continue  # conservative: only where the record names both, and they differ
        later = ctx.step(step.ratified_by)
        ratified = (
            ctx.text("ratified", step=later.title, date=ctx.date_text(later.date)) if later else ""
        )
        fields: dict[str, Any] = {
            "title": step.title,
            "date": ctx.date_text(step.date),
            "body": _name(ctx, body),
            "competent": _name(ctx, competent),
            "ratified": ratified,
        }
        yield ctx.violation(step.id, [step.id, *([later.id] if later else [])], **fields)
