"""The closed vocabularies of the dossier format `besluitspoor/1`.

One module holds every fixed list of values, so that the file model, the database, the command
line and the rules agree. Plain tuples, no heavy imports: the CLI reads these at start-up.
"""

from __future__ import annotations

FORMAT = "besluitspoor/1"

DOMAINS = ("sociaal", "fysiek", "financien", "bestuur", "veiligheid", "overig")

STEP_KINDS = (
    "raadsinformatiebrief",
    "collegebesluit",
    "raadsvoorstel",
    "raadsvergadering",
    "raadsbesluit",
    "commissievergadering",
    "motie",
    "amendement",
    "advies",
    "inspraak",
    "communicatie",
    "bekendmaking",
    "vragen",
    "brief",
    "overig",
)

# Short names used by `besluitspoor add KIND` where the file format's name is long.
CLI_KIND_NAMES = {"raadsinformatiebrief": "rib", "commissievergadering": "commissie"}

COLLEGE_DECISIONS = (
    "organisatorisch",
    "raadsvoorstel",
    "privaatrechtelijk",
    "deelneming",
    "gr-ontwerp",
    "gr-treffen",
    "beleidsregel",
    "awb-besluit",
    "overig",
)

COUNCIL_DECISIONS = (
    "verordening",
    "begrotingswijziging",
    "plan",
    "kaderstellend",
    "principebesluit",
    "gr-toestemming",
    "zienswijze",
    "wensen-en-bedenkingen",
    "overig",
)

COUNCIL_OUTCOMES = ("aangenomen", "verworpen")

COMMITTEE_NATURES = (
    "presentatie",
    "informerend",
    "beeldvormend",
    "oordeelsvormend",
    "besluitvormend",
)

# Committee sessions in which the council forms no judgement of its own.
PRESENTATIONAL_NATURES = ("presentatie", "informerend", "beeldvormend")

MOTION_STATUSES = ("ingediend", "aangehouden", "aangenomen", "verworpen", "ingetrokken")

ADVICE_FOLLOWED = ("ja", "deels", "nee", "onbekend")

PRECONDITION_STATUSES = ("open", "vervuld", "vervallen")

PROMISE_STATUSES = ("open", "nagekomen", "uitgesteld", "vervallen")

TRISTATE = ("yes", "no", "unknown")
# Spellings accepted for a tri-state fact, mapped to the canonical value.
TRISTATE_ALIASES = {
    "yes": "yes",
    "ja": "yes",
    "true": "yes",
    "no": "no",
    "nee": "no",
    "false": "no",
    "unknown": "unknown",
    "onbekend": "unknown",
}

FACTS = ("touches_verordening", "within_plan", "ingrijpend", "affects_residents")


# The literal meaning "no budget covers this" in costs.covered_by.
NOT_COVERED = "geen"
