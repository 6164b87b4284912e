"""Train the learned reader of prose (`besluitspoor.extract.learned`) on the development corpus.

    python bench/train_steps.py [--check]

Examples are the sentences of the `dev*` documents of bench/corpus (corpus/SPLIT): a sentence
is labelled with the kinds of the gold steps whose `bron` it overlaps, else with none. Held-out
(`test*`) documents are never read. The threshold is chosen before any held-out figure is seen,
by one rule: the least probability at which, in five-fold cross-validation over the dev
municipalities (no sentence scored by a model trained on its own municipality), at least 85% of
the sentences the model picks tell of a step. Writes src/besluitspoor/extract/steps_model.json;
`--check` only says whether the shipped model is the one the corpus trains (it is deterministic).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT / "bench"))

PRECISION = 0.85
FOLDS = 5

Example = tuple[list[str], set[str]]


def main() -> None:
    from besluitspoor.extract import learned

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    options = parser.parse_args()
    stems = dev_stems()
    by_stem = {stem: examples(stem) for stem in stems}
    threshold, figures = choose_threshold(by_stem)
    model = learned.train([e for stem in stems for e in by_stem[stem]], threshold)
    print(f"{len(stems)} dev documents, {sum(map(len, by_stem.values()))} sentences")
    print(figures)
    print(f"threshold {threshold:.2f}; {len(model.weights)} features")
    if options.check:
        same = _same(learned.shipped(), model)
        print("shipped model is current" if same else "shipped model differs: retrain")
        sys.exit(0 if same else 1)
    learned.MODEL_FILE.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"written {learned.MODEL_FILE.relative_to(ROOT)}")


def _same(shipped, trained) -> bool:  # type: ignore[no-untyped-def]
    """The same model, but for the last digit of a rounded weight (another libm may round a
    weight the other way)."""
    if shipped is None or shipped.threshold != trained.threshold:
        return False
    if shipped.weights.keys() != trained.weights.keys():
        return False
    return all(
        abs(a - b) <= 2e-4
        for name, row in trained.weights.items()
        for a, b in zip(row, shipped.weights[name], strict=True)
    )


def municipality_of(stem: str) -> str:
    from extract import meta

    return meta(CORPUS / "gold" / f"{stem}.yaml").get("municipality", "")


def dev_stems() -> list[str]:
    from extract import _split

    split = _split()
    return [
        gold.stem
        for gold in sorted((CORPUS / "gold").glob("*.yaml"))
        if split.get(municipality_of(gold.stem), "").startswith("dev")
    ]


def folds(stems: list[str]) -> dict[str, int]:
    """Each document's fold: its municipality's, the municipalities dealt out in a fixed order."""
    municipalities = sorted({municipality_of(stem) for stem in stems})
    random.Random(1).shuffle(municipalities)
    fold = {m: n % FOLDS for n, m in enumerate(municipalities)}
    return {stem: fold[municipality_of(stem)] for stem in stems}


def fold_models(stems: list[str], threshold: float):  # type: ignore[no-untyped-def]
    """The model each dev document is scored with: trained without its municipality."""
    from besluitspoor.extract import learned

    by_stem = {stem: examples(stem) for stem in stems}
    fold = folds(stems)
    models = {
        k: learned.train([e for stem in stems if fold[stem] != k for e in by_stem[stem]], threshold)
        for k in range(FOLDS)
    }
    return {stem: models[fold[stem]] for stem in stems}


def choose_threshold(by_stem: dict[str, list[Example]]) -> tuple[float, str]:
    from besluitspoor.extract import learned

    fold = folds(list(by_stem))
    scored: list[tuple[float, bool]] = []
    for k in range(FOLDS):
        model = learned.train(
            [e for stem, ex in by_stem.items() if fold[stem] != k for e in ex], threshold=0.5
        )
        for stem, ex in by_stem.items():
            if fold[stem] == k:
                scored += [(model.probabilities(f)[0], bool(labels)) for f, labels in ex]
    positives = sum(y for _, y in scored)
    for step in range(50, 100):
        threshold = step / 100
        picked = [y for p, y in scored if p >= threshold]
        if picked and sum(picked) / len(picked) >= PRECISION:
            return threshold, (
                f"cross-validated at {threshold:.2f}: {sum(picked)}/{len(picked)} picked "
                f"sentences tell a step ({sum(picked) / len(picked):.2f}); "
                f"{sum(picked)}/{positives} of the sentences that do"
            )
    return 1.0, "no threshold reaches the precision"


def examples(stem: str) -> list[Example]:
    """Each sentence of a corpus document with the kinds of the gold steps it tells of."""
    from besluitspoor.extract import classify, document, learned

    raw = (CORPUS / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    text = "\n".join(line for line in raw.splitlines() if not line.startswith("# source:"))
    doc = document.read(text)
    layout = classify.layout_of(doc)
    flat = document.norm(text).lower()
    told = [(kind, _spans(flat, quotes)) for kind, quotes in gold_steps(stem)]
    out: list[Example] = []
    at = 0
    for sentence, feats in zip(doc.sentences, learned.sentences(doc, layout), strict=True):
        start = flat.find(sentence.text.lower(), at)
        if start < 0:
            start = flat.find(sentence.text.lower())
        if start < 0:
            continue  # furniture set aside, or text the reading joined: not in the flat text
        at = start
        span = (start, start + len(sentence.text))
        labels = {k for k, spans in told if any(a < span[1] and span[0] < b for a, b in spans)}
        out.append((feats, labels & set(learned.KINDS)))
    return out


def _spans(flat: str, quotes: list[str]) -> list[tuple[int, int]]:
    from besluitspoor.extract.document import norm

    out = []
    for quote in quotes:
        q = norm(quote).lower()
        start = flat.find(q) if q else -1
        while start >= 0:
            out.append((start, start + len(q)))
            start = flat.find(q, start + 1)
    return out


_ITEM = re.compile(r"^  - id:")
_KIND = re.compile(r"^    kind:\s*(\S+)")


def gold_steps(stem: str) -> list[tuple[str, list[str]]]:
    """(kind, quotes) of each step of a gold draft, optional ones too (steps all the same)."""
    steps: list[tuple[str, list[str]]] = []
    in_steps = False
    pending: list[str] = []
    for line in (CORPUS / "gold" / f"{stem}.yaml").read_text(encoding="utf-8").splitlines():
        if re.match(r"^\w", line):
            in_steps = line.startswith("steps:")
            pending = []
        elif not in_steps:
            continue
        elif line.strip().startswith("# bron:"):
            pending.append(line.strip()[len("# bron:") :].strip())
        elif _ITEM.match(line):
            steps.append(("", pending))
            pending = []
        elif (m := _KIND.match(line)) and steps and not steps[-1][0]:
            steps[-1] = (m[1], steps[-1][1])
    return steps


if __name__ == "__main__":
    main()
