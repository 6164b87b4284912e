"""OpenBesluitvorming (`https://openbesluitvorming.nl/api`): the national index of what
Notubiz, iBabs and other systems publish. `/api/search` gives candidates, `/api/entities/{id}`
a meeting with its agenda, documents and moties, a document, or a motion with its outcome.

Entity ids name the supplier and its own id (`meeting:notubiz:gemeente:soest:830424`), so a
step made from OpenBesluitvorming gets the same id as one made at the supplier (`cie-nb-830424`)
and importing from both never duplicates. `sortDate` is UTC; days are taken in Amsterdam.
Per-member votes and tallies are never read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from besluitspoor.i18n import t
from besluitspoor.ris.records import Document, Meeting, Record, local_day, local_time, outcome

API = "https://openbesluitvorming.nl/api"
SUPPLIERS = {"notubiz": "nb", "ibabs": "ib", "gemeenteoplossingen": "go", "parlaeus": "pl"}
ENTITY_TYPES = {"Meeting", "Document", "Motion"}
PAGE = 100
MAX_RESULTS = 1000  # a search is for one policy change; the export feed is for harvesting


class Malformed(ValueError):
    """A response that is not an OpenBesluitvorming search or entity answer."""


def split(entity_id: str) -> tuple[str, str]:
    """(supplier code, supplier's id) of an entity id: `document:ibabs:gemeente:x:ab-1` ->
    ("ib", "ab-1")."""
    parts = entity_id.split(":")
    if len(parts) < 5:
        raise Malformed(f"entity id '{entity_id}' is not type:supplier:kind:organisation:id")
    return SUPPLIERS.get(parts[1], parts[1][:2]), ":".join(parts[4:])


def entity_url(entity_id: str) -> str:
    return f"{API}/entities/{quote(entity_id, safe='')}"


def _record(
    entity_id: str,
    name: str,
    label: str,
    wording: str | None,
    when: str | None,
    url: str | None,
    result: str | None = None,
) -> Record:
    supplier, source_id = split(entity_id)
    status, kept = outcome(wording or result)
    if result == "overig" and wording:
        status, kept = "ingediend", wording
    return Record(
        supplier=supplier,
        source_id=source_id,
        kind="amendement" if (label or name).lower().startswith("amendement") else "motie",
        title=name,
        day=local_day(when, bare_is_utc=True),
        status=status,
        wording=kept,
        url=url,
        ref=entity_id,
    )


def _agenda(items: list[Any], agenda: list[str], documents: list[Document], supplier: str) -> None:
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("title"):
            line = f"{item.get('number') or ''} {item['title']}".strip()
            # The college's decisions are in the description (a college meeting's agenda).
            description = " ".join(str(item.get("description") or "").split())
            if description and description.casefold() != str(item["title"]).casefold():
                line = f"{line}: {description[:400]}"
            agenda.append(line)
        for doc in item.get("documents") or []:
            if isinstance(doc, dict) and doc.get("id"):
                documents.append(
                    Document(
                        source_id=split(str(doc["id"]))[1],
                        title=str(doc.get("name") or "").strip(),
                        url=doc.get("original_url"),
                        supplier=supplier,
                        ref=str(doc["id"]),
                    )
                )
        _agenda(item.get("agenda_items") or [], agenda, documents, supplier)


def read(payload: Any) -> tuple[list[Meeting], list[Record], list[Document]]:
    """A search answer (`results`) or an entity answer (`entityId`) as what it holds."""
    if isinstance(payload, dict) and isinstance(payload.get("results"), list):
        meetings: list[Meeting] = []
        records: list[Record] = []
        documents: list[Document] = []
        for hit in payload["results"]:
            if isinstance(hit, dict) and hit.get("entityType") in ENTITY_TYPES:
                more = read(hit)
                meetings.extend(more[0])
                records.extend(more[1])
                documents.extend(more[2])
        return meetings, records, documents
    if not isinstance(payload, dict) or not isinstance(payload.get("entityId"), str):
        raise Malformed("expected an OpenBesluitvorming search answer or an entity")
    entity_id = payload["entityId"]
    supplier, source_id = split(entity_id)
    when = payload.get("sortDate")
    title = str(payload.get("title") or "").strip()
    kind = payload.get("entityType")
    if kind == "Meeting":
        agenda: list[str] = []
        attached: list[Document] = []
        _agenda(payload.get("agenda") or [], agenda, attached, supplier)
        motions = [
            _record(
                str(m["id"]),
                str(m.get("name") or m["id"]),
                str(m.get("motion_type") or ""),  # "Amendementen" are amendementen
                m.get("status"),
                when,
                m.get("download_url") or entity_url(str(m["id"])),
                m.get("result"),
            )
            for m in payload.get("motions") or []
            if isinstance(m, dict) and m.get("id")
        ]
        meeting = Meeting(
            supplier=supplier,
            source_id=source_id,
            title=title or f"Vergadering {source_id}",
            day=local_day(when, bare_is_utc=True),
            time=local_time(when, bare_is_utc=True),
            agenda=tuple(agenda),
            documents=tuple(attached),
            url=entity_url(entity_id),
            records=tuple(motions),
            ref=entity_id,
        )
        return [meeting], [], []
    if kind == "Motion":
        found_motion = payload.get("motion")
        motion: dict[str, Any] = found_motion if isinstance(found_motion, dict) else {}
        name = str(motion.get("name") or title or source_id)
        label = str(motion.get("motion_type") or payload.get("entityTypeLabel") or "")
        # About 40% of motions have no attachment; the entity itself is still a source.
        url = payload.get("downloadUrl") or payload.get("pdfUrl") or entity_url(entity_id)
        return (
            [],
            [
                _record(
                    entity_id,
                    name,
                    label,
                    motion.get("status"),
                    when or motion.get("date"),
                    url,
                    motion.get("result"),
                )
            ],
            [],
        )
    if kind == "Document":
        document = Document(
            source_id=source_id,
            title=title,
            url=payload.get("downloadUrl") or payload.get("pdfUrl"),
            supplier=supplier,
            day=local_day(when, bare_is_utc=True),
            ref=entity_id,
            text=text if isinstance(text := payload.get("markdownText"), str) else None,
        )
        return [], [], [document]
    raise Malformed(f"entity type '{kind}' is not a meeting, document or motion")


def normalise_ref(ref: str) -> str:
    """`motie:…` as besluitspoor writes it is OpenBesluitvorming's `motion:…`."""
    return "motion:" + ref.removeprefix("motie:") if ref.startswith("motie:") else ref


def search(
    fetcher: Any,
    organisation: str,
    query: str | None,
    *,
    start: str | None = None,
    end: str | None = None,
    entity_type: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    root: str = API,
) -> list[Any]:
    """The search answers, page by page while `hasMore`, up to MAX_RESULTS hits; `root` is
    where the requests go (a mirror), named when the organisation is unknown."""
    import json

    from besluitspoor.problems import InputError

    # Organisations are keys in lower case (`hilversum`, from /api/sources), not display names.
    org_key = "-".join(organisation.strip().lower().split())
    params: dict[str, Any] = {"organization": org_key, "sort": "date_asc", "limit": PAGE}
    for key, value in (
        ("query", query),
        ("dateFrom", start),
        ("dateTo", end),
        ("entityType", entity_type),
    ):
        if value:
            params[key] = value
    pages: list[Any] = []
    seen = 0
    while seen < MAX_RESULTS:
        try:
            payload = json.loads(fetcher.get(f"{API}/search", {**params, "offset": seen}))
        except InputError as exc:
            if seen:
                raise
            raise InputError(
                t(
                    "{e}. Kent OpenBesluitvorming de organisatie '{k}'? De sleutels staan in "
                    "{a}/sources",
                    "{e}. Does OpenBesluitvorming know the organisation '{k}'? The keys are in "
                    "{a}/sources",
                    e=str(exc).rstrip("."),
                    k=org_key,
                    a=root,
                )
            ) from None
        if not isinstance(payload, dict) or not isinstance(payload.get("results"), list):
            raise Malformed("expected an object with 'results'")
        pages.append(payload)
        seen += len(payload["results"])
        if progress is not None:
            total = payload.get("totalCount")
            progress(seen, total if isinstance(total, int) else None)
        if not payload["results"] or not payload.get("hasMore"):
            break
    return pages


def entity(fetcher: Any, entity_id: str) -> Any:
    import json

    return json.loads(fetcher.get(entity_url(entity_id)))
