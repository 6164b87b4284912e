"""How far two careful readers agree, beside how far the extractor agrees with either.

    python bench/agreement.py [--shared ../shared] [--drafts DIR]

bench/corpus/second_reader holds a second reader's answers for dev documents drawn at random,
written without seeing the gold, the file's name or any draft (its README says how): the
`doc_type` of 150 documents, and whole gold drafts of 30. This prints how well the two readers
score each other (with ../shared/extract/score.py, the gold's own rules) and, given the drafts
`bench/extract.py --keep DIR` wrote (DIR/corpus: each dev document drafted by readers trained
without its municipality), how well the extractor scores against each of them.
A target set above what two readers agree on measures the gold's conventions, not reading; one
far below it leaves room to read better.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
SECOND = CORPUS / "second_reader"
sys.path.insert(0, str(ROOT / "bench"))


def second_types() -> dict[str, str]:
    """stem -> the second reader's doc_type."""
    out: dict[str, str] = {}
    for line in (SECOND / "types.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stem, doc_type = line.split("\t")[:2]
            out[stem] = doc_type.strip()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--drafts", type=Path, help="the DIR of `bench/extract.py --keep DIR`")
    options = parser.parse_args()
    drafts = options.drafts / "corpus" if options.drafts is not None else None
    types(drafts)
    from corpus_check import scorer

    score_module = scorer(options.shared)
    if score_module is None:
        print(f"\nno {options.shared}/extract/score.py here: the drafts are not scored")
        return
    stems = sorted(p.stem for p in SECOND.glob("*.yaml"))
    print(f"\nwhole drafts, {len(stems)} dev documents drawn at random")
    print(f"  {'':40} steps P / R   promises P / R   type    kind    date exact")
    readers = [("second reader", SECOND), ("gold", CORPUS / "gold")]
    if drafts is not None:
        readers.append(("extractor", drafts))
    for name, pred in readers:
        for by, ref in (("gold", CORPUS / "gold"), ("second reader", SECOND)):
            if pred != ref:
                line = _scored(score_module, stems, pred, ref)
                print(f"  {name + ', scored by the ' + by:40} {line}")


def types(drafts: Path | None) -> None:
    from extract import meta

    second = second_types()
    gold = {s: meta(CORPUS / "gold" / f"{s}.yaml").get("doc_type", "overig") for s in second}
    n = len(second)

    def share(a: dict[str, str], b: dict[str, str]) -> str:
        same = sum(a[s] == b[s] for s in second)
        return f"{same}/{n} = {same / n:.2f}"

    print(f"document type alone, {n} dev documents drawn at random")
    print(f"  second reader and gold agree   {share(second, gold)}")
    if drafts is not None:
        drafted = {
            s: json.loads((drafts / f"{s}.json").read_text(encoding="utf-8")).get("doc_type", "")
            for s in second
        }
        print(f"  extractor and gold agree       {share(drafted, gold)}")
        print(f"  extractor and second reader    {share(drafted, second)}")
    apart = Counter((gold[s], second[s]) for s in second if gold[s] != second[s])
    print("  where the readers differ (gold -> second reader):")
    for (a, b), count in apart.most_common():
        print(f"    {count:3}  {a} -> {b}")


def _scored(score_module, stems: list[str], pred: Path, ref: Path) -> str:  # type: ignore[no-untyped-def]
    """The scores of the drafts in `pred` against the gold drafts in `ref`, on `stems`."""
    gold_dir = Path(tempfile.mkdtemp())
    try:
        for stem in stems:
            shutil.copy(ref / f"{stem}.yaml", gold_dir / f"{stem}.yaml")
        score_module.GOLD = gold_dir
        score_module.TEXTS = CORPUS / "texts"
        result = score_module.score(pred, "all")
    finally:
        shutil.rmtree(gold_dir)
    steps, promises = result["detection"]["steps"], result["detection"]["promises"]
    fields = result["fields"]

    def share(name: str) -> str:
        value = fields.get(name, "-")
        return value.split(" = ")[-1] if isinstance(value, str) else str(value)

    return (
        f"{steps['precision']:.2f} / {steps['recall']:.2f}   "
        f"{promises['precision']:.2f} / {promises['recall']:.2f}      "
        f"{share('doc_type'):7} {share('step kind'):7} {share('step date exact')}"
    )


if __name__ == "__main__":
    main()
