"""Every rule against its YAML case file: dossiers with the findings they must (and must not)
give. A meta-test keeps the catalogue complete: cases, messages in both languages, a source and
a docstring with a wrong and a right example for every rule."""

from __future__ import annotations

import inspect
import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from besluitspoor.check import check_dossier
from besluitspoor.model import Dossier
from besluitspoor.profiles import load_profiles
from besluitspoor.rules.registry import BY_ID, RULES

CASES = Path(__file__).parent / "cases"


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in spec["cases"]:
            params.append(pytest.param(spec["rule"], case, id=f"{spec['rule']}: {case['name']}"))
    return params


def _dossier(case: dict[str, Any]) -> Dossier:
    data = dict(case.get("dossier") or {})
    info = {
        "id": "case",
        "title": "Testdossier",
        "municipality": "Teststad",
        "profile": case.get("profile", "beleidswijziging-sociaal-domein"),
        "domain": "sociaal",
        **(data.pop("dossier", None) or {}),
    }
    return Dossier.model_validate({"format": "besluitspoor/1", "dossier": info, **data})


@pytest.mark.parametrize(("rule_id", "case"), _load_cases())
def test_rule_case(rule_id: str, case: dict[str, Any]) -> None:
    dossier = _dossier(case)
    profile = load_profiles()[dossier.dossier.profile]
    if "profile_params" in case:
        profile = profile.model_copy(
            update={"params": {**profile.params, **case["profile_params"]}}
        )
    as_of = case["as_of"] if isinstance(case["as_of"], date) else date.fromisoformat(case["as_of"])
    for lang in ("nl", "en"):  # every message renders in both languages
        findings = check_dossier(dossier, profile, as_of, select={rule_id}, lang=lang)
        got = sorted((f.kind, f.severity, f.subject or "") for f in findings)
        want = sorted((e["kind"], e["severity"], e.get("subject") or "") for e in case["expect"])
        assert got == want, [f.message for f in findings]
        for finding in findings:
            assert finding.rule == rule_id and finding.source and finding.message
            assert "{" not in finding.message, finding.message
        if lang == "nl":
            for expected in case["expect"]:
                if "message" in expected:
                    assert any(expected["message"] in f.message for f in findings), findings


def test_every_rule_has_cases_that_fire_and_cases_that_stay_silent() -> None:
    files = {p.stem for p in CASES.glob("*.yaml")}
    assert files == set(BY_ID), f"missing: {set(BY_ID) - files}, unknown: {files - set(BY_ID)}"
    for path in CASES.glob("*.yaml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert spec["rule"] == path.stem
        assert any(c["expect"] for c in spec["cases"]), f"{path.stem}: no case that fires"
        assert any(not c["expect"] for c in spec["cases"]), f"{path.stem}: no silent case"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.ID)
def test_rule_is_documented_sourced_and_bilingual(rule: Any) -> None:
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.ID)
    assert rule.SEVERITY in ("error", "warning", "info")
    assert rule.GROUP
    assert len(rule.SOURCE) > 5
    doc = inspect.getdoc(rule) or ""
    assert "Wrong" in doc and "Right" in doc, (
        f"{rule.ID}: docstring needs a wrong and a right example"
    )
    assert set(rule.MESSAGES) == {"nl", "en"}
    assert set(rule.MESSAGES["nl"]) == set(rule.MESSAGES["en"])
    for key, text in rule.MESSAGES["nl"].items():
        fields = {f for _, f, _, _ in string.Formatter().parse(text) if f}
        english = {f for _, f, _, _ in string.Formatter().parse(rule.MESSAGES["en"][key]) if f}
        assert fields == english, f"{rule.ID}.{key}: the two languages use different fields"
    assert callable(rule.check)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.ID)
def test_rule_contract_params_declared_and_no_rule_calls_another(rule: Any) -> None:
    """A rule declares the parameters it reads (with a default and a meaning, written only
    there), and shares judgements through rules/verdicts.py instead of importing other rules."""
    import ast

    from besluitspoor.rules.engine import Param

    source = inspect.getsource(rule)
    used = set(re.findall(r'ctx\.param\("([a-z_]+)"\)', source))
    declared = getattr(rule, "PARAMS", {})
    assert used == set(declared), f"{rule.ID}: reads {used}, declares {set(declared)}"
    for name, param in declared.items():
        assert isinstance(param, Param) and param.help, f"{rule.ID}.{name}"
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "besluitspoor.rules":
            raise AssertionError(f"{rule.ID} imports other rules: {[a.name for a in node.names]}")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.ID)
def test_rule_declares_what_it_reads_in_the_format_s_keys(rule: Any) -> None:
    """READS names the facts and fields a rule reads; each names a key of the format, and the
    facts, kinds and dossier keys the code reads are declared."""
    from besluitspoor.model import STEP_CLASSES, DossierInfo, Facts, Precondition, Promise, StepBase

    reads = rule.READS
    assert reads, f"{rule.ID} declares nothing it reads"
    for path in reads:
        head, *rest = path.split(".")
        if head == "dossier":
            if rest[0] == "facts":
                assert rest[1] in Facts.model_fields, path
            else:
                assert rest[0] in DossierInfo.model_fields, path
        elif head == "steps":
            kind = rest[0] if rest else "*"
            model = StepBase if kind == "*" else STEP_CLASSES[kind]
            if len(rest) > 1:
                assert rest[1] in model.model_fields, path
        elif head in ("preconditions", "promises"):
            model = Precondition if head == "preconditions" else Promise
            if rest:
                assert rest[0] in model.model_fields, path
        else:
            assert path == "profile.required_steps", path
    source = inspect.getsource(rule).split("MESSAGES")[0] + inspect.getsource(rule.check)
    for fact in re.findall(r"dossier\.dossier\.facts\.([a-z_]+)", source):
        assert f"dossier.facts.{fact}" in reads, f"{rule.ID} reads facts.{fact}"
    for key in re.findall(r"dossier\.dossier\.(goals|costs|evaluation|domain)\b", source):
        assert f"dossier.{key}" in reads, f"{rule.ID} reads dossier.{key}"
    for kind in re.findall(r'steps_of\(\s*"([a-z-]+)"', source):
        assert any(r == f"steps.{kind}" or r.startswith(f"steps.{kind}.") for r in reads), (
            f"{rule.ID} reads steps of kind {kind}"
        )
    if "ctx.start" in source or "start_missing" in source:
        assert "dossier.start" in reads, f"{rule.ID} reads the start"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.ID)
def test_every_rule_is_explained_in_dutch_as_in_english(rule: Any) -> None:
    """`rules ID` explains the rule in the user's language: a Dutch text beside the English
    docstring, with the same examples (Fout/Goed for Wrong/Right)."""
    english = inspect.getdoc(rule) or ""
    dutch = inspect.cleandoc(getattr(rule, "EXPLANATION_NL", ""))
    assert dutch, f"{rule.ID} has no EXPLANATION_NL"
    assert ("Wrong:" in english) == ("Fout:" in dutch), rule.ID
    assert ("Right:" in english) == ("Goed:" in dutch), rule.ID
    for code in re.findall(r"`[^`]+`", english):  # the format's keys and values, untranslated
        assert code in dutch, (rule.ID, code)
