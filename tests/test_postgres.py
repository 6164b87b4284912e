"""PostgreSQL as a group's shared database: what only a server has (concurrent processes,
explicit upgrades, other programs' tables, passwords, collations). The rest of the suite runs
on PostgreSQL too, with `--backend postgresql` (see conftest)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import CORPUS, TestDb
from typer.testing import CliRunner

from besluitspoor.cli.main import app
from besluitspoor.paths import data_dir

pytestmark = pytest.mark.slow


@pytest.fixture
def pg(any_pg_cluster: Any) -> TestDb:
    name = any_pg_cluster.new_database()
    return TestDb(any_pg_cluster.url(name), None, any_pg_cluster, name)


def cli(url: str, *args: str) -> Any:
    return CliRunner().invoke(app, ["--db", url, *args])


def processes(commands: list[list[str]], cwd: Path) -> list[subprocess.CompletedProcess[str]]:
    """Start every command at once, as separate `besluitspoor` processes; wait for all."""
    env = {**os.environ, "NO_COLOR": "1"}
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "besluitspoor", *c],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for c in commands
    ]
    done = []
    for process in started:
        out, err = process.communicate(timeout=120)
        done.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return done


def test_concurrent_edits_of_one_dossier_lose_nothing(pg: TestDb, tmp_path: Path) -> None:
    assert cli(pg.url, "import", str(data_dir())).exit_code == 0
    writers = 8
    commands = [
        [
            "--db",
            pg.url,
            "add",
            "raadsinformatiebrief",
            "wassenaar-sociaal-team",
            "--date",
            f"2023-03-{n + 1:02d}",
            "--title",
            f"Voortgang sociaal team {n}",
        ]
        for n in range(writers)
    ]
    results = processes(commands, tmp_path)
    assert [r.returncode for r in results] == [0] * writers, results[0].stderr[-800:]
    shown = cli(pg.url, "export", "wassenaar-sociaal-team", "--format", "json").stdout
    titles = {s["title"] for s in json.loads(shown)["steps"]}
    assert {f"Voortgang sociaal team {n}" for n in range(writers)} <= titles


def test_concurrent_imports_of_one_new_dossier_give_the_normal_message(
    pg: TestDb, tmp_path: Path
) -> None:
    assert cli(pg.url, "init").exit_code == 0
    file = str(CORPUS / "good" / "minimal.yaml")
    results = processes([["--db", pg.url, "import", file] for _ in range(4)], tmp_path)
    codes = sorted(r.returncode for r in results)
    assert codes == [0, 2, 2, 2], [r.stderr for r in results]
    refused = [r.stderr for r in results if r.returncode == 2]
    assert all("staat al in de database" in e and "Traceback" not in e for e in refused)


def test_concurrent_first_runs_on_an_empty_database_all_succeed(pg: TestDb, tmp_path: Path) -> None:
    from besluitspoor.store.db import current_revision, resolve_url
    from besluitspoor.store.schema_version import HEAD

    results = processes([["--db", pg.url, "init"] for _ in range(5)], tmp_path)
    assert [r.returncode for r in results] == [0] * 5, [r.stderr for r in results]
    assert current_revision(resolve_url(pg.url)) == HEAD


def test_an_older_shared_database_is_upgraded_only_on_request(pg: TestDb) -> None:
    from besluitspoor.store.db import current_revision, resolve_url, upgrade
    from besluitspoor.store.schema_version import HEAD

    upgrade(resolve_url(pg.url), "0004")
    listed = cli(pg.url, "dossier", "list")
    assert listed.exit_code == 2
    assert "pg_dump" in listed.stderr and "init --upgrade" in listed.stderr
    assert current_revision(resolve_url(pg.url)) == "0004"  # untouched
    assert cli(pg.url, "init").exit_code == 2  # init alone does not upgrade either
    upgraded = cli(pg.url, "init", "--upgrade")
    assert upgraded.exit_code == 0, upgraded.output
    assert "0004 -> " + HEAD in upgraded.stderr
    assert current_revision(resolve_url(pg.url)) == HEAD


def test_a_database_of_another_program_is_left_alone(pg: TestDb) -> None:
    pg.cluster.sql("CREATE TABLE leden (naam text)", pg.name)
    result = cli(pg.url, "init")
    assert result.exit_code == 2
    assert "tabellen van een ander programma (leden)" in result.stderr
    assert pg.rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [("leden",)]


def test_passwords_are_never_printed(pg: TestDb) -> None:
    secret = "geheim-wachtwoord"
    url = pg.url.replace("volunteer@", f"volunteer:{secret}@")
    for args in (("init",), ("dossier", "list"), ("dossier", "add", "--id", "x")):
        result = cli(url, *args)
        assert secret not in result.output, result.output
    wrong = url.replace("volunteer:", "nobody:")
    refused = cli(wrong, "dossier", "list")
    assert refused.exit_code == 2
    assert "kan de database postgresql://nobody:***@" in refused.stderr
    assert secret not in refused.stderr


def test_without_psycopg_the_user_is_told_what_to_install(
    pg: TestDb, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    result = cli(pg.url, "dossier", "list")
    assert result.exit_code == 2
    assert "pip install 'besluitspoor[postgres]'" in result.stderr


def test_output_is_the_same_as_on_sqlite_on_a_dutch_collated_server(
    any_pg_cluster: Any, tmp_path: Path
) -> None:
    """Byte-identical export, check JSON and lists on a database whose collation is nl-NL
    (as a hosted one may be): order is by code point on both backends."""
    import random

    from bench.generate import dossier

    from besluitspoor.dossierfile import yamlio

    folder = tmp_path / "dossiers"
    folder.mkdir()
    for n in range(40):  # the benchmark's generated dossiers, every kind of step and defect
        data = dossier(random.Random(n), n)
        (folder / f"{data['dossier']['id']}.yaml").write_text(yamlio.dump(data), encoding="utf-8")
    for path in data_dir().glob("*.yaml"):
        (folder / path.name).write_bytes(path.read_bytes())
    sqlite = str(tmp_path / "same.db")
    name = "nl_collated"
    any_pg_cluster.sql(
        f"CREATE DATABASE {name} OWNER volunteer TEMPLATE template0 "
        "LOCALE_PROVIDER icu ICU_LOCALE 'nl-NL' LOCALE 'C.UTF-8'"
    )
    server = any_pg_cluster.url(name)
    outputs: dict[str, list[str]] = {}
    for url in (sqlite, server):
        assert cli(url, "import", str(folder)).exit_code == 0
        runs = [
            ("check", "--as-of", "2024-06-01", "--format", "json"),
            ("export", "--all", "--format", "json"),
            ("dossier", "list", "--json"),
            ("dossier", "list"),
            ("report", "-f", "md", "--as-of", "2024-06-01"),
        ]
        outputs[url] = [cli(url, *args).stdout for args in runs]
    assert outputs[sqlite] == outputs[server]
    municipalities = [json.loads(outputs[server][2])[i]["municipality"] for i in range(3)]
    assert municipalities == sorted(municipalities)  # code point order


def test_bulk_replace_skips_server_key_checks_only_where_the_role_may(
    any_pg_cluster: Any, tmp_path: Path
) -> None:
    """With `GRANT SET ON PARAMETER session_replication_role` a large `--replace` skips the
    per-row key checks (besluitspoor checked every reference itself, as on SQLite); without it
    the checks run. Either way the result is exactly a fresh import of the new files."""
    import random

    from bench.generate import dossier

    from besluitspoor.dossierfile import yamlio

    before, after = tmp_path / "before", tmp_path / "after"
    for folder, seed in ((before, 1), (after, 2)):
        folder.mkdir()
        for n in range(15):
            data = dossier(random.Random(seed * 1000 + n), n)
            path = folder / f"{data['dossier']['id']}.yaml"
            path.write_text(yamlio.dump(data), encoding="utf-8")
    any_pg_cluster.sql(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bulkrole') THEN "
        "CREATE ROLE bulkrole LOGIN; END IF; END $$"
    )
    any_pg_cluster.sql("GRANT SET ON PARAMETER session_replication_role TO bulkrole")
    fresh = str(tmp_path / "fresh.db")
    assert cli(fresh, "import", str(after)).exit_code == 0
    expected = cli(fresh, "export", "--all", "--format", "json").stdout
    for role in ("volunteer", "bulkrole"):
        name = f"bulk_{role}"
        any_pg_cluster.sql(f"CREATE DATABASE {name} OWNER {role}")
        url = any_pg_cluster.url(name, user=role)
        assert cli(url, "import", str(before)).exit_code == 0
        replaced = cli(url, "import", str(after), "--replace")
        assert replaced.exit_code == 0, replaced.output
        assert cli(url, "export", "--all", "--format", "json").stdout == expected
        # the transaction after the bulk one checks keys again
        from besluitspoor.store.db import open_db

        opened = open_db(url, create=False)
        with pytest.raises(Exception, match="foreign key"), opened.write() as conn:
            conn.exec_driver_sql("UPDATE step SET settled_by = 'nergens' WHERE position = 0")
        opened.dispose()


def test_connections_are_closed_after_each_command(pg: TestDb) -> None:
    assert cli(pg.url, "import", str(data_dir())).exit_code == 0
    for args in (
        ("check",),
        ("dossier", "list"),
        ("add", "rib", "westland-adviesraad", "--date", "2021-02-01", "--title", "Antwoord"),
    ):
        assert cli(pg.url, *args).exit_code in (0, 1), args
    open_ones = pg.rows(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'besluitspoor'"
    )
    assert open_ones == [(0,)]


def test_times_are_stored_in_utc_whatever_the_server_zone(pg: TestDb) -> None:
    from datetime import UTC, datetime, timedelta

    pg.cluster.sql(f"ALTER DATABASE {pg.name} SET timezone = 'Pacific/Kiritimati'")  # UTC+14
    assert cli(pg.url, "import", str(data_dir())).exit_code == 0
    (stored,) = pg.rows("SELECT max(updated_at) FROM dossier")[0]
    assert abs(stored - datetime.now(UTC)) < timedelta(minutes=5)
