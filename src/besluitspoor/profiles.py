"""Process profiles: which rules run, with which severities and parameters, and which council
steps a kind of policy change requires. Built-in profiles ship in `besluitspoor/profiles/`;
users add or override them from a folder (`--profiles DIR`, `BESLUITSPOOR_PROFILES`).

A profile file is validated like a dossier file, and its problems are reported the same way
(`file:line: path: problem`).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from besluitspoor import vocab
from besluitspoor.i18n import t
from besluitspoor.paths import builtin_profiles_dir
from besluitspoor.problems import InputError, Problem, format_path
from besluitspoor.requirements import RequiredStep
from besluitspoor.vocab import Severity

ENV_PROFILES = "BESLUITSPOOR_PROFILES"


class ProfileFile(BaseModel):
    """What one profile file says (before `extends` is resolved)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    name: str
    description: str = ""
    description_en: str = ""
    extends: str | None = None
    rules: dict[str, Literal[Severity, "off"]] = Field(default_factory=dict)
    params: dict[str, int] = Field(default_factory=dict)
    required_steps: list[RequiredStep] = Field(default_factory=list)
    # Matters a law reserves to the council's verordening, beyond the catalogue's
    # (vocab.RESERVED_TO_VERORDENING): topic -> the article or judgment that says so.
    reserved_topics: dict[
        Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")],
        Annotated[str, StringConstraints(min_length=1)],
    ] = Field(default_factory=dict)


class Profile(BaseModel):
    """A resolved profile: its chain of `extends` applied."""

    model_config = ConfigDict(defer_build=True)

    name: str
    description: str
    description_en: str
    chain: tuple[str, ...]
    rules: dict[str, str]  # rule id -> severity or "off", overrides only
    params: dict[str, int]
    required_steps: tuple[RequiredStep, ...]
    reserved_topics: dict[str, str]
    file: str

    def reserved(self) -> dict[str, str]:
        """Every matter reserved to a verordening: the catalogue's and this profile's."""
        return {**vocab.RESERVED_TO_VERORDENING, **self.reserved_topics}

    def enabled(self, rule_id: str) -> bool:
        return self.rules.get(rule_id) != "off"

    def severity(self, rule_id: str, default: str) -> str:
        level = self.rules.get(rule_id, default)
        return default if level == "off" else level


def profile_dirs(user_dir: str | Path | None = None) -> list[Path]:
    """The built-in folder first, then the user's, whose files win."""
    dirs = [builtin_profiles_dir()]
    chosen = user_dir or os.environ.get(ENV_PROFILES)
    if chosen:
        folder = Path(chosen).expanduser()
        if not folder.is_dir():
            from besluitspoor.problems import InputError

            raise InputError(
                t(
                    "--profiles: map {f} bestaat niet",
                    "--profiles: no such folder {f}",
                    f=folder,
                )
            )
        dirs.append(folder)
    return dirs


def profile_files(user_dir: str | Path | None = None) -> dict[str, Path]:
    """Profile name (the file name without .yaml) -> the file that defines it."""
    found: dict[str, Path] = {}
    for folder in profile_dirs(user_dir):
        for path in sorted(folder.glob("*.y*ml")) if folder.is_dir() else []:
            found[path.stem] = path
    return found


def profile_names(user_dir: str | Path | None = None) -> list[str]:
    return sorted(profile_files(user_dir))


def load_profiles(user_dir: str | Path | None = None) -> dict[str, Profile]:
    """Every profile, resolved. InputError lists the problems of every invalid profile file."""
    from besluitspoor import profile_cache

    files = tuple(sorted((name, str(path)) for name, path in profile_files(user_dir).items()))
    # Keyed by the files as they are now: a profile edited while a process runs (a server, a
    # test session) is read again.
    return _load(files, profile_cache.stamp(files))


@cache
def _load(files: tuple[tuple[str, str], ...], stamp: str) -> dict[str, Profile]:
    from besluitspoor import profile_cache

    found = profile_cache.read(stamp)
    if found is not None:
        return found
    profiles = _validated(files)
    profile_cache.write(stamp, profiles)
    return profiles


def _validated(files: tuple[tuple[str, str], ...]) -> dict[str, Profile]:
    raw: dict[str, ProfileFile] = {}
    problems: list[Problem] = []
    for name, path in files:
        parsed, found = _read(Path(path), name)
        problems.extend(found)
        if parsed is not None:
            raw[name] = parsed
    if not problems:
        problems.extend(_check_references(raw, dict(files)))
    if problems:
        raise InputError(problems)
    return {name: _resolve(name, raw, dict(files)) for name in raw}


def _read(path: Path, name: str) -> tuple[ProfileFile | None, list[Problem]]:
    import yaml

    from besluitspoor.dossierfile import yamlio
    from besluitspoor.validate import PLAIN, data_loc

    def problem(message: str, line: int | None = None, where: str = "") -> Problem:
        return Problem(str(path), line, where, message)

    try:
        text = path.read_text(encoding="utf-8")
        node = yamlio.compose(text)
        data = yamlio.construct(node) if node is not None else None
    except (OSError, UnicodeDecodeError) as exc:
        return None, [problem(f"cannot read the profile: {exc}")]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        return None, [problem(f"invalid YAML: {exc.problem}", mark.line + 1 if mark else None)]
    if not isinstance(data, dict):
        return None, [problem("a profile file must be a mapping with keys name, rules, ...")]
    try:
        parsed = ProfileFile.model_validate(data)
    except ValidationError as exc:
        found = []
        for error in exc.errors(include_url=False):
            loc = data_loc(error["loc"], data, error["type"])
            line = yamlio.line_of(node, loc, key=error["type"] == "extra_forbidden")
            plain = PLAIN.get(error["type"])
            message = (
                t("onbekende sleutel", "unknown key")
                if error["type"] == "extra_forbidden"
                else t(*plain)
                if plain
                else error["msg"]
            )
            found.append(problem(message.removeprefix("Value error, "), line, format_path(loc)))
        return None, found
    found = []
    if parsed.name != name:
        found.append(
            problem(
                f"name '{parsed.name}' differs from the file name '{name}'",
                yamlio.line_of(node, ("name",)),
                "name",
            )
        )
    found.extend(_check_rules_and_steps(parsed, path, node))
    return (None if found else parsed), found


def _check_rules_and_steps(parsed: ProfileFile, path: Path, node: Any) -> list[Problem]:
    from besluitspoor.dossierfile import yamlio
    from besluitspoor.model import did_you_mean
    from besluitspoor.rules.registry import BY_ID

    found = []
    for rule_id in parsed.rules:
        if rule_id not in BY_ID:
            found.append(
                Problem(
                    str(path),
                    yamlio.line_of(node, ("rules", rule_id), key=True),
                    f"rules.{rule_id}",
                    t(
                        "regel '{r}' is onbekend{h}",
                        "unknown rule '{r}'{h}",
                        r=rule_id,
                        h=did_you_mean(rule_id, BY_ID),
                    ),
                )
            )
    declared = {
        name: p for rule in BY_ID.values() for name, p in getattr(rule, "PARAMS", {}).items()
    }
    for name, value in parsed.params.items():
        line = yamlio.line_of(node, ("params", name), key=True)
        if name not in declared:
            found.append(
                Problem(
                    str(path),
                    line,
                    f"params.{name}",
                    t(
                        "parameter '{p}' is onbekend{h} (bekend: {k})",
                        "unknown parameter '{p}'{h} (known: {k})",
                        p=name,
                        h=did_you_mean(name, declared),
                        k=", ".join(sorted(declared)),
                    ),
                )
            )
        elif value < declared[name].minimum:
            found.append(
                Problem(
                    str(path),
                    yamlio.line_of(node, ("params", name)),
                    f"params.{name}",
                    t(
                        "moet minstens {m} zijn",
                        "must be at least {m}",
                        m=declared[name].minimum,
                    ),
                )
            )
    ids = [s.id for s in parsed.required_steps]
    for i, step in enumerate(parsed.required_steps):
        at = ("required_steps", i)
        if step.kind not in vocab.STEP_KINDS:
            hint = did_you_mean(step.kind, vocab.STEP_KINDS)
            found.append(
                Problem(
                    str(path),
                    yamlio.line_of(node, (*at, "kind")),
                    format_path((*at, "kind")),
                    t("soort '{k}' is onbekend{h}", "unknown kind '{k}'{h}", k=step.kind, h=hint),
                )
            )
        for j, other in enumerate(step.after):
            if other not in ids:
                found.append(
                    Problem(
                        str(path),
                        yamlio.line_of(node, (*at, "after", j)),
                        format_path((*at, "after", j)),
                        t(
                            "geen vereiste stap '{s}' in dit profiel",
                            "no required step '{s}' in this profile",
                            s=other,
                        ),
                    )
                )
    return found


def _check_references(raw: dict[str, ProfileFile], files: dict[str, str]) -> list[Problem]:
    problems = []
    for name, profile in raw.items():
        seen = [name]
        current: ProfileFile | None = profile
        while current is not None and current.extends is not None:
            parent = current.extends
            if parent not in raw:
                problems.append(
                    Problem(
                        files[name],
                        None,
                        "extends",
                        t(
                            "profiel '{p}' is onbekend (bekend: {k})",
                            "unknown profile '{p}' (known: {k})",
                            p=parent,
                            k=", ".join(sorted(raw)),
                        ),
                    )
                )
                break
            if parent in seen:
                problems.append(
                    Problem(
                        files[name],
                        None,
                        "extends",
                        t(
                            "profielen breiden elkaar in een kring uit: {c}",
                            "profiles extend each other in a circle: {c}",
                            c=" -> ".join([*seen, parent]),
                        ),
                    )
                )
                break
            seen.append(parent)
            current = raw[parent]
    return problems


def _resolve(name: str, raw: dict[str, ProfileFile], files: dict[str, str]) -> Profile:
    chain: list[ProfileFile] = []
    current: ProfileFile | None = raw[name]
    while current is not None:
        chain.append(current)
        current = raw[current.extends] if current.extends else None
    rules: dict[str, str] = {}
    params: dict[str, int] = {}
    reserved: dict[str, str] = {}
    steps: dict[str, RequiredStep] = {}
    for layer in reversed(chain):  # the base first, the profile itself last
        rules.update(layer.rules)
        params.update(layer.params)
        reserved.update(layer.reserved_topics)
        steps.update({s.id: s for s in layer.required_steps})
    own = raw[name]
    return Profile(
        name=name,
        description=own.description,
        description_en=own.description_en or own.description,
        chain=tuple(p.name for p in chain),
        rules=rules,
        params=params,
        required_steps=tuple(steps.values()),
        reserved_topics=reserved,
        file=files[name],
    )
