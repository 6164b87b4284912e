"""Malformed dossier files end in exit 0 or 2, within a time limit: never 3, a traceback or a
hang. A few hundred cases from the seeded mutator in bench/fuzz.py; `python bench/fuzz.py
--cases 5000` runs a longer one."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", [11, 12])
def test_mutated_dossier_files_are_accepted_or_refused_never_a_crash(
    seed: int, tmp_path: Path
) -> None:
    from bench.fuzz import run_cases

    outcomes, wrong, _ = run_cases(seed, 120, tmp_path, limit_s=20.0)
    assert not wrong, "\n".join(wrong)
    assert set(outcomes) <= {"0", "2"} and sum(outcomes.values()) == 120
    assert outcomes["2"] > 0  # the mutator does make malformed files


@pytest.mark.parametrize("surface", ["documents", "answers"])
def test_mutated_documents_and_council_answers_are_read_or_refused(
    surface: str, tmp_path: Path
) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from bench.fuzz import SURFACES

    outcomes, wrong, _ = SURFACES[surface](13, 200, tmp_path, limit_s=20.0)
    assert not wrong, "\n".join(wrong)
    assert set(outcomes) <= {"0", "2"} and outcomes["2"] > 0 and outcomes["0"] > 0
