"""How well the extractor reads the wordings of independently written challenge sets.

    python bench/challenge.py [--show odd|even]

bench/challenge/sentences.jsonl holds 150 passages of council news, each with the steps it
tells; bench/challenge/promises.jsonl 120 passages of minutes, decision lists, news and letters,
each with the promises to the council it holds (bench/challenge/README.md). Each passage is read
as a page of its kind under a plain title, dated by its `page_date`; a step found counts when an
expected step has its kind and its date (a promise: its kind; its term is scored apart).
Odd-numbered passages were tuned on, even-numbered ones are held out.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from besluitspoor.extract.recognize import recognise

HERE = Path(__file__).parent / "challenge"
SET = HERE / "sentences.jsonl"
PROMISES = HERE / "promises.jsonl"

# How a passage of each source is read: its layout and the title above it.
_PAGES = {
    "nieuws": ("nieuws", "Nieuws uit de gemeenteraad"),
    "verslag": ("verslag", "Verslag van de vergadering"),
    "besluitenlijst": ("besluitenlijst-raad", "Besluitenlijst van de raadsvergadering"),
    "brief": ("brief", "Aan de gemeenteraad"),
}


def _draft(item: dict):  # type: ignore[no-untyped-def,type-arg]
    layout, title = _PAGES[item.get("source", "nieuws")]
    return recognise(f"{title}\n\n{item['text']}\n", date.fromisoformat(item["page_date"]), layout)


def _found(item: dict) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    draft = _draft(item)
    return [(s["kind"], s["date"]) for s in draft.steps] + [
        ("toezegging", None) for _ in draft.promises
    ]


def promises(items: list[dict], show: bool = False) -> tuple[int, int, int, int]:  # type: ignore[type-arg]
    """(found, drafted, expected, with the expected term) over passages of promises: a
    promise counts whatever its wording, its term when it is the expected one."""
    tp = drafted = expected = due = 0
    for item in items:
        got = _draft(item).promises
        want = item["expect"]
        hit = min(len(got), len(want))
        tp += hit
        drafted += len(got)
        expected += len(want)
        dues = [str(w.get("due")) for w in want if w.get("due")]
        due += sum(1 for p in got if str(p.get("due")) in dues)
        if show and len(got) != len(want):
            print(f"{item['id']} [{item.get('source')}] | {item['text'][:220]}")
            print(f"   expected {len(want)}, drafted {[p.get('text', '')[:60] for p in got]}")
    return tp, drafted, expected, due


def score(items: list[dict], show: bool = False) -> tuple[int, int, int, Counter, Counter]:  # type: ignore[type-arg]
    tp = fp = fn = 0
    hit: Counter[str] = Counter()
    want_n: Counter[str] = Counter()
    for item in items:
        got = _found(item)
        missed = []
        for want in item["expect"]:
            kind = want["kind"]
            when = None if kind == "toezegging" else want.get("date")
            want_n[kind] += 1
            match = next(
                (g for g in got if g[0] == kind and (kind == "toezegging" or g[1] == when)), None
            )
            if match is None:
                fn += 1
                missed.append((kind, when))
                continue
            got.remove(match)
            tp += 1
            hit[kind] += 1
        fp += len(got)
        if show and (missed or got):
            print(f"{item['id']} | {item['text'][:200]}\n   missed {missed}  extra {got}")
    return tp, fp, fn, hit, want_n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", choices=("odd", "even"), help="print what one half missed")
    options = parser.parse_args()
    items = [
        json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    halves = {
        "odd (tuned on)": [i for i in items if int(i["id"][1:]) % 2 == 1],
        "even (held out)": [i for i in items if int(i["id"][1:]) % 2 == 0],
    }
    print(f"{'half':18} {'passages':>8} {'steps P/R':>11}   per kind (found/expected)")
    for name, part in halves.items():
        show = options.show is not None and name.startswith(options.show)
        tp, fp, fn, hit, want = score(part, show)
        kinds = ", ".join(f"{k} {hit[k]}/{n}" for k, n in sorted(want.items()))
        pr = f"{tp / max(tp + fp, 1):.2f}/{tp / max(tp + fn, 1):.2f}"
        print(f"{name:18} {len(part):>8} {pr:>11}   {kinds}")
    if not PROMISES.exists():
        return
    items = [
        json.loads(line)
        for line in PROMISES.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    print(f"\n{'promises, half':18} {'passages':>8} {'P/R':>11}   term right")
    for name, rest in (("odd (tuned on)", 1), ("even (held out)", 0)):
        part = [i for i in items if int(i["id"][1:]) % 2 == rest]
        show = options.show is not None and name.startswith(options.show)
        tp, drafted, expected, due = promises(part, show)
        pr = f"{tp / max(drafted, 1):.2f}/{tp / max(expected, 1):.2f}"
        print(f"{name:18} {len(part):>8} {pr:>11}   {due}/{tp}")


if __name__ == "__main__":
    main()
