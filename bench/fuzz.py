"""A seeded mutator over the bundled dossiers: malformed files must end in exit 0 or 2.

    python bench/fuzz.py --cases 5000 [--seed 1] [--surface dossiers|documents|answers|all]

Each case takes a bundled dossier file (YAML, or the same as JSON) and applies one to three
mutations: bytes cut, inserted or repeated; lines swapped, indented, duplicated; a value
replaced by something hostile (huge numbers, year 9999, NaN, YAML tags and aliases, deep
nesting, control characters, mappings and lists where text belongs). Every file is imported
with `--dry-run`; the ones accepted are imported for real, and `check`, `timeline` and `report`
then run over them. It prints how many cases ended in which exit code, the slowest case, and
every case that ended otherwise (3, a crash, or over the time limit) with its seed, and exits 1
if there was one. The test suite runs a few hundred cases (tests/test_fuzz.py).

`--surface documents` mutates a letter as text, HTML, Word and PDF for `extract`; `--surface
answers` mutates the test suite's council answers for `ris search` and `ris moties`
(bench/fuzz_surfaces.py). Both must end in exit 0 or 2 as well.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HOSTILE = [
    "9999-12-31",
    "0001-01-01",
    "2199-12-31",
    "1799-12-31",
    ".inf",
    "-.inf",
    ".nan",
    "NaN",
    "!!int abc",
    "!!float abc",
    "!!bool yes",
    "!!binary aGk=",
    "!!timestamp 2023-01-01",
    "!!python/object:os.system ls",
    "*nergens",
    "&a [*a]",
    "9" * 5000,
    "-" + "1" * 40,
    "[" * 200,
    "{" * 200,
    "[[[[[[[[]]]]]]]]",
    "{a: {b: {c: [1, [2, [3]]]}}}",
    "[a, b]",
    "{id: x}",
    "~",
    "''",
    '"\\x1b[2J\\x07"',
    "\x1b[2Jwis",
    "\x00",
    "\u202e",
    "ja",
    "no",
    "true",
    "1e400",
    "0x1f",
    "10:30",
    "31 februari 2023",
    "2023-13",
    "okt t/m dec 2018",
    "2018-12/2018-10",
    "start",
    "click s0 call alert()",
    "title Nep",
    "%%{init: {}}%%",
    "a: b: c",
    "- - - x",
    "|\n  tekst",
    "'" * 3,
    '"',
    "#",
    ": :",
    "<script>",
    "]",
    "}",
]


def _yaml_and_json(data_dir: Path) -> list[tuple[str, bytes]]:
    import yaml

    seeds = []
    for path in sorted(data_dir.glob("*.yaml")):
        raw = path.read_bytes()
        seeds.append((path.stem + ".yaml", raw))
        data = yaml.safe_load(raw)
        seeds.append(
            (path.stem + ".json", json.dumps(data, ensure_ascii=False, default=str).encode())
        )
    return seeds


def mutate(rng: random.Random, raw: bytes) -> bytes:
    text = raw.decode("utf-8")
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(_MUTATIONS)(rng, text)
    return text.encode("utf-8", errors="surrogatepass")


def _cut(rng: random.Random, text: str) -> str:
    a = rng.randrange(len(text) + 1)
    return text[:a] + text[a + rng.randint(1, 40) :]


def _insert(rng: random.Random, text: str) -> str:
    a = rng.randrange(len(text) + 1)
    piece = (
        rng.choice(HOSTILE)
        if rng.random() < 0.6
        else "".join(
            rng.choice("[]{}:,-#&*!|>'\"\n \t0123456789abc\x1b\u00e9")
            for _ in range(rng.randint(1, 8))
        )
    )
    return text[:a] + piece + text[a:]


def _value(rng: random.Random, text: str) -> str:
    """A value after `key:` replaced by a hostile one."""
    lines = text.splitlines(keepends=True)
    places = [i for i, line in enumerate(lines) if ": " in line]
    if not places:
        return _insert(rng, text)
    i = rng.choice(places)
    key = lines[i].split(": ", 1)[0]
    lines[i] = f"{key}: {rng.choice(HOSTILE)}\n"
    return "".join(lines)


def _lines(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    if len(lines) < 2:
        return text
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    choice = rng.randrange(4)
    if choice == 0:
        lines[i], lines[j] = lines[j], lines[i]
    elif choice == 1:
        lines.insert(i, lines[j])
    elif choice == 2:
        lines[i] = " " * rng.randint(1, 9) + lines[i]
    else:
        lines[i] = lines[i].lstrip()
    return "".join(lines)


def _repeat(rng: random.Random, text: str) -> str:
    a = rng.randrange(len(text) + 1)
    return text[:a] + text[a : a + rng.randint(1, 30)] * rng.randint(2, 50) + text[a:]


_MUTATIONS: list[Callable[[random.Random, str], str]] = [_cut, _insert, _value, _lines, _repeat]


def cases(seed: int, count: int, data_dir: Path) -> Iterator[tuple[int, str, bytes]]:
    seeds = _yaml_and_json(data_dir)
    for n in range(count):
        rng = random.Random(seed * 1_000_003 + n)
        name, raw = rng.choice(seeds)
        yield n, name, mutate(rng, raw)


class TimedOut(Exception):
    pass


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def alarm(*_: Any) -> None:
        raise TimedOut

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_cases(
    seed: int, count: int, folder: Path, limit_s: float = 20.0
) -> tuple[Counter[str], list[str], float]:
    """Outcomes by exit code, the cases that went wrong, and the slowest case's seconds."""
    import functools

    import typer.testing
    from typer.testing import CliRunner

    from besluitspoor.cli.main import app
    from besluitspoor.paths import data_dir

    # Typer's runner rebuilds the command tree on every invoke (0.2 s); build it once.
    typer.testing._get_command = functools.cache(typer.testing._get_command)  # type: ignore[attr-defined]
    runner = CliRunner()
    db = str(folder / "fuzz.db")
    runner.invoke(app, ["--db", db, "init"])  # a dry run into no database would make one each time
    outcomes: Counter[str] = Counter()
    wrong: list[str] = []
    slowest = 0.0
    accepted = False
    for n, name, raw in cases(seed, count, data_dir()):
        path = folder / name
        path.write_bytes(raw)
        start = time.perf_counter()
        try:
            with time_limit(limit_s):
                result = runner.invoke(app, ["--db", db, "import", str(path), "--dry-run"])
                code = result.exit_code
                if code == 0:
                    real = runner.invoke(app, ["--db", db, "import", str(path), "--replace"])
                    code = real.exit_code if real.exit_code != 0 else 0
                    accepted = True
        except TimedOut:
            code, result = -1, None
        slowest = max(slowest, time.perf_counter() - start)
        outcomes[str(code)] += 1
        if code not in (0, 2):
            detail = result.output[-300:] if result is not None else f"over {limit_s} s"
            wrong.append(f"seed {seed} case {n} ({name}): exit {code}: {detail}")
    if accepted:  # whatever was accepted must check and render
        for args in (
            ["check", "--as-of", "2023-06-01"],
            ["report", "-f", "md"],
            ["report", "-f", "html"],
        ):
            result = runner.invoke(app, ["--db", db, *args])
            if result.exit_code not in (0, 1):
                wrong.append(
                    f"seed {seed}: {' '.join(args)} after import: exit {result.exit_code}: "
                    f"{result.output[-300:]}"
                )
    return outcomes, wrong, slowest


def _runner():  # type: ignore[no-untyped-def]
    import functools

    import typer.testing
    from typer.testing import CliRunner

    from besluitspoor.cli.main import app

    typer.testing._get_command = functools.cache(typer.testing._get_command)  # type: ignore[attr-defined]
    return CliRunner(), app


def _run_surface(seed: int, cases: Any, limit_s: float) -> tuple[Counter[str], list[str], float]:
    """Each (case number, label, arguments) through the CLI: outcomes by exit code, the cases
    that ended otherwise than 0 or 2, and the slowest case's seconds."""
    runner, app = _runner()
    outcomes: Counter[str] = Counter()
    wrong: list[str] = []
    slowest = 0.0
    for n, label, args in cases:
        start = time.perf_counter()
        try:
            with time_limit(limit_s):
                result = runner.invoke(app, args)
                code = result.exit_code
        except TimedOut:
            code, result = -1, None
        slowest = max(slowest, time.perf_counter() - start)
        outcomes[str(code)] += 1
        if code not in (0, 2):
            detail = result.output[-300:] if result is not None else f"over {limit_s} s"
            wrong.append(f"seed {seed} case {n} ({label}): exit {code}: {detail}")
    return outcomes, wrong, slowest


def run_documents(
    seed: int, count: int, folder: Path, limit_s: float = 20.0
) -> tuple[Counter[str], list[str], float]:
    """Mutated documents through `extract`: a draft (0) or a located refusal (2)."""
    from fuzz_surfaces import document_cases

    def cases() -> Iterator[tuple[int, str, list[str]]]:
        for n, name, raw in document_cases(seed, count):
            path = folder / name
            path.write_bytes(raw)
            yield n, name, ["extract", str(path), "--format", "json"]

    return _run_surface(seed, cases(), limit_s)


def run_answers(
    seed: int, count: int, folder: Path, limit_s: float = 20.0
) -> tuple[Counter[str], list[str], float]:
    """Mutated council answers through `ris search` and `ris moties --output`: 0 or 2."""
    from fuzz_surfaces import answer_cases

    def cases() -> Iterator[tuple[int, str, list[str]]]:
        for n, supplier, name, raw in answer_cases(seed, count, _MUTATIONS):
            path = folder / name
            path.write_bytes(raw)
            source = f"{supplier}:{'987' if supplier == 'notubiz' else 'zeestrand'}"
            register = ["ris", "moties", source, "--from-file", str(path), "-o"]
            command = (
                ["ris", "search", source, "--from-file", str(path), "--json"]
                if supplier == "obv" or n % 2
                else [*register, str(folder / "r.yaml")]
            )
            yield n, f"{name}, {command[1]}", command

    return _run_surface(seed, cases(), limit_s)


SURFACES = {"dossiers": run_cases, "documents": run_documents, "answers": run_answers}


def main() -> None:
    parser = argparse.ArgumentParser(
        description="fuzz besluitspoor with mutated dossier files, documents and council answers"
    )
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--surface", choices=[*SURFACES, "all"], default="dossiers")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    failed = False
    for surface in SURFACES if args.surface == "all" else [args.surface]:
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="besluitspoor-fuzz-") as tmp:
            outcomes, wrong, slowest = SURFACES[surface](args.seed, args.cases, Path(tmp))
        total = time.perf_counter() - start
        print(
            f"{surface}: {args.cases} cases (seed {args.seed}) in {total:.1f} s, "
            f"slowest case {slowest:.2f} s"
        )
        for code, n in sorted(outcomes.items()):
            print(f"  exit {code}: {n}")
        for line in wrong:
            print("WRONG", line)
        failed = failed or bool(wrong)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
