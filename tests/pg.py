"""A throwaway PostgreSQL cluster for the test suite, from Debian's binaries.

`initdb` + `pg_ctl` in a temporary folder, listening on a Unix socket only (no port to collide
with), fsync off. PostgreSQL refuses to run as root, so as root the cluster runs as the
`postgres` user (`runuser`). Tests connect as `volunteer`, a role without superuser rights,
as a group's shared database would be used: nothing in besluitspoor may need more.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROLE = "volunteer"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl, or None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / "initdb").exists():
            return folder
    return None


class Cluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="besluitspoor-pg-"))
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.folder, "postgres")
        self.data = self.folder / "data"
        self._names = itertools.count()
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = f"-c listen_addresses='' -k {self.folder} -c fsync=off -c full_page_writes=off"
        options += " -c synchronous_commit=off -c max_connections=200"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "log"),
            "-w",
            "start",
        )
        self.sql(f"CREATE ROLE {ROLE} LOGIN")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def url(self, database: str, user: str = ROLE) -> str:
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(
            f"host={self.folder} dbname={database} user=postgres", autocommit=True
        ) as conn:
            conn.execute(statement)

    def new_database(self, template: str | None = None) -> str:
        """A fresh database owned by the test role (a copy of `template` if given)."""
        name = f"t{os.getpid()}_{next(self._names)}"
        copy = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.sql(f"CREATE DATABASE {name} OWNER {ROLE}{copy}")
        return name

    def remake(self, name: str, template: str) -> None:
        """Database `name` made again as a copy of `template` (a loaded one, per test)."""
        self.sql(f"DROP DATABASE {name}")
        self.sql(f"CREATE DATABASE {name} OWNER {ROLE} TEMPLATE {template} STRATEGY FILE_COPY")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
