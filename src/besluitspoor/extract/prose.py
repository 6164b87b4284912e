"""Decisions told in prose, as council news and meeting reports tell them: a vote without a date
took place at the meeting the text is about; motions named in quotes ("de moties “A” en “B” werden
ingediend"); a council meeting implied by the decisions taken in it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from besluitspoor import vocab
from besluitspoor.extract import acts, council_verbs, dates
from besluitspoor.extract.document import norm
from besluitspoor.extract.layouts.agenda import AGENDA_KIND, add_agenda, procedural
from besluitspoor.extract.layouts.base import LIST_TITLE
from besluitspoor.fuzzydate import MAX_YEAR, MIN_YEAR, FuzzyDate, FuzzyDateError
from besluitspoor.outcomes import UNANIMOUS, outcome_of

if TYPE_CHECKING:
    from besluitspoor.extract.document import Document
    from besluitspoor.extract.recognize import Draft

# A sentence that reports a vote or a decision of the council.
_DECIDED = re.compile(
    r"\b(?:motie|amendement|moties|amendementen)\b[^.;]{0,160}?\b(?:aangenomen|verworpen|ingetrokken|"
    r"aangehouden|unaniem|meerderheid|steun|halen|gehaald|ingediend)\b|"
    r"\bdien(?:t|en|de|den)\b[^.;]{0,40}?\b(?:motie|amendement|moties|amendementen)\b[^.;]{0,120}?\bin\b|"
    r"\bn(?:a|e)m(?:en|t)?\b[^.;]{0,40}?\b(?:motie|amendement)\b[^.;]{0,120}?\baan\b|"
    r"\b(?:stemde|stemden)\b[^.;]{0,60}?\b(?:voor|tegen) (?:de|het|een) (?:motie|amendement)\b|"
    r"\b(?:de )?(?:gemeente)?raad\b[^.;]{0,40}?\b(?:stemde|stemden|ging|nam|stelde|besloot|heeft)\b"
    r"[^.;]{0,80}?\b(?:in met|akkoord|aan|vast|besloten|ingestemd)\b|"
    r"\b(?:gemeente)?raad\b[^.;]{0,30}?\bstemde[n]?\s+(?:\w+\s+){0,3}?in\b|"
    # "heeft de gemeenteraad vorige week de begroting vastgesteld"
    r"\bheeft\s+de\s+(?:gemeente)?raad\b[^.;]{0,120}?\b(?:vastgesteld|aangenomen|besloten|"
    r"ingestemd|goedgekeurd)\b|"
    # "stemden alle fracties woensdag in met de begroting", "alle partijen stemden in met"
    r"\bstemde[n]?\s+(?:\w+\s+){0,3}?(?:fracties|partijen|raadsleden)\b[^.;]{0,60}?\bin met\b|"
    r"\b(?:fracties|partijen|raadsleden)\b[^.;]{0,40}?\bstemde[n]?\b[^.;]{0,60}?\bin met\b|"
    # (the nouns also as the end of a compound: "bestemmingsplan", "raadsvoorstel", "beleidsnota")
    r"\b(?:wordt|worden|werd|werden)\b[^.;]{0,60}?\b\w*(?:voorstel|verordening|begroting|plan|nota|"
    r"regeling)\b[^.;]{0,60}?\b(?:aangenomen|vastgesteld|goedgekeurd)\b|"
    r"\b\w*(?:voorstel|verordening|begroting|plan|nota)\b[^.;]{0,80}?\b(?:wordt|werd)\b[^.;]{0,40}?"
    r"\b(?:aangenomen|vastgesteld|goedgekeurd)\b|"
    # "(en) werd unaniem door de raad aangenomen", under the heading that names what
    r"\b(?:werd|werden)\s+(?:" + UNANIMOUS + r"\s+)?(?:door de (?:gemeente)?raad\s+)?"
    r"(?:unaniem\s+)?(?:aangenomen|vastgesteld|goedgekeurd)\b|"
    # "Door de meerderheid in de raad is dit plan wel goedgekeurd", "is unaniem voor gestemd
    # door de raad"
    r"\bdoor\s+(?:de|een)\s+(?:[\w-]+\s+){0,4}?(?:gemeente)?raad\b[^.;]{0,60}?"
    r"\b(?:aangenomen|vastgesteld|goedgekeurd)\b|"
    r"\b(?:aangenomen|vastgesteld|goedgekeurd|gestemd)\s+door\s+de\s+(?:gemeente)?raad\b",
    re.I,
)
# A name in quotes after what it names: `motie “Zwemles voor elk kind”`, `het voorstel 'APV'`.
_QUOTED = re.compile(
    r"\b(motie|moties|amendement|amendementen|voorstel|raadsvoorstel)\b[^.;“‘\"']{0,60}?[‘“\"']([^’”\"']{3,120})[’”\"']",
    re.I,
)
_NAMES = re.compile(r"[‘“\"]([^’”\"]{3,120})[’”\"]")


def meeting_of(draft: Draft) -> FuzzyDate | None:
    """The meeting the text is about: one on the document's own date, else the latest before it."""
    meetings = _days_of(draft, ("raadsvergadering", "commissievergadering"))
    if not meetings:
        # No meeting named: the day a decision or vote was told to have been taken on is the
        # meeting's ("Op dinsdag 12 juni stelde de raad het akkoord vast. ... Drie amendementen
        # werden gesteund.").
        meetings = [d for d in _days_of(draft, ("raadsbesluit", "motie", "amendement")) if d.day]
    if not meetings:
        return draft.recent_day
    doc = draft.doc_date
    if doc is not None:
        same = [m for m in meetings if m.first == doc.first]
        if same:
            return same[0]
        before = [m for m in meetings if m.first <= doc.last]
        if before:
            return max(before, key=lambda m: m.first)
    return meetings[0]


def _days_of(draft: Draft, kinds: tuple[str, ...]) -> list[FuzzyDate]:
    found = []
    for step in draft.steps:
        if step["kind"] in kinds and step.get("status") != "aangekondigd":
            try:
                found.append(FuzzyDate.parse(step["date"]))
            except FuzzyDateError:
                continue
    return found


_SUPPOSED = re.compile(r"\b(?:hoop\w*|hopen|verwacht\w*|zou|zouden|indien|mocht\w*)\b", re.I)


def fallback(sentence: str, when: FuzzyDate) -> list[dates.Mention]:
    """A sentence that reports a vote without a date: the vote was at `when` (not one that
    hopes for a vote or supposes one: "We hopen dat dit plan wordt aangenomen")."""
    if not _DECIDED.search(sentence) or _SUPPOSED.search(sentence):
        return []
    return [dates.Mention(when, len(sentence), len(sentence))]


def name_of(kind: str, sentence: str) -> str | None:
    """A step's title from the name the sentence quotes for it."""
    m = _QUOTED.search(sentence)
    if m is None:
        return None
    word = m.group(1).lower()
    if kind in ("motie", "amendement") and word.startswith(kind[:4]):
        return f"{kind.capitalize()} {norm(m.group(2))}"
    if kind == "raadsbesluit" and "voorstel" in word:
        return norm(m.group(2))
    return None


def quoted_motions(sentence: str, when: FuzzyDate, draft: Draft) -> None:
    """Each motion a sentence names in quotes ("twee moties, “A” en “B”, worden ingediend")."""
    m = _QUOTED.search(sentence)
    if m is None or not m.group(1).lower().startswith(("motie", "amendement")):
        return
    kind = "amendement" if m.group(1).lower().startswith("amendement") else "motie"
    status = outcome_of(sentence) or "ingediend"
    said = norm(sentence)
    if any(
        said in draft.quotes.get(f"steps/{s['id']}", []) for s in draft.steps if s["kind"] == kind
    ):
        return  # told already (motions.mentions)
    known = {s["title"].lower() for s in draft.steps}
    for name in _NAMES.findall(sentence[m.start() :]):
        title = f"{kind.capitalize()} {norm(name)}"
        if title.lower() in known or len(name.split()) < 2:
            continue
        step = {
            "id": draft.new_id("steps", f"{kind}-{when.iso()}"),
            "kind": kind,
            "date": when.iso(),
            "title": title[:160],
            "status": status,
        }
        draft.steps.append(step)
        draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(sentence))


# "De volgende onderwerpen werden als hamerstuk behandeld:", "Zonder stemming zijn aangenomen:",
# "Als hamerstuk vastgesteld:": the lines that follow are decisions of the meeting, each with
# that outcome.
_LIST_INTRO = re.compile(
    # a heading over the list: "Hamerstukken", "Aangenomen voorstellen", "Genomen besluiten"
    r"^\s*(?:hamerstukken|aangenomen\s+(?:raads)?voorstellen|genomen\s+besluiten)\s*:?\s*$|"
    r"(?:\bde (?:volgende|onderstaande)\b[^.;:]{0,60}?\b(?:werden|zijn|is|werd)\b[^.;:]{0,60}?|"
    # "Op 6 juli werden de volgende hamerstukken ongewijzigd en unaniem vastgesteld:",
    # "Middels de verzamelagenda zijn de onderstaande raadsvoorstellen aangenomen;"
    r"\b(?:werden|zijn|werd)\s+de\s+(?:volgende|onderstaande)\b[^.;:]{0,60}?|"
    r"^\s*(?:zonder (?:debat|stemming|discussie)|als hamerstuk(?:ken)?)\b[^.;:]{0,40}?)"
    r"\b(?:hamerstuk(?:ken)?|aangenomen|vastgesteld|zonder (?:debat|stemming))\b[^.;:]{0,200}[.:;]?\s*$|"
    # "De raad heeft in de vergadering van 2 april onder andere besluiten genomen over:"
    r"\b(?:gemeente)?raad\b[^.;:]{0,80}?\bbesluit(?:en)?\s+genomen\s+over\s*:\s*$|"
    # "In de raadsvergadering van 19 maart 2019 heeft de gemeenteraad besloten:"
    r"\b(?P<body>(?:gemeente)?raad|college)\b[^.;:]{0,30}?\b(?:besloten|besloot|besluit)\s*:\s*$|"
    # "De gemeenteraad stemde unaniem in met:", "De raad heeft de volgende stukken vastgesteld:"
    r"\b(?:gemeente)?raad\b[^.;:]{0,60}?\b(?:in met|akkoord met|ingestemd met|vastgesteld|"
    r"aangenomen|goedgekeurd|vast|aan|goed)(?:\s+over)?\s*:\s*$|"
    # "Na inhoudelijke bespreking stemde de raad in met de volgende onderwerpen:"
    r"\b(?:gemeente)?raad\b[^.;:]{0,40}?\b(?:in\s+met|stemde|stemt|stelde|stelt|keurde|keurt)\b"
    r"[^.;:]{0,30}?\bde\s+volgende\s+(?:\w+\s+)?(?:onderwerpen|stukken|voorstellen|agendapunten|"
    r"punten)\b[^.;:]{0,40}:\s*$|"
    # "De agendapunten 7 t/m 11 en 13 werden met unanieme stemmen aangenomen en gingen over:"
    r"\b(?:agenda)?punten\b[^.;:]{0,60}?\b(?:werden|zijn|waren)\b[^.;:]{0,60}?\b(?:aangenomen|"
    r"vastgesteld|goedgekeurd|hamerstuk(?:ken)?)\b[^.;:]{0,60}:\s*$|"
    # "De gemeenteraad neemt de volgende besluiten als hamerpunt:"
    r"\b(?:gemeente)?raad\b[^.;:]{0,30}?\bn(?:eemt|am|amen|emen)\b[^.;:]{0,40}?\bde\s+volgende\s+"
    r"(?:raads)?besluiten\b[^.;:]{0,60}:\s*$|"
    # "De raad heeft de volgende besluiten genomen:", "nam de raad de volgende besluiten:",
    # "heeft de gemeenteraad de volgende raadsvoorstellen met algemene stemmen aanvaard:",
    # "De gemeenteraad heeft een besluit genomen over de volgende onderwerpen:": the body, a
    # verb of deciding and what it decided, in any order
    r"^(?=[^:]*\b(?P<body2>(?:gemeente)?raad|college)\b)(?=[^:]*\b(?:genomen|nam|namen|neemt|"
    r"besloten|besloot|vastgesteld|aangenomen|aanvaard|goedgekeurd|ingestemd)\b)"
    # ("De raad heeft unaniem ingestemd met de voorliggende hamerstukken:")
    r"[^.;:]*\bde\s+(?:volgende|voorliggende|onderstaande)\s+(?:\w+\s+)?(?:besluiten|"
    r"(?:raads)?voorstellen|\w*stukken|onderwerpen|agendapunten)\b[^.;:]{0,80}:\s*$|"
    # "Tijdens de raadsvergadering zijn verder de volgende besluiten genomen:"
    r"^(?=[^:]*\braad\w*)[^.;:]*\b(?:zijn|werden|werd)\s+(?:\w+\s+)?de\s+volgende\s+"
    r"(?:\w+\s+)?besluiten\s+genomen\s*:\s*$",
    re.I,
)
_MOTIONS_INTRO = re.compile(r"\b(?:moties|amendementen|motie|amendement)\b", re.I)
_PROPOSALS_TOO = re.compile(
    r"\b(?:\w*voorstellen|besluiten|stukken)\s+(?:en|of)\s+(?:moties|amendementen)\b", re.I
)
_LISTED_LINE = re.compile(
    r"^\s*(?:(?P<mark>[-–•·*▪]|\d{1,2}[.)])\s*)?(?P<what>\S[^\n]{3,600}?)[,;.]?\s*$"
)


def listed_decisions(doc: Document, draft: Draft) -> None:
    """The decisions a text lists under a line that says what was decided, or with what outcome
    ("De volgende onderwerpen werden als hamerstuk behandeld:", "heeft de raad besloten:")."""
    lines = doc.lines
    known = {s["title"].lower() for s in draft.steps if s["kind"].endswith("besluit")}
    for i, line in enumerate(lines):
        inline: list[str] = []
        intro = _LIST_INTRO.search(line)
        if intro is None and ":" in line:
            # "stelde de raad de volgende stukken vast: A; B; C.": the list on the line itself
            head, _, rest = line.partition(":")
            intro = _LIST_INTRO.search(head + ":")
            inline = [norm(x).rstrip(".") for x in rest.split(";")]
            inline = [re.sub(r"^(?:en|and)\s+", "", x) for x in inline if len(x.split()) >= 2]
            line = head + ":"
            if len(inline) < 2:
                intro = None
        if intro is None:
            continue
        when = _day_named(line, draft) or meeting_of(draft) or draft.doc_date
        if when is None or when.precision == "year":  # a day, or a month ("december 2014")
            continue
        body = (intro["body"] or intro["body2"] or "").lower()
        kind = "collegebesluit" if body == "college" else "raadsbesluit"
        # "De volgende moties zijn aangenomen:": the lines are motions, with that outcome;
        # under "de volgende raadsvoorstellen en moties" an item is a motion when it says so.
        motion = _MOTIONS_INTRO.search(line)
        if motion is not None and not _PROPOSALS_TOO.search(line):
            kind = vocab.step_kind_of_motion_noun(motion[0])
        listed = inline or _listed(lines[i + 1 : i + 40], known)
        # (a college list's items may have been read already, each under its own heading)
        quoted = {q for quotes in draft.quotes.values() for q in quotes}
        for what in listed:
            if what in quoted:
                continue
            # "- de motie over groen is verworpen;": a motion among the decisions, and its
            # outcome said after its name.
            said = outcome_of(what)
            one = kind
            if kind == "raadsbesluit" and (named := _MOTION_NAMED.match(what)):
                one = vocab.step_kind_of_motion_noun(named[1])
            title = _TOLD_OUTCOME.sub("", what) or what
            if one in ("motie", "amendement") and not title.lower().startswith(one[:4]):
                # "Verder nam de raad moties aan over: - het herstel van ...": what each is about
                about = " over " if re.search(r"\bover\s*:\s*$", line, re.I) else " "
                title = f"{one}{about}{title}"
            step = {
                "id": draft.new_id("steps", f"{vocab.id_prefix(one)}-{when.iso()}"),
                "kind": one,
                "date": when.iso(),
                "title": title[:1].upper() + title[1:160],
            }
            if one == "raadsbesluit":
                rejected = (said or outcome_of(line)) == "verworpen"
                step["outcome"] = "verworpen" if rejected else "aangenomen"
            elif one in ("motie", "amendement"):
                step["status"] = said or outcome_of(line) or "aangenomen"
            draft.steps.append(step)
            draft.quotes[f"steps/{step['id']}"] = [what, norm(line)]
            known.add(what.lower())
        if listed:  # the line itself is no decision of its own
            said = norm(line)
            draft.steps[:] = [
                s
                for s in draft.steps
                if not (
                    s["kind"] == kind
                    and all(q in said for q in draft.quotes.get(f"steps/{s['id']}", ["-"]))
                )
            ]


def _day_named(line: str, draft: Draft) -> FuzzyDate | None:
    """The day a line names, its year the document's where it writes none ("In de
    raadsvergadering van 24 november heeft de gemeenteraad besloten:" over a meeting resumed
    on the 25th)."""
    base = draft.doc_date.first if draft.doc_date is not None else None
    for m in dates.find(line, base):
        if m.day and not m.period and m.role != "bound":
            return m.value
    return None


_MOTION_NAMED = re.compile(r"^(?:de|het|een)?\s*(motie|amendement)\b", re.I)
# "... is vastgesteld;", "... werd unaniem aangenomen": the outcome told after the name.
_TOLD_OUTCOME = re.compile(
    r"\s+(?:is|werd|zijn|werden)\s+(?:" + UNANIMOUS + r"\s+)?"
    r"(?:vastgesteld|aangenomen|verworpen|ingetrokken|aangehouden|goedgekeurd)\s*[;,.]?\s*$",
    re.I,
)


def outcome_lines(doc: Document, draft: Draft) -> None:
    """A list of what was decided as lines that each end in the outcome ("Begroting 2025:
    unaniem vastgesteld", "Motie Groen | verworpen", "Amendement X - AANGENOMEN"); two or more
    such lines make a list, each a step of the meeting."""
    when = meeting_of(draft) or draft.doc_date
    if when is None or when.first != when.last:
        return
    found = [m for line in doc.lines if (m := _OUTCOME_LINE.match(line))]
    if len(found) < 2:
        return
    known = {s["title"].lower() for s in draft.steps}
    quoted = {q for quotes in draft.quotes.values() for q in quotes}
    for m in found:
        title = norm(m["title"])
        if any(norm(m[0]) in q or q in norm(m[0]) for q in quoted):
            continue  # read already, as a motion named with its outcome
        status = outcome_of(m["outcome"])
        if status is None or title.lower() in known or procedural(title):
            continue
        named = _MOTION_NAMED.match(title)
        kind = vocab.step_kind_of_motion_noun(named[1]) if named else "raadsbesluit"
        step: dict[str, Any] = {
            "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{when.iso()}"),
            "kind": kind,
            "date": when.iso(),
            "title": title[:160],
        }
        if kind == "raadsbesluit":
            step["outcome"] = "verworpen" if status == "verworpen" else "aangenomen"
        else:
            step["status"] = status
        draft.steps.append(step)
        draft.quotes[f"steps/{step['id']}"] = [norm(m[0])]
        known.add(title.lower())


_OUTCOME_LINE = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<title>[^:|\n]{4,150}?)\s*(?::|\||\s[-–]\s|-(?=[A-Z]{4})|"
    # "Raadsvoorstel Maatregelenverordening (23207) AANVAARD 44/0": the outcome in capitals
    r"\s(?=(?-i:AANGENOMEN|VERWORPEN|AANVAARD|VASTGESTELD|INGETROKKEN|AANGEHOUDEN)\b))\s*"
    r"(?P<outcome>(?:" + UNANIMOUS + r"\s+)?(?:aangenomen|verworpen|aanvaard|vastgesteld|"
    r"ingetrokken|aangehouden|conform|hamerstuk)\b[^\n]{0,80})$",
    re.I,
)


def _listed(lines: list[str], known: set[str]) -> list[str]:
    """The items of a list: marked lines (a bullet or a number) or lines that start with a
    capital, up to a blank line after the first or a line that is no item. A saved web page
    often puts a blank line between the items of a bulleted list, and drops a bullet now and
    then: a blank line ends a marked list only where the next item does not carry its mark,
    and a short line without a mark between two marked ones is an item of it."""
    found: list[str] = []
    marked = indent = None
    mark = ""
    for n, line in enumerate(lines):
        if not line.strip():
            if found and not (mark and _goes_on(lines[n + 1 :], mark)):
                break
            continue
        m = _LISTED_LINE.match(line)
        depth = len(line) - len(line.lstrip())
        if m is not None and marked and not m["mark"] and indent is not None and depth > indent:
            continue  # the explanation under a bullet, not an item of its own
        if m is not None and m["mark"]:
            marked, indent = True, depth
            mark = _kind_of_mark(m["mark"])
        elif m is not None and mark and not _between_marked(m["what"], lines[n + 1 :], mark):
            if _explains_item(line, lines[n - 1] if n else "", lines[n + 1 :], mark):
                continue
            break  # a line of prose after the list
        if m is None or not (m["mark"] or m["what"][:1].isupper() or m["what"][:1] in "€‘'\""):
            break
        what = norm(m["what"])
        if len(what.split()) < 2 or what.lower() in known:
            break
        if not procedural(what):  # "Vaststelling besluitenlijst van ...": running the meeting
            found.append(what)
    return found


def _next_mark(lines: list[str]) -> tuple[str, str]:
    """The next line that says something, and its list mark ("" when it has none)."""
    line = next((x for x in lines if x.strip()), "")
    m = _LISTED_LINE.match(line)
    if m is None or not m["mark"]:
        return line, ""
    return line, _kind_of_mark(m["mark"])


def _kind_of_mark(mark: str) -> str:
    """A list's mark as the items share it: the bullet, or "1" for any number."""
    return "1" if mark[0].isdigit() else mark


def _between_marked(what: str, after: list[str], mark: str) -> bool:
    """An unmarked line inside a marked list: short, no sentence, and the next item marked."""
    short = len(what.split()) <= 10 and not what.rstrip().endswith((".", ":"))
    return short and _next_mark(after)[1] == mark


def _explains_item(line: str, before: str, after: list[str], mark: str) -> bool:
    """An unmarked paragraph right under a marked item, with the list going on after it: the
    item's own explanation ("• Kennis te nemen van de rapportage" / "Op basis van ... in te
    stemmen met ..." / "• In te stemmen met ..."), not the prose after the list."""
    return bool(before.strip()) and not line.rstrip().endswith(":") and _next_mark(after)[1] == mark


def _goes_on(after: list[str], mark: str) -> bool:
    """After a blank line, the list goes on: its next item carries its mark, or lost it."""
    line, next_mark = _next_mark(after)
    if next_mark or not line:
        return next_mark == mark
    m = _LISTED_LINE.match(line)
    rest = after[after.index(line) + 1 :]
    return m is not None and _between_marked(m["what"], rest, mark)


_EVENING = re.compile(r"\b(?:maan|dins|woens|donder|vrij)dag(?:avond|middag)?\b|\bgister", re.I)


# A decision dated more than a month before the page was taken at a meeting the page does not
# report on: news publishes its meeting within weeks, and tells older decisions as history.
_HISTORY_DAYS = 30


def implied_meetings(draft: Draft) -> None:
    """A council decision, motion or amendment in news or a report was taken at a council
    meeting on its date (a decision announced, at one to come): that meeting is a step too,
    when no meeting of that day is and the decision is no history the page tells."""
    meetings = {
        s["date"] for s in draft.steps if s["kind"] in ("raadsvergadering", "commissievergadering")
    }
    for step in list(draft.steps):
        if step["kind"] not in ("raadsbesluit", "motie", "amendement") or step["date"] in meetings:
            continue
        announced = step.get("status") == "aangekondigd"
        if announced and step["kind"] != "raadsbesluit":
            continue
        quotes = draft.quotes.get(f"steps/{step['id']}", [])
        # A page dated by its month tells that month's meeting ("Raad stemt in met ..."); a
        # year alone is too wide to name one, unless "De raad verwierp maandagavond ..."
        # tells a meeting on a day the page does not give.
        this_month = (
            len(step["date"]) == 7
            and draft.doc_date is not None
            and draft.doc_date.iso() == step["date"]
        )
        evening = any(_EVENING.search(q) for q in quotes)
        if len(step["date"]) != 10 and not this_month and not evening:
            continue
        day = step["date"]
        if (
            draft.doc_date is not None
            and (draft.doc_date.first - FuzzyDate.parse(day).last).days > _HISTORY_DAYS
        ):
            continue  # "Op 9 juli 2015 nam de raad een motie aan": history, told in passing
        meeting = _council_meeting(draft, FuzzyDate.parse(day))
        if announced:  # "de raad neemt op 20 juni een besluit": the meeting is to come too
            meeting["status"] = "aangekondigd"
        draft.steps.append(meeting)
        draft.quotes[f"steps/{meeting['id']}"] = list(draft.quotes.get(f"steps/{step['id']}", []))[
            :1
        ]
        meetings.add(day)


def _council_meeting(draft: Draft, when: FuzzyDate) -> dict[str, Any]:
    """A council meeting step on `when`, with a fresh id (not yet in the draft)."""
    return {
        "id": draft.new_id("steps", f"raad-{when.iso()}"),
        "kind": "raadsvergadering",
        "date": when.iso(),
        "title": f"Raadsvergadering {when.display('long')}",
    }


# Decisions told one after another: "Zo is ingestemd met A. Ook is ingestemd met B, zijn de
# richtlijnen C vastgesteld en werd besloten over D."
_TOLD_DECISIONS = re.compile(
    r"\b(?:is|werd|werden|zijn|wordt|worden)\s+(?:(?:unaniem|ook|verder|daarnaast|tevens|zonder|"
    r"debat|behandeling|discussie|stemming)\s+){0,3}"
    r"(?:ingestemd met|besloten over|akkoord gegaan met)\s+(?P<what>[^.;]{4,300}?)"
    r"(?=,\s+(?:zijn|is|werd|werden|en)\b|\s+en\s+(?:zijn|is|werd|werden)\b|[.;]|$)|"
    r"\b(?:zijn|is|werd|werden)\s+(?P<what2>(?:de|het|een)\s+[^.;,]{4,120}?)\s+vastgesteld\b|"
    # "Na een korte behandeling stemde de raad in met het normenkader"
    r"\bstemde\s+de\s+(?:gemeente)?raad\s+(?:(?:unaniem|ook|verder)\s+)?in\s+met\s+"
    r"(?P<what3>[^.;]{4,200}?)(?=[.;]|$)|"
    # "De raad heeft (gisteren) ingestemd met A", "heeft de raad besloten tot B"
    r"\b(?:(?:gemeente)?raad\s+(?:heeft|had)|(?:heeft|had)\s+de\s+(?:gemeente)?raad)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:ingestemd met|besloten tot|akkoord gegeven op)\s+"
    r"(?P<what4>[^.;]{4,200}?)(?=,\s+(?:waarin|waarmee|waardoor|dat|die)\b|\s+(?:waarin|waarmee)\b|[.;]|$)|"
    # "Het raadsvoorstel bestemmingsplan Buitengebied West werd unaniem aangenomen"
    r"\b(?:het|de)\s+(?:raads)?voorstel(?:len)?\s+(?P<what5>[^.;,]{4,160}?)\s+(?:werd|werden|is|zijn)\s+"
    r"(?:(?:" + UNANIMOUS + r"|ook|zonder\s+stemming)\s+)?(?:aangenomen|vastgesteld)\b|"
    # "Op dinsdag 12 juni stelde de gemeenteraad het Waalres Akkoord vast", "Raad stelt
    # Programmabegroting 2020-2023 vast"
    r"\bstelde\s+de\s+(?:gemeente)?raad\s+(?P<what7>(?:de|het|een|onze)\s+[^.;]{3,160}?)\s+"
    r"(?:definitief\s+|unaniem\s+)?vast\b|"
    r"^(?:de\s+)?(?:gemeente)?raad\s+(?:\w+\s+)?stel(?:t|de)\s+(?P<what8>[^.;]{3,160}?)\s+"
    r"(?:definitief\s+|unaniem\s+)?vast\b|"
    # "De perspectiefnota werd daarna unaniem door de gemeenteraad aangenomen."
    r"^(?:(?:daarna|vervolgens|ook|tot slot|verder|tenslotte),?\s+)?"
    r"(?P<what9>(?:de|het)\s+(?:(?!(?:motie|amendement|moties|amendementen|vergadering|volgende)"
    r"\b)[^.;,]){3,80}?)\s+(?:werd|werden|is|zijn)\s+(?:(?:daarna|vervolgens|ook|tevens|"
    + UNANIMOUS
    + r"|door de (?:gemeente)?raad|zonder (?:debat|stemming))\s+){0,4}"
    r"(?:aangenomen|vastgesteld|goedgekeurd)\b|"
    # "Daarnaast heeft de raad een coördinatiebesluit genomen voor de Kerkstraat"
    r"\bheeft\s+de\s+(?:gemeente)?raad\s+(?:\w+\s+){0,2}?een\s+(?P<what6>\w*besluit\s+genomen\s+"
    r"(?:voor|over)\s+[^.;]{3,120}?)(?=[.;]|$)",
    re.I,
)


# Several decisions in one sentence: "heeft de raad onder meer verschillende bestemmingsplannen
# vastgesteld, namelijk A, B en C"; "Ook heeft de raad de X, het Y en de Z ongewijzigd vastgesteld".
_ENUMERATED = re.compile(
    r"\b(?:heeft\s+de\s+(?:gemeente)?raad(?:\s+van\s+(?-i:[A-Z])[\w'’-]+)?|(?:gemeente)?raad\s+heeft)\s+"
    + council_verbs.ADVERBS
    + r"(?:in\s+(?:zijn|haar|de)\s+vergadering\s+van\s+\S+(?:\s+\S+){0,2}?\s+(?=de|het|een|\w+:))?"
    r"(?:de\s+(?:raads)?voorstellen\s*:\s*)?(?P<what>[^.;:]{4,300}?)\s+(?:ongewijzigd\s+|unaniem\s+|gewijzigd\s+)?"
    r"(?:vastgesteld|aangenomen|goedgekeurd)\b(?:,?\s*namelijk:?\s+(?P<list>[^.;]{4,400})|"
    r"\s+en\s+(?P<more>(?:de|het|een)\s+[^.;:]{4,200}?)\s+(?:vastgesteld|aangenomen|goedgekeurd)\b)?",
    re.I,
)


enumerated_names = council_verbs.enumerated


def _enumerated(sentence: str) -> list[str]:
    m = _ENUMERATED.search(sentence)
    if m is None:
        return []
    if m["list"]:
        return enumerated_names(m["list"])
    # "De raad heeft de X vastgesteld en het Y vastgesteld", "... de X vastgesteld en het
    # beheerplan Y.": each its own decision.
    also = None if m["more"] else council_verbs.second_object(sentence, m.end())
    return [
        *enumerated_names(m["what"]),
        *([m["more"]] if m["more"] else []),
        *([also[0]] if also else []),
    ]


# Decisions taken without debate, listed: "met hamerstukken over het bestemmingsplan A, een
# verordening B en de kadernota C", "Als hamerstuk werden vastgesteld: A en B".
_GAVELLED = re.compile(
    r"\bhamerstuk(?:ken)?\b\s*(?:over|zoals|waaronder|als|:|,\s*(?:namelijk|te weten))\s*:?\s*"
    r"(?P<list>(?:de|het|een)\s[^.;:]{6,400}?)(?=\s+(?:rustig|snel|zonder|werden|zijn|is|waren)\b|[.;]|$)|"
    r"\bals hamerstuk(?:ken)?\s+(?:werden|zijn|is|werd)\s+(?:\w+\s+)?(?:vastgesteld|aangenomen|"
    r"afgehandeld|behandeld)\s*:\s*(?P<list2>[^.;]{6,400})",
    re.I,
)


def _gavelled(sentence: str) -> list[str]:
    m = _GAVELLED.search(sentence)
    if m is None:
        return []
    listed = m["list"] or m["list2"]
    # "A, B en het C": an "en" before an article starts an item ("Larikslaan 4 en 6" does not)
    parts = re.split(r",\s+|\s+en\s+(?=(?:de|het|een)\s)", listed)
    return [part.strip() for part in parts if len(part.split()) >= 2]


def _key(title: str) -> str:
    """A title as compared: "De begroting 2026" is "Begroting 2026"."""
    return re.sub(r"^(?:de|het|een)\s+", "", title.strip().lower())


# "De besluitstukken waren: A, B en C. Alle raadsvoorstellen werden aangenomen."
_ALL_CARRIED = re.compile(
    r"^\W*(?:alle|beide|deze)\s+(?:\w+\s+)?(?:raads)?voorstellen\s+(?:werden|zijn|waren)\s+"
    r"(?:(?:ook|daarna|vervolgens|" + UNANIMOUS + r")\s+)*(?:aangenomen|vastgesteld)\b",
    re.I,
)
_LISTED_BEFORE = re.compile(r":\s*(?P<list>[^.;:]{4,400}?)\s*[.;]?\s*$")


def all_carried(previous: str, sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    """Each proposal the sentence before listed, when this one says they all carried."""
    listed = _LISTED_BEFORE.search(previous) if _ALL_CARRIED.match(sentence) else None
    if listed is None:
        return False
    known = {_key(s["title"]) for s in draft.steps if s["kind"] == "raadsbesluit"}
    found = False
    for item in enumerated_names(listed["list"]):
        if len(item.split()) >= 2 and _add_decision(item, item, "aangenomen", when, draft, known):
            draft.quotes[f"steps/{draft.steps[-1]['id']}"].append(norm(sentence))
            found = True
    return found


def told_decisions(sentence: str, when: FuzzyDate, draft: Draft, headline: bool = False) -> bool:
    """Each council decision a sentence of news tells of, as a raadsbesluit of its own; True when
    the sentence held any. A headline ("Raad kiest voor nieuw zwembad") sums up what the text
    tells below it, so it is not read for decision verbs."""
    known = {_key(s["title"]) for s in draft.steps if s["kind"] == "raadsbesluit"}
    found = False
    for item in _gavelled(sentence):
        found = _add_decision(item, item, "aangenomen", when, draft, known) or found
    if found:
        return True
    for item in _enumerated(sentence):
        found = _add_decision(item, item, "aangenomen", when, draft, known) or found
    if found:
        return True
    for m in _TOLD_DECISIONS.finditer(sentence):
        named = next(g for g in m.groups() if g)
        named = re.sub(r"\s+genomen\s+(voor|over)\b", r" \1", named)
        for one in council_verbs.each(named):  # "A, B en C": each a decision of its own
            found = _add_decision(one, m.group(0), "aangenomen", when, draft, known) or found
    if found or headline:
        return found
    minutes = draft.layout in ("verslag", "besluitenlijst-raad")
    for told in council_verbs.decisions(sentence, minutes=minutes):
        found = _add_decision(told.what, told.quote, told.outcome, when, draft, known) or found
    if (
        not found
        and (fate := _proposal_fate(sentence)) is not None
        and not _committees(when, draft)
    ):
        found = _add_decision(fate[0], sentence, fate[1], when, draft, known)
    return found


# A sentence that opens on what was proposed and then tells how the vote on it went, in any of
# the words the one outcome vocabulary knows: "De collegevoorstellen om A en B hebben de eindstreep
# niet gehaald", "Twee bestemmingsplannen konden door als hamerstuk", "De verordening X haalde
# het". (A party's support is its own, not the council's: "kon rekenen op onze steun".)
_FATE_SUBJECT = re.compile(
    r"^(?:(?:ook|verder|daarnaast|tevens|vervolgens|uiteindelijk|eveneens|tot\s+slot|en)\s+)*"
    r"(?P<what>(?:het|de|een|twee|drie|vier|vijf|beide)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:\w*voorstel(?:len)?|bestemmingsplan(?:nen)?|\w*verordening(?:en)?|\w*begroting(?:en)?|"
    r"begrotingswijziging(?:en)?|\w*nota's?|\w*stuk(?:ken)?|jaarrekening|jaarstukken|"
    r"kredietaanvraag|\w*visie)\b[^.;:]{0,160}?)\s+"
    r"(?=(?:werd|werden|is|zijn|kreeg|kregen|kon|konden|haalde|haalden|heeft|hebben|had|hadden|"
    r"ging|gingen|sneuvelde|sneuvelden|strandde|strandden)\b)",
    re.I,
)
_OWN_SIDE = re.compile(r"\b(?:onze|ons|wij|we|mijn)\b|\bfractie\b", re.I)


def _proposal_fate(sentence: str) -> tuple[str, str] | None:
    """(what was proposed, aangenomen | verworpen) when a sentence opens on a proposal and tells
    its fate; motions and amendments are read by `motions`."""
    from besluitspoor.extract.acts import short

    m = _FATE_SUBJECT.match(sentence)
    if m is None or vocab.MOTION_NOUN.search(sentence):
        return None
    rest = sentence[m.end() :]
    outcome = outcome_of(rest)
    if outcome not in ("aangenomen", "verworpen") or _OWN_SIDE.search(rest):
        return None
    what = re.sub(r"\s*[-–(][^-–()]{0,60}[-–)]\s*", " ", m["what"]).strip()
    what = council_verbs.by_aim(what)
    named = short(what, words=12)
    if len(named.split()) < 3 and not _NAMED_BY_NOUN.search(named):
        return None  # "Het stuk", "Een voorstel": which one, the sentence does not say
    return what, outcome


_NAMED_BY_NOUN = re.compile(
    r"\b(?:begroting|jaarrekening|jaarstukken|kadernota|voorjaarsnota|najaarsnota|\w+plannen|"
    r"\w+stukken)$",
    re.I,
)


def _committees(when: FuzzyDate, draft: Draft) -> bool:
    """Whether the day is a committee's and not the council's: what it supports is advice."""
    kinds = {s["kind"] for s in draft.steps if s["date"] == when.iso()}
    return "commissievergadering" in kinds and "raadsvergadering" not in kinds


def _add_decision(
    what: str, quote: str, outcome: str, when: FuzzyDate, draft: Draft, known: set[str]
) -> bool:
    """A raadsbesluit titled by what was decided, unless it names nothing or is known."""
    from besluitspoor.extract.acts import short

    what = re.sub(r"^(?:haar|zijn)\s+(?=zienswijze\b)", "", short(what, words=12), flags=re.I)
    if not council_verbs.names_a_decision(what) or _key(what) in known:
        return False
    # running the meeting ("de gewijzigde volgorde van de agenda en stelt de agenda vast") is
    # no decision; installing its wethouders is one
    if procedural(what) and not what.startswith(council_verbs.INSTALLATION):
        return False
    if (same := _told_again(what, when, draft)) is not None:
        # the paragraph under "Raad stelt MIR vast" telling it again: one decision, two quotes
        draft.quotes.setdefault(f"steps/{same['id']}", []).append(norm(quote))
        return True
    step: dict[str, Any] = {
        "id": draft.new_id("steps", f"rb-{when.iso()}"),
        "kind": "raadsbesluit",
        "date": when.iso(),
        "title": what[:1].upper() + what[1:],
        "outcome": outcome,
    }
    if draft.doc_date is not None and when.first > draft.doc_date.last:
        # "Op 10 maart neemt de raad een besluit over ...", read on 5 March: still to come
        del step["outcome"]
        step["status"] = "aangekondigd"
    draft.steps.append(step)
    draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(quote))
    known.add(_key(step["title"]))
    return True


_THIS = re.compile(r"^(?:deze|dit|die|dat)\b", re.I)


def _told_again(what: str, when: FuzzyDate, draft: Draft) -> dict[str, Any] | None:
    """The decision of that day a title names again: the last one when it points back ("deze
    nieuwe programma-indeling"), or a headline's ("Raad stelt MIR vast") that the sentence
    below it names more fully ("de MIR voor 2019-2028")."""
    told = [s for s in draft.steps if s["kind"] == "raadsbesluit" and s["date"] == when.iso()]
    if not told:
        return None
    if _THIS.match(what):
        return told[-1] if draft.steps[-1] is told[-1] else None
    # a headline's decision told again in full right below it
    last = draft.steps[-1]
    if last is not told[-1] or any(
        q.rstrip()[-1:] in ".!?" for q in draft.quotes[f"steps/{last['id']}"]
    ):
        return None
    key, known = _key(what), _key(last["title"])
    return (
        last
        if len(known.split()) >= 3 and (key.startswith(known) or known.startswith(key))
        else None
    )


def told_college_decisions(sentence: str, when: FuzzyDate, draft: Draft) -> bool:
    """Each decision of the college a sentence tells ("Het college heeft besloten de subsidie
    te verlengen"), as a collegebesluit dated `when`; True when the sentence held any."""
    from besluitspoor.extract.acts import short

    known = {_key(s["title"]) for s in draft.steps if s["kind"] == "collegebesluit"}
    found = False
    for told in council_verbs.decisions(sentence, "college"):
        what = short(told.what, words=12)
        if not council_verbs.names_a_decision(what) or _key(what) in known:
            continue
        step = {
            "id": draft.new_id("steps", f"cb-{when.iso()}"),
            "kind": "collegebesluit",
            "date": when.iso(),
            "title": what[:1].upper() + what[1:],
        }
        draft.steps.append(step)
        draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(told.quote))
        known.add(_key(step["title"]))
        found = True
    return found


# "Op dinsdag 30 april 2024 heeft het college van B&W de volgende besluiten genomen:" and then
# paragraphs that each open with what the college does: "Stelt ... vast", "Stemt in met ...",
# "Neemt kennis van ...", each followed by its explanation.
_COLLEGE_INTRO = re.compile(
    r"\b(?:het\s+college|b\s?&\s?w|burgemeester\s+en\s+wethouders)\b[^.:;]{0,60}?"
    r"\b(?:de\s+volgende\s+besluiten|besluiten\s+genomen|heeft\s+besloten|besloot)\b[^.;]{0,40}:\s*$",
    re.I,
)
_DECISION_VERB = re.compile(
    r"^\s*(?:stelt\b|stemt\s+in\b|neemt\s+kennis\b|besluit\b|verleent\b|gaat\s+akkoord\b|"
    r"kent\b[^.;]{0,80}\btoe\b|wijst\b[^.;]{0,80}\baf\b|geeft\b|biedt\b|informeert\b|"
    r"draagt\b|machtigt\b|benoemt\b|weigert\b|trekt\b|legt\b|maakt\b|verlengt\b|wijzigt\b|"
    r"heeft\s+besloten\b|besloten\s+is\b)",
    re.I,
)


def verb_led_decisions(doc: Document, draft: Draft) -> int:
    """A college's decisions told one paragraph each under a line saying it took them; how many."""
    from besluitspoor.extract.acts import tidy

    for i, block in enumerate(doc.blocks):
        intro = _COLLEGE_INTRO.search(norm(block.text))
        if intro is None:
            continue
        when = dates.first_day(block.text) or draft.doc_date
        if when is None or when.first != when.last:
            continue
        added = 0
        known = {s["title"].lower() for s in draft.steps if s["kind"] == "collegebesluit"}
        for later in doc.blocks[i + 1 : i + 80]:
            if later.kind == "heading" and _COLLEGE_INTRO.search(norm(later.text)):
                break  # the next week's decisions
            first = norm(later.lines[0]) if later.lines else ""
            if not _DECISION_VERB.match(first):
                continue
            title = tidy(first[:1].upper() + first[1:])
            if title.lower() in known:
                continue
            step = {
                "id": draft.new_id("steps", f"cb-{when.iso()}"),
                "kind": "collegebesluit",
                "date": when.iso(),
                "title": title,
            }
            draft.steps.append(step)
            draft.quotes[f"steps/{step['id']}"] = [first]
            known.add(title.lower())
            added += 1
        return added
    return 0


# An outcome told of what the sentences before named ("Vervolgens sprak de raad over de
# verordening. Na de bespreking werd dit voorstel verworpen.", "Ook hiermee ging de raad
# akkoord.", "Dit amendement werd door de gehele raad gesteund."): the anaphor names the kind.
_ANAPHOR = re.compile(
    r"^\W*(?:(?:ook|en)\s+)?(?:hiermee|daarmee|hiermede|daarmede)\s+(?:ging|gingen|stemde|stemden)\s+"
    r"(?:(?:ook|eveneens)\s+)?(?:de\s+)?(?:gemeente)?raad\b|"
    r"\b(?P<proposal>(?:dit|dat|het)\s+(?:raads)?voorstel)\s+(?:werd|is|wordt)\b|"
    r"\b(?:werd|is|wordt)\s+(?P<proposal2>(?:dit|dat|het)\s+(?:raads)?voorstel)\b|"
    r"^\W*(?:(?:ook|toch)\s+)?(?:werd|is|wordt)?\s*(?P<motion>(?:deze|die|de)\s+motie|(?:dit|dat|het)\s+amende?ment)"
    r"\s+(?:(?:ook|echter|toch)\s+)?(?:werd|is|wordt)\b",
    re.I,
)
# What the sentence before the outcome was about: "sprak de raad over X", "Bij het plan X diende
# de VVD een motie in".
_AT = re.compile(
    # (a name may hold commas: "Bij het Plan doelgroepenvervoer Maassluis, Vlaardingen, Schiedam
    # diende ...")
    r"^\W*bij\s+(?P<what>(?:de|het)\s+[^.;:!?]{3,120}?)\s+(?:diende|dienden|werd|werden|is|was|"
    r"kwam|kwamen|stelde|stelden|sprak|spraken)\b",
    re.I,
)
_ABOUT = re.compile(
    r"\b(?:over|betreft|betrof|inzake|behandel\w*|besprak|bespreking\s+van)\s+"
    # (up to the verb of what was done at it: "over het toeristisch beleid diende X een motie in")
    r"(?P<what>(?:de|het|een)\s+[^.;:!?]{3,160}?)(?=\s+(?:diende|dienden|heeft|hebben|werd|werden)\b|"
    r"[.;:!?]|$)",
    re.I,
)
_TOLD_BY_FEW = re.compile(
    r"\b(?:ook\s+)?door\s+(?:de\s+)?(?!gehele\b|hele\b|voltallige\b)[A-Z]", re.U
)


def anaphoric_outcomes(doc: Document, draft: Draft) -> None:
    """A step for each outcome told of what the sentences just before named, unless a step of
    that kind already quotes the sentence. A proposal needs that name for its title; a motion
    or amendment takes it from its own passage's heading when the text names none."""
    when = meeting_of(draft) or draft.doc_date
    if when is None:
        return
    quoted: dict[str, list[str]] = {"raadsbesluit": [], "motie": [], "amendement": []}
    for step in draft.steps:
        if step["kind"] in quoted:
            quoted[step["kind"]] += draft.quotes.get(f"steps/{step['id']}", [])
    for n, sentence in enumerate(doc.sentences):
        text = norm(sentence.text)
        if len(text) > 200 or _TOLD_BY_FEW.search(text):
            continue
        # "De motie werd net als het voorstel aangenomen": the motion's and the proposal's
        found = [m for m in (_ANAPHOR.search(text), _PROPOSAL_TOO.search(text)) if m is not None]
        if not found:
            continue
        before = [norm(s.text) for s in doc.sentences[max(0, n - 2) : n]]
        for m in found:
            _anaphoric_one(m, text, before, when, draft, quoted)


# An outcome told of no decision by name, under a heading that names it: "Bouw woningen
# Laurierstraat" / "Dit was een hamerstuk in de raad.", "Verordening X" / "Alle fracties stemden
# voor." Not a hope or a plan ("We hopen dat het wordt aangenomen"), nor a motion's fate, which
# the motion readers tell.
_NOT_DONE = re.compile(
    r"\b(?:zal|zullen|moet|moeten|wil|willen|voorgesteld)\b|\bstel(?:t|len)\b[^.;]{0,80}\bvoor\b",
    re.I,
)
_A_MOTION = re.compile(r"\b(?:motie|moties|amende?ment\w*)\b", re.I)


def heading_outcomes(doc: Document, draft: Draft) -> None:
    """A council decision for each heading of a page of news or a report whose passage tells an
    outcome of nothing it names itself: the heading names what was decided (one per heading)."""
    when = meeting_of(draft) or draft.doc_date
    if when is None or not MIN_YEAR <= when.first.year <= when.last.year <= MAX_YEAR:
        return  # (a document dated past what the format takes: `--doc-date 2200`)
    quoted = {q for said in draft.quotes.values() for q in said}
    titles = {_key(s["title"]) for s in draft.steps}
    said: dict[int, list[str]] = {}  # each block's sentences
    for x in doc.sentences:
        said.setdefault(x.block, []).append(norm(x.text))
    heading: str | None = None
    for n, block in enumerate(doc.blocks):
        if block.kind == "heading":
            heading = norm(block.text) if n and _names_a_topic(norm(block.text)) else None
            continue
        if heading is None or block.kind != "para":
            continue
        for sentence in said.get(n, []):
            if (
                len(sentence.split()) > 30
                or _NOT_DONE.search(sentence)
                or _SUPPOSED.search(sentence)
                or _A_MOTION.search(sentence)
                # "In 2017 is het plan vastgesteld": history, read with its own date
                or dates.find(sentence, when.first)
            ):
                continue
            status = outcome_of(sentence)
            if status not in ("aangenomen", "verworpen"):
                continue
            if (
                any(sentence in q or q in sentence for q in quoted if len(q) > 20)
                or heading in quoted
            ):
                heading = None  # the passage's decision is read already
                break
            if _key(heading) in titles or council_verbs.decisions(sentence):
                heading = None  # named in the sentence itself: the sentence readers have it
                break
            step: dict[str, Any] = {
                "id": draft.new_id("steps", f"{vocab.id_prefix('raadsbesluit')}-{when.iso()}"),
                "kind": "raadsbesluit",
                "date": when.iso(),
                "title": heading,
                "outcome": status,
            }
            draft.steps.append(step)
            draft.quotes[f"steps/{step['id']}"] = [heading, sentence]
            titles.add(_key(heading))
            heading = None
            break


# A page's furniture set as a heading: a byline, a credit, a link ("Door: Corrie Jansen", "Bron:
# Gemeente X", "Read more", "Download 2011004430.doc").
_FURNITURE_HEADING = re.compile(
    r"^\W*(?:door|bron|foto|tekst|redactie|read|lees|download|klik|deel|bekijk|meer|geplaatst)\b|"
    r"^[^:]{0,25}:",
    re.I,
)


# A headline that tells the council acting: "Osse raad stelt nieuwe Programmabegroting vast".
_HEADLINE = re.compile(
    r"\b(?:gemeente)?raad\s+(?:stelt|neemt|kiest|besluit|stemt|zegt|gaat|wil|geeft)\b", re.I
)


_SPACED_OUT = re.compile(r"\b(?:\w ){4,}\w\b")  # "B E S P R E E K P U N T E N"
_ROMAN_NUMBER = re.compile(r"^\W*[IVX]+\b\W*")  # "I OPENING"


def _names_a_topic(heading: str) -> bool:
    """A heading that could name a decision: a few words, no label, date or procedure, and no
    headline telling an outcome itself ("Begroting goedgekeurd"), which the sentence readers
    read."""
    words = len(heading.split())
    return (
        2 <= words <= 15
        and not heading.endswith((":", "?"))
        and not _FURNITURE_HEADING.match(heading)
        and outcome_of(heading) is None
        and not _HEADLINE.search(heading)
        and not _SPACED_OUT.search(heading)
        and not procedural(_ROMAN_NUMBER.sub("", heading))
        and not LIST_TITLE.search(heading)
        and not dates.first_day(heading)
        and council_verbs.names_a_decision(heading)
    )


# The proposal's own outcome beside another's: "werd het amendement verworpen en het voorstel
# aangenomen", "De motie werd net als het voorstel aangenomen", "evenals het voorliggende
# voorstel", "De motie wordt onvoldoende gesteund, het voorstel wordt wél aangenomen".
_PROPOSAL_TOO = re.compile(
    r"\ben\s+(?:dit|dat|het)\s+(?:raads)?voorstel\s+(?:\w+\s+)?(?:aangenomen|verworpen|vastgesteld)\b|"
    r"\b(?:net\s+als|evenals(?:\s+als)?)\s+(?:dit|dat|het)\s+(?:voorliggende\s+)?"
    r"(?:raads|hoofd)?voorstel\b|"
    r"(?:,|\ben)\s+(?:dit|dat|het)\s+(?:raads)?voorstel\s+(?:[^.;,]{0,40}?\ben\s+)?(?:wordt|werd)\s+"
    r"(?:wél\s+|wel\s+|ook\s+|unaniem\s+)*(?:aangenomen|vastgesteld)\b",
    re.I,
)


def _anaphoric_one(
    m: re.Match[str],
    text: str,
    before: list[str],
    when: FuzzyDate,
    draft: Draft,
    quoted: dict[str, list[str]],
) -> None:
    from besluitspoor.extract.acts import short

    too = m.re is _PROPOSAL_TOO
    # ("De motie is aangenomen evenals het voorstel": the outcome told before the proposal)
    status = (outcome_of(text[m.start() :]) or outcome_of(text)) if too else outcome_of(text)
    if status is None:
        return
    kind = "raadsbesluit"
    if not too and m["motion"]:
        kind = "amendement" if "amend" in m["motion"].lower() else "motie"
    if any(text in q or (len(q) > 20 and q in text) for q in quoted[kind]):
        return
    about = next((a for s in reversed(before) if (a := _ABOUT.search(s) or _AT.search(s))), None)
    what = short(about["what"], words=12) if about else None
    if kind == "raadsbesluit" and (what is None or not council_verbs.names_a_decision(what)):
        return
    title = what[:1].upper() + what[1:] if what else f"{kind.capitalize()} {when.display('long')}"
    if any(_key(s["title"]) == _key(title) for s in draft.steps if s["kind"] == kind):
        return
    step: dict[str, Any] = {
        "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{when.iso()}"),
        "kind": kind,
        "date": when.iso(),
        "title": title,
    }
    if kind == "raadsbesluit":
        step["outcome"] = status
    else:
        step["status"] = status
    draft.steps.append(step)
    quotes = draft.quotes.setdefault(f"steps/{step['id']}", [])
    if about is not None:
        quotes.append(norm(about.string))
    quotes.append(text)
    quoted[kind].append(text)


# A page that lists documents, each an item named by its kind and dated on its own line:
# "• Raadsinformatiebrief Lokale Omroep (05-07-2018)", "• Raadsvoorstel Kadernota 2025 — 3 juni
# 2024".
_LISTED_DOCUMENT = re.compile(
    r"^\W*(?P<kind>(?:raads)?informatiebrief|raadsbrief|raadsmemo|raadsvoorstel|collegebrief)\b",
    re.I,
)


def listed_documents(doc: Document, draft: Draft) -> None:
    """Each item of a list of documents (an overview of a council's letters from the college)
    that names its kind and is dated in its first lines: a step of that kind on that day."""
    for n, block in enumerate(doc.blocks):
        if block.kind != "item" or len(block.head) > 160:
            continue  # a title, not a page of text
        if not (m := _LISTED_DOCUMENT.match(block.head)):
            continue
        # its date on its lines, or on a line of its own right below ("(05-07-2018)")
        below = doc.blocks[n + 1].lines[:1] if n + 1 < len(doc.blocks) else []
        day = dates.first_day(" ".join(block.lines[:3] + below))
        if day is None:
            continue
        # the vocabulary's kind of the name; the names it lacks ("raadsmemo", "collegebrief")
        # are the college's letters to the council too
        kind = vocab.canonical_kind(m["kind"].lower()) or "raadsinformatiebrief"
        title = re.sub(r"\s*\(?\b[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d\d\)?\s*$", "", block.head)
        said = norm(block.lines[0])
        if any(said in q for quotes in draft.quotes.values() for q in quotes):
            continue  # read already
        step = {
            "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{day.iso()}"),
            "kind": kind,
            "date": day.iso(),
            "title": title[:160],
        }
        draft.steps.append(step)
        draft.quotes.setdefault(f"steps/{step['id']}", []).append(said)


# A page announcing a meeting introduces what is on its agenda: "Agenda:", "Op de agenda staan
# onder andere:", "Onderstaande raadsvoorstellen staan als hamerstuk geagendeerd:", "In commissie
# 1 wordt gesproken over:", "B-stukken (discussie verwacht tot besluitvorming) zijn:".
_AGENDA_INTRO = re.compile(
    r"^\W*agenda\s*:\s*$|"
    r"^(?![^:]*\b(?:werd|werden|was|waren|heeft|hebben|stond|stonden)\b)(?:"
    r"[^.:]{0,80}\b(?:op\s+de\s+agenda|geagendeerd|agendeert)\b[^.:]{0,80}|"
    r"[^.:]{0,80}\b(?:wordt|worden)\s+(?:onder\s+(?:meer|andere)\s+|o\.a\.\s+)?(?:gesproken|"
    r"gedebatteerd|gediscussieerd)\s+over|"
    r"[^.:]{0,40}\b[a-d]-stukken\b[^.:]{0,80})\s*:\s*$",
    re.I,
)
# What ends the list: the page's practical part ("Meer informatie", "U kunt de vergadering
# bijwonen", "Inspreken").
_AGENDA_END = re.compile(
    r"^\W*(?:meer\s+informatie|inspreken|spreekrecht|live|volg|bijwonen|contact|publieke tribune)\b|"
    r"\b(?:u\s+kunt|kunt\s+u|bent\s+u|wilt\s+u|u\s+bent\s+welkom)\b",
    re.I,
)
_AGENDA_BULLET = re.compile(r"^\s*(?:[-–•·*▪o]|\d{1,2}[.)])\s+(?P<what>\S.*?)\s*$")


def announced_agenda(doc: Document, draft: Draft) -> None:
    """The items a page announcing a meeting lists as on its agenda, with no outcome told: the
    agenda of that meeting's step. (They are no steps of their own: most readers keep what is
    only announced on the meeting; a proposal gets its step when it is decided.)"""
    lines = doc.lines
    for i, line in enumerate(lines):
        if _AGENDA_INTRO.match(norm(line)) is None or _LIST_INTRO.search(line):
            continue
        meeting = _announced_meeting(draft, dates.first_day(line))
        if meeting is None:
            continue
        listed = _agenda_items(lines[i + 1 : i + 80])
        if any(outcome_of(" ".join([what, *said])) for what, said in listed):
            continue  # a report of what was decided, read elsewhere
        add_agenda(meeting, [what for what, _ in listed])


def _announced_meeting(draft: Draft, day: FuzzyDate | None) -> dict[str, Any] | None:
    """The step of the council meeting a page announces: the one on `day` if the line names it,
    else its meeting to come, else the one it is about. (The format keeps an agenda on a
    council meeting only.)"""
    meetings = [s for s in draft.steps if s["kind"] == AGENDA_KIND]
    if day is not None:
        return next((s for s in meetings if s["date"] == day.iso()), None)
    meetings.sort(key=lambda s: s.get("status") != "aangekondigd")
    return meetings[0] if meetings else None


def _agenda_items(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The items under an agenda's introduction, each with the explanation written under it:
    bulleted or numbered lines, or short titles over a paragraph; up to the page's practical
    part or the next introduction."""
    found: list[tuple[str, list[str]]] = []
    for line in lines:
        said = norm(line)
        if not said:
            continue
        if _AGENDA_END.search(said) or _AGENDA_INTRO.match(said):
            break
        bullet = _AGENDA_BULLET.match(line)
        what = norm(bullet["what"]) if bullet else said
        words = len(what.split())
        # a bulleted title, a long one where the list ends its items with ";", or a short line
        # over its explanation
        title = (bullet is not None and (words <= 15 or what.endswith(";"))) or (
            words <= 12 and not what.endswith(".")
        )
        if title and what[:1].isalpha() and words >= 2:
            what = re.sub(r"^(?:en|and)\s+", "", what.rstrip(" .;,"))
            if not procedural(what):
                found.append((what, []))
        elif found and words >= 3:
            found[-1][1].append(said)  # the explanation of the item above
        if len(found) >= 25:
            break
    return found


_MEETING_WORD = re.compile(
    r"\b(?:(?:gemeente)?raad|raadsvergadering|raadsavond|vergadering|vergaderde|vergaderden|"
    r"vergadert|begrotingsvergadering|raadsverslag|algemene\s+beschouwingen)\b",
    re.I,
)


def meeting_told(doc: Document, draft: Draft) -> None:
    """The page's own words for the meeting it reports on, quoted on the meeting's step beside
    the decision it was first found by: a title that names a meeting without a day ("Terugblik
    Algemene beschouwingen Zomernota 2024"), and the first opening sentence that names the
    meeting's day, whatever it calls the meeting ("Besluiten gemeenteraad 27 september 2017",
    "Afgelopen donderdag 4 juli 2024 waren de algemene beschouwingen", "De besluitvorming over
    de begroting vindt plaats op 6 november 2025"): the source of the day."""
    day = meeting_of(draft)
    if day is None or not day.day:
        return
    step = next(
        (
            s
            for s in draft.steps
            if s["kind"] == "raadsvergadering"
            and s["date"] == day.iso()
            and s.get("status") != "aangekondigd"
        ),
        None,
    )
    if step is None:
        return
    quotes = draft.quotes.setdefault(f"steps/{step['id']}", [])
    doc_day = draft.doc_date.first if draft.doc_date is not None else day.first
    for n, sentence in enumerate(doc.sentences[:12]):
        said = norm(sentence.text)
        if said in quotes or len(said) > 300:
            continue
        named = [m for m in dates.find(said, doc_day) if m.value.day]
        on_day = any(m.value.first == day.first for m in named)
        if n == 0 and not named and _MEETING_WORD.search(said):
            quotes.append(said)  # the title: "Terugblik Algemene beschouwingen Zomernota 2024"
        elif on_day:  # "De besluitvorming ... vindt plaats op 6 november 2025."
            quotes.append(said)
            return


# Words that say a page is about the council's meeting itself: a meeting of the council, or its
# budget debate ("Algemene Beschouwingen"), in the opening sentences.
_EVENING_WORD = r"(?:gisteravond|vanavond|(?:maan|dins|woens|donder|vrij)dagavond)"
_COUNCIL_MET = re.compile(
    r"\b(?:raadsvergadering|raadsavond|gemeenteraadsvergadering|begrotingsvergadering|raadsverslag|"
    r"algemene\s+beschouwingen|raadsboerderij|raadszaal)\b|"
    rf"\b(?:gemeente)?raad\b(?!\s+van\s+{acts.OTHER_RADEN})[^.;]{{0,60}}?\b(?:vergaderde|vergaderden|"
    r"vergadert|had\s+een\s+vol)\b|"
    rf"\bvergadering\s+van\s+de\s+(?:gemeente)?raad\b(?!\s+van\s+{acts.OTHER_RADEN})|"
    # the council on an evening the page names: "De Arnhemse gemeenteraad sprak donderdagavond
    # ...", "Donderdagavond handelt de gemeenteraad ze af" (a page dated by its month)
    rf"\b(?:gemeente)?raad\b(?!\s+van\s+{acts.OTHER_RADEN})[^.;]{{0,60}}?\b{_EVENING_WORD}\b|"
    rf"\b{_EVENING_WORD}\b[^.;]{{0,60}}?\b(?:gemeente)?raad\b(?!\s+van\s+{acts.OTHER_RADEN})",
    re.I,
)


def page_meeting(doc: Document, draft: Draft) -> None:
    """A page about a council meeting that named none of its acts (an account in a party's
    words, a preview of the evening): the meeting itself, on the day its opening sentences give,
    else the page's day, proposed for review."""
    if any(s["kind"] in ("raadsvergadering", "commissievergadering") for s in draft.steps):
        return
    known = draft.doc_date.first if draft.doc_date else None
    # (a weekday is a day only on a page that gives its own day, not its month alone)
    by_day = draft.doc_date is not None and draft.doc_date.day
    # The first opening sentence that names the meeting and its day ("Verslag
    # raadsvergadering" and then "Raadsverslag 18 december 2014"), else the first that names
    # the meeting, on the page's day.
    told: list[tuple[str, FuzzyDate | None]] = []
    for sentence in doc.sentences[:8]:
        said = norm(sentence.text)
        if len(said) > 300 or not _COUNCIL_MET.search(said):
            continue
        named = [
            m
            for m in dates.find(said, known)
            if m.value.day and not m.period and (by_day or not m.relative)
        ]
        told.append((said, named[0].value if named else None))
    if not told:
        return
    said, when = next(((said, day) for said, day in told if day is not None), told[0])
    when = when or draft.doc_date
    if when is None or when.month is None:
        return  # a page dated by its year alone names no meeting
    step = _council_meeting(draft, when)
    draft.steps.append(step)
    draft.quotes[f"steps/{step['id']}"] = [said]
    draft.review[f"steps/{step['id']}"] = "vergadering waarover de pagina gaat: dag nagaan"
