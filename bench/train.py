"""Train the learned readers (`besluitspoor.extract.learned`) on the development corpus.

    python bench/train.py [--check]

Only the `dev*` documents of bench/corpus (corpus/SPLIT) are read; held-out (`test*`) ones never.

- The steps model: each sentence is labelled with the kinds of the gold steps whose `bron` it
  overlaps, else with none. Its threshold is fixed by one rule, before any held-out figure is
  seen: the least probability at which, in five-fold cross-validation over the dev
  municipalities (no sentence scored by a model trained on its own municipality), at least 90%
  of the sentences the model picks tell of a step. (At 85% the steps it added were right only
  two times in three on the dev part; at 90% about four in five, what a draft should hold.)
- The document-type model: each document labelled with its gold `doc_type`.

Prints the cross-validated figures and writes src/besluitspoor/extract/{steps,doc_type}_model.json;
`--check` only says whether the shipped models are the ones the corpus trains (training is
deterministic).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus"
sys.path.insert(0, str(ROOT / "bench"))

PRECISION = 0.90
FOLDS = 5

Example = tuple[list[str], set[str]]


def main() -> None:
    from besluitspoor.extract import learned

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped models")
    options = parser.parse_args()
    stems = dev_stems()
    sentences = {stem: sentence_examples(stem) for stem in stems}
    documents = {stem: document_example(stem) for stem in stems}
    print(f"{len(stems)} dev documents, {sum(map(len, sentences.values()))} sentences")
    threshold, figures = choose_threshold(sentences)
    print(f"steps: {figures}")
    print(f"document type: {doc_type_figures(documents)}")
    models = {
        "steps": learned.train_steps([e for stem in stems for e in sentences[stem]], threshold),
        "doc_type": learned.train([documents[stem][0] for stem in stems], doc_types(), 0.0),
    }
    current = True
    for name, model in models.items():
        if options.check:
            same = _same(learned.shipped(name), model)
            current = current and same
            print(f"{name}: " + ("shipped model is current" if same else "differs: retrain"))
        else:
            learned.path_of(name).write_text(model.to_json() + "\n", encoding="utf-8")
            print(f"written {learned.path_of(name).relative_to(ROOT)}")
    sys.exit(0 if current else 1)


def doc_types() -> tuple[str, ...]:
    from besluitspoor.extract.layouts import LAYOUTS

    return tuple(sorted({layout.doc_type for layout in LAYOUTS.values()}))


def _same(shipped, trained) -> bool:  # type: ignore[no-untyped-def]
    """The same model, but for the last digit of a rounded weight (another libm may round a
    weight the other way)."""
    if shipped is None or (shipped.classes, shipped.threshold) != (
        trained.classes,
        trained.threshold,
    ):
        return False
    if shipped.weights.keys() != trained.weights.keys():
        return False
    return all(
        abs(a - b) <= 2e-4
        for name, row in trained.weights.items()
        for a, b in zip(row, shipped.weights[name], strict=True)
    )


@cache
def municipality_of(stem: str) -> str:
    """Read once per document: folds and splits ask for it again and again."""
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


def fold_readers(stems: list[str]):  # type: ignore[no-untyped-def]
    """The readers each dev document is drafted with: trained without its municipality."""
    from besluitspoor.extract import learned

    shipped = learned.shipped("steps")
    threshold = shipped.threshold if shipped is not None else 1.0
    sentences = {stem: sentence_examples(stem) for stem in stems}
    documents = {stem: document_example(stem)[0] for stem in stems}
    fold = folds(stems)
    readers = {}
    for k in range(FOLDS):
        rest = [stem for stem in stems if fold[stem] != k]
        readers[k] = learned.Readers(
            learned.train_steps([e for stem in rest for e in sentences[stem]], threshold),
            learned.train([documents[stem] for stem in rest], doc_types(), 0.0),
        )
    return {stem: readers[fold[stem]] for stem in stems}


def choose_threshold(by_stem: dict[str, list[Example]]) -> tuple[float, str]:
    from besluitspoor.extract import learned

    fold = folds(list(by_stem))
    scored: list[tuple[float, bool]] = []
    for k in range(FOLDS):
        model = learned.train_steps(
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
                f"threshold {threshold:.2f} (cross-validated: {sum(picked)}/{len(picked)} "
                f"picked sentences tell a step, {sum(picked) / len(picked):.2f}; "
                f"{sum(picked)}/{positives} of the sentences that do)"
            )
    return 1.0, "no threshold reaches the precision"


def doc_type_figures(documents: dict[str, tuple[Example, str]]) -> str:
    from besluitspoor.extract import learned

    fold = folds(list(documents))
    right = 0
    for k in range(FOLDS):
        model = learned.train(
            [ex for stem, (ex, _) in documents.items() if fold[stem] != k], doc_types(), 0.0
        )
        for stem, (ex, rule) in documents.items():
            if fold[stem] == k:
                right += learned.choose_type(ex[0], rule, model) in ex[1]
    rules = sum(rule in ex[1] for ex, rule in documents.values())
    n = len(documents)
    return (
        f"cross-validated {right}/{n} = {right / n:.2f} "
        f"(the patterns, tuned on these: {rules}/{n} = {rules / n:.2f})"
    )


def _text(stem: str) -> str:
    raw = (CORPUS / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    return "\n".join(line for line in raw.splitlines() if not line.startswith("# source:"))


def document_example(stem: str) -> tuple[Example, str]:
    """A corpus document's features and gold type, and the type the patterns give it."""
    from extract import _given, meta

    from besluitspoor.extract import document, learned
    from besluitspoor.extract.recognize import recognise

    info = meta(CORPUS / "gold" / f"{stem}.yaml")
    text = _text(stem)
    draft = recognise(text, _given(info.get("doc_date")), readers=learned.PATTERNS_ONLY)
    feats = learned.document_features(document.read(text), draft.layout, draft.doc_type)
    return (feats, {info.get("doc_type", "overig")}), draft.doc_type


def sentence_examples(stem: str) -> list[Example]:
    """Each sentence of a corpus document with the kinds of the gold steps it tells of (and
    "any" when it tells of one)."""
    from besluitspoor.extract import classify, document, learned

    text = _text(stem)
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
            continue  # text the reading joined across furniture: not in the flat text
        at = start
        span = (start, start + len(sentence.text))
        kinds = {k for k, spans in told if any(a < span[1] and span[0] < b for a, b in spans)}
        kinds &= set(learned.KINDS)
        out.append((feats, kinds | {"any"} if kinds else kinds))
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
