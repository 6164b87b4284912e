"""A council served over HTTP on 127.0.0.1, shaped as OpenBesluitvorming's API answers
(`/api/search`, `/api/entities/{id}`; RFC 3339 UTC dates, keys left out rather than null) with
its documents as a PDF and a DOCX behind iBabs-style `.aspx` download addresses that name no
type. The case is made up (Duinhaven, buurtteams); the route through it is a volunteer's, and
`HAND_TRAIL` is the trail a person would record by hand from the same documents."""

from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.pdfmaker import pdf

RIB_LINES = [
    "Raadsinformatiebrief",
    "Gemeente Duinhaven",
    "Datum: 5 maart 2024",
    "Onderwerp: Start van de buurtteams",
    "Geachte leden van de raad,",
    "Het college heeft op 27 februari 2024 besloten de buurtteams per 1 juli 2024 te laten "
    "starten in alle wijken.",
    "Voor een goede start gelden de volgende randvoorwaarden:",
    "- een convenant met de zorgaanbieders in de wijken;",
    "- een gezamenlijk registratiesysteem voor de buurtteams;",
    "- vastgestelde werkprocessen voor aanmelding en overdracht.",
    "Wij zullen u voor 1 juni 2024 informeren over de stand van deze randvoorwaarden.",
    "De raad besluit op 23 mei 2024 over het budget voor de buurtteams.",
    "Met vriendelijke groet,",
    "het college van burgemeester en wethouders van Duinhaven",
]

PROPOSAL_PARAGRAPHS = [
    "Raadsvoorstel",
    "Gemeente Duinhaven",
    "Datum: 30 april 2024",
    "Onderwerp: Budget buurtteams",
    "Het college stelt de raad voor een budget van EUR 450.000 per jaar beschikbaar te stellen "
    "voor de buurtteams.",
    "De commissie Samenleving heeft op 14 maart 2024 een presentatie over de buurtteams gekregen.",
    "De wethouder zegt toe de raad in het vierde kwartaal van 2024 een eerste evaluatie van de "
    "buurtteams te sturen.",
]


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _id(kind: str, local: str, org: str = "duinhaven") -> str:
    return f"{kind}:ibabs:gemeente:{org}:{local}"


class Council:
    """The server; `url` is the API root to give BESLUITSPOOR_OBV_URL. The Duinhaven case by
    default; `Alblasserdam()` serves another."""

    org = "duinhaven"

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.root = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.url = f"{self.root}/api"
        self.files = self._files()
        self.entities = self._entities()
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _files(self) -> dict[str, bytes]:
        return {
            "rib-buurtteams": pdf([RIB_LINES]),
            "rv-buurtteams": _docx(PROPOSAL_PARAGRAPHS),
        }

    def __enter__(self) -> Council:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def download(self, name: str) -> str:
        return f"{self.root}/publicdownload.aspx?site={self.org.title()}&id={name}"

    def _entities(self) -> dict[str, dict[str, Any]]:
        rib = _id("document", "rib-buurtteams")
        proposal = _id("document", "rv-buurtteams")
        committee = _id("meeting", "cie-2024-03-14")
        council = _id("meeting", "raad-2024-05-23")
        motion = _id("motion", "m7")
        entities = [
            {
                "entityId": committee,
                "entityType": "Meeting",
                "entityTypeLabel": "Vergadering",
                "title": "Commissie Samenleving",
                "organization": "Duinhaven",
                "sortDate": "2024-03-14T18:30:00Z",
                "agenda": [
                    {"id": _id("agenda_item", "c1"), "title": "Opening", "number": "1"},
                    {
                        "id": _id("agenda_item", "c4"),
                        "title": "Presentatie buurtteams",
                        "number": "4",
                        "documents": [
                            {
                                "id": rib,
                                "name": "Raadsinformatiebrief start buurtteams",
                                "original_url": self.download("rib-buurtteams"),
                            }
                        ],
                    },
                ],
            },
            {
                "entityId": rib,
                "entityType": "Document",
                "entityTypeLabel": "Document",
                "title": "Raadsinformatiebrief start buurtteams",
                "organization": "Duinhaven",
                "sortDate": "2024-03-14T18:30:00Z",  # the meeting it was listed at
                "downloadUrl": self.download("rib-buurtteams"),
                "meetingId": committee,
                "_text": " ".join(RIB_LINES),
            },
            {
                "entityId": proposal,
                "entityType": "Document",
                "entityTypeLabel": "Document",
                "title": "Raadsvoorstel budget buurtteams",
                "organization": "Duinhaven",
                "sortDate": "2024-05-23T18:00:00Z",
                "downloadUrl": self.download("rv-buurtteams"),
                "meetingId": council,
                "_text": " ".join(PROPOSAL_PARAGRAPHS),
            },
            {
                "entityId": council,
                "entityType": "Meeting",
                "entityTypeLabel": "Vergadering",
                "title": "Gemeenteraad",
                "organization": "Duinhaven",
                "sortDate": "2024-05-23T18:00:00Z",
                "agenda": [
                    {
                        "id": _id("agenda_item", "r7"),
                        "title": "Budget buurtteams",
                        "number": "7",
                        "documents": [{"id": proposal, "name": "Raadsvoorstel budget buurtteams"}],
                    }
                ],
            },
            {
                "entityId": motion,
                "entityType": "Motion",
                "entityTypeLabel": "Motie",
                "title": "M7 Betrek de cliëntenraad bij de buurtteams",
                "organization": "Duinhaven",
                "sortDate": "2024-05-23T19:40:00Z",
                "meetingId": council,
                "motion": {
                    "name": "M7 Betrek de cliëntenraad bij de buurtteams",
                    "motion_type": "Moties",
                    "status": "Motie aangenomen",
                    "result": "aangenomen",
                },
            },
            {  # a council sharing the iBabs site, harvested under the same key
                "entityId": _id("document", "westdorp-buurtteams"),
                "entityType": "Document",
                "title": "Raadsinformatiebrief buurtteams Westdorp",
                "organization": "Westdorp",
                "sortDate": "2024-03-20T08:00:00Z",
                "_text": "De buurtteams van Westdorp starten later.",
            },
            {  # the same words elsewhere in the municipality: not part of this change
                "entityId": _id("document", "kermis"),
                "entityType": "Document",
                "title": "Vergunning kermis 2024",
                "organization": "Duinhaven",
                "sortDate": "2024-04-02T08:00:00Z",
                "_text": "Vergunning voor de kermis op het dorpsplein.",
            },
        ]
        return {e["entityId"]: e for e in entities}

    def _search(self, params: dict[str, str]) -> tuple[int, Any]:
        if params.get("organization") != self.org:
            return 400, {
                "code": "unknown_organization",
                "error": f"Organisatie '{params.get('organization')}' bestaat niet.",
            }
        words = params.get("query", "").casefold().split()
        hits = []
        for entity in self.entities.values():
            agenda = " ".join(a["title"] for a in entity.get("agenda", []))
            text = f"{entity['title']} {agenda} {entity.get('_text', '')}".casefold()
            if all(w in text for w in words):
                hit = {k: v for k, v in entity.items() if k not in ("agenda", "motion", "_text")}
                hits.append(hit)
        hits.sort(key=lambda h: h["sortDate"])
        offset = int(params.get("offset", 0))
        page = hits[offset : offset + 2]  # two per page, whatever `limit` says
        return 200, {
            "results": page,
            "hasMore": offset + 2 < len(hits),
            "totalCount": len(hits),
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        council = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # http.server names it
                council.requests.append(self.path)
                parts = urlsplit(self.path)
                params = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path == "/api/search":
                    self._json(*council._search(params))
                elif parts.path.startswith("/api/entities/"):
                    entity = council.entities.get(
                        unquote(parts.path.removeprefix("/api/entities/"))
                    )
                    if entity is None:
                        self._json(404, {"code": "entity_not_found", "error": "Niet gevonden."})
                    else:
                        self._json(200, {k: v for k, v in entity.items() if k != "_text"})
                elif parts.path == "/publicdownload.aspx" and params.get("id") in council.files:
                    body = council.files[params["id"]]
                    self.send_response(200)  # no Content-Type: iBabs names none
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self._json(404, {"error": "Niet gevonden."})

            def _json(self, status: int, payload: Any) -> None:
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


# What a person records by hand from these documents: the measure of the route.
HAND_TRAIL = """\
format: besluitspoor/1
dossier:
  id: duinhaven-buurtteams
  title: Buurtteams Duinhaven
  municipality: Duinhaven
  profile: beleidswijziging-sociaal-domein
  domain: sociaal
  start: 2024-07-01
steps:
  - id: cb-2024-02-27
    kind: collegebesluit
    date: 2024-02-27
    title: Collegebesluit start buurtteams per 1 juli 2024
  - id: rib-2024-03-05
    kind: rib
    date: 2024-03-05
    title: Raadsinformatiebrief start van de buurtteams
  - id: cie-2024-03-14
    kind: commissievergadering
    date: 2024-03-14
    committee: Samenleving
    title: Commissie Samenleving, presentatie buurtteams
  - id: rv-2024-04-30
    kind: raadsvoorstel
    date: 2024-04-30
    title: Raadsvoorstel budget buurtteams
  - id: rb-2024-05-23
    kind: raadsbesluit
    date: 2024-05-23
    status: aangekondigd
    title: Raadsbesluit over het budget voor de buurtteams (aangekondigd in de RIB)
  - id: raad-2024-05-23
    kind: raadsvergadering
    date: 2024-05-23
    title: Gemeenteraad, budget buurtteams
  - id: motie-m7
    kind: motie
    date: 2024-05-23
    status: aangenomen
    title: Motie M7 betrek de cliëntenraad bij de buurtteams
promises:
  - id: t-stand-randvoorwaarden
    text: De raad voor 1 juni 2024 informeren over de stand van de randvoorwaarden
    made_in: rib-2024-03-05
    due: 2024-06-01
  - id: t-evaluatie
    text: De raad in het vierde kwartaal van 2024 een eerste evaluatie sturen
    made_in: rv-2024-04-30
    due: 2024-10/2024-12
preconditions:
  - id: rv-convenant
    text: Convenant met de zorgaanbieders in de wijken
    named_in: rib-2024-03-05
  - id: rv-registratie
    text: Gezamenlijk registratiesysteem voor de buurtteams
    named_in: rib-2024-03-05
  - id: rv-werkprocessen
    text: Vastgestelde werkprocessen voor aanmelding en overdracht
    named_in: rib-2024-03-05
"""


# --- a second council: Alblasserdam's new joint arrangement, written from the case's facts ----

ALBLASSERDAM_LETTER = [
    "Raadsinformatiebrief",
    "Onderwerp : Hoofdlijnen van een nieuwe samenwerking in het sociaal domein",
    "Datum : 30 maart 2021",
    "Portefeuillehouder : K. Jongmans",
    "Geachte leden van de gemeenteraad,",
    "Op 26 januari 2021 nam uw raad een principebesluit over de omvorming van de "
    "gemeenschappelijke regeling.",
    "Op 30 maart 2021 heeft uw raad de uitgangspuntennotitie voor de servicegemeenteregeling "
    "vastgesteld.",
    "Hierbij ontvangt u de hoofdlijnennotitie voor de nieuwe samenwerking sociaal; wij vragen u "
    "of de richting aansluit bij uw wensen.",
    "De concepttekst van de nieuwe regeling, met de kosten en de stemverhoudingen, bespreken wij "
    "formeel in uw raad van juni 2021.",
    "Wij stellen een lokaal inrichtingsplan vast voordat over de nieuwe regeling wordt besloten "
    "en zullen u daarover voor eind 2021 informeren.",
    "Met vriendelijke groet,",
    "het college van burgemeester en wethouders van Alblasserdam",
]


class Alblasserdam(Council):
    """The letter (a DOCX, no text in the API) and the information meeting it was discussed in."""

    org = "alblasserdam"

    def _files(self) -> dict[str, bytes]:
        return {"rib-hoofdlijnen": _docx(ALBLASSERDAM_LETTER)}

    def _entities(self) -> dict[str, dict[str, Any]]:
        letter = _id("document", "rib-hoofdlijnen", self.org)
        meeting = _id("meeting", "bio-2021-04-13", self.org)
        entities = [
            {
                "entityId": meeting,
                "entityType": "Meeting",
                "entityTypeLabel": "Vergadering",
                "title": "Beeldvormende informatieve ontmoeting",
                "organization": "Alblasserdam",
                "sortDate": "2021-04-13T18:00:00Z",
                "agenda": [
                    {
                        "id": _id("agenda_item", "b3", self.org),
                        "title": "Hoofdlijnennotitie nieuwe samenwerking sociaal",
                        "number": "3",
                        "documents": [{"id": letter, "name": "Raadsinformatiebrief hoofdlijnen"}],
                    }
                ],
            },
            {
                "entityId": letter,
                "entityType": "Document",
                "entityTypeLabel": "Document",
                "title": "Raadsinformatiebrief hoofdlijnen nieuwe samenwerking sociaal",
                "organization": "Alblasserdam",
                "sortDate": "2021-04-13T18:00:00Z",
                "downloadUrl": self.download("rib-hoofdlijnen"),
                "meetingId": meeting,
                "_text": " ".join(ALBLASSERDAM_LETTER),
            },
        ]
        return {e["entityId"]: e for e in entities}
