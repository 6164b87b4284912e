"""The volunteer's route against a council served over HTTP, as a user runs it, with figures.

    python bench/route.py

For each served case of tests/served.py (Duinhaven, made up; Alblasserdam, from the bundled
dossier's facts) it runs the commands of the route as processes against a fresh database —
`dossier add`, `ris search`, `ris import` (the documents' contents come along), `nakijken
--accept-all`, `check`, `report` — and compares the result with the trail recorded by hand:
steps (kind and date), promises with their deadline, preconditions, findings, sources. Prints
figures; asserts nothing (tests/test_served.py asserts the same route's thresholds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.served import HAND_TRAIL, Alblasserdam, Council  # noqa: E402

CASES: dict[str, dict[str, Any]] = {
    "duinhaven": {
        "add": ["--profile", "beleidswijziging-sociaal-domein", "--start", "2024-07-01"],
        "query": "buurtteams",
        "as_of": "2024-07-15",
        "hand": ("duinhaven-buurtteams", HAND_TRAIL),
    },
    "alblasserdam": {
        "add": ["--profile", "gemeenschappelijke-regeling", "--start", "2022-01-01"],
        "query": "hoofdlijnen",
        "as_of": "2022-03-01",
        "hand": ("alblasserdam-gr-sociaal", (ROOT / "data" / "alblasserdam-gr-sociaal.yaml")),
    },
}


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def _month(value: Any) -> str:
    return str(value).split("/")[-1][:7]


def measure(served: Council, folder: Path) -> str:
    case = CASES[served.org]
    db = str(folder / f"{served.org}.db")
    env = {
        **os.environ,
        "BESLUITSPOOR_OBV_URL": served.url,
        "XDG_CACHE_HOME": str(folder / "cache"),
        "NO_COLOR": "1",
    }

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "besluitspoor", "--db", db, *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, check=False)

    dossier = f"{served.org}-route"
    start = time.perf_counter()
    run("dossier", "add", "--id", dossier, "--title", served.org.title(),
        "--municipality", served.org.title(), "--domain", "sociaal", *case["add"])  # fmt: skip
    found = run("ris", "search", f"obv:{served.org}", "-q", case["query"], "--json")
    refs = [hit["ref"] for hit in json.loads(found.stdout)]
    run("ris", "import", dossier, f"obv:{served.org}", *refs)
    pending = json.loads(run("nakijken", dossier, "--json").stdout)
    run("nakijken", dossier, "--accept-all")
    checked = run("check", dossier, "--as-of", case["as_of"], "-f", "json")
    run("report", dossier, "-o", str(folder / f"{served.org}.html"))
    elapsed = time.perf_counter() - start

    hand_id, hand_source = case["hand"]
    hand_file = hand_source if isinstance(hand_source, Path) else folder / "hand.yaml"
    if not isinstance(hand_source, Path):
        hand_file.write_text(hand_source, encoding="utf-8")
    run("import", str(hand_file))
    made = json.loads(run("export", dossier, "-f", "json").stdout)
    hand = json.loads(run("export", hand_id, "-f", "json").stdout)

    def findings(result: subprocess.CompletedProcess[str]) -> set[tuple[str, str, str]]:
        (one,) = json.loads(result.stdout)["dossiers"]
        return {(f["rule"], f["kind"], f["severity"]) for f in one["findings"]}

    wanted = findings(run("check", hand_id, "--as-of", case["as_of"], "-f", "json"))
    got = findings(checked)
    steps = [
        h for h in hand["steps"]
        if any(m["kind"] == h["kind"] and m["date"] == h["date"] for m in made["steps"])
    ]  # fmt: skip

    def kept(h: dict[str, Any], m: dict[str, Any]) -> bool:
        return _similar(h["text"], m["text"]) >= 0.3 and _month(m.get("due")) == _month(
            h.get("due")
        )

    promises = [
        h for h in hand.get("promises", []) if any(kept(h, m) for m in made.get("promises", []))
    ]
    preconditions = [
        h for h in hand.get("preconditions", [])
        if any(_similar(h["text"], m["text"]) >= 0.6 for m in made.get("preconditions", []))
    ]  # fmt: skip
    extra = sorted(f[0] for f in got - wanted if f[1] == "violation")
    sourced = sum(1 for s in made["steps"] if s.get("source"))
    return (
        f"{served.org:13} 6 commands  {elapsed:5.1f} s  "
        f"steps {len(steps)}/{len(hand['steps'])}  "
        f"promises with deadline {len(promises)}/{len(hand.get('promises', []))}  "
        f"preconditions {len(preconditions)}/{len(hand.get('preconditions', []))}  "
        f"findings {len(wanted & got)}/{len(wanted)}  violations beyond the hand trail: "
        f"{', '.join(extra) or 'none'}  sourced steps {sourced}/{len(made['steps'])}  "
        f"items to review {len(pending)}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="besluitspoor-route-") as tmp:
        for case in (Council, Alblasserdam):
            with case() as served:
                print(measure(served, Path(tmp)))


if __name__ == "__main__":
    main()
