"""iBabs public SOAP service: `GetListEntry` responses (one entry of a list such as Moties or
Toezeggingen) read by their `Values` keys. Parsed with the standard library's ElementTree:
the responses come from a known service, not from arbitrary uploads."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from besluitspoor.ris.records import Record, local_day, outcome

_ARRAYS = "{http://schemas.microsoft.com/2003/10/Serialization/Arrays}"
_PUBLIC = "{http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Public}"


class Malformed(ValueError):
    """A response that is not an iBabs GetListEntry answer."""


def values(xml: str) -> tuple[dict[str, str], list[str]]:
    """The entry's key/value pairs, and the download URLs of its documents."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise Malformed(f"not XML: {exc}") from None
    pairs = {}
    for pair in root.iter(f"{_ARRAYS}KeyValueOfstringstring"):
        key = pair.findtext(f"{_ARRAYS}Key")
        if key:
            pairs[key.strip()] = (pair.findtext(f"{_ARRAYS}Value") or "").strip()
    if not pairs:
        raise Malformed("no Values in the response: not a GetListEntry answer")
    urls = [u.text.strip() for u in root.iter(f"{_PUBLIC}PublicDownloadURL") if u.text]
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
    return Record(
        supplier="ib",
        source_id=entry_id,
        kind=kind,
        title=title,
        day=local_day(pairs.get("Datum")),
        status=status,
        wording=kept,
        url=urls[0] if urls else None,
        deadline=local_day(pairs.get("Deadline")) or local_day(pairs.get("Einddatum")),
        settled_on=settled_on,
        settled=pairs.get("Afgedaan") == "1" or settled_on is not None,
        portefeuillehouder=pairs.get("Portefeuillehouder") or None,
    )
