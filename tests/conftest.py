"""Shared fixtures. Database tests run against a real PostgreSQL: the one
``scripts/test.sh`` started (``BAKAYA_TEST_DATABASE_URL``), or, when pytest is
run on its own, an embedded cluster this file starts in a temporary folder.
Each test that asks for ``engine`` gets a fresh database cloned from a
migrated template, so tests never see each other's rows.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from store.db import make_engine, normalise_url
from store.embedded import EmbeddedPostgres
from store.migrate import upgrade

_counter = itertools.count()


def _libpq_dsn(url: str, database: str) -> str:
    parsed = make_url(normalise_url(url))
    return (f"host={parsed.host} port={parsed.port or 5432} user={parsed.username} "
            f"password={parsed.password or ''} dbname={database}")


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    url = os.environ.get("BAKAYA_TEST_DATABASE_URL")
    if url:
        yield normalise_url(url)
        return
    with tempfile.TemporaryDirectory(prefix="bakaya-test-pg-") as tmp:
        server = EmbeddedPostgres(Path(tmp) / "pgdata", port=54349)
        try:
            yield server.ensure_started()
        finally:
            server.destroy()


@pytest.fixture(scope="session")
def template_database(server_url: str) -> Iterator[str]:
    name = f"bakaya_tpl_{os.getpid()}"
    with psycopg.connect(_libpq_dsn(server_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    upgrade(make_url(server_url).set(database=name).render_as_string(hide_password=False))
    yield name
    with psycopg.connect(_libpq_dsn(server_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def database_url(server_url: str, template_database: str) -> Iterator[str]:
    """URL of a fresh, migrated database for this test alone."""
    name = f"bakaya_t_{os.getpid()}_{next(_counter)}"
    admin = _libpq_dsn(server_url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template_database}"')
    yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()
