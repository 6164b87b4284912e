"""Notubiz `GET organisations/{id}/modules/{module}/items`: module items (moties and
amendementen, toezeggingen) by the stable ids of their attributes; the labels differ per
municipality ("Stemming", "Besluit", "Uitslag") and are never read."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from besluitspoor.ris.records import (
    Document,
    Meeting,
    Record,
    dutch_day,
    local_day,
    local_time,
    outcome,
)

TITLE = 1
MAIN_DOCUMENT = 2
DATE = 15
SETTLED_ON = 17
SETTLED_DOCUMENT = 21
PORTFOLIO = 23
DEADLINE = 28
TYPE = 45
SUBMITTED_IN = 54  # "Ingediend in": the agenda item, labelled "<title> (<meeting> <d-m-Y H:i>)"
VOTE = 62
VOTE_OTHER = 71  # some municipalities keep the outcome here
DONE = 63  # "Afgedaan" (ja/nee) on toezeggingen


class Malformed(ValueError):
    """A response that is not a Notubiz module-item list."""


def _values(item: dict[str, Any], attribute: int) -> list[dict[str, Any]]:
    for entry in item.get("attributes") or []:
        if entry.get("id") == attribute:
            return list(entry.get("values") or [])
    return []


def _text(item: dict[str, Any], attribute: int) -> str | None:
    for value in _values(item, attribute):
        content = value.get("content")
        if content not in (None, ""):
            return str(content).strip()
    return None


def _url(item: dict[str, Any], attribute: int) -> str | None:
    for value in _values(item, attribute):
        document = value.get("document") or {}
        if document.get("url"):
            return str(document["url"])
    return None


_MEETING = re.compile(r"\(([^()]*\d{1,2}-\d{1,2}-\d{4}[^()]*)\)\s*$")


def _submitted_in(item: dict[str, Any]) -> tuple[str | None, date | None]:
    """The meeting a motion was submitted in and its day, from its agenda item's label."""
    for value in _values(item, SUBMITTED_IN):
        label = str((value.get("meta_data") or {}).get("label") or "")
        found = _MEETING.search(label)
        if found is not None:
            return found[1].strip(), dutch_day(found[1])
    return None, None


def items(payload: Any) -> list[dict[str, Any]]:
    if not isinstance(payload, dict) or not isinstance(payload.get("items"), list):
        raise Malformed("expected an object with 'items': a Notubiz module-item list")
    return [i for i in payload["items"] if isinstance(i, dict)]


def total(payload: dict[str, Any]) -> int | None:
    """The number of items over all pages, from `pagination.total_results`."""
    value = (payload.get("pagination") or {}).get("total_results")
    return value if isinstance(value, int) else None


def record(item: dict[str, Any], register: str) -> Record:
    """One module item as a record; `register` is "moties" or "toezeggingen"."""
    if "id" not in item:
        raise Malformed("a module item without 'id'")
    title = _text(item, TITLE) or f"Item {item['id']}"
    if register == "toezeggingen":
        kind = "toezegging"
    else:
        kind = (
            "amendement" if (_text(item, TYPE) or "").lower().startswith("amendement") else "motie"
        )
    status, wording = outcome(_text(item, VOTE) or _text(item, VOTE_OTHER))
    settled_on = local_day(_text(item, SETTLED_ON))
    settled_url = _url(item, SETTLED_DOCUMENT)
    done = (_text(item, DONE) or "").lower() in ("1", "ja", "true", "afgedaan")
    meeting_name, meeting_day = _submitted_in(item)
    return Record(
        supplier="nb",
        source_id=str(item["id"]),
        kind=kind,
        title=title,
        day=local_day(_text(item, DATE)) or meeting_day or local_day(item.get("creation_date")),
        status=status,
        wording=wording,
        url=_url(item, MAIN_DOCUMENT),
        deadline=local_day(_text(item, DEADLINE)),
        settled_on=settled_on,
        settled_url=settled_url,
        settled=done or settled_on is not None or settled_url is not None,
        portefeuillehouder=_text(item, PORTFOLIO),
        meeting=meeting_name,
        meeting_day=meeting_day,
    )


def meeting(payload: Any) -> Meeting:
    """`GET events/meetings/{id}`: the meeting, its agenda (headings left out) and the
    documents of the meeting and of its agenda items."""
    if isinstance(payload, dict) and isinstance(payload.get("meeting"), dict):
        payload = payload["meeting"]
    if not isinstance(payload, dict) or "id" not in payload or "agenda_items" not in payload:
        raise Malformed("expected a Notubiz meeting with 'id' and 'agenda_items'")
    attributes = payload.get("attributes") or {}
    title = str(
        attributes.get("Titel") or attributes.get("Title") or f"Vergadering {payload['id']}"
    )
    start = next(
        (p.get("start_date") for p in payload.get("plannings") or [] if p.get("start_date")), None
    )
    agenda: list[str] = []
    documents = [_document(d) for d in payload.get("documents") or []]
    for item in payload.get("agenda_items") or []:
        data = item.get("type_data") or {}
        documents.extend(_document(d) for d in item.get("documents") or [])
        if data.get("heading"):
            continue
        label = next(
            (a.get("value") for a in data.get("attributes") or [] if a.get("id") == 1), None
        )
        if label:
            agenda.append(f"{data.get('title_prefix') or ''} {label}".strip())
    return Meeting(
        supplier="nb",
        source_id=str(payload["id"]),
        title=title.strip(),
        day=local_day(start),
        time=local_time(start),
        agenda=tuple(agenda),
        documents=tuple(documents),
        url=f"{API}/events/meetings/{payload['id']}",
    )


def _document(data: dict[str, Any]) -> Document:
    return Document(
        source_id=str(data.get("id")),
        title=str(data.get("title") or "").strip(),
        url=data.get("url"),
        types=tuple(str(t.get("value")) for t in data.get("types") or [] if t.get("value")),
    )


API = "https://api.notubiz.nl"
PARAMS = {"format": "json", "version": "1.17.0"}
_MODULE_NAMES = {"moties": ("moties", "moties en amendementen"), "toezeggingen": ("toezeggingen",)}


def fetch_register(
    fetcher: Any, organisation: str, register: str, progress: Any = None, **window: str
) -> list[dict[str, Any]]:
    """Every item of the organisation's register module, page by page (`window`: date_from,
    date_to, which the API needs for large registers)."""
    import json

    from besluitspoor.i18n import t
    from besluitspoor.problems import InputError

    if not organisation.isdigit():
        raise InputError(
            t(
                "notubiz:{o}: geef het organisatienummer van Notubiz (bijvoorbeeld "
                "notubiz:987), of lees bewaarde antwoorden met --from-file",
                "notubiz:{o}: give Notubiz's organisation number (for example notubiz:987), "
                "or read saved responses with --from-file",
                o=organisation,
            )
        )
    modules = json.loads(fetcher.get(f"{API}/organisations/{organisation}/modules", PARAMS))
    wanted = _MODULE_NAMES[register]
    found = [
        m["id"]
        for m in modules.get("modules", [])
        if str(m.get("name", "")).lower() in wanted
        or str(m.get("custom_name", "")).lower() in wanted
    ]
    if not found:
        raise InputError(
            t(
                "notubiz:{o} heeft geen module voor {r}",
                "notubiz:{o} has no module for {r}",
                o=organisation,
                r=register,
            )
        )
    collected: list[dict[str, Any]] = []
    page = 1
    while True:
        payload = json.loads(
            fetcher.get(
                f"{API}/organisations/{organisation}/modules/{found[0]}/items",
                {**PARAMS, **window, "page": page},
            )
        )
        batch = items(payload)
        collected.extend(batch)
        expected = total(payload)
        if progress is not None:
            progress(len(collected), expected)
        if not batch or expected is None or len(collected) >= expected:
            return collected
        page += 1
