"""Recorded RIS services for tests that go "over the network": iBabs' SOAP service and
OpenBesluitvorming's API, answering from our own test responses through httpx.MockTransport."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import CORPUS

RIS = CORPUS / "ris"
OBV = {
    name: str(RIS / f"obv-zeestrand-{name}.json")
    for name in ("zoeken", "vergadering", "motie", "document")
}
OBV_ORGANISATIONS = ("zeestrand", "wassenaar")  # the help examples ask for Wassenaar


class IBabs:
    """A recorded iBabs SOAP service for the shared site Duivenvoorde (two municipalities)."""

    def __init__(self, *, throttle: int = 0, refuse: bool = False) -> None:
        self.calls: list[str] = []
        self.throttle = throttle
        self.refuse = refuse

    def __call__(self, request: object) -> object:
        import httpx

        assert isinstance(request, httpx.Request)
        action = request.headers["SOAPAction"].strip('"').rsplit("/", 1)[-1]
        body = request.content.decode()
        assert f"<{action} " in body and "Duivenvoorde" in body
        self.calls.append(action)
        if self.throttle:
            self.throttle -= 1
            return httpx.Response(403, text="The request is blocked")
        if self.refuse:
            return httpx.Response(200, text=(RIS / "ibabs-geweigerd.xml").read_text())
        answers = {
            "GetLists": _lists(
                {"L-W": "Moties Wassenaar", "L-V": "Moties Voorschoten", "L-T": "Toezeggingen"}
            ),
            "GetListsEntriesByFilterRequest": _entries(["E-412", "E-413"]),
            "GetMeetingtypes": (RIS / "ibabs-havenstad-vergadertypes.xml").read_text(),
            "GetMeetingsByDateRange": (RIS / "ibabs-havenstad-vergaderingen.xml").read_text(),
        }
        if action == "GetListEntry":
            assert "<ListId>L-W</ListId>" in body  # only the municipality asked for
            status = "aangenomen" if "E-412" in body else "verworpen"
            return httpx.Response(
                200, text=(RIS / f"ibabs-havenstad-motie-{status}.xml").read_text()
            )
        return httpx.Response(200, text=answers[action])


def _soap(name: str, inner: str) -> str:
    return (
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        f'<{name}Response xmlns="http://tempuri.org/"><{name}Result '
        'xmlns:a="http://schemas.datacontract.org/2004/07/iBabsWCFObjects">'
        f"{inner}</{name}Result></{name}Response></s:Body></s:Envelope>"
    )


def _lists(named: dict[str, str]) -> str:
    pairs = "".join(
        f"<a:iBabsKeyValue><a:Key>{k}</a:Key><a:Value>{v}</a:Value></a:iBabsKeyValue>"
        for k, v in named.items()
    )
    return _soap("GetLists", pairs)


def _entries(entry_ids: list[str]) -> str:
    entries = "".join(
        f"<a:iBabsListEntryBase><a:EntryId>{e}</a:EntryId><a:EntryTitle>M</a:EntryTitle>"
        "</a:iBabsListEntryBase>"
        for e in entry_ids
    )
    return _soap(
        "GetListsEntriesByFilterRequest",
        '<Status xmlns="http://schemas.datacontract.org/2004/07/iBabsWCFObjects.Base">OK</Status>'
        f"<a:Entries>{entries}</a:Entries>",
    )


class OpenBesluitvorming:
    """OpenBesluitvorming's API with our Zeestrand responses, told of any organisation in
    OBV_ORGANISATIONS (their ids then name that organisation)."""

    def __init__(self, *, throttle: int = 0) -> None:
        self.calls: list[Any] = []
        self.throttle = throttle

    def __call__(self, request: object) -> object:
        import httpx

        assert isinstance(request, httpx.Request)
        self.calls.append(request.url)
        if self.throttle:
            self.throttle -= 1
            return httpx.Response(429, headers={"Retry-After": "3"}, json={"code": "rate_limited"})
        params = request.url.params
        if request.url.path == "/api/search":
            organisation = params["organization"]
            if organisation not in OBV_ORGANISATIONS:
                return httpx.Response(
                    400,
                    json={
                        "code": "unknown_organization",
                        "error": f"Organisatie '{organisation}' bestaat niet.",
                    },
                )
            hits = _answer("zoeken", organisation)
            if params.get("query"):  # the service matches words in full texts, not titles
                words = params["query"].casefold().split()
                hits["results"] = [
                    h
                    for h in hits["results"]
                    if all(
                        w in f"{h.get('title', '')} {h.get('summary', '')}".casefold().split()
                        for w in words
                    )
                ]
            offset = int(params["offset"])
            page = hits["results"][offset : offset + 2]  # two per page, whatever `limit` says
            return httpx.Response(
                200, json={"results": page, "hasMore": offset + 2 < len(hits["results"])}
            )
        entity = request.url.path.removeprefix("/api/entities/")
        parts = entity.split(":")
        organisation = parts[3] if len(parts) > 3 else ""
        for name in ("vergadering", "motie", "document"):
            payload = _answer(name, organisation)
            if organisation in OBV_ORGANISATIONS and payload["entityId"] == entity:
                return httpx.Response(200, json=payload)
        return httpx.Response(404, json={"code": "entity_not_found", "error": "Niet gevonden."})


def _answer(name: str, organisation: str) -> Any:
    text = Path(OBV[name]).read_text(encoding="utf-8")
    return json.loads(text.replace("zeestrand", organisation))


def route(ibabs: Any, obv: Any) -> Any:
    """One transport for both services, by host."""

    def send(request: Any) -> Any:
        return (ibabs if request.url.host == "wcf.ibabs.eu" else obv)(request)

    return send
