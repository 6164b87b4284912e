"""How well `besluitspoor extract` drafts real documents: runs it (`-f json`) over the texts and
gold drafts in ../shared/extract (when that folder is there) and prints score.py's table, plus
the time per document; then the end-to-end time of the command on a .txt letter and on a
generated 20-page PDF (that part needs nothing outside the repository).

    python bench/extract.py [--shared ../shared] [--keep DIR] [--runs 5]

Prints figures; asserts nothing. The project does not need ../shared to install or test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    extract = options.shared / "extract"
    if (extract / "score.py").exists():
        score(options, extract)
    else:
        print(f"no {extract}/score.py here: no score")
    speed(options.runs)


def speed(runs: int) -> None:
    """Wall time of `besluitspoor extract` as a user runs it (start-up included), median."""
    import statistics

    sys.path.insert(0, str(ROOT))
    from tests.pdfmaker import pdf

    letter = ROOT / "tests" / "corpus" / "extract" / "rib-buurtteam.txt"
    body = [line for line in letter.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = body + body[6:12] * 3  # a full page of prose
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "twintig-paginas.pdf"
        big.write_bytes(pdf([page] * 20))
        exe = Path(sys.executable).with_name("besluitspoor")
        print()
        for name, path in (("a .txt letter", letter), ("a 20-page PDF", big)):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run(
                    [str(exe), "extract", str(path), "-f", "json"], check=True, capture_output=True
                )
                times.append(time.perf_counter() - start)
            print(f"extract {name:16} median {statistics.median(times):.3f} s over {runs} runs")


def score(options: argparse.Namespace, extract: Path) -> None:
    from besluitspoor.extract.draft import to_json
    from besluitspoor.extract.recognize import recognise
    from besluitspoor.fuzzydate import FuzzyDate

    out = options.keep or Path(tempfile.mkdtemp(prefix="besluitspoor-extract-"))
    out.mkdir(parents=True, exist_ok=True)
    timings = []
    for gold in sorted((extract / "gold").glob("*.yaml")):
        stem = gold.stem
        if stem.startswith("seed"):
            [text_path] = (options.shared / "seeds").glob(stem[4:] + "_*.txt")
        else:
            text_path = extract / "texts" / f"{stem}.txt"
        raw = text_path.read_text(encoding="utf-8")
        text = "\n".join(line for line in raw.splitlines() if not line.startswith("# source:"))
        given = None
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.startswith("# doc_date:"):
                given = FuzzyDate.parse(line.split(":", 1)[1].strip()).first
        start = time.perf_counter()
        draft = recognise(text, given if isinstance(given, date) else None)
        (out / f"{stem}.json").write_text(to_json(draft), encoding="utf-8")
        timings.append((stem, time.perf_counter() - start))
    result = subprocess.run(
        [sys.executable, str(extract / "score.py"), "score", str(out), "--set", "all", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout)
    print(f"{'list':15} {'precision':>9} {'recall':>7}   tp  fp  fn")
    for name, d in scores["detection"].items():
        print(f"{name:15} {d['precision']:9} {d['recall']:7} {d['tp']:4}{d['fp']:4}{d['fn']:4}")
    print()
    for name, value in scores["fields"].items():
        print(f"{name:40} {value}")
    slowest = max(timings, key=lambda t: t[1])
    print(f"\nrecognition per document: max {slowest[1]:.3f} s ({slowest[0]})")
    print(f"drafts kept in {out}")


if __name__ == "__main__":
    main()
