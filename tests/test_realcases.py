"""Dossiers reconstructed from real public cases (rulings with ECLI, rekenkamer reports,
minutes), each with the findings the judge's conclusion implies — and no finding of an error the
record does not support. The expectations sit in the dossier file's own comment line
`# Expected: ...`, and here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from besluitspoor.check import check_dossier
from besluitspoor.dossierfile.read import read_file
from besluitspoor.profiles import load_profiles

CASES = Path(__file__).parent / "realcases"

# file -> (as of, the violations the judge's conclusion implies: (rule, subject))
EXPECTED = {
    "rotterdam-maatregelen-wwb.yaml": (
        date(2014, 2, 25),
        {("delegatie-essentialia", "verordening-afstemming")},
    ),
    "verordening-2013-maatregel-wwb.yaml": (
        date(2015, 2, 17),
        {("delegatie-essentialia", "verordening-2013")},
    ),
    "hoorn-jeugdwet-pgb-verordening.yaml": (
        date(2024, 7, 8),
        {("delegatie-essentialia", "verordening-jeugdhulp")},
    ),
    "vaals-pentasz-onbevoegd.yaml": (
        date(2008, 3, 18),
        {("onbevoegd-orgaan", "intrekking-terugvordering")},
    ),
    "drechtsteden-wmo-pgb-verordening.yaml": (
        date(2017, 4, 20),
        {("delegatie-essentialia", "verordening-2015")},
    ),
    "dordrecht-inburgering-geen-delegatie.yaml": (
        date(2013, 5, 22),
        {
            ("onbevoegd-orgaan", "voorziening-2010-03-24"),
            ("onbevoegd-orgaan", "bezwaar-2010-07-06"),
        },
    ),
    "drechtsteden-bestuurscommissie-bevoegdheid.yaml": (
        date(2010, 3, 16),
        {
            ("onbevoegd-orgaan", "overdracht-door-db"),
            ("onbevoegd-orgaan", "beslissing-op-bezwaar"),
        },
    ),
    "limburg-tijdelijke-woningen-vvgb.yaml": (
        date(2024, 9, 13),
        {("vvgb-ontbreekt", "vergunning-tijdelijke-woningen")},
    ),
    "rotterdam-begroting-2011-bijstand.yaml": (
        date(2011, 5, 18),
        {("besluit-op-onjuiste-informatie", "raad-vaststelling-begroting-2011")},
    ),
    # the highest court held the delegation lawful under the law of its day: no finding
    "crvb-2012-wmo-eigen-bijdrage-delegatie.yaml": (date(2012, 8, 1), set()),
    "vvgb-varkensstal-ontwerp-niet-ter-inzage.yaml": (
        date(2016, 10, 19),
        {("stap-ongeldig", "raad-vvgb-2014-09-03"), ("vvgb-ontbreekt", "vergunning-varkensstal")},
    ),
    "zutphen-het-plein-informatie.yaml": (
        date(2019, 5, 21),
        {
            ("besluit-op-onjuiste-informatie", "raad-begroting-2018"),
            ("informatie-te-laat", "ambtelijk-signaal-2017-09"),
            ("informatie-te-laat", "bmc-rapport"),
        },
    ),
    # the council censured an overrun it was told of late (motie van treurnis: no order to settle)
    "leiden-tijdelijke-woningen-overschrijding.yaml": (
        date(2018, 4, 13),
        {
            ("budget-zonder-begrotingswijziging", "rib-2018-03-27"),
            ("besluit-op-onjuiste-informatie", "rb-extra-krediet-2017-04"),
        },
    ),
    "leeuwarden-reuzen-kostenoverschrijding.yaml": (
        date(2018, 10, 11),
        {("informatie-te-laat", "signaal-reuzen-2018-07-09")},
    ),
    "oude-ijsselstreek-almende-bouwkosten.yaml": (
        date(2018, 8, 31),
        {
            ("toezegging-verlopen", "raad-informeren-februari"),
            ("informatie-te-laat", "signaal-rector-2017-12"),
        },
    ),
}


def test_every_real_case_has_an_expectation() -> None:
    assert sorted(p.name for p in CASES.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_case_gives_what_the_judge_found(name: str) -> None:
    result = read_file(CASES / name)
    assert result.problems == []
    assert result.dossier is not None
    as_of, expected = EXPECTED[name]
    profiles = load_profiles()
    findings = check_dossier(result.dossier, profiles[result.dossier.dossier.profile], as_of)
    errors = {(f.rule, f.subject) for f in findings if f.severity == "error"}
    violations = {(f.rule, f.subject) for f in findings if f.kind == "violation"}
    assert violations == expected, (
        f"missing {expected - violations}, unsupported {violations - expected}"
    )
    assert errors <= expected, f"errors the record does not support: {errors - expected}"
    # and nothing generic that no judge raised
    warnings = {f.rule for f in findings if f.severity == "warning"}
    assert not warnings & {"doelen-ontbreken", "kosten-ontbreken", "evaluatie-ontbreekt"}


def test_an_open_date_in_a_finding_reads_as_the_source_says_it() -> None:
    result = read_file(CASES / "zutphen-het-plein-informatie.yaml")
    assert result.dossier is not None
    profile = load_profiles()[result.dossier.dossier.profile]
    messages = [f.message for f in check_dossier(result.dossier, profile, date(2019, 5, 21))]
    assert any("de raad besloot vóór juni 2018 over" in m for m in messages), messages


def test_a_signal_of_unclear_timing_is_asked_about_as_what_the_college_knew() -> None:
    result = read_file(CASES / "leiden-tijdelijke-woningen-overschrijding.yaml")
    assert result.dossier is not None
    profile = load_profiles()[result.dossier.dossier.profile]
    found = check_dossier(result.dossier, profile, date(2018, 4, 13))
    [asked] = [f for f in found if f.rule == "informatie-te-laat"]
    assert asked.kind == "needs-data"
    assert "wat het college wist" in asked.message and "besluit" not in asked.message
