"""Store backends for the behaviour tests: a temporary SQLite file and a real PostgreSQL.

``store_url`` runs a test on both. PostgreSQL is the server named by DEALWATCH_TEST_PG (an
admin URL such as ``postgresql://postgres@127.0.0.1:5433/postgres``; ``.ci/run`` starts one
with scripts/start-postgres.sh): each test module gets its own database, created here and
dropped at the end, and each test an empty schema. Without DEALWATCH_TEST_PG the session
starts its own throwaway server with that script (which apt-installs PostgreSQL when it is
missing) and stops it at the end; a server that cannot be started fails the tests.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from dealwatch.store import database_url

PG_ENV = "DEALWATCH_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "start-postgres.sh"


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[str]:
    """The test server's admin URL: DEALWATCH_TEST_PG, or a server started for this session."""
    url = os.environ.get(PG_ENV)
    if url:
        yield url
        return
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"{PG_ENV} is not set and {SCRIPT.name} could not start a server: "
                    + (done.stderr.strip().splitlines() or ["no output"])[-1])
    exports = dict(re.findall(r"export (\w+)=(\S+)", done.stdout))
    try:
        yield exports[PG_ENV]
    finally:
        subprocess.run(["bash", str(SCRIPT), "--stop", exports["DEALWATCH_PG_DIR"]],
                       capture_output=True, check=False)


def _admin(sql: str, url: str) -> None:
    engine = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_database(request: pytest.FixtureRequest, pg_admin: str) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module, dropped after it."""
    name = re.sub(r"\W", "_", f"dw_{request.module.__name__}_{os.getpid()}").lower()[:60]
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE); CREATE DATABASE "{name}"', pg_admin)
    yield database_url(pg_admin).set(database=name).render_as_string(hide_password=False)
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', pg_admin)


def empty_pg(url: str) -> str:
    """Empty a test database (every table of the public schema) and return its URL."""
    _admin("DROP SCHEMA public CASCADE; CREATE SCHEMA public", url)
    return url


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store location on each backend: a new SQLite file, an empty PG database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return empty_pg(request.getfixturevalue("pg_database"))
