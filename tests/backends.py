"""Store backends for the behaviour tests: a temporary SQLite file and a real PostgreSQL.

``store_url`` runs a test on both. PostgreSQL is the server named by DEALWATCH_TEST_PG (an
admin URL such as ``postgresql://postgres@127.0.0.1:5433/postgres``; ``.ci/run`` starts one
with scripts/start-postgres.sh): each test module gets its own database, created here and
dropped at the end, and each test an empty schema. Nothing is started here. Without
DEALWATCH_TEST_PG the PostgreSQL tests fail in CI (CI set) and are skipped, with the reason
shown, on a developer's machine.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from dealwatch.store import database_url

PG_ENV = "DEALWATCH_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str:
    """The test server's admin URL; fails (CI) or skips (elsewhere) when none is given."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    msg = (f"{PG_ENV} is not set: start a server with "
           f"'eval \"$(bash scripts/start-postgres.sh)\"' (CI does, in .ci/run)")
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(msg)
    pytest.skip(msg)


def _admin(sql: str, url: str | None = None) -> None:
    engine = create_engine(database_url(url or pg_admin_url()), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def pg_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module, dropped after it."""
    admin = pg_admin_url()
    name = re.sub(r"\W", "_", f"dw_{request.module.__name__}_{os.getpid()}").lower()[:60]
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE); CREATE DATABASE "{name}"')
    yield database_url(admin).set(database=name).render_as_string(hide_password=False)
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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
