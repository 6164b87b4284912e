"""How long everyday commands take, end to end as a user runs them: CPU and wall seconds, the
median of several runs, against the floor of starting Python and importing typer and rich.

    python bench/startup.py [--runs 11]

Prints a table; asserts nothing (tests never time anything). The ratio columns (command CPU
over the floor's) hold from machine to machine where the seconds do not. Uses the
`besluitspoor` next to this Python, on the demo database it builds in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOSSIER = "wassenaar-sociaal-team"
PROMISE = ["toezegging", "add", DOSSIER, "--text", "Evaluatie naar de raad", "--due", "2024-06"]
ADD = ["add", "rib", DOSSIER, "--date", "2023-02-01", "--title", "Stand van zaken"]
COMMANDS = [
    ["check", DOSSIER, "--as-of", "2023-02-08"],
    ["timeline", DOSSIER],
    ["agenda", DOSSIER],
    ["dossier", "show", DOSSIER],
    ["dossier", "list"],
    ["step", "list", DOSSIER],
    [*PROMISE, "--made-in", "cie-mm-2022-11-30"],  # a write (each run adds one more)
    [*ADD, "--new"],  # a write
    ADD,  # the same step again: a no-op that writes nothing, as a re-run script does
    ["export", DOSSIER],
    ["check", "--as-of", "2023-02-08", "--format", "json", "--fail-on", "never"],
    ["--help"],
    ["--version"],
]


def measure(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """(median CPU seconds, median wall seconds) of running argv `runs` times."""
    cpu, wall = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=False, capture_output=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(cpu), statistics.median(wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    options = parser.parse_args()
    exe = str(Path(sys.executable).with_name("besluitspoor"))
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BESLUITSPOOR_DB": str(Path(tmp) / "bench.db"), "NO_COLOR": "1"}
        # As users run it: an installed package has its bytecode; a machine that forbids
        # writing it (this one sets PYTHONDONTWRITEBYTECODE) would compile every module per run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([exe, "demo", "--dir", tmp], env=env, check=True, capture_output=True)
        env["BESLUITSPOOR_DB"] = str(Path(tmp) / "besluitspoor.db")
        floor_pass = measure([sys.executable, "-c", "pass"], env, options.runs)
        floor = measure([sys.executable, "-c", "import typer, rich"], env, options.runs)
        print(f"median of {options.runs} runs; x floor = CPU over `import typer, rich`'s")
        print(f"{'command':66} {'CPU s':>7} {'wall s':>7} {'x floor':>8}")
        print(f"{'python -c pass':66} {floor_pass[0]:7.3f} {floor_pass[1]:7.3f}")
        label = 'python -c "import typer, rich"'
        print(f"{label:66} {floor[0]:7.3f} {floor[1]:7.3f} {1:8.1f}")
        for args in COMMANDS:
            cpu, wall = measure([exe, *args], env, options.runs)
            shown = "besluitspoor " + " ".join(a if " " not in a else f'"{a}"' for a in args)
            print(f"{shown[:66]:66} {cpu:7.3f} {wall:7.3f} {cpu / floor[0]:8.1f}")


if __name__ == "__main__":
    main()
