"""iBabs public SOAP service (`https://wcf.ibabs.eu/api/Public.svc`): registers (GetLists,
GetListsEntriesByFilterRequest, GetListEntry read by their `Values` keys) and meetings
(GetMeetingtypes, GetMeetingsByDateRange). Parsed with the standard library's ElementTree by
local names, since the namespaces differ per operation; the answers come from a known service.

Invitees and attendees (names, e-mail addresses) are never read."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
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

ENDPOINT = "https://wcf.ibabs.eu/api/Public.svc"
_REGISTER_LISTS = {"moties": ("moties", "amendementen"), "toezeggingen": ("toezeggingen",)}


class Malformed(ValueError):
    """A response that is not an iBabs answer besluitspoor reads."""


class Refused(Exception):
    """iBabs answered but refuses this client (its IP address is not registered)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element | None, name: str) -> Iterator[ET.Element]:
    if element is not None:
        yield from (c for c in element if _local(c.tag) == name)


def _child(element: ET.Element | None, name: str) -> ET.Element | None:
    return next(_children(element, name), None)


def _text(element: ET.Element | None, name: str) -> str | None:
    found = _child(element, name)
    value = (found.text or "").strip() if found is not None else ""
    return value or None


def operation(xml: str) -> tuple[str, ET.Element]:
    """Which operation answered (`GetListEntry`, …) and its `…Result` element; iBabs'
    own refusals (Status ERR) raise Refused or Malformed here."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise Malformed(f"not XML: {exc}") from None
    body = _child(root, "Body")
    response = next(iter(body), None) if body is not None else None
    if response is None or not _local(response.tag).endswith("Response"):
        raise Malformed("not a SOAP answer of the iBabs service")
    name = _local(response.tag).removesuffix("Response")
    result = _child(response, f"{name}Result")
    if result is None:
        raise Malformed(f"{name}: the answer has no {name}Result")
    message = _text(result, "Message") or ""
    if "has no access" in message or "access denied" in message.lower():
        raise Refused(message)
    if _text(result, "Status") == "ERR" and not message.startswith("No public"):
        raise Malformed(f"{name}: iBabs says '{message or 'ERR'}'")
    return name, result


def _expect(xml: str, wanted: str) -> ET.Element:
    name, result = operation(xml)
    if name != wanted:
        raise Malformed(f"a {name} answer where {wanted} was expected")
    return result


def values(xml: str) -> tuple[dict[str, str], list[str]]:
    """A GetListEntry answer's key/value pairs, and the download URLs of its documents."""
    result = _expect(xml, "GetListEntry")
    pairs = {}
    for pair in _children(_child(result, "Values"), "KeyValueOfstringstring"):
        key = _text(pair, "Key")
        if key:
            pairs[key] = _text(pair, "Value") or ""
    if not pairs:
        raise Malformed("no Values in the response: not a GetListEntry answer")
    urls = [
        url
        for document in _children(_child(result, "Documents"), "iBabsDocument")
        if (url := _text(document, "PublicDownloadURL"))
    ]
    return pairs, urls


def record(xml: str, register: str) -> Record:
    pairs, urls = values(xml)
    entry_id = pairs.get("ID") or pairs.get("Kenmerk")
    if not entry_id:
        raise Malformed("an entry without 'ID'")
    title = pairs.get("Onderwerp") or pairs.get("Toezegging") or pairs.get("Titel") or entry_id
    wording = pairs.get("Status")
    if register == "toezeggingen":
        kind = "toezegging"
    else:
        kind = "amendement" if (wording or title).lower().startswith("amendement") else "motie"
    status, kept = outcome(wording)
    settled_on = local_day(pairs.get("Datum afdoening"))
    # "Agendapunt": the meeting on its first line ("Gemeenteraad 29-1-2026"), then the item.
    first_line = (pairs.get("Agendapunt") or "").strip().split("\n", 1)[0].strip()
    meeting_day = dutch_day(first_line) if first_line else None
    return Record(
        supplier="ib",
        source_id=entry_id,
        kind=kind,
        title=title,
        day=local_day(pairs.get("Datum")) or meeting_day,
        status=status,
        wording=kept,
        url=urls[0] if urls else None,
        deadline=local_day(pairs.get("Deadline")) or local_day(pairs.get("Einddatum")),
        settled_on=settled_on,
        settled=pairs.get("Afgedaan") == "1" or settled_on is not None,
        portefeuillehouder=pairs.get("Portefeuillehouder") or None,
        meeting=first_line if meeting_day else None,
        meeting_day=meeting_day,
    )


def lists(xml: str) -> list[tuple[str, str]]:
    """GetLists: (list id, name) of every register of the site."""
    result = _expect(xml, "GetLists")
    return [
        (key, (_text(pair, "Value") or "").strip())
        for pair in _children(result, "iBabsKeyValue")
        if (key := _text(pair, "Key"))
    ]


def entries(xml: str) -> list[tuple[str, str]]:
    """GetListsEntriesByFilterRequest: (entry id, title) of the entries of one list."""
    result = _expect(xml, "GetListsEntriesByFilterRequest")
    return [
        (entry_id, _text(entry, "EntryTitle") or "")
        for entry in _children(_child(result, "Entries"), "iBabsListEntryBase")
        if (entry_id := _text(entry, "EntryId"))
    ]


def meeting_types(xml: str) -> dict[str, str]:
    """GetMeetingtypes: meeting type id -> its description ("Raadscommissie Ruimte")."""
    result = _expect(xml, "GetMeetingtypes")
    return {
        type_id: _text(item, "Description") or _text(item, "Meetingtype") or type_id
        for item in _children(_child(result, "Meetingtypes"), "iBabsMeetingtype")
        if (type_id := _text(item, "Id"))
    }


def portal(site: str, meeting_id: str) -> str:
    """The meeting's page on the site's public portal."""
    return f"https://{site.lower()}.bestuurlijkeinformatie.nl/Agenda/Index/{meeting_id}"


def meetings(xml: str, site: str, types: dict[str, str] | None = None) -> list[Meeting]:
    """GetMeetingsByDateRange: each meeting titled by its meeting type, with its agenda and the
    documents of the meeting and its items. MeetingDate is local time already."""
    result = _expect(xml, "GetMeetingsByDateRange")
    found = []
    for item in _children(_child(result, "Meetings"), "iBabsMeeting"):
        meeting_id = _text(item, "Id")
        if not meeting_id:
            continue
        moment = _text(item, "MeetingDate")
        type_id = _text(item, "MeetingtypeId") or ""
        title = (types or {}).get(type_id) or f"Vergadering (vergadertype {type_id or '?'})"
        documents = list(_documents(item))
        agenda = []
        for point in _children(_child(item, "MeetingItems"), "iBabsMeetingItem"):
            documents.extend(_documents(point))
            label = _text(point, "Title")
            if label:
                agenda.append(f"{_text(point, 'Features') or ''} {label}".strip())
        found.append(
            Meeting(
                supplier="ib",
                source_id=meeting_id,
                title=title,
                day=local_day(moment),
                time=_text(item, "StartTime") or local_time(moment),
                agenda=tuple(agenda),
                documents=tuple(documents),
                url=portal(site, meeting_id),
            )
        )
    return found


def _documents(parent: ET.Element) -> Iterator[Document]:
    for document in _children(_child(parent, "Documents"), "iBabsDocument"):
        if document_id := _text(document, "Id"):
            yield Document(
                source_id=document_id,
                title=_text(document, "DisplayName") or _text(document, "FileName") or "",
                url=_text(document, "PublicDownloadURL"),
            )


# --- asking the service ---------------------------------------------------------------------


def _escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def envelope(name: str, inner: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        f'<{name} xmlns="http://tempuri.org/">{inner}</{name}></s:Body></s:Envelope>'
    )


def call(fetcher: Any, name: str, **params: str) -> str:
    inner = "".join(f"<{k}>{_escape(v)}</{k}>" for k, v in params.items())
    return _post(fetcher, name, envelope(name, inner))


def _post(fetcher: Any, name: str, body: str) -> str:
    headers = {
        "Content-Type": "text/xml; charset=utf-8",
        "SOAPAction": f'"http://tempuri.org/IPublic/{name}"',
    }
    # iBabs answers a burst with 403: a throttle to wait out, not a refusal (that comes as
    # Status ERR "has no access").
    return bytes(fetcher.post(ENDPOINT, body, headers, throttle=(403,))).decode("utf-8")


def _filter_request(site: str, list_id: str, since: str) -> str:
    return envelope(
        "GetListsEntriesByFilterRequest",
        '<filterRequest xmlns:r="http://schemas.datacontract.org/2004/07/'
        'iBabsWCFObjects.Public.Request" xmlns:b="http://schemas.datacontract.org/2004/07/'
        f'iBabsWCFObjects.Base"><b:Sitename>{_escape(site)}</b:Sitename>'
        f"<r:ListId>{_escape(list_id)}</r:ListId>"
        f"<r:SinceDate>{_escape(since)}T00:00:00</r:SinceDate></filterRequest>",
    )


def register_lists(found: list[tuple[str, str]], register: str, only: str | None) -> list[str]:
    """The lists that hold `register`; `only` keeps those naming one municipality of a shared
    site ("Moties Wassenaar" on Duivenvoorde)."""
    words = _REGISTER_LISTS[register]
    return [
        list_id
        for list_id, name in found
        if name.casefold().startswith(words) and (not only or only.casefold() in name.casefold())
    ]


def fetch_register(
    fetcher: Any,
    site: str,
    register: str,
    only: str | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    since: str = "2000-01-01",
) -> list[str]:
    """The GetListEntry answers of every entry of the site's register lists."""
    wanted = register_lists(lists(call(fetcher, "GetLists", Sitename=site)), register, only)
    if not wanted:
        raise LookupError(register)
    listed = [
        (list_id, entry_id)
        for list_id in wanted
        for entry_id, _ in entries(
            _post(fetcher, "GetListsEntriesByFilterRequest", _filter_request(site, list_id, since))
        )
    ]
    answers = []
    for done, (list_id, entry_id) in enumerate(listed, 1):
        answers.append(
            call(fetcher, "GetListEntry", Sitename=site, ListId=list_id, EntryId=entry_id)
        )
        if progress is not None:
            progress(done, len(listed))
    return answers


def fetch_meetings(
    fetcher: Any, site: str, start: str, end: str, only: str | None = None
) -> list[Meeting]:
    """The site's meetings between two days (YYYY-MM-DD), titled by meeting type; `only` keeps
    the meeting types naming one municipality of a shared site."""
    try:
        types = meeting_types(call(fetcher, "GetMeetingtypes", Sitename=site))
    except Malformed:
        types = {}  # archived sites have no public meeting types but still serve meetings
    answer = call(
        fetcher,
        "GetMeetingsByDateRange",
        Sitename=site,
        StartDate=f"{start}T00:00:00",
        EndDate=f"{end}T23:59:59",
        MetaDataOnly="false",
    )
    found = meetings(answer, site, types)
    if only:
        found = [m for m in found if only.casefold() in m.title.casefold()]
    return found
