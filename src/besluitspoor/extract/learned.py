"""A learned second reader for prose: the sentences of news and reports that tell of a step
the patterns did not recognise.

The patterns know the phrasings they were written for; council news has endless others
("Met 1 hamerklap werd ... besloten", "De coalitie stond het echter toe"). A logistic
regression over a sentence's words, trained on the gold drafts of the development corpus
(`bench/train_steps.py`, never on held-out documents), scores every sentence; in a paragraph
where the patterns found nothing, the sentence it is surest of becomes a step, dated by the
meeting the text is about and marked for review. The model ships as `steps_model.json`
beside this module: deterministic, no download, plain Python to read.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from besluitspoor.extract.document import Document

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

MODEL_FILE = Path(__file__).with_name("steps_model.json")
FORMAT = "besluitspoor-steps-model/1"
# "any" (the sentence tells of some step) decides; the kinds say which.
KINDS = (
    "raadsbesluit",
    "motie",
    "amendement",
    "raadsvergadering",
    "commissievergadering",
    "collegebesluit",
)
CLASSES = ("any", *KINDS)
# Layouts read in prose, where a paragraph tells one act in words of its own.
LAYOUTS = ("nieuws", "verslag")

_WORD = re.compile(r"[^\W\d_]+|\d+")


def features(sentence: str, block: str, layout: str) -> list[str]:
    """What the model sees of a sentence: its words, their first five letters (one feature for
    "vastgesteld"/"vaststelling"), the kind of block it stands in, the layout, its length."""
    words = ["<n>" if w.isdigit() else w for w in _WORD.findall(sentence.lower())]
    out = {f"w:{w}" for w in words}
    out.update(f"s:{w[:5]}" for w in words if len(w) > 5)
    out.update((f"b:{block}", f"l:{layout}", f"n:{min(len(words) // 5, 8)}", "bias"))
    return sorted(out)


@dataclass(frozen=True)
class Model:
    weights: dict[str, list[float]]  # feature -> one weight per class (CLASSES)
    threshold: float  # the least probability of "any" that makes a step

    def probabilities(self, feats: list[str]) -> list[float]:
        sums = [0.0] * len(CLASSES)
        for name in feats:
            row = self.weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    sums[i] += w
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in sums]

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "classes": list(CLASSES),
                "threshold": self.threshold,
                "weights": self.weights,
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )


# A model that adds nothing: the patterns alone.
NONE = Model({}, threshold=2.0)


@cache
def shipped() -> Model | None:
    """The model in the package; None when it is missing or of another format (the patterns
    alone then read the text)."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != FORMAT or tuple(data.get("classes", ())) != CLASSES:
        return None
    return Model(data["weights"], float(data["threshold"]))


def train(
    examples: list[tuple[list[str], set[str]]],
    threshold: float,
    epochs: int = 10,
    rate: float = 0.2,
    l2: float = 1e-4,
    min_count: int = 2,
) -> Model:
    """Logistic regression, one against the rest per class, by stochastic gradient descent in
    a fixed order (the same examples give the same model). `examples` pair a sentence's
    features with the kinds of the gold steps it tells of (empty: none). Features seen fewer
    than `min_count` times are left out: a word of one document teaches nothing."""
    seen = Counter(f for feats, _ in examples for f in feats)
    kept = [([f for f in feats if seen[f] >= min_count], labels) for feats, labels in examples]
    weights: dict[str, list[float]] = {}
    order = list(range(len(kept)))
    rng = random.Random(0)
    for epoch in range(epochs):
        rng.shuffle(order)
        eta = rate / (1 + epoch)
        decay = 1 - eta * l2
        for n in order:
            feats, labels = kept[n]
            rows = [weights.setdefault(f, [0.0] * len(CLASSES)) for f in feats]
            targets = [bool(labels)] + [k in labels for k in KINDS]
            for i, target in enumerate(targets):
                z = max(-30.0, min(30.0, sum(row[i] for row in rows)))
                step = (target - 1.0 / (1.0 + math.exp(-z))) * eta
                for row in rows:
                    row[i] = row[i] * decay + step
    rounded = {
        f: [round(w, 4) for w in row] for f, row in weights.items() if max(map(abs, row)) >= 1e-3
    }
    return Model(rounded, threshold)


def sentences(doc: Document, layout: str) -> list[list[str]]:
    """The features of each of a document's sentences, in order."""
    return [features(s.text, doc.blocks[s.block].kind, layout) for s in doc.sentences]


def add_steps(doc: Document, draft: Draft, model: Model | None) -> int:
    """A step for each paragraph of prose that tells of one the patterns did not find: the
    sentence the model is surest of, if sure enough; how many were added."""
    from besluitspoor import vocab
    from besluitspoor.extract import acts, dates, prose
    from besluitspoor.extract.document import norm
    from besluitspoor.outcomes import outcome_of

    if model is None or draft.layout not in LAYOUTS:
        return 0
    when = prose.meeting_of(draft) or draft.doc_date
    if when is None:
        return 0
    covered = _covered_blocks(doc, draft)
    best: dict[int, tuple[float, int, str]] = {}
    for n, sentence in enumerate(doc.sentences):
        block = doc.blocks[sentence.block]
        if sentence.block in covered or block.kind == "heading":
            continue
        p = model.probabilities(features(sentence.text, block.kind, draft.layout))
        if p[0] < model.threshold or p[0] <= best.get(sentence.block, (0.0, 0, ""))[0]:
            continue
        kind = max(zip(p[1:], KINDS, strict=True))[1]
        best[sentence.block] = (p[0], n, kind)
    doc_day = draft.doc_date.first if draft.doc_date is not None else None
    for p_any, n, kind in sorted(best.values(), key=lambda b: b[1]):
        text = doc.sentences[n].text
        # a day the sentence names itself ("op donderdag 5 januari 2017"), else the meeting's
        days = [
            m.value
            for m in dates.find(text, doc_day)
            if m.day and not (m.relative or m.period or m.inferred)
        ]
        day = days[-1] if days else when
        step: dict[str, Any] = {
            "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{day.iso()}"),
            "kind": kind,
            "date": day.iso(),
            "title": prose.name_of(kind, text) or acts.tidy(text, 80),
        }
        if doc_day is not None and day.first > doc_day:
            step["status"] = "aangekondigd"
        if kind in ("raadsbesluit", "motie", "amendement") and (said := outcome_of(text)):
            step["outcome"] = said
        draft.steps.append(step)
        draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(text))
        draft.review[f"steps/{step['id']}"] = (
            f"door het geleerde model voorgesteld (zeker {p_any:.0%}): soort, titel en datum nagaan"
        )
    return len(best)


def _covered_blocks(doc: Document, draft: Draft) -> set[int]:
    """The blocks a step or promise already quotes: their paragraph has been read."""
    quotes = [
        q
        for key, said in draft.quotes.items()
        if key.startswith(("steps/", "promises/"))
        for q in said
        if q
    ]
    covered: set[int] = set()
    for sentence in doc.sentences:
        if sentence.block in covered:
            continue
        text = sentence.text
        if any(q in text or text in q for q in quotes):
            covered.add(sentence.block)
    return covered
