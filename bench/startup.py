"""Wall time of everyday commands, end to end as a user runs them (median of several runs).

    python bench/startup.py [--runs 15]

Prints a table; asserts nothing (tests never time anything). Uses the `besluitspoor` next to
this Python, and a demo database it builds in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ADD = ["add", "rib", "wassenaar-sociaal-team", "--date", "2023-02-01", "--title", "Stand van zaken"]
COMMANDS = [
    ["--version"],
    ["--help"],
    ["dossier", "list"],
    ["dossier", "show", "wassenaar-sociaal-team"],
    ["export", "wassenaar-sociaal-team"],
    ["check", "wassenaar-sociaal-team", "--as-of", "2023-02-08"],
    ["check", "--as-of", "2023-02-08", "--format", "json", "--fail-on", "never"],
    # Recording: a step added each run (--new: the same letter again is a new one), and the
    # same step again, which a re-run recording script does (a no-op that writes nothing).
    [*ADD, "--new"],
    ADD,
    ["toezegging", "nagekomen", "informeren-november", "--by", "cie-mm-2022-11-30"],
]


def wall(args: list[str], env: dict[str, str], runs: int) -> float:
    exe = Path(sys.executable).with_name("besluitspoor")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(exe), *args], env=env, check=False, capture_output=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BESLUITSPOOR_DB": str(Path(tmp) / "bench.db"), "NO_COLOR": "1"}
        exe = Path(sys.executable).with_name("besluitspoor")
        subprocess.run([str(exe), "demo", "--dir", tmp], env=env, check=True, capture_output=True)
        env["BESLUITSPOOR_DB"] = str(Path(tmp) / "besluitspoor.db")
        print(f"{'command':78} median wall s ({options.runs} runs)")
        for args in COMMANDS:
            print(f"besluitspoor {' '.join(args):65} {wall(args, env, options.runs):8.3f}")


if __name__ == "__main__":
    main()
