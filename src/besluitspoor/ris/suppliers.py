"""The raadsinformatiesystemen besluitspoor reads, behind one interface.

A `Supplier` answers the four questions a command asks of a council's records — its register
(`register`), its meetings, documents and motions (`found`, by search or by reference), and
what a saved response holds (`read_saved`) — so the CLI names no supplier and a new one is one
class here and one line in SUPPLIERS.

Each supplier's API root can be pointed at a mirror or a test server by an environment
variable (`BESLUITSPOOR_OBV_URL=http://127.0.0.1:8765/api`): every request to the public root
is sent there instead (`mirrored`), while the addresses recorded as sources stay the public
ones, so a trail made from a mirror cites what anyone can open."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from besluitspoor.i18n import t
from besluitspoor.problems import InputError
from besluitspoor.ris import ibabs, notubiz, obv
from besluitspoor.ris.records import Document, Meeting, Record

Progress = Callable[[int, int | None], None]
# What reading an answer of the wrong shape raises: JSON and XML errors, a supplier's Malformed
# (ValueErrors all), a field of another type, a date beyond the calendar, nesting too deep.
MALFORMED_ANSWER: tuple[type[Exception], ...] = (
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    IndexError,
    OverflowError,
    RecursionError,
)


@dataclass
class Found:
    meetings: list[Meeting] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # Hits a search gave of another municipality (an iBabs site shared by two councils is
    # harvested under one key): left out, and counted so the user hears of them.
    elsewhere: int = 0

    def add(self, more: tuple[list[Meeting], list[Record], list[Document]]) -> None:
        self.meetings.extend(more[0])
        self.records.extend(more[1])
        self.documents.extend(more[2])


@dataclass(frozen=True)
class Source:
    """`supplier:name[/only]` as a user writes it: `obv:wassenaar`, `notubiz:987`,
    `ibabs:Duivenvoorde/Wassenaar` (one municipality of a shared site)."""

    supplier: str
    name: str  # Notubiz organisation, iBabs site, OpenBesluitvorming key
    only: str | None = None

    @property
    def council(self) -> str:
        return self.only or self.name

    def __str__(self) -> str:
        return f"{self.supplier}:{self.council}"


@dataclass
class Saved:
    """What saved responses hold while they are read: hits of a search are kept apart so that
    an entity's details win over them; iBabs meetings wait for their meeting types."""

    council: str = ""  # the municipality asked for: search hits of others are left out
    found: Found = field(default_factory=Found)
    hits: Found = field(default_factory=Found)
    meeting_answers: list[str] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)


class Supplier:
    key: ClassVar[str]
    api: ClassVar[str]  # the public API root: sources cite it
    env: ClassVar[str]  # the variable that points it elsewhere
    placeholder: ClassVar[tuple[str, str]]  # what follows `key:` (nl, en)
    # Does the supplier itself match the words of a search in full texts? Then a second,
    # local filter on titles would hide what it found.
    searches_texts: ClassVar[bool] = False

    def root(self) -> str:
        return (os.environ.get(self.env) or self.api).rstrip("/")

    def normalise_ref(self, ref: str) -> str:
        return ref

    def check_register(self) -> None:
        """Refuse, before any request, a register this supplier does not have."""

    def register(
        self,
        fetcher: Any,
        source: Source,
        register: str,
        progress: Progress,
        window: dict[str, str],
    ) -> list[Record]:
        raise NotImplementedError

    def check_request(self, refs: list[str] | None, start: date | None) -> None:
        """Refuse, before any request, what this supplier cannot answer."""

    def found(
        self,
        fetcher: Any,
        source: Source,
        refs: list[str] | None,
        query: str | None,
        start: date | None,
        end: date | None,
        kind: str | None,
        progress: Progress,
    ) -> Found:
        raise NotImplementedError

    def read_saved(self, text: str, register: str, into: Saved) -> None:
        raise NotImplementedError

    def finish_saved(self, into: Saved, site: str) -> None:
        """Called after every saved file is read."""


class Notubiz(Supplier):
    key = "notubiz"
    api = notubiz.API
    env = "BESLUITSPOOR_NOTUBIZ_URL"
    placeholder = ("<organisatie>", "<organisation>")

    def register(
        self,
        fetcher: Any,
        source: Source,
        register: str,
        progress: Progress,
        window: dict[str, str],
    ) -> list[Record]:
        items = notubiz.fetch_register(fetcher, source.name, register, progress, **window)
        return [notubiz.record(item, register) for item in items]

    def check_request(self, refs: list[str] | None, start: date | None) -> None:
        if refs is None or not all(r.startswith("meeting:") for r in refs):
            raise InputError(
                t(
                    "bij Notubiz haalt besluitspoor alleen vergaderingen op (meeting:ID); zoek "
                    "via obv:<organisatie> (OpenBesluitvorming bevat ook Notubiz) of lees "
                    "bewaarde antwoorden met --from-file",
                    "from Notubiz besluitspoor fetches meetings only (meeting:ID); search "
                    "through obv:<organisation> (OpenBesluitvorming holds Notubiz too) or read "
                    "saved responses with --from-file",
                )
            )

    def found(
        self,
        fetcher: Any,
        source: Source,
        refs: list[str] | None,
        query: str | None,
        start: date | None,
        end: date | None,
        kind: str | None,
        progress: Progress,
    ) -> Found:
        found = Found()
        for ref in refs or []:
            payload = fetcher.get(
                f"{notubiz.API}/events/meetings/{ref.removeprefix('meeting:')}", notubiz.PARAMS
            )
            found.meetings.append(notubiz.meeting(json.loads(payload)))
        return found

    def read_saved(self, text: str, register: str, into: Saved) -> None:
        payload = json.loads(text)
        if isinstance(payload, dict) and ("agenda_items" in payload or "meeting" in payload):
            into.found.meetings.append(notubiz.meeting(payload))
        else:
            into.found.records.extend(notubiz.record(i, register) for i in notubiz.items(payload))


class IBabs(Supplier):
    key = "ibabs"
    api = ibabs.ENDPOINT
    env = "BESLUITSPOOR_IBABS_URL"
    placeholder = ("<site>", "<site>")

    def register(
        self,
        fetcher: Any,
        source: Source,
        register: str,
        progress: Progress,
        window: dict[str, str],
    ) -> list[Record]:
        try:
            answers = self._refused(
                ibabs.fetch_register,
                fetcher,
                source.name,
                register,
                source.only,
                progress,
                since=window.get("date_from", "2000-01-01"),
            )
        except LookupError:
            raise InputError(
                t(
                    "ibabs:{s} heeft geen lijst voor {r}{o}",
                    "ibabs:{s} has no list for {r}{o}",
                    s=source.name,
                    r=register,
                    o=f" ({source.only})" if source.only else "",
                )
            ) from None
        records = [ibabs.record(answer, register) for answer in answers]
        last = window.get("date_to")
        return [r for r in records if not (last and r.day and r.day.isoformat() > last)]

    def check_request(self, refs: list[str] | None, start: date | None) -> None:
        if start is None:
            raise InputError(
                t(
                    "iBabs geeft vergaderingen per periode: geef --from (en eventueel --to)",
                    "iBabs gives meetings by period: give --from (and perhaps --to)",
                )
            )

    def found(
        self,
        fetcher: Any,
        source: Source,
        refs: list[str] | None,
        query: str | None,
        start: date | None,
        end: date | None,
        kind: str | None,
        progress: Progress,
    ) -> Found:
        assert start is not None
        meetings = self._refused(
            ibabs.fetch_meetings,
            fetcher,
            source.name,
            start.isoformat(),
            (end or date.today()).isoformat(),
            source.only,
        )
        return Found(meetings=meetings)

    @staticmethod
    def _refused(call: Callable[..., Any], fetcher: Any, site: str, *args: Any, **kw: Any) -> Any:
        try:
            return call(fetcher, site, *args, **kw)
        except ibabs.Refused as exc:
            raise InputError(
                t(
                    "ibabs:{s} weigert: {e}. iBabs laat alleen vooraf aangemelde IP-adressen "
                    "toe; vraag de griffie om aanmelding, gebruik obv:<organisatie>, of lees "
                    "bewaarde antwoorden met --from-file",
                    "ibabs:{s} refuses: {e}. iBabs admits only IP addresses registered in "
                    "advance; ask the griffie to register yours, use obv:<organisation>, or "
                    "read saved responses with --from-file",
                    s=site,
                    e=exc,
                )
            ) from None

    def read_saved(self, text: str, register: str, into: Saved) -> None:
        try:
            name, _ = ibabs.operation(text)
        except ibabs.Refused as exc:
            raise ValueError(
                t(
                    "iBabs weigerde het verzoek: {e}",
                    "iBabs refused the request: {e}",
                    e=exc,
                )
            ) from None
        if name == "GetListEntry":
            into.found.records.append(ibabs.record(text, register))
        elif name == "GetMeetingsByDateRange":
            into.meeting_answers.append(text)
        elif name == "GetMeetingtypes":
            into.types.update(ibabs.meeting_types(text))
        else:
            raise ValueError(
                t(
                    "een {n}-antwoord noemt de items zonder hun inhoud: bewaar het "
                    "GetListEntry-antwoord van elk item",
                    "a {n} answer lists entries without their contents: save the GetListEntry "
                    "answer of each entry",
                    n=name,
                )
            )

    def finish_saved(self, into: Saved, site: str) -> None:
        for answer in into.meeting_answers:  # the meeting types name the meetings
            into.found.meetings.extend(ibabs.meetings(answer, site, into.types))


# What `ris search --kind` asks OpenBesluitvorming for.
_OBV_TYPES = {
    "motie": "Motion",
    "amendement": "Motion",
    "commissievergadering": "Meeting",
    "raadsvergadering": "Meeting",
    "collegebesluit": None,  # the college's meeting, or its list of decisions
}


class OpenBesluitvorming(Supplier):
    key = "obv"
    api = obv.API
    env = "BESLUITSPOOR_OBV_URL"
    placeholder = ("<organisatie>", "<organisation>")
    searches_texts = True

    def normalise_ref(self, ref: str) -> str:
        return obv.normalise_ref(ref)

    def check_register(self) -> None:
        raise InputError(
            t(
                "OpenBesluitvorming heeft geen registers van toezeggingen en moties: haal ze bij "
                "notubiz:<organisatie> of ibabs:<site>, of lees bewaarde antwoorden met "
                "--from-file",
                "OpenBesluitvorming has no registers of toezeggingen and moties: get them from "
                "notubiz:<organisation> or ibabs:<site>, or read saved responses with --from-file",
            )
        )

    def found(
        self,
        fetcher: Any,
        source: Source,
        refs: list[str] | None,
        query: str | None,
        start: date | None,
        end: date | None,
        kind: str | None,
        progress: Progress,
    ) -> Found:
        answers = (
            [obv.entity(fetcher, obv.normalise_ref(r)) for r in refs]
            if refs
            else obv.search(
                fetcher,
                source.name,
                query,
                start=start.isoformat() if start else None,
                end=end.isoformat() if end else None,
                entity_type=_OBV_TYPES.get(kind or "", "Document" if kind else None),
                progress=progress,
                root=self.root(),
            )
        )
        found = Found()
        for answer in answers:
            found.elsewhere += _only_council(answer, source.council)
            found.add(obv.read(answer))
        return found

    def read_saved(self, text: str, register: str, into: Saved) -> None:
        payload = json.loads(text)
        is_search = isinstance(payload, dict) and "results" in payload
        if is_search and into.council:
            into.hits.elsewhere += _only_council(payload, into.council)
        (into.hits if is_search else into.found).add(obv.read(payload))


def _only_council(answer: Any, council: str) -> int:
    """Leave out the hits of a search answer that name another municipality as theirs; how
    many. Hits that name none stay."""
    from besluitspoor import ids

    if not isinstance(answer, dict) or not isinstance(answer.get("results"), list):
        return 0
    wanted = ids.slugify(council)

    def ours(hit: Any) -> bool:
        named = hit.get("organization") if isinstance(hit, dict) else None
        if not isinstance(named, str) or not named.strip():
            return True
        theirs = ids.slugify(named)  # "Soest", "Gemeente Soest", "Den Haag": leniently
        return wanted in theirs or theirs in wanted

    kept = [hit for hit in answer["results"] if ours(hit)]
    left_out = len(answer["results"]) - len(kept)
    answer["results"] = kept
    return left_out


SUPPLIERS: dict[str, Supplier] = {s.key: s for s in (Notubiz(), IBabs(), OpenBesluitvorming())}


def usage() -> str:
    """How a source is written, for messages: "notubiz:<organisatie>, ibabs:<site> of …"."""
    nl, en = ([f"{k}:{s.placeholder[n]}" for k, s in SUPPLIERS.items()] for n in (0, 1))
    return t(
        ", ".join(nl[:-1]) + " of " + nl[-1],
        ", ".join(en[:-1]) + " or " + en[-1],
    )


def parse(text: str) -> Source:
    """A source as the user wrote it; InputError saying how to write one."""
    supplier, _, rest = text.partition(":")
    name, _, only = rest.partition("/")
    if supplier.lower() not in SUPPLIERS or not name.strip():
        raise InputError(t("bron '{s}': schrijf {u}", "source '{s}': write {u}", s=text, u=usage()))
    return Source(supplier.lower(), name.strip(), only.strip() or None)


def of(source: Source) -> Supplier:
    return SUPPLIERS[source.supplier]


def mirrored(url: str) -> str:
    """The address a request to a public API root is sent to: the mirror an environment
    variable names, else the public one."""
    for supplier in SUPPLIERS.values():
        root = supplier.root()
        if root != supplier.api and url.startswith(supplier.api):
            return root + url[len(supplier.api) :]
    return url
