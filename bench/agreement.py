"""How far two careful readers agree on a document's type, beside how far the extractor agrees.

    python bench/agreement.py [--drafts DIR]

bench/corpus/second_reader.tsv holds a second reader's `doc_type` for dev documents drawn at
random, written without seeing the gold, the file's name or any draft. This prints how often
that reader and the gold agree and, given the drafts `bench/extract.py --keep DIR` wrote
(DIR/corpus: a dev document drafted by readers trained without its municipality), how often the
extractor agrees with each on the same documents, and where the two readers differ.
A type target set above what two readers agree on measures the gold's conventions, not reading.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT / "bench"))


def second_reader() -> dict[str, str]:
    """stem -> the second reader's doc_type."""
    out: dict[str, str] = {}
    for line in (CORPUS / "second_reader.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stem, doc_type = line.split("\t")[:2]
            out[stem] = doc_type.strip()
    return out


def main() -> None:
    from extract import meta

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=Path, help="the DIR of `bench/extract.py --keep DIR`")
    options = parser.parse_args()
    second = second_reader()
    gold = {s: meta(CORPUS / "gold" / f"{s}.yaml").get("doc_type", "overig") for s in second}
    n = len(second)

    def share(a: dict[str, str], b: dict[str, str]) -> str:
        same = sum(a[s] == b[s] for s in second)
        return f"{same}/{n} = {same / n:.2f}"

    print(f"document type, {n} dev documents drawn at random")
    print(f"  second reader and gold agree   {share(second, gold)}")
    if options.drafts is not None:
        drafts = options.drafts / "corpus"
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


if __name__ == "__main__":
    main()
