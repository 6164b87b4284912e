"""A learned second reader for prose: the sentences of news and reports that tell of a step
the patterns did not recognise.

The patterns know the phrasings they were written for; council news has endless others
("Met 1 hamerklap werd ... besloten", "De coalitie stond het echter toe"). A logistic
regression over a sentence's words, trained on the gold drafts of the development corpus
(`bench/train.py`, never on held-out documents), scores every sentence; in each stretch of a
paragraph past what the patterns found, the sentence it is surest tells a decision, a motion or
an amendment becomes a step, dated by the day it names or the meeting the text is about, and
marked for review.

A second model reads the document type the same way, from the words of the top and the body
and from what the patterns chose: the patterns decide how a document is read (its layout), the
model only names what it is, which it does better on documents nobody tuned to.

The models ship as `steps_model.json` and `doc_type_model.json` beside this module:
deterministic, no download, plain Python to read.
"""

from __future__ import annotations

import base64
import json
import math
import random
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from besluitspoor.extract.acts import OTHER_RADEN
from besluitspoor.extract.document import Document

if TYPE_CHECKING:
    from besluitspoor.extract.recognize import Draft

MODELS = Path(__file__).parent
FORMAT = "besluitspoor-model/2"
# The steps model: "any" (the sentence tells of some step) decides; the kinds say which.
KINDS = (
    "raadsbesluit",
    "motie",
    "amendement",
    "raadsvergadering",
    "commissievergadering",
    "collegebesluit",
)
STEP_CLASSES = ("any", *KINDS)
# Layouts read in prose, where a paragraph tells one act in words of its own.
LAYOUTS = ("nieuws", "verslag")

_WORD = re.compile(r"[^\W\d_]+|\d+")
_LETTERS = re.compile(r"[^\W\d_]+")


def features(sentence: str, block: str, layout: str) -> list[str]:
    """What the steps model sees of a sentence: its words, their first five letters (one
    feature for "vastgesteld"/"vaststelling"), each pair of words in a row ("stemde in", "in
    meerderheid"), the kind of block it stands in, the layout, its length, and what the shared
    vocabulary reads in it however it is worded (an outcome, a day, the council, the college, a
    motion, a negation, a modal verb)."""
    words = ["<n>" if w.isdigit() else w for w in _WORD.findall(sentence.lower())]
    out = {f"w:{w}" for w in words}
    out.update(f"s:{w[:5]}" for w in words if len(w) > 5)
    out.update(f"g:{a}_{b}" for a, b in pairwise(words))
    out.update((f"b:{block}", f"l:{layout}", f"n:{min(len(words) // 5, 8)}", "bias"))
    from besluitspoor.outcomes import outcome_of  # (imported here: learned loads light)

    if (outcome := outcome_of(sentence)) is not None:
        out.add(f"o:{outcome}")
    out.update(f"c:{name}" for name, cue in _CUES if cue.search(sentence))
    return sorted(out)


_CUES = (
    (
        "day",
        re.compile(
            r"\b[0-3]?\d\s+(?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*\b|"
            r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\w*\b",
            re.I,
        ),
    ),
    ("council", re.compile(r"\b(?:gemeente)?raad\b|\braadsleden\b|\bfracties\b", re.I)),
    ("college", re.compile(r"\bcollege\b|\bwethouder\b|\bburgemeester\b", re.I)),
    ("motion", re.compile(r"\b(?:motie|amendement)", re.I)),
    ("negation", re.compile(r"\b(?:niet|geen|nooit)\b", re.I)),
    ("future", re.compile(r"\b(?:zal|zullen|gaat|gaan|wil|willen|moet|moeten)\b", re.I)),
)


def document_features(doc: Document, layout: str, doc_type: str) -> list[str]:
    """What the document-type model sees: the words of the top lines (where a document says
    what it is) and of its first pages, the layout and type the patterns chose, and how much of
    it is list items."""
    out = {f"l:{layout}", f"r:{doc_type}", "bias"}
    out.update(f"t:{w}" for w in _LETTERS.findall(" ".join(doc.head(15)).lower()))
    out.update(f"w:{w}" for w in _LETTERS.findall(doc.text[:8000].lower()))
    items = sum(b.kind == "item" for b in doc.blocks)
    out.add(f"items:{4 * items // max(len(doc.blocks), 1)}")
    # a RIS meeting page, a page whose lines tell outcomes: what the words of a page of the
    # meeting do not say alone (cross-validated on the dev part: 1,541 of 1,840 types right
    # with these and any type the model's choice, 1,528 without)
    from besluitspoor.extract.layouts.agenda import is_meeting_page

    out.update((f"mp:{is_meeting_page(doc)}", f"oc:{_outcomes_told(doc)}"))
    return sorted(out)


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]  # feature -> one weight per class
    threshold: float  # the least probability that counts

    def probabilities(self, feats: list[str]) -> list[float]:
        sums = [0.0] * len(self.classes)
        for name in feats:
            row = self.weights.get(name)
            if row is not None:
                for i, w in enumerate(row):
                    sums[i] += w
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in sums]

    def best(self, feats: list[str], among: tuple[str, ...] | None = None) -> tuple[str, float]:
        """The likeliest class (of `among`, else of all) and its probability."""
        scored = zip(self.probabilities(feats), self.classes, strict=True)
        p, name = max((p, c) for p, c in scored if among is None or c in among)
        return name, p

    def to_json(self) -> str:
        """The features in order and their weights packed as little-endian float32 (base64):
        a tenth of the time to read that a JSON list of numbers takes."""
        names = sorted(self.weights)
        packed = array("f", (w for name in names for w in self.weights[name]))
        if sys.byteorder == "big":  # pragma: no cover
            packed.byteswap()
        return json.dumps(
            {
                "format": FORMAT,
                "classes": list(self.classes),
                "threshold": self.threshold,
                "features": names,
                "weights": base64.b64encode(packed.tobytes()).decode("ascii"),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )


class _Packed(Mapping[str, Sequence[float]]):
    """A model file's weights as read: one flat array, a row of it per feature."""

    def __init__(self, names: list[str], packed: array[float], width: int) -> None:
        if len(packed) != len(names) * width:
            raise ValueError("weights and features do not match")
        self._at = {name: n * width for n, name in enumerate(names)}
        self._packed, self._width = packed, width

    def __getitem__(self, name: str) -> Sequence[float]:
        at = self._at[name]
        return self._packed[at : at + self._width]

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


@dataclass(frozen=True)
class Readers:
    """The models a draft is read with; None: the patterns alone."""

    steps: Model | None
    doc_type: Model | None


PATTERNS_ONLY = Readers(None, None)


def shipped_readers() -> Readers:
    return Readers(steps_reader(None), type_reader(None))


def steps_reader(readers: Readers | None) -> Model | None:
    """The steps model of `readers`, else the shipped one (read from disk when first needed: a
    letter or a list never loads it)."""
    if readers is not None:
        return readers.steps
    steps = shipped("steps")
    # a steps model of other classes would be read wrongly: the patterns alone then
    return steps if steps is not None and steps.classes == STEP_CLASSES else None


def type_reader(readers: Readers | None) -> Model | None:
    return readers.doc_type if readers is not None else shipped("doc_type")


def path_of(name: str) -> Path:
    return MODELS / f"{name}_model.json"


@cache
def shipped(name: str = "steps") -> Model | None:
    """A model in the package ("steps", "doc_type"); None when it is missing or of another
    format (the patterns alone then read the text)."""
    try:
        data = json.loads(path_of(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    try:
        classes = tuple(data["classes"])
        packed = array("f")
        packed.frombytes(base64.b64decode(data["weights"], validate=True))
        if sys.byteorder == "big":  # pragma: no cover
            packed.byteswap()
        weights = _Packed(list(data["features"]), packed, len(classes))
        return Model(classes, weights, float(data["threshold"]))
    except (KeyError, TypeError, ValueError):
        return None


def train(
    examples: list[tuple[list[str], set[str]]],
    classes: tuple[str, ...],
    threshold: float,
    epochs: int = 10,
    rate: float = 0.2,
    l2: float = 1e-4,
    min_count: int = 2,
) -> Model:
    """Logistic regression, one against the rest per class, by stochastic gradient descent in
    a fixed order (the same examples give the same model). `examples` pair features with the
    classes they belong to (none: a negative for every class). Features seen fewer than
    `min_count` times are left out: a word of one document teaches nothing."""
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
            rows = [weights.setdefault(f, [0.0] * len(classes)) for f in feats]
            for i, name in enumerate(classes):
                z = max(-30.0, min(30.0, sum(row[i] for row in rows)))
                step = ((name in labels) - 1.0 / (1.0 + math.exp(-z))) * eta
                for row in rows:
                    row[i] = row[i] * decay + step
    rounded = {
        f: [round(w, 4) for w in row] for f, row in weights.items() if max(map(abs, row)) >= 5e-3
    }
    return Model(classes, rounded, threshold)


def train_steps(examples: list[tuple[list[str], set[str]]], threshold: float) -> Model:
    """The steps model, trained at a quarter of the default rate: less sure of itself, it ranks
    better (cross-validated on 488 dev documents, 903 instead of 726 of 3,256 step sentences
    picked at the same 0.9 precision; the type model does best at the default)."""
    return train(examples, STEP_CLASSES, threshold, rate=0.05)


def doc_type(doc: Document, layout: str, doc_type: str, readers: Readers | None) -> str:
    """The document's type: where the model finds the patterns' choice unlikely and another type
    likely, that other; else the patterns' choice. A title that names the document, a list of
    outcomes, a RIS meeting page decide by themselves."""
    from besluitspoor.extract.classify import self_named, titled
    from besluitspoor.extract.layouts.agenda import is_meeting_page

    # (the model is read from disk only when these do not decide: a letter titled so never
    # loads it)
    if doc_type in (self_named(doc), titled(doc)):  # the title says it: no words outweigh that
        return doc_type
    if doc_type == "besluitenlijst" and _outcomes_told(doc):
        return doc_type  # items with their outcomes: a list of decisions, whatever else it says
    if layout == "besluitenlijst-raad" and is_meeting_page(doc):
        return doc_type  # a RIS meeting page: most readers call it the meeting's list
    if (model := type_reader(readers)) is None:
        return doc_type
    return choose_type(document_features(doc, layout, doc_type), doc_type, model)


def _outcomes_told(doc: Document) -> bool:
    """Whether several of a page's lines tell an outcome ("AANGENOMEN - Verordening ...")."""
    from besluitspoor.outcomes import outcome_of

    return sum(1 for line in doc.lines if len(line) < 300 and outcome_of(line)) >= 2


def choose_type(feats: list[str], doc_type: str, model: Model) -> str:
    # (a register entry is no page of a meeting: its type is its layout's)
    if "l:register" in feats:
        return doc_type
    likely = dict(zip(model.classes, model.probabilities(feats), strict=True))
    if likely.get(doc_type, 0.0) >= 0.5:
        return doc_type
    best, p = model.best(feats)
    return best if p >= 0.5 else doc_type


def sentences(doc: Document, layout: str) -> list[list[str]]:
    """The features of each of a document's sentences, in order."""
    return [features(s.text, doc.blocks[s.block].kind, layout) for s in doc.sentences]


# The kinds the steps model adds. The meetings a text names the patterns find by their dates;
# a meeting the model proposed was as often wrong as right (cross-validated on the dev part).
_ADDS = ("raadsbesluit", "motie", "amendement", "collegebesluit")
_VOTED = ("motie", "amendement")  # named as such, else they are a proposal's fate


_NAMES_A_MOTION = dict(_CUES)["motion"]
# "de motie", "deze motie", "dit amendement": one told of before, not named again
_POINTS_BACK = re.compile(r"\b(?:de|deze|die|dit|dat|het)\s+(?:motie|amendement)\b", re.I)
# A sentence that says no decision was taken, or only hoped for one: "heeft afgelopen donderdag
# niet besloten waar ...", "Het college hoopt ...", "is bereid om ...". The model reads words,
# not what "niet" does to the verb beside it.
_NO_DECISION = re.compile(
    r"\b(?:niet|geen|nooit)\b[^.;,]{0,25}?\b(?:besloten|besluit|vastgesteld|ingestemd|goedgekeurd|"
    r"gekozen)\b|\b(?:hoopt|hopen|bereid|verwacht|verwachten)\b",
    re.I,
)


# Bodies that are not the municipality's: their acts are no steps of its trail.
_OTHER_BODY = re.compile(
    rf"\braad\s+van\s+{OTHER_RADEN}|\brvs\b|\brechtbank\b|"
    r"\b(?:provinciale|gedeputeerde)\s+staten\b|\bminister(?:ie)?\b|\b(?:tweede|eerste)\s+kamer\b|"
    r"\bkabinet\b",
    re.I,
)
_OWN_BODY = re.compile(r"\b(?:gemeente)?raad\b|\bcollege\b|\bwethouder|\bburgemeester\b", re.I)


def _others_act(text: str) -> bool:
    """A sentence about another body's act and none of the municipality's own bodies."""
    rest = _OTHER_BODY.sub(" ", text)
    return rest != text and _OWN_BODY.search(rest) is None


def add_steps(doc: Document, draft: Draft, readers: Readers | None) -> int:
    """A step for each stretch of prose that tells of one the patterns did not find: the
    sentence the model is surest of, if sure enough; how many were added."""
    from besluitspoor import vocab
    from besluitspoor.extract import acts, dates, prose
    from besluitspoor.extract.document import norm
    from besluitspoor.fuzzydate import MAX_YEAR, MIN_YEAR
    from besluitspoor.outcomes import outcome_of

    if draft.layout not in LAYOUTS or (model := steps_reader(readers)) is None:
        return 0
    when = prose.meeting_of(draft) or draft.doc_date
    if when is None:
        return 0
    best: dict[int, tuple[float, int, str]] = {}
    for n, stretch, beside in _unread_stretches(doc, draft):
        sentence = doc.sentences[n]
        block = doc.blocks[sentence.block]
        if block.kind == "heading":
            continue
        feats = features(sentence.text, block.kind, draft.layout)
        p_any = model.probabilities(feats)[0]
        least = _BESIDE_READ if beside else model.threshold
        if p_any < least or p_any <= best.get(stretch, (0.0, 0, ""))[0]:
            continue
        kind = model.best(feats, KINDS)[0]
        if kind in _VOTED and not _NAMES_A_MOTION.search(sentence.text):
            kind = "raadsbesluit"  # "Het voorstel om ... werd verworpen": a proposal's fate
        if (
            kind in _VOTED
            and _POINTS_BACK.search(sentence.text)
            and any(s["kind"] == kind for s in draft.steps)
        ):
            continue  # "Deze motie kreeg geen steun": the one the text told of already
        if kind == "raadsbesluit" and _NO_DECISION.search(sentence.text):
            continue
        if _others_act(sentence.text):
            continue  # "Op 5 november heeft de Raad van State het plan 'on hold' gezet"
        if kind in _ADDS:
            best[stretch] = (p_any, n, kind)
    doc_day = draft.doc_date.first if draft.doc_date is not None else None
    added = 0
    for p_any, n, kind in sorted(best.values(), key=lambda b: b[1]):
        text = doc.sentences[n].text
        # a day the sentence names itself ("op donderdag 5 januari 2017"), else the meeting's
        days = [
            m.value
            for m in dates.find(text, doc_day)
            if m.day and not (m.relative or m.period or m.inferred)
        ]
        day = days[-1] if days else when
        if not MIN_YEAR <= day.first.year <= day.last.year <= MAX_YEAR:
            continue  # a document dated past what the format takes (`--doc-date 2200`)
        step: dict[str, Any] = {
            "id": draft.new_id("steps", f"{vocab.id_prefix(kind)}-{day.iso()}"),
            "kind": kind,
            "date": day.iso(),
            "title": prose.name_of(kind, text) or acts.tidy(text, 80),
        }
        said = outcome_of(text)
        if doc_day is not None and day.first > doc_day:
            step["status"] = "aangekondigd"
        elif kind == "raadsbesluit" and said in ("aangenomen", "verworpen"):
            step["outcome"] = said
        elif kind in _VOTED and said is not None:
            step["status"] = said  # where the motion stands: a vote, withdrawn, held over
        draft.steps.append(step)
        draft.quotes.setdefault(f"steps/{step['id']}", []).append(norm(text))
        draft.review[f"steps/{step['id']}"] = (
            f"door het geleerde model voorgesteld (zeker {p_any:.0%}): soort, titel en datum nagaan"
        )
        added += 1
    return added


# A sentence beside one the patterns read most often tells the same act in other words; the
# model's pick there is a step of its own only when it is all but sure (cross-validated on the
# dev part's news and reports: at 0.98 six more steps found and none false, at 0.93 nine more
# and six false).
_BESIDE_READ = 0.98


def _unread_stretches(doc: Document, draft: Draft) -> list[tuple[int, int, bool]]:
    """(sentence, stretch, beside a read one) for each sentence the patterns found nothing in:
    a sentence a step or promise quotes, and the sentences beside it (which often tell the same
    act), end a stretch; an untouched paragraph is one stretch. A sentence beside a read one is
    a stretch of its own, `beside` said."""
    quotes = [
        q
        for key, said in draft.quotes.items()
        if key.startswith(("steps/", "promises/"))
        for q in said
        if q
    ]
    read = [any(q in s.text or s.text in q for q in quotes) for s in doc.sentences]
    out: list[tuple[int, int, bool]] = []
    stretch = 0
    for n, sentence in enumerate(doc.sentences):
        same = [
            m
            for m in (n - 1, n + 1)
            if 0 <= m < len(doc.sentences) and doc.sentences[m].block == sentence.block
        ]
        if read[n] or any(read[m] for m in same):
            stretch += 1
            if not read[n]:
                out.append((n, -1 - n, True))
            continue
        if n and (doc.sentences[n - 1].block != sentence.block or read[n - 1]):
            stretch += 1
        out.append((n, stretch, False))
    return out
