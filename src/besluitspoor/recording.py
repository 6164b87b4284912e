"""Recording: what the commands that add, change and remove do, callable without the CLI.

Importers, the extractor and tests call the same `Recorder` as the command line. Every change
works on the file form of the dossier (`Dossier.to_data()`), is validated exactly like a dossier
file, and is written in one transaction. A change that changes nothing writes nothing, so a
recording script can run twice and leave the database byte for byte as it was:

- adding an item identical to a recorded one is a no-op that says so;
- the same id with other content is refused unless `replace`;
- a near-duplicate (a step of the same kind, date and title; a promise or precondition with the
  same text) is refused, naming the recorded id, unless `new`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from besluitspoor import ids, vocab
from besluitspoor.i18n import t
from besluitspoor.model import (
    STEP_CLASSES,
    Dossier,
    Precondition,
    Promise,
    StepBase,
    did_you_mean,
    refs_of,
)
from besluitspoor.problems import InputError, Problem, format_path
from besluitspoor.references import is_url
from besluitspoor.store import dossiers as store
from besluitspoor.store.db import Database
from besluitspoor.validate import validate

Data = dict[str, Any]
Section = Literal["steps", "preconditions", "promises"]
Action = Literal["added", "unchanged", "replaced", "changed", "removed", "created"]
SECTIONS: tuple[Section, ...] = ("steps", "preconditions", "promises")
# Turns the path of a problem inside the item being recorded into the user's terms (`--date`).
Label = Callable[[str], str]


def noun(section: str, kind: str | None = None) -> str:
    if kind:
        return kind
    return {
        "steps": t("stap", "step"),
        "preconditions": t("randvoorwaarde", "precondition"),
        "promises": t("toezegging", "promise"),
    }.get(section, t("dossier", "dossier"))


@dataclass(frozen=True)
class Outcome:
    """What a recording call did: `unchanged` means nothing was written."""

    action: Action
    dossier: str
    section: str | None = None  # None: the dossier itself
    id: str | None = None
    renamed_from: str | None = None

    @property
    def wrote(self) -> bool:
        return self.action != "unchanged"


def checked(data: Data, profiles: Iterable[str] | None) -> Dossier:
    """The validated dossier, or InputError naming the path of every problem."""
    dossier, problems = validate(data, profiles)
    if dossier is None:
        raise InputError([Problem(None, None, format_path(p), m) for p, m, _ in problems])
    return dossier


class Recorder:
    """Recording into one database, with the profile names a dossier may use."""

    def __init__(self, db: Database, profiles: Iterable[str] | None = None) -> None:
        self.db = db
        self.profiles = list(profiles) if profiles is not None else None

    # --- dossiers --------------------------------------------------------------------------

    def create_dossier(self, info: Data, *, replace: bool = False) -> Outcome:
        """A new dossier from its `dossier:` block; the same block again is a no-op, another
        block under the same id is refused unless `replace` (which keeps the trail)."""
        info = {k: v for k, v in info.items() if v not in (None, [], {})}
        if not info.get("id") and info.get("municipality") and info.get("title"):
            info["id"] = ids.dossier_id(str(info["municipality"]), str(info["title"]))
        fresh = checked({"format": vocab.FORMAT, "dossier": info}, self.profiles)
        with self.db.write() as conn:
            if not store.existing_ids(conn, [fresh.id]):
                store.save(conn, [fresh])
                return Outcome("created", fresh.id)
            current = store.load(conn, fresh.id)
            stored = current.to_data()["dossier"]
            # What was given is what is stored (sources added since do not make it differ).
            if all(stored.get(k) == v for k, v in fresh.to_data()["dossier"].items()):
                return Outcome("unchanged", fresh.id)
            if not replace:
                raise InputError(
                    t(
                        "dossier '{id}' bestaat al met andere gegevens; kies een ander --id, "
                        "of vervang de gegevens met --replace (de stappen blijven)",
                        "dossier '{id}' already exists with other details; choose another --id, "
                        "or replace the details with --replace (the steps stay)",
                        id=fresh.id,
                    )
                )
            data = current.to_data()
            data["dossier"] = fresh.to_data()["dossier"]
            self._save(conn, checked(data, self.profiles))
        return Outcome("replaced", fresh.id)

    def edit_dossier(
        self, dossier_id: str, mutate: Callable[[Data], None], label: Label | None = None
    ) -> Outcome:
        """Change the `dossier:` block; a new `id` renames the dossier."""
        with self.db.write() as conn:
            current = store.load(conn, dossier_id)
            data = current.to_data()
            mutate(data["dossier"])
            try:
                dossier = checked(data, self.profiles)
            except InputError as exc:
                raise _in_users_terms(exc, "dossier", label) from None
            if dossier.to_data() == current.to_data():
                return Outcome("unchanged", dossier_id)
            if dossier.id != dossier_id:
                if store.existing_ids(conn, [dossier.id]):
                    raise InputError(
                        t(
                            "er is al een dossier '{id}'",
                            "there is a dossier '{id}' already",
                            id=dossier.id,
                        )
                    )
                origin = store.load_origin(conn, dossier_id)
                store.delete_dossiers(conn, [dossier_id])
                store.save(conn, [dossier], origins=[store.Origin(origin.file, None)])
                store.move_sources(conn, dossier_id, dossier.id)
                return Outcome("changed", dossier.id, renamed_from=dossier_id)
            self._save(conn, dossier)
        return Outcome("changed", dossier_id)

    def remove_dossiers(self, dossier_ids: list[str]) -> int:
        with self.db.write() as conn:
            store.require(conn, dossier_ids)
            store.forget_sources(conn, dossier_ids)
            return store.delete_dossiers(conn, dossier_ids)

    # --- items: steps, preconditions, promises -----------------------------------------------

    def add(
        self,
        dossier_id: str,
        section: Section,
        entry: Data,
        *,
        replace: bool = False,
        new: bool = False,
        label: Label | None = None,
    ) -> Outcome:
        """Add a step (`entry` has its `kind`), precondition or promise, in the format's keys."""
        entry = {k: v for k, v in entry.items() if v not in (None, [], False)}
        if section == "steps" and isinstance(entry.get("kind"), str):
            entry["kind"] = vocab.canonical_kind(entry["kind"]) or entry["kind"]
        with self.db.write() as conn:
            current = store.load(conn, dossier_id)
            data = current.to_data()
            items: list[Data] = data.setdefault(section, [])
            explicit = entry.get("id")
            probe = dict(entry, id=explicit or "probe-id")
            candidate = self._validated_item(data, section, probe, label)
            if explicit:
                at = _index(items, explicit)
                if at is not None:
                    if same_item(items[at], candidate, with_id=True):
                        return Outcome("unchanged", dossier_id, section, explicit)
                    if not replace:
                        raise InputError(
                            t(
                                "{what} '{id}' bestaat al in '{dossier}' met andere inhoud; "
                                "vervang die met --replace, of kies een ander --id",
                                "{what} '{id}' already exists in '{dossier}' with other "
                                "content; replace it with --replace, or choose another --id",
                                what=noun(section),
                                id=explicit,
                                dossier=dossier_id,
                            )
                        )
                    items[at] = entry
                    self._save(conn, checked(data, self.profiles))
                    return Outcome("replaced", dossier_id, section, explicit)
            else:
                same = next((i for i in items if same_item(i, candidate, with_id=False)), None)
                if same is not None:
                    return Outcome("unchanged", dossier_id, section, same["id"])
                near = next((i for i in items if near_item(section, i, candidate)), None)
                if near is not None and not new:
                    raise InputError(_near_message(section, near, dossier_id))
                entry["id"] = ids.fresh(_derived_id(section, candidate), (i["id"] for i in items))
            items.append(entry)
            dossier = self._checked_item(data, section, len(items) - 1, label)
            self._save(conn, dossier)
        return Outcome("added", dossier_id, section, entry["id"])

    def update(
        self,
        section: Section,
        item_id: str,
        mutate: Callable[[Data], None],
        dossier_id: str | None = None,
        *,
        kind: str | None = None,
        label: Label | None = None,
    ) -> Outcome:
        """Change one item in its file form; a new `id` is renamed everywhere it is referred
        to. Finds the dossier itself when the id is in only one."""
        holder = self.locate(section, item_id, dossier_id, kind)
        with self.db.write() as conn:
            current = store.load(conn, holder)
            data = current.to_data()
            items = data.get(section, [])
            at = _index(items, item_id)
            assert at is not None
            mutate(items[at])
            new_id = items[at].get("id")
            if isinstance(new_id, str) and new_id != item_id:
                if any(i.get("id") == new_id for j, i in enumerate(items) if j != at):
                    raise InputError(
                        t(
                            "er is al een {what} '{id}' in '{dossier}'",
                            "there is a {what} '{id}' in '{dossier}' already",
                            what=noun(section),
                            id=new_id,
                            dossier=holder,
                        )
                    )
                rename_references(data, section, item_id, new_id)
            dossier = self._checked_item(data, section, at, label)
            if dossier.to_data() == current.to_data():
                return Outcome("unchanged", holder, section, item_id)
            self._save(conn, dossier)
        renamed = item_id if new_id != item_id else None
        return Outcome("changed", holder, section, str(new_id), renamed_from=renamed)

    def set_status(
        self,
        section: Literal["preconditions", "promises"],
        item_id: str,
        status: str,
        values: Data | None = None,
        dossier_id: str | None = None,
        label: Label | None = None,
    ) -> Outcome:
        """Set a status with the keys it needs; the keys of the other statuses go."""
        model: type[Precondition] | type[Promise] = (
            Precondition if section == "preconditions" else Promise
        )
        others = [k for s, k in model.STATUS_NEEDS.items() if s != status]

        def mutate(item: Data) -> None:
            item["status"] = status
            for key in others:
                item.pop(key, None)
            for key, value in (values or {}).items():
                if value is None:
                    item.pop(key, None)
                else:
                    item[key] = value

        return self.update(section, item_id, mutate, dossier_id, label=label)

    def check_removable(self, section: Section, item_id: str, dossier_id: str) -> None:
        """InputError when another item refers to this one: said before a user is asked to
        confirm a removal that would then be refused."""
        with self.db.read() as conn:
            _refuse_if_referred(store.load(conn, dossier_id), section, item_id)

    def remove(self, section: Section, item_id: str, dossier_id: str | None = None) -> Outcome:
        """Remove an item; refused while another item refers to it."""
        holder = self.locate(section, item_id, dossier_id)
        with self.db.write() as conn:
            current = store.load(conn, holder)
            _refuse_if_referred(current, section, item_id)
            data = current.to_data()
            data[section] = [i for i in data.get(section, []) if i["id"] != item_id]
            self._save(conn, checked(data, self.profiles))
        return Outcome("removed", holder, section, item_id)

    def locate(
        self, section: str, item_id: str, dossier_id: str | None, kind: str | None = None
    ) -> str:
        """The dossier that holds item `item_id` of `section`: the one named, which must hold
        it, or the only one that does."""
        with self.db.read() as conn:
            elsewhere = store.holders(conn, section, item_id, kind)
            if dossier_id is not None:
                dossier = store.load(conn, dossier_id)
                items = getattr(dossier, section)
                if any(i.id == item_id and (kind is None or i.kind == kind) for i in items):
                    return dossier_id
                hint = did_you_mean(item_id, [i.id for i in items])
                if elsewhere:
                    hint = t(
                        "; die staat in dossier {where}",
                        "; that id is in dossier {where}",
                        where=", ".join(f"'{d}'" for d in elsewhere),
                    )
                raise InputError(
                    t(
                        "geen {what} '{id}' in '{dossier}'{hint}",
                        "no {what} '{id}' in '{dossier}'{hint}",
                        what=noun(section, kind),
                        id=item_id,
                        dossier=dossier_id,
                        hint=hint,
                    )
                )
            if not elsewhere:
                every = store.item_ids(conn, section, kind)
                raise InputError(
                    t(
                        "geen {what} '{id}' in de database{hint}",
                        "no {what} '{id}' in the database{hint}",
                        what=noun(section, kind),
                        id=item_id,
                        hint=did_you_mean(item_id, every),
                    )
                )
        if len(elsewhere) > 1:
            raise InputError(
                t(
                    "'{id}' staat in meer dossiers ({where}); noem er een met --dossier",
                    "'{id}' is in several dossiers ({where}); name one with --dossier",
                    id=item_id,
                    where=", ".join(elsewhere),
                )
            )
        return elsewhere[0]

    # --- helpers ----------------------------------------------------------------------------

    def _save(self, conn: Any, dossier: Dossier) -> None:
        # The file a dossier came from is remembered; its line numbers no longer hold.
        origin = store.load_origin(conn, dossier.id)
        store.save(conn, [dossier], replace=True, origins=[store.Origin(origin.file, None)])

    def _validated_item(
        self, data: Data, section: Section, entry: Data, label: Label | None
    ) -> Data:
        """The entry as the format stores it (dates normalised, defaults dropped), validated in
        its dossier; InputError in the user's terms when it is not valid."""
        trial = copy.deepcopy(data)
        trial.setdefault(section, []).append(dict(entry))
        # The probe may not be referred to: check it alone, without the others' ids clashing.
        trial[section] = [i for i in trial[section] if i.get("id") != entry["id"]] + [entry]
        dossier = self._checked_item(trial, section, len(trial[section]) - 1, label)
        return dossier.to_data()[section][-1]  # type: ignore[no-any-return]

    def _checked_item(self, data: Data, section: Section, at: int, label: Label | None) -> Dossier:
        try:
            return checked(data, self.profiles)
        except InputError as exc:
            raise _in_users_terms(exc, f"{section}[{at}]", label) from None


def _in_users_terms(exc: InputError, prefix: str, label: Label | None) -> InputError:
    """Problems inside the item being recorded, named as the user typed them."""
    if label is None:
        return exc
    problems = []
    for problem in exc.problems:
        path = problem.path
        if path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")):
            key = path[len(prefix) :].lstrip(".")
            path = label(key) if key else ""
        problems.append(Problem(problem.file, problem.line, path, problem.message))
    return InputError(problems)


def _index(items: list[Data], item_id: str) -> int | None:
    return next((n for n, i in enumerate(items) if i.get("id") == item_id), None)


def same_item(stored: Data, candidate: Data, *, with_id: bool) -> bool:
    a, b = dict(stored), dict(candidate)
    if not with_id:
        a.pop("id", None)
        b.pop("id", None)
    else:
        b["id"] = a.get("id")
    return a == b


def _words(text: Any) -> str:
    return " ".join(str(text).casefold().split())


def near_item(section: str, stored: Data, candidate: Data) -> bool:
    if section == "steps":
        return (
            stored.get("kind") == candidate.get("kind")
            and stored.get("date") == candidate.get("date")
            and _words(stored.get("title")) == _words(candidate.get("title"))
        )
    return _words(stored.get("text")) == _words(candidate.get("text"))


def _near_message(section: str, near: Data, dossier_id: str) -> str:
    if section == "steps":
        return t(
            "'{dossier}' heeft al een {kind} van {date} met deze titel: '{id}'; verander die "
            "met 'besluitspoor step edit {id}', of voeg toch een nieuwe toe met --new",
            "'{dossier}' already has a {kind} of {date} with this title: '{id}'; change it "
            "with 'besluitspoor step edit {id}', or add another one anyway with --new",
            dossier=dossier_id,
            kind=near.get("kind"),
            date=near.get("date"),
            id=near["id"],
        )
    return t(
        "'{dossier}' heeft al een {what} met deze tekst: '{id}'; voeg toch een nieuwe toe "
        "met --new",
        "'{dossier}' already has a {what} with this text: '{id}'; add another one anyway "
        "with --new",
        dossier=dossier_id,
        what=noun(section),
        id=near["id"],
    )


def _derived_id(section: str, entry: Data) -> str:
    if section == "steps":
        kind = str(entry["kind"])
        return f"{vocab.id_prefix(kind)}-{ids.slugify(str(entry['date']), 21).replace('/', '-')}"
    return ids.meaningful(str(entry["text"]))


# --- references ----------------------------------------------------------------------------


def ref_fields(section: str, item: Data) -> Iterator[tuple[str, str]]:
    """(field, section referred to) for each reference field of an item in its file form."""
    if section == "steps":
        kind = item.get("kind")
        model: type[Any] = STEP_CLASSES.get(kind, StepBase) if isinstance(kind, str) else StepBase
    else:
        model = Precondition if section == "preconditions" else Promise
    for field, ref in refs_of(model).items():
        yield field, ref.section
    if section == "preconditions":
        yield "evidence", "steps"


def rename_references(data: Data, section: str, old: str, new: str) -> None:
    """Point every reference to item `old` of `section` at `new` (in the file form)."""
    for holder in SECTIONS:
        for item in data.get(holder, []):
            for field, target in ref_fields(holder, item):
                if target != section:
                    continue
                value = item.get(field)
                if value == old and not (field == "evidence" and is_url(old)):
                    item[field] = new
                elif isinstance(value, list):
                    item[field] = [new if v == old else v for v in value]


def _refuse_if_referred(dossier: Dossier, section: Section, item_id: str) -> None:
    referrers = references_to(dossier, section, item_id)
    if referrers:
        raise InputError(
            t(
                "{what} '{id}' wordt genoemd in {where}; verander die eerst",
                "{what} '{id}' is referred to by {where}; change those first",
                what=noun(section),
                id=item_id,
                where=", ".join(referrers),
            )
        )


def references_to(dossier: Dossier, section: str, item_id: str) -> list[str]:
    """Where an item is referred to: `steps.rib-1.reports`, `preconditions.convenant.named_in`."""
    found = []
    data = dossier.to_data()
    for holder in SECTIONS:
        for item in data.get(holder, []):
            for field, target in ref_fields(holder, item):
                value = item.get(field)
                if target == section and (
                    value == item_id or (isinstance(value, list) and item_id in value)
                ):
                    found.append(f"{holder}.{item['id']}.{field}")
    return found
