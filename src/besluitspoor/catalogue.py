"""What the rules and the process profiles are, as data: what `besluitspoor rules` and
`besluitspoor profiles` show, and print as JSON for scripts. The terminal's view of the same
data is `render.catalogue`'s."""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from besluitspoor.i18n import t
from besluitspoor.problems import InputError

if TYPE_CHECKING:
    from besluitspoor.profiles import Profile


def rule_list() -> list[dict[str, Any]]:
    """Every rule: id, group, default severity, source."""
    from besluitspoor.rules.registry import RULES

    return [
        {"id": r.ID, "group": r.GROUP, "severity": r.SEVERITY, "source": r.SOURCE} for r in RULES
    ]


@dataclass(frozen=True)
class RuleView:
    """One rule explained in the run's language (the module's docstring is the English)."""

    module: ModuleType
    doc: str

    def to_json(self) -> dict[str, Any]:
        module = self.module
        return {
            "id": module.ID,
            "severity": module.SEVERITY,
            "group": module.GROUP,
            "source": module.SOURCE,
            "reads": list(module.READS),
            "params": {
                name: {"default": p.default, "help": p.help}
                for name, p in getattr(module, "PARAMS", {}).items()
            },
            "doc": self.doc,
            "messages": module.MESSAGES,
        }


def rule_view(rule: str, lang: str) -> RuleView:
    """The rule `rule`; InputError for an empty or unknown id."""
    from besluitspoor.check import rule_ids
    from besluitspoor.rules.registry import BY_ID

    if not rule.strip():
        raise InputError(
            t(
                "geef de id van een regel, of niets voor de lijst (besluitspoor rules)",
                "give a rule's id, or nothing for the list (besluitspoor rules)",
            )
        )
    rule_ids([rule], "rules")
    module = BY_ID[rule]
    doc = inspect.getdoc(module) or ""
    if lang == "nl":
        doc = inspect.cleandoc(getattr(module, "EXPLANATION_NL", "")) or doc
    return RuleView(module, doc)


def description(profile: Profile, lang: str) -> str:
    return profile.description_en if lang == "en" else profile.description


def profile_list(found: dict[str, Profile], lang: str) -> list[dict[str, Any]]:
    return [
        {"name": p.name, "description": description(p, lang), "file": p.file}
        for p in found.values()
    ]


@dataclass(frozen=True)
class ProfileView:
    """One profile as it checks: the rules it runs (at their severity), those it leaves out,
    its parameters with their defaults filled in, and the steps it requires."""

    profile: Profile
    description: str
    rules_on: dict[str, str]
    rules_off: list[str]
    params: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        p = self.profile
        return {
            "name": p.name,
            "description": self.description,
            "chain": list(p.chain),
            "file": p.file,
            "rules": self.rules_on,
            "params": self.params,
            "required_steps": [s.model_dump(mode="json") for s in p.required_steps],
        }


def profile_view(found: dict[str, Profile], name: str, lang: str) -> ProfileView:
    """The profile `name` among `found`; InputError when there is none of that name."""
    from besluitspoor.check import effective_params
    from besluitspoor.model import did_you_mean
    from besluitspoor.rules.registry import RULES

    if name not in found:
        raise InputError(
            t(
                "profiel '{p}' is onbekend{h}",
                "unknown profile '{p}'{h}",
                p=name,
                h=did_you_mean(name, found),
            )
        )
    p = found[name]
    return ProfileView(
        profile=p,
        description=description(p, lang),
        rules_on={r.ID: p.severity(r.ID, r.SEVERITY) for r in RULES if p.enabled(r.ID)},
        rules_off=[r.ID for r in RULES if not p.enabled(r.ID)],
        params=effective_params(p),
    )
