"""The database: creation, upgrades with a backup, refusals, foreign keys, concurrent writers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import Run, TestDb
from typer.testing import CliRunner

from besluitspoor.cli.main import app
from besluitspoor.paths import data_dir
from besluitspoor.problems import InputError
from besluitspoor.store import dossiers as store
from besluitspoor.store.db import current_revision, open_db, resolve_url, upgrade
from besluitspoor.store.schema_version import HEAD, KNOWN_REVISIONS


def test_known_revisions_match_the_migrations() -> None:
    from alembic.script import ScriptDirectory

    from besluitspoor.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert script.get_current_head() == HEAD
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(KNOWN_REVISIONS)


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from besluitspoor.store.tables import metadata

    upgrade(resolve_url(str(tmp_path / "m.db")), HEAD, from_scratch=False)  # every migration
    db = open_db(str(tmp_path / "m.db"), create=False)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    db.dispose()


def _schema(path: Path) -> dict[str, object]:
    """What SQLite knows of each table: columns, foreign keys, indexes (order aside)."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        out: dict[str, object] = {
            "application_id": conn.execute("PRAGMA application_id").fetchone()
        }
        for table in tables:
            indexes = conn.execute(f"PRAGMA index_list('{table}')").fetchall()
            out[table] = (
                sorted(r[1:] for r in conn.execute(f"PRAGMA table_info('{table}')")),
                sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")),
                sorted(
                    (
                        bool(unique),
                        origin,
                        [c[2] for c in conn.execute(f"PRAGMA index_info('{name}')")],
                    )
                    for _, name, unique, origin, _ in indexes
                ),
            )
        out["alembic_version"] = conn.execute("SELECT * FROM alembic_version").fetchall()
    return out


def test_a_new_database_is_built_as_the_migrations_build_it(tmp_path: Path) -> None:
    migrated, built = tmp_path / "migrated.db", tmp_path / "built.db"
    upgrade(resolve_url(str(migrated)), HEAD, from_scratch=False)
    upgrade(resolve_url(str(built)), HEAD)
    assert _schema(built) == _schema(migrated)


def test_init_creates_and_is_idempotent(run: Run, db_path: Path) -> None:
    assert run("init").exit_code == 0
    assert current_revision(resolve_url(str(db_path))) == HEAD
    assert run("init").exit_code == 0
    assert not list(db_path.parent.glob("*.bak-*"))  # nothing to upgrade, no backup


def test_older_database_is_backed_up_and_upgraded(run: Run, db_path: Path) -> None:
    url = resolve_url(str(db_path))
    upgrade(url, "0001")
    with sqlite3.connect(db_path) as conn:  # a dossier stored by the older program
        conn.execute(
            "INSERT INTO dossier (id, title, municipality, profile, goals, indicators, "
            "touches_verordening, within_plan, ingrijpend, affects_residents, sources, tags) "
            "VALUES ('oud', 'Oud dossier', 'Oudstad', 'basis', '[]', '[]', 'unknown', "
            "'unknown', 'unknown', 'unknown', '[]', '[]')"
        )
    result = run("dossier", "list", "--json")
    assert result.exit_code == 0, result.output
    assert f"upgrading the database schema 0001 -> {HEAD}; backup at" in result.stderr
    assert '"id": "oud"' in result.stdout
    backups = list(db_path.parent.glob("test.db.bak-0001-*"))
    assert len(backups) == 1
    assert current_revision(f"sqlite:///{backups[0]}") == "0001"
    assert current_revision(url) == HEAD


def test_newer_database_is_refused(run: Run, db_path: Path) -> None:
    run("init")
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    result = run("dossier", "list")
    assert result.exit_code == 2
    assert "schemaversie 0099, nieuwer dan deze besluitspoor kent" in result.stderr
    assert "werk besluitspoor bij" in result.stderr


def test_foreign_file_is_refused(run: Run, db_path: Path) -> None:
    db_path.write_text("not a database at all, just text " * 100)
    result = run("dossier", "list")
    assert result.exit_code == 2
    assert "is geen SQLite-database" in result.stderr
    for size in (1, 50):  # SQLite itself took a 1-byte file for an empty database, and made one
        db_path.write_bytes(b"x" * size)
        result = run("dossier", "list")
        assert result.exit_code == 2 and "is geen SQLite-database" in result.stderr
        assert db_path.read_bytes() == b"x" * size
    other = db_path.with_name("other.db")
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    result = run("--db", str(other), "dossier", "list")
    assert result.exit_code == 2
    assert "niet van besluitspoor" in result.stderr


def test_reading_commands_do_not_create_a_database(run: Run, db: TestDb) -> None:
    result = run("dossier", "list")
    assert result.exit_code == 2
    if db.is_sqlite:
        assert "geen database in" in result.stderr
    else:  # an empty server database: told to run init, and still empty
        assert "bevat nog geen besluitspoor-database" in result.stderr
        assert "besluitspoor init" in result.stderr
        assert db.rows("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    assert not db.exists()


def test_default_location_is_the_user_data_folder(tmp_path: Path) -> None:
    # XDG_DATA_HOME points into tmp_path (conftest), as platformdirs reads it on Linux.
    url = resolve_url(None)
    assert url.startswith(f"sqlite:///{tmp_path}")
    assert url.endswith("besluitspoor/besluitspoor.db")


def test_env_variable_chooses_the_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BESLUITSPOOR_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(str(tmp_path / "flag.db")).endswith("flag.db")  # --db wins


def test_foreign_keys_are_enforced_by_the_database(loaded: Run, db: TestDb) -> None:
    opened = open_db(db.url, create=False)
    with pytest.raises(Exception, match=r"FOREIGN KEY|foreign key"), opened.write() as conn:
        conn.exec_driver_sql("UPDATE step SET settled_by = 'no-such-step' WHERE id = 'motie-smow'")
    if db.is_sqlite:
        with opened.read() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    opened.dispose()


def test_save_refuses_an_existing_id_and_replace_swaps_atomically(tmp_path: Path) -> None:
    from besluitspoor.dossierfile.read import read_file

    dossier = read_file(data_dir() / "westland-adviesraad.yaml").dossier
    assert dossier is not None
    db = open_db(str(tmp_path / "s.db"), create=True)
    with db.write() as conn:
        store.save(conn, [dossier])
    with pytest.raises(InputError, match="staat al in de database"), db.write() as conn:
        store.save(conn, [dossier])
    changed = dossier.model_copy(deep=True)
    changed.dossier.title = "Nieuwe titel"
    with db.write() as conn:
        store.save(conn, [changed], replace=True)
    with db.read() as conn:
        assert store.load(conn, dossier.id).dossier.title == "Nieuwe titel"
        assert len(store.all_ids(conn)) == 1
    db.dispose()


def test_replace_rewrites_what_changed_and_ends_as_a_fresh_import(
    loaded: Run, db: TestDb, tmp_path: Path
) -> None:
    """`import --replace` keeps unchanged rows; what it leaves must be exactly what importing
    the new files into an empty database gives: a changed step, a removed one, a new one,
    a precondition met, the order changed."""
    import yaml

    source = data_dir() / "wassenaar-sociaal-team.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["steps"][0]["title"] += " (gewijzigd)"
    # remove a step nothing refers to
    unreferred = [
        i for i, step in enumerate(data["steps"]) if str(data).count(f"'{step['id']}'") == 1
    ]
    data["steps"].pop(unreferred[-1])
    data["steps"].append(
        {
            "id": "rib-2023-03-01",
            "kind": "raadsinformatiebrief",
            "date": "2023-03-01",
            "title": "Voortgang",
        }
    )
    data["steps"][2], data["steps"][3] = data["steps"][3], data["steps"][2]
    data["preconditions"][0].update(
        status="vervuld", met_on="2023-03-01", evidence="rib-2023-03-01"
    )
    changed = tmp_path / "wassenaar-sociaal-team.yaml"
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    changed.write_text(text, encoding="utf-8")
    result = loaded("import", str(changed), "--replace")
    assert result.exit_code == 0, result.output
    fresh = str(tmp_path / "fresh.db")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", fresh, "import", str(changed)]).exit_code == 0
    mine = loaded("export", "wassenaar-sociaal-team", "--format", "json").stdout
    theirs = runner.invoke(app, ["--db", fresh, "export", "wassenaar-sociaal-team", "-f", "json"])
    assert mine == theirs.stdout
    again = loaded("import", str(changed), "--replace")  # the same file: nothing differs
    assert again.exit_code == 0
    assert loaded("export", "wassenaar-sociaal-team", "--format", "json").stdout == mine


WRITER = """
import sys
from pathlib import Path
from typing import Any
from besluitspoor.importer import import_paths
from besluitspoor.store.db import open_db
db = open_db(sys.argv[1], create=False)
import_paths(db, [Path(sys.argv[2])], profiles=["basis", "beleidswijziging-sociaal-domein",
             "gemeenschappelijke-regeling", "beleidsplan"])
"""


@pytest.mark.slow
def test_two_processes_writing_at_once_both_succeed(run: Run, db_path: Path) -> None:
    assert run("init").exit_code == 0
    files = sorted(data_dir().glob("*.yaml"))
    # Hold the write lock while the writers start: each must wait (busy timeout), not fail.
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(path)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    time.sleep(2.0)
    assert all(p.poll() is None for p in procs)  # all waiting for the lock
    blocker.execute("COMMIT")
    blocker.close()
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * len(files), errors
    db = open_db(str(db_path), create=False)
    with db.read() as conn:
        assert len(store.all_ids(conn)) == len(files)
    db.dispose()


def test_bulk_import_keeps_foreign_keys_on_for_later_writes(tmp_path: Path) -> None:
    from besluitspoor.importer import import_paths
    from besluitspoor.profiles import profile_names

    db = open_db(str(tmp_path / "bulk.db"), create=True)
    import_paths(db, [data_dir()], profiles=profile_names())
    import_paths(db, [data_dir()], profiles=profile_names(), replace=True)
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        counts = [
            conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("dossier", "step", "precondition", "promise")
        ]
    assert counts == [5, 20, 7, 5]  # replacing left no orphans behind
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as conn:
        conn.exec_driver_sql("UPDATE step SET settled_by = 'nope' WHERE id = 'motie-smow'")
    db.dispose()


@pytest.mark.parametrize("revision", ["0002", "0003"])
def test_a_full_older_database_upgrades_with_every_dossier_intact(
    run: Run, db_path: Path, revision: str
) -> None:
    """The bundled dossiers stored by an older schema (rows written straight into its tables)
    come through the upgrade unchanged — the migrations copy tables that others refer to."""
    from besluitspoor.dossierfile.read import read_file
    from besluitspoor.paths import data_dir
    from besluitspoor.store import dossiers as store
    from besluitspoor.store.reading import Layout
    from besluitspoor.store.tables import metadata

    url = resolve_url(str(db_path))
    upgrade(url, revision)
    dossiers = [read_file(p).dossier for p in sorted(data_dir().glob("*.yaml"))]
    current = Layout(  # the rows as this version's tables hold them, then cut to the old ones
        {t.name: tuple(c.name for c in t.columns) for t in metadata.sorted_tables},
        {t.name: frozenset() for t in metadata.sorted_tables},
    )
    rows = store.Rows(current)
    for dossier in dossiers:
        assert dossier is not None
        rows.add(dossier)
    with sqlite3.connect(db_path) as conn:
        for table, table_rows in rows.tables.items():
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            columns = current.columns[table]
            keep = [i for i, c in enumerate(columns) if c in names]
            marks = ", ".join("?" for _ in keep)
            sql = f'INSERT INTO "{table}" ({", ".join(columns[i] for i in keep)}) VALUES ({marks})'
            conn.executemany(sql, [tuple(row[i] for i in keep) for row in table_rows])
    result = run("export", "--all", "-o", str(db_path.parent / "out"))
    assert result.exit_code == 0, result.output
    assert f"upgrading the database schema {revision} -> {HEAD}" in result.stderr
    for dossier in dossiers:
        assert dossier is not None
        again = read_file(db_path.parent / "out" / f"{dossier.id}.yaml").dossier
        assert again == dossier
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (0,)  # a fresh connection


def test_every_key_of_the_format_has_a_column_to_keep_it_in() -> None:
    """A key added to the model without a column would be dropped on import, silently: every
    key of every step kind, precondition, promise and dossier block has its column."""
    from besluitspoor.model import (
        STEP_CLASSES,
        DossierInfo,
        Evaluation,
        Facts,
        Precondition,
        Promise,
    )
    from besluitspoor.store.tables import DossierRow, PreconditionRow, PromiseRow, StepRow

    def columns(row: type) -> set[str]:
        return {c.name for c in row.__table__.columns}  # type: ignore[attr-defined]

    for kind, model in STEP_CLASSES.items():
        assert set(model.model_fields) <= columns(StepRow), (
            kind,
            set(model.model_fields) - columns(StepRow),
        )
    assert set(Precondition.model_fields) <= columns(PreconditionRow)
    assert set(Promise.model_fields) <= columns(PromiseRow)
    # The dossier block keeps its facts and its evaluation flattened into columns of their own.
    flat = set(DossierInfo.model_fields) - {"facts", "evaluation"}
    flat |= set(Facts.model_fields) | {f"evaluation_{k}" for k in Evaluation.model_fields}
    assert flat <= columns(DossierRow), flat - columns(DossierRow)
    # ... and the reverse: no column that no key fills, but the store's own bookkeeping
    kept = {"dossier_id", "position"}
    every_step_key = set().union(*(set(m.model_fields) for m in STEP_CLASSES.values()))
    assert columns(StepRow) - every_step_key == kept
    assert columns(PreconditionRow) - set(Precondition.model_fields) == kept
    assert columns(PromiseRow) - set(Promise.model_fields) == kept
    assert columns(DossierRow) - flat == {"source_file", "source_lines", "updated_at"}


def test_every_reference_to_one_item_has_its_foreign_key() -> None:
    """A key holding the id of one step (or precondition) is a foreign key in the database, so
    the store cannot keep a reference to nothing; lists of ids are checked on import."""
    from typing import get_origin

    from besluitspoor.model import STEP_CLASSES, Precondition, Promise, refs_of
    from besluitspoor.store.tables import PreconditionRow, PromiseRow, StepRow

    def single_refs(model: type) -> set[str]:
        return {
            name
            for name in refs_of(model)
            if get_origin(model.model_fields[name].annotation) is not list
        }

    def keyed(row: type) -> set[str]:
        table = row.__table__  # type: ignore[attr-defined]
        return {fk.parent.name for fk in table.foreign_keys} - {"dossier_id"}

    for kind, model in STEP_CLASSES.items():
        assert single_refs(model) <= keyed(StepRow), (kind, single_refs(model) - keyed(StepRow))
    assert single_refs(Precondition) <= keyed(PreconditionRow)
    assert single_refs(Promise) <= keyed(PromiseRow)
    every = set().union(*(single_refs(m) for m in STEP_CLASSES.values()))
    assert keyed(StepRow) == every


def test_every_reference_to_a_step_is_indexed(run: Run, db_path: Path) -> None:
    """Deleting a step checks the rows that could refer to it: without an index on each
    referring column that is a scan per row deleted, and re-reading a register was quadratic."""
    from besluitspoor.store.tables import PRECONDITION_REFS, PROMISE_REFS, STEP_REFS

    assert run("init").exit_code == 0
    with sqlite3.connect(db_path) as conn:
        for table, columns in (
            ("step", STEP_REFS),
            ("precondition", PRECONDITION_REFS),
            ("promise", PROMISE_REFS),
        ):
            for column in columns:
                plan = conn.execute(
                    f'EXPLAIN QUERY PLAN SELECT 1 FROM "{table}" '
                    f'WHERE dossier_id = ? AND "{column}" = ?',
                    ("d", "s"),
                ).fetchall()
                assert f"ix_{table}_{column}" in str(plan), (table, column, plan)


def _all_at_once(
    command: list[str], db: Path, n: int = 4
) -> list[subprocess.CompletedProcess[str]]:
    import os

    env = {**os.environ, "BESLUITSPOOR_DB": str(db), "NO_COLOR": "1"}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "besluitspoor", *command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    done = []
    for process in runs:
        out, err = process.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done


@pytest.mark.slow
def test_concurrent_first_runs_of_one_file_all_succeed(db_path: Path) -> None:
    """Four first runs at once on one new file: each waits for the one making the schema, none
    is refused, and the file appears whole (issue 23.21)."""
    tmp_path, db = db_path.parent, db_path.parent / "samen.db"
    results = _all_at_once(["import", str(data_dir() / "westland-adviesraad.yaml")], db)
    codes = sorted(r.returncode for r in results)
    # One import wins; the others find the dossier there already (exit 2), none fails otherwise.
    assert codes == [0, 2, 2, 2], [(r.returncode, r.stderr) for r in results]
    assert all("staat al in de database" in r.stderr for r in results if r.returncode == 2)
    assert current_revision(resolve_url(str(db))) == HEAD
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.slow
def test_concurrent_upgrades_of_one_old_file_make_one_backup(db_path: Path) -> None:
    tmp_path, db = db_path.parent, db_path.parent / "oud.db"
    upgrade(resolve_url(str(db)), "0002")
    results = _all_at_once(["dossier", "list"], db)
    assert [r.returncode for r in results] == [0, 0, 0, 0], [r.stderr for r in results]
    assert current_revision(resolve_url(str(db))) == HEAD
    assert len(list(tmp_path.glob("oud.db.bak-0002-*"))) == 1
    assert not list(tmp_path.glob(".*partial"))


def test_whole_euros_come_back_as_written(run: Run, tmp_path: Path) -> None:
    # A REAL column gives 65536.0 for 65536: amounts in whole euros are ints everywhere, so
    # the database gives back the file that went in (found by the derived round-trip strategy).
    text = """format: besluitspoor/1
dossier:
  id: geld
  title: Geld
  municipality: Ergens
  profile: basis
  costs:
    amount: 7600000.0
steps:
  - id: cb
    kind: collegebesluit
    date: 2023-03-07
    title: Besteding
    decision: organisatorisch
    spends: 65536
  - id: rb
    kind: raadsbesluit
    date: 2023-04-07
    title: Budget
    decision: overig
    budget: 1250.5
"""
    (tmp_path / "geld.yaml").write_text(text)
    assert run("import", str(tmp_path / "geld.yaml")).exit_code == 0
    exported = run("export", "geld").stdout
    assert "spends: 65536\n" in exported
    assert "amount: 7600000\n" in exported
    assert "budget: 1250.5\n" in exported
