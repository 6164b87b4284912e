"""How well `besluitspoor extract` drafts documents it was not tuned on.

    python bench/extract.py [--shared ../shared] [--keep DIR] [--runs 5] [--json FILE]

The corpus is bench/corpus: real council documents from municipalities outside ../shared, each
with a gold draft written before the extractor ran on it (bench/corpus/README.md). Every document
is scored leave-one-municipality-out: the hand-written recognisers were tuned only on the `dev`
municipalities (corpus/SPLIT), and the learned reader of prose is trained on them only
(bench/train.py), so a `test` document is scored by patterns and a model that never saw its
municipality, nor any test one; a `dev` document is drafted with a model trained without its
municipality (five folds of the dev municipalities).
Scores use ../shared/extract/score.py when it is there (the conventions of the gold); then the
eleven shared documents separately; then speed: a .txt letter, a 20-page PDF and a
100,000-character run-on line, as a user runs them.

Prints figures; asserts nothing. The project does not need ../shared to install or test.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    options = parser.parse_args()
    out = options.keep or Path(tempfile.mkdtemp(prefix="besluitspoor-extract-"))
    figures: dict[str, object] = {}
    score_module = _scorer(options.shared)
    if score_module is None:
        print(f"no {options.shared}/extract/score.py here: corpus drafted, not scored")
    figures["corpus"] = corpus(score_module, out / "corpus")
    if score_module is not None:
        figures["shared"] = shared(options.shared, out / "shared")
    figures["speed"] = speed(options.runs)
    print(f"\ndrafts kept in {out}")
    if options.json:
        options.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n")


def _scorer(shared: Path):  # type: ignore[no-untyped-def]
    from corpus_check import scorer

    return scorer(shared)


def meta(gold: Path) -> dict[str, str]:
    """The file-level comments of a gold draft: doc_type, doc_date, municipality, layout."""
    found: dict[str, str] = {}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if re.match(r"^(steps|promises|preconditions):", line):
            break
        if m := re.match(r"#\s*(doc_type|doc_date|municipality|layout):\s*(.+?)\s*$", line):
            found[m[1]] = m[2]
    return found


def _text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    return "\n".join(line for line in raw.splitlines() if not line.startswith("# source:"))


def _given(value: str | None) -> date | None:
    from besluitspoor.fuzzydate import FuzzyDate

    return FuzzyDate.parse(value).first if value else None


def corpus(score_module, out: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from besluitspoor.extract.draft import to_json
    from besluitspoor.extract.language import looks_english
    from besluitspoor.extract.recognize import recognise

    split = _split()
    golds = sorted((CORPUS / "gold").glob("*.yaml"))
    metas = {g.stem: meta(g) for g in golds}
    texts = {g.stem: _text(CORPUS / "texts" / f"{g.stem}.txt") for g in golds}
    out.mkdir(parents=True, exist_ok=True)
    readers = _fold_readers()
    for stem, info in metas.items():
        draft = recognise(texts[stem], _given(info.get("doc_date")), readers=readers.get(stem))
        (out / f"{stem}.json").write_text(to_json(draft), encoding="utf-8")
    municipalities = sorted({m.get("municipality", "?") for m in metas.values()})
    print(f"corpus: {len(golds)} documents, {len(municipalities)} municipalities")
    print("  " + ", ".join(municipalities))
    if score_module is None:
        return {"documents": len(golds), "municipalities": municipalities}
    groups: dict[str, list[str]] = defaultdict(list)
    for stem, info in metas.items():
        groups[f"layout {info.get('layout', '?')}"].append(stem)
        part = split.get(info.get("municipality", ""), "unsplit")
        groups[f"split {part}"].append(stem)
        if part.startswith("test"):
            groups["held out (test*)"].append(stem)
            # the extractor reads Dutch: a machine-translated English page is told apart
            if not looks_english(texts[stem]):
                groups["held out, Dutch texts"].append(stem)
        groups["all"].append(stem)
    results = {name: _score(score_module, stems, out) for name, stems in sorted(groups.items())}
    _table("leave-one-municipality-out, bench/corpus", results)
    return {"documents": len(golds), "municipalities": municipalities, "scores": results}


def _fold_readers():  # type: ignore[no-untyped-def]
    """The learned readers each dev document is drafted with: trained without its municipality
    (a held-out document gets the shipped ones, which never saw a held-out document)."""
    from train import dev_stems, fold_readers

    return fold_readers(dev_stems())


def _split() -> dict[str, str]:
    """municipality -> dev | test, from corpus/SPLIT ("dev: A, B" / "test: C, D")."""
    split: dict[str, str] = {}
    path = CORPUS / "SPLIT"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if ":" in line and not line.startswith("#"):
            group, names = line.split(":", 1)
            for name in names.split(","):
                split[name.strip()] = group.strip()
    return split


def _score(score_module, stems: list[str], pred: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    gold_dir = Path(tempfile.mkdtemp())
    for stem in stems:
        shutil.copy(CORPUS / "gold" / f"{stem}.yaml", gold_dir / f"{stem}.yaml")
    score_module.GOLD = gold_dir
    score_module.TEXTS = CORPUS / "texts"
    result = score_module.score(pred, "all")
    shutil.rmtree(gold_dir)
    result["documents"] = len(stems)
    return result  # type: ignore[no-any-return]


_FIELDS = ("doc_type", "step kind", "step date exact", "evidence verbatim")


def _table(title: str, results: dict[str, dict]) -> None:  # type: ignore[type-arg]
    print(f"\n{title}")
    head = f"{'group':34}{'docs':>5}  {'steps P/R':>11}  {'promises P/R':>13}  {'precond P/R':>12}"
    print(head + "".join(f"  {f[:14]:>14}" for f in _FIELDS))
    for name, r in results.items():
        d = r["detection"]
        cells = [
            f"{d[x]['precision']:.2f}/{d[x]['recall']:.2f}".replace("nan", "-")
            for x in ("steps", "promises", "preconditions")
        ]
        fields = [_ratio(r["fields"].get(f, "n/a")) for f in _FIELDS]
        print(
            f"{name:34}{r['documents']:>5}  {cells[0]:>11}  {cells[1]:>13}  {cells[2]:>12}"
            + "".join(f"  {x:>14}" for x in fields)
        )


def _ratio(value: str) -> str:
    return value.split(" = ")[-1] + f" ({value.split(' = ')[0]})" if " = " in value else value


def shared(shared_dir: Path, out: Path) -> dict[str, object]:
    """The eleven documents in ../shared/extract (the ones the first extractor was tuned on)."""
    from besluitspoor.extract.draft import to_json
    from besluitspoor.extract.recognize import recognise

    extract = shared_dir / "extract"
    out.mkdir(parents=True, exist_ok=True)
    for gold in sorted((extract / "gold").glob("*.yaml")):
        stem = gold.stem
        if stem.startswith("seed"):
            [path] = (shared_dir / "seeds").glob(stem[4:] + "_*.txt")
        else:
            path = extract / "texts" / f"{stem}.txt"
        draft = recognise(_text(path), _given(meta(gold).get("doc_date")))
        (out / f"{stem}.json").write_text(to_json(draft), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(extract / "score.py"), "score", str(out), "--set", "all", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(result.stdout)
    scores["documents"] = len(list((extract / "gold").glob("*.yaml")))
    _table("the eleven shared documents (../shared/extract)", {"shared": scores})
    return scores  # type: ignore[no-any-return]


def speed(runs: int) -> dict[str, float]:
    """Wall time of `besluitspoor extract` as a user runs it (start-up included), median."""
    sys.path.insert(0, str(ROOT))
    from tests.pdfmaker import pdf

    letter = ROOT / "tests" / "corpus" / "extract" / "rib-buurtteam.txt"
    body = [line for line in letter.read_text(encoding="utf-8").splitlines() if line.strip()]
    page = body + body[6:12] * 3  # a full page of prose
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "twintig-paginas.pdf"
        big.write_bytes(pdf([page] * 20))
        runon = Path(tmp) / "een-regel.txt"
        sentence = "De raad heeft op 12 maart 2024 besloten en het college zal u informeren, "
        runon.write_text((sentence * (100_000 // len(sentence) + 1))[:100_000], encoding="utf-8")
        # a flattened table: rows of motions and promises on one line
        table = Path(tmp) / "een-tabel.txt"
        row = (
            "| 12-03-2024 | Motie 23 Vreemd aan de orde van de dag | aangenomen | 15-2 | "
            "wethouder De Vries zegt toe de raad voor 1 juli te informeren | "
        )
        table.write_text((row * (100_000 // len(row) + 1))[:100_000], encoding="utf-8")
        exe = Path(sys.executable).with_name("besluitspoor")
        print()
        for name, path in (
            ("a .txt letter", letter),
            ("a 20-page PDF", big),
            ("a 100,000-char line", runon),
            ("a 100,000-char table", table),
        ):
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run(
                    [str(exe), "extract", str(path), "-f", "json"], check=True, capture_output=True
                )
                times.append(time.perf_counter() - start)
            figures[name] = round(statistics.median(times), 3)
            print(f"extract {name:20} median {figures[name]:.3f} s over {runs} runs")
    return figures


if __name__ == "__main__":
    main()
