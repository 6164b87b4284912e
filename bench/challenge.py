"""How well the extractor reads the wordings of an independently written challenge set.

    python bench/challenge.py [--show odd|even]

bench/challenge/sentences.jsonl holds 150 passages of council news, each with the steps it
tells (bench/challenge/README.md). Each passage is read as a news page under a plain title,
dated by its `page_date`; a step found counts when an expected step has its kind and its date
(a promise: its kind). Odd-numbered passages were tuned on, even-numbered ones are held out.

Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from datetime import date
from pathlib import Path

from besluitspoor.extract.recognize import recognise

SET = Path(__file__).parent / "challenge" / "sentences.jsonl"


def _found(item: dict) -> list[tuple[str, str | None]]:  # type: ignore[type-arg]
    draft = recognise(
        f"Nieuws uit de gemeenteraad\n\n{item['text']}\n",
        date.fromisoformat(item["page_date"]),
        "nieuws",
    )
    return [(s["kind"], s["date"]) for s in draft.steps] + [
        ("toezegging", None) for _ in draft.promises
    ]


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


if __name__ == "__main__":
    main()
