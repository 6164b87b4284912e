"""Adding chosen items of a council's records to a dossier, what `besluitspoor ris import`
does once the items are found: each meeting, document and motie a step with its source, and
(unless asked not to) what each document states, added to review or written as drafts.

The caller gives a `Workspace` (how to open the database, which profiles exist) and a `tell`
for the messages a run gives on the way (a document that could not be read, a draft kept)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from besluitspoor.i18n import t
from besluitspoor.problems import InputError

if TYPE_CHECKING:
    from besluitspoor.ris.suppliers import Source
    from besluitspoor.ris.sync import SyncReport
    from besluitspoor.ris.trail import Candidate
    from besluitspoor.store.db import Database


class Workspace(Protocol):
    def open(self, *, create: bool = False, upgrade: bool = False) -> Database: ...

    def profile_names(self) -> list[str]: ...


Tell = Callable[[str], None]


@dataclass
class Request:
    dossier: str
    refs: list[str]  # as the supplier writes them (normalised)
    force: bool = False
    refresh: bool = False
    documents_too: bool = True  # add what the documents state, marked to review
    drafts: Path | None = None  # ... or write it as drafts in this folder instead
    offline: bool = False  # from saved answers: only the text they hold, nothing downloaded


@dataclass
class Outcome:
    report: SyncReport
    merged: list[str] = field(default_factory=list)  # items added from the documents
    written: list[Path] = field(default_factory=list)  # drafts written
    documents: int = 0  # documents among the items
    failed: int = 0  # the exit code for documents not read (2) or not fetched (3)


def dossier_header(workspace: Workspace, dossier: str) -> dict[str, Any]:
    from besluitspoor.store import dossiers as store

    with workspace.open().read() as conn:
        header: dict[str, Any] = store.load(conn, dossier).to_data()["dossier"]
    return header


def same_council(place: Source, header: dict[str, Any], force: bool) -> None:
    """A council's records go into a dossier of that municipality; --force for a regional
    dossier fed by another council's records."""
    from besluitspoor import ids

    council = ids.slugify(place.council)
    municipality = ids.slugify(str(header.get("municipality") or ""))
    if force or council.isdigit() or not municipality or municipality == "onbekend":
        return  # a Notubiz organisation number names no municipality
    if council not in municipality and municipality not in council:
        raise InputError(
            t(
                "{s} is de bron van een andere gemeente dan {m} van dossier '{d}'; "
                "geef --force als dat zo bedoeld is",
                "{s} is the source of another municipality than {m} of dossier '{d}'; "
                "give --force if that is meant",
                s=f"{place.supplier}:{place.council}",
                m=header.get("municipality"),
                d=header.get("id"),
            )
        )


def chosen(refs: list[str], known: dict[str, Candidate]) -> list[Candidate]:
    """The candidates `refs` name, each with a date; InputError naming those not found or
    without a date at the source."""
    missing = [r for r in refs if r not in known]
    if missing:
        bare = [r for r in missing if ":" not in r]
        hint = (
            t(
                "; een verwijzing heeft een soort voor de dubbele punt, zoals meeting:{r} of "
                "document:{r}",
                "; a reference has a kind before a colon, as in meeting:{r} or document:{r}",
                r=bare[0],
            )
            if bare
            else ""
        )
        raise InputError(
            t(
                "niet gevonden: {m} (zoek ze met 'besluitspoor ris search'){h}",
                "not found: {m} (find them with 'besluitspoor ris search'){h}",
                m=", ".join(missing),
                h=hint,
            )
        )
    undated = [r for r in refs if known[r].step is None]
    if undated:
        raise InputError(
            t(
                "zonder datum bij de bron: {m}",
                "without a date at the source: {m}",
                m=", ".join(undated),
            )
        )
    return [known[r] for r in dict.fromkeys(refs)]


def run(
    workspace: Workspace,
    header: dict[str, Any],
    request: Request,
    known: dict[str, Candidate],
    tell: Tell,
    cache: Path,
) -> Outcome:
    """The items `request.refs` names (found in `known`) as steps of the dossier, and what
    their documents state; `cache` holds downloads."""
    from besluitspoor import vocab

    items = {c.ref: c for c in chosen(request.refs, known)}
    documents = [c for ref, c in items.items() if ref.startswith("document:")]
    texts: dict[str, str] = {}
    failed = 0
    if request.drafts is not None or request.documents_too:
        # Saved answers are read offline: only the text they hold, nothing downloaded.
        download = request.drafts is not None or not request.offline
        texts, failed = texts_of(documents, request.refresh, cache, tell, download=download)
        for doc in documents:
            if doc.ref in texts:
                items[doc.ref] = dated_by_itself(doc, texts[doc.ref])
    documents = [items[d.ref] for d in documents]
    data = {"format": vocab.FORMAT, "dossier": header, "steps": [c.step for c in items.values()]}
    outcome = Outcome(sync(workspace, data, request.force), documents=len(documents))
    outcome.failed = failed
    if request.drafts is None:
        outcome.merged = merge_documents(workspace, request.dossier, documents, texts)
    else:
        outcome.written = draft_documents(
            workspace, request.dossier, documents, texts, request.drafts, tell
        )
    return outcome


def sync(workspace: Workspace, data: dict[str, Any], force: bool) -> SyncReport:
    """Into the database in one transaction: new items added, items changed at the source
    updated, items changed by hand kept (unless `force`)."""
    from besluitspoor.ris.sync import sync as synced

    db = workspace.open(create=True)
    try:
        return synced(db, data, workspace.profile_names(), force=force)
    finally:
        db.dispose()


def dated_by_itself(doc: Candidate, text: str) -> Candidate:
    """A document's step dated by the document itself, not by the meeting it was listed at."""
    from besluitspoor.ris.drafting import own_date

    own = own_date(text, doc.day)
    if doc.step is None or own is None or own.isoformat() == doc.step["date"]:
        return doc
    step = {
        **doc.step,
        "date": own.isoformat(),
        "body": "Datum: zoals het stuk zelf die geeft.",  # dossier text, as the other notes
    }
    return replace(doc, day=own, step=step)


def merge_documents(
    workspace: Workspace, dossier: str, documents: list[Candidate], texts: dict[str, str]
) -> list[str]:
    """What each read document states, drafted against the dossier and added to it in one
    transaction, every new item marked to review: the items added ("section/id")."""
    import tempfile

    from besluitspoor.importer import import_paths
    from besluitspoor.ris import drafting
    from besluitspoor.store import dossiers as store

    read = [doc for doc in documents if doc.ref in texts and doc.step is not None]
    if not read:
        return []
    with workspace.open().read() as conn:
        recorded = store.load(conn, dossier).to_data()
    with tempfile.TemporaryDirectory(prefix="besluitspoor-") as folder:
        paths = []
        for n, doc in enumerate(read):
            path = Path(folder) / f"{n:03d}.json"
            where = doc.url or doc.ref
            path.write_text(
                drafting.for_review(texts[doc.ref], where, recorded, doc.day), encoding="utf-8"
            )
            paths.append(path)
        db = workspace.open()
        try:
            report = import_paths(db, paths, profiles=workspace.profile_names(), merge=True)
        finally:
            db.dispose()
    return report.merged.get(dossier, [])


def texts_of(
    documents: list[Candidate], refresh: bool, cache: Path, tell: Tell, *, download: bool = True
) -> tuple[dict[str, str], int]:
    """Each document's text (the source's, else the file downloaded when `download`), and the
    exit code for those that could not be read (2) or fetched (3); the others go on."""
    from besluitspoor.extract.readers import Unreadable
    from besluitspoor.ris import drafting, http

    texts: dict[str, str] = {}
    failed = 0
    fetcher = None
    try:
        for doc in documents:
            try:
                if doc.text and doc.text.strip():
                    texts[doc.ref] = doc.text
                elif doc.url and not download:
                    continue  # offline: a saved answer without the text
                elif doc.url:
                    if fetcher is None:
                        fetcher = http.Fetcher(cache, refresh=refresh, transport=http.TRANSPORT)
                    texts[doc.ref] = drafting.text_of(fetcher.get(doc.url), doc.url)
                else:
                    raise Unreadable(
                        t(
                            "{r}: de bron geeft geen tekst en geen adres om het stuk te halen",
                            "{r}: the source gives no text and no address to fetch it from",
                            r=doc.ref,
                        )
                    )
            except http.SourceDown as exc:
                tell(str(exc))
                failed = 3
            except InputError as exc:  # unreadable, refused or not found
                tell(str(exc))
                failed = failed or 2
    finally:
        if fetcher is not None:
            fetcher.close()
    return texts, failed


def draft_documents(
    workspace: Workspace,
    dossier: str,
    documents: list[Candidate],
    texts: dict[str, str],
    folder: Path,
    tell: Tell,
) -> list[Path]:
    """Each read document's draft in `folder`, made against the dossier as it now is; a
    draft already there may hold a reviewer's corrections and is never overwritten."""
    from besluitspoor.outputfile import atomic_file
    from besluitspoor.ris import drafting
    from besluitspoor.store import dossiers as store

    with workspace.open().read() as conn:
        recorded = store.load(conn, dossier).to_data()
    written: list[Path] = []
    for doc in documents:
        if doc.ref not in texts or doc.step is None:
            continue
        target = folder / f"{doc.step['id']}.yaml"
        made = drafting.draft(texts[doc.ref], doc.url or doc.ref, recorded, doc.day)
        if target.exists() and target.read_text(encoding="utf-8") != made:
            tell(
                t(
                    "{f} bestaat al en blijft zoals het is; verwijder het voor een nieuw concept",
                    "{f} exists and is kept as it is; remove it for a new draft",
                    f=target,
                )
            )
            continue
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_file(target) as handle:
            handle.write(made)
        written.append(target)
    return written
