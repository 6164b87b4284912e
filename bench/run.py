"""The national-scale benchmark: besluitspoor against the floor, on generated dossiers.

    python bench/run.py --dossiers 10000 [--json bench.json] [--runs 5]

Generates N realistic dossiers (fixed seed) as YAML and as JSON in a temporary folder, then
measures, end to end as a user runs the commands:

- import of all YAML files, and of the same dossiers as JSON, into a fresh database (steps/s);
- the parse floor: the same YAML files loaded with PyYAML's C loader and nothing else;
- the write floor: the same steps inserted with plain sqlite3 `executemany` into an equivalent
  table, and with `sqlite-utils insert` from one JSON file;
- `check` of all dossiers (wall seconds, peak RSS), and at 2N and 4N dossiers (growth);
- `timeline` and `check` of one dossier in that database; `--version` and `--help`.

It prints a table and, with --json, writes the figures. It asserts nothing.

    python bench/run.py --dossiers 10000 --db postgresql://user@host/empty-database

compares the backends instead: import, `check` and `import --replace` (of the same files, and
of files where every dossier changed) of the same dossiers on
a SQLite file and on the database at the URL (which must hold no dossiers; the tables the run
made are dropped again at the end).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import yaml
from generate import dossier

from besluitspoor.dossierfile import yamlio

EXE = str(Path(sys.executable).with_name("besluitspoor"))
AS_OF = "2026-01-01"


def write_files(folder: Path, first: int, count: int, seed: int, as_json: Path | None) -> int:
    """Dossiers first..first+count as YAML in `folder` (and JSON in `as_json`); their steps."""
    folder.mkdir(parents=True, exist_ok=True)
    steps = 0
    for n in range(first, first + count):
        data = dossier(random.Random(seed * 1_000_003 + n), n)
        steps += len(data["steps"])
        (folder / f"{data['dossier']['id']}.yaml").write_text(yamlio.dump(data), encoding="utf-8")
        if as_json is not None:
            as_json.mkdir(parents=True, exist_ok=True)
            text = json.dumps(data, ensure_ascii=False)
            (as_json / f"{data['dossier']['id']}.json").write_text(text, encoding="utf-8")
    return steps


GNU_TIME = shutil.which("time") if Path("/usr/bin/time").exists() else None


def run(*args: str, db: Path | str, stdout: Any = subprocess.DEVNULL) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one besluitspoor command.

    The RSS comes from GNU time around the command: a child forked from this (large) process
    would otherwise be charged for the parent's pages until it execs.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        prefix = ["/usr/bin/time", "-f", "%M", "-o", rss.name] if GNU_TIME else []
        start = time.perf_counter()
        done = subprocess.run(
            [*prefix, EXE, "--db", str(db), *args],
            stdout=stdout,
            stderr=subprocess.PIPE,
            check=False,
        )
        wall = time.perf_counter() - start
        peak = int(rss.read().strip().splitlines()[-1]) / 1024 if GNU_TIME else float("nan")
    if done.returncode not in (0, 1):
        message = done.stderr.decode()[-2000:]
        raise SystemExit(f"besluitspoor {' '.join(args)} failed ({done.returncode}):\n{message}")
    return wall, peak


def plain(*args: str) -> float:
    """Wall seconds of a command as a user types it (no --db)."""
    start = time.perf_counter()
    subprocess.run([EXE, *args], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median(fn: Callable[[], float], runs: int) -> float:
    return statistics.median(fn() for _ in range(runs))


def parse_floor(folder: Path) -> float:
    start = time.perf_counter()
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def _step_table() -> Any:
    from besluitspoor.store.tables import StepRow

    return StepRow.__table__  # type: ignore[attr-defined]


# The step table's columns as the program declares them (the floors insert the same rows).
STEP_COLUMNS = tuple(c.name for c in _step_table().columns)
LISTS = {c.name for c in _step_table().columns if c.type.__class__.__name__ == "JSON"}


def step_rows(folder: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for position, step in enumerate(data["steps"]):
            row = dict.fromkeys(STEP_COLUMNS)
            row.update(step, dossier_id=data["dossier"]["id"], position=position)
            rows.append(row)
    return rows


def sqlite3_floor(rows: list[dict[str, Any]], db: Path) -> float:
    columns = ", ".join(f'"{c}"' for c in STEP_COLUMNS)
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE step ({columns}, PRIMARY KEY (dossier_id, id))")
    tuples = [
        tuple(json.dumps(r[c]) if c in LISTS and r[c] is not None else r[c] for c in STEP_COLUMNS)
        for r in rows
    ]
    start = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO step VALUES ({', '.join('?' * len(STEP_COLUMNS))})", tuples)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def sqlite_utils_floor(rows: list[dict[str, Any]], folder: Path) -> float | None:
    exe = Path(sys.executable).with_name("sqlite-utils")
    if not exe.exists():
        return None
    source = folder / "steps.json"
    source.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run(
        [
            str(exe),
            "insert",
            str(folder / "su.db"),
            "step",
            str(source),
            "--pk",
            "dossier_id",
            "--pk",
            "id",
        ],
        check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description="besluitspoor at national scale")
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--runs", type=int, default=5, help="runs for the cheap medians")
    parser.add_argument("--seed", type=int, default=342)
    parser.add_argument("--keep", type=Path, help="keep the generated files and databases here")
    parser.add_argument("--db", help="compare SQLite with the (empty) database at this URL")
    args = parser.parse_args()
    n = args.dossiers
    root = args.keep or Path(tempfile.mkdtemp(prefix="besluitspoor-bench-"))
    try:
        if args.db:
            figures = measure_backends(root, n, args.seed, args.db)
        else:
            figures = measure(root, n, args.runs, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    (report_backends if args.db else report)(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def measure(root: Path, n: int, runs: int, seed: int) -> dict[str, Any]:
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    say(f"generating {n} dossiers (YAML and JSON) in {root}")
    steps = write_files(root / "yaml", 0, n, seed, root / "json")
    db = root / "yaml.db"
    say(f"import {steps} steps from YAML")
    yaml_s, _ = run("import", str(root / "yaml"), db=db)
    say("import the same dossiers from JSON")
    json_s, _ = run("import", str(root / "json"), db=root / "json.db")
    say("parse floor (PyYAML C loader)")
    floor_s = parse_floor(root / "yaml")
    say("write floor (sqlite3 executemany, sqlite-utils insert)")
    rows = step_rows(root / "json")
    sqlite3_s = sqlite3_floor(rows, root / "floor.db")
    su_s = sqlite_utils_floor(rows, root)
    del rows
    say(f"check {n} dossiers")
    out = root / "check.json"
    with out.open("w") as handle:
        check_s, check_mb = run(
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--as-of",
            AS_OF,
            db=db,
            stdout=handle,
        )
    say(f"check {n} dossiers as text (what a volunteer reads)")
    with (root / "check.txt").open("w") as handle:
        check_text_s, _ = run("check", "--fail-on", "never", "--as-of", AS_OF, db=db, stdout=handle)
    report = {}
    for fmt in ("md", "html"):
        say(f"report -f {fmt} over {n} dossiers")
        target = root / f"report.{fmt}"
        report[fmt] = run("report", "-f", fmt, "--as-of", AS_OF, "-o", str(target), db=db)
    fired = {f["rule"] for d in json.loads(out.read_text())["dossiers"] for f in d["findings"]}
    one = next(iter(sorted((root / "yaml").glob("*.yaml")))).stem
    one_timeline = median(
        lambda: run("timeline", one, "-f", "md", "--as-of", AS_OF, db=db)[0], runs
    )
    one_check = median(
        lambda: run("check", one, "--as-of", AS_OF, "--fail-on", "never", db=db)[0], runs
    )
    version = median(lambda: plain("--version"), runs)
    help_s = median(lambda: plain("--help"), runs)
    growth = [[n, round(check_s, 3)]]
    for total in (2 * n, 4 * n):
        have = growth[-1][0]
        say(f"growth: {total} dossiers")
        write_files(root / f"more-{total}", have, total - have, seed, None)
        run("import", str(root / f"more-{total}"), db=db)
        wall, _ = run("check", "--format", "json", "--fail-on", "never", "--as-of", AS_OF, db=db)
        growth.append([total, round(wall, 3)])
    from besluitspoor.rules.registry import BY_ID

    return {
        "dossiers": n,
        "steps": steps,
        "import_yaml_steps_per_s": round(steps / yaml_s),
        "import_json_steps_per_s": round(steps / json_s),
        "yaml_parse_steps_per_s": round(steps / floor_s),
        "sqlite3_steps_per_s": round(steps / sqlite3_s),
        "sqlite_utils_steps_per_s": round(steps / su_s) if su_s else None,
        "check_s": round(check_s, 3),
        "check_peak_mb": round(check_mb, 1),
        "check_text_s": round(check_text_s, 3),
        "check_text_vs_json": round(check_text_s / check_s, 2),
        "report_md_s": round(report["md"][0], 3),
        "report_md_peak_mb": round(report["md"][1], 1),
        "report_html_s": round(report["html"][0], 3),
        "report_html_peak_mb": round(report["html"][1], 1),
        "check_growth": growth,
        "one_timeline_s": round(one_timeline, 3),
        "one_check_s": round(one_check, 3),
        "version_s": round(version, 3),
        "help_s": round(help_s, 3),
        "rules_never_fired": sorted(set(BY_ID) - fired),
    }


def measure_backends(root: Path, n: int, seed: int, url: str) -> dict[str, Any]:
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    say(f"generating {n} dossiers in {root}")
    steps = write_files(root / "yaml", 0, n, seed, None)
    write_files(root / "changed", 0, n, seed + 1, None)  # the same ids, every dossier different
    listed = subprocess.run([EXE, "--db", url, "dossier", "list", "--json"], capture_output=True)
    if listed.returncode == 0 and json.loads(listed.stdout or "[]"):
        raise SystemExit(f"{url} holds dossiers already; give an empty database")
    figures: dict[str, Any] = {"dossiers": n, "steps": steps}
    try:
        for name, db in (("sqlite", str(root / "bench.db")), ("server", url)):
            say(f"{name}: import, check, import --replace")
            imported, _ = run("import", str(root / "yaml"), db=db)
            with (root / f"{name}.json").open("w") as handle:
                checked, peak = run(
                    "check",
                    "-f",
                    "json",
                    "--fail-on",
                    "never",
                    "--as-of",
                    AS_OF,
                    db=db,
                    stdout=handle,
                )
            replaced, _ = run("import", str(root / "yaml"), "--replace", db=db)
            changed, _ = run("import", str(root / "changed"), "--replace", db=db)
            figures[name] = {
                "import_steps_per_s": round(steps / imported),
                "check_s": round(checked, 3),
                "check_peak_mb": round(peak, 1),
                "replace_s": round(replaced, 3),
                "replace_changed_s": round(changed, 3),
            }
        same = (root / "sqlite.json").read_bytes() == (root / "server.json").read_bytes()
        figures["same_check_output"] = same
    finally:
        _drop_tables(url)
    return figures


def _drop_tables(url: str) -> None:
    """Remove what the run made on the server (only besluitspoor's own tables)."""
    from sqlalchemy import create_engine, text

    from besluitspoor.store.db import resolve_url

    engine = create_engine(resolve_url(url))
    with engine.begin() as conn:
        for table in (
            "promise",
            "precondition",
            "step",
            "source_item",
            "dossier",
            "alembic_version",
        ):
            conn.execute(text(f'DROP TABLE IF EXISTS "{table}" CASCADE'))
    engine.dispose()


def report_backends(f: dict[str, Any]) -> None:
    lite, server = f["sqlite"], f["server"]
    rows = [
        ("dossiers / steps", f"{f['dossiers']} / {f['steps']}", "", ""),
        (
            "import (steps/s)",
            f"{lite['import_steps_per_s']:,}",
            f"{server['import_steps_per_s']:,}",
            f"{server['import_steps_per_s'] / lite['import_steps_per_s']:.2f}x (target >= 0.9)",
        ),
        (
            "check, all dossiers (s)",
            f"{lite['check_s']}",
            f"{server['check_s']}",
            f"{server['check_s'] / lite['check_s']:.2f}x (target <= 1.3)",
        ),
        ("check, peak RSS (MB)", f"{lite['check_peak_mb']}", f"{server['check_peak_mb']}", ""),
        (
            "import --replace (s)",
            f"{lite['replace_s']}",
            f"{server['replace_s']}",
            f"{server['replace_s'] / lite['replace_s']:.2f}x (target <= 1.5)",
        ),
        (
            "import --replace, all changed (s)",
            f"{lite['replace_changed_s']}",
            f"{server['replace_changed_s']}",
            f"{server['replace_changed_s'] / lite['replace_changed_s']:.2f}x",
        ),
        ("check output byte-identical", "", "", "yes" if f["same_check_output"] else "NO"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'':<{width}}  {'SQLite':>12}  {'server':>12}")
    for name, lite_value, server_value, note in rows:
        print(f"{name:<{width}}  {lite_value:>12}  {server_value:>12}  {note}")


def report(f: dict[str, Any]) -> None:
    su = f["sqlite_utils_steps_per_s"]
    yaml_ratio = f["import_yaml_steps_per_s"] / f["yaml_parse_steps_per_s"]
    rows = [
        ("dossiers / steps", f"{f['dossiers']} / {f['steps']}", ""),
        (
            "import YAML (steps/s)",
            f"{f['import_yaml_steps_per_s']:,}",
            f"{yaml_ratio:.2f}x parse floor (target >= 0.80)",
        ),
        (
            "import JSON (steps/s)",
            f"{f['import_json_steps_per_s']:,}",
            f"{f['import_json_steps_per_s'] / su:.2f}x sqlite-utils (target >= 0.50)" if su else "",
        ),
        ("parse floor: PyYAML C loader (steps/s)", f"{f['yaml_parse_steps_per_s']:,}", ""),
        ("write floor: sqlite3 executemany (steps/s)", f"{f['sqlite3_steps_per_s']:,}", ""),
        ("sqlite-utils insert (steps/s)", f"{su:,}" if su else "not installed", ""),
        ("check, all dossiers (s)", f"{f['check_s']}", "target <= 15 s at 10,000"),
        ("check, peak RSS (MB)", f"{f['check_peak_mb']}", "target <= 400 MB"),
        (
            "check as text, all dossiers (s)",
            f"{f['check_text_s']}",
            f"{f['check_text_vs_json']:.2f}x the JSON check (target <= 1.5)",
        ),
        (
            "report -f md / html, all dossiers (s)",
            f"{f['report_md_s']} / {f['report_html_s']}",
            "",
        ),
        (
            "report -f md / html, peak RSS (MB)",
            f"{f['report_md_peak_mb']} / {f['report_html_peak_mb']}",
            "target <= 150 MB at 2,000",
        ),
        (
            "check growth (dossiers: s)",
            ", ".join(f"{n}: {s}" for n, s in f["check_growth"]),
            f"4N/N = {f['check_growth'][-1][1] / f['check_growth'][0][1]:.2f}x (target <= 4.5)",
        ),
        ("timeline, one dossier (s)", f"{f['one_timeline_s']}", "target <= 1.0 s"),
        ("check, one dossier (s)", f"{f['one_check_s']}", "target <= 1.0 s"),
        ("--version (s)", f"{f['version_s']}", "target <= 0.15 s"),
        ("--help (s)", f"{f['help_s']}", "target <= 0.35 s"),
        ("rules that never fired", ", ".join(f["rules_never_fired"]) or "none", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>16}  {note}")


if __name__ == "__main__":
    main()
