"""Engine and sessions: ``DATABASE_URL`` when set, else the embedded PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from bakaya.settings import Settings, get_settings
from store.embedded import EmbeddedPostgres


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver whatever scheme the operator wrote."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def embedded_server(settings: Settings) -> EmbeddedPostgres:
    return EmbeddedPostgres(settings.embedded_pg_dir, settings.embedded_pg_port,
                            settings.embedded_pg_user)


def database_url(settings: Settings | None = None, *, start_embedded: bool = True) -> str:
    """The database to use; starts the embedded server when no URL is configured."""
    settings = settings or get_settings()
    if settings.database_url:
        return normalise_url(settings.database_url)
    server = embedded_server(settings)
    return server.ensure_started() if start_embedded else server.url


def make_engine(url: str) -> Engine:
    return create_engine(normalise_url(url), pool_pre_ping=True, future=True)


@lru_cache(maxsize=4)
def _engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine(settings: Settings | None = None) -> Engine:
    return _engine_for(database_url(settings))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls everything back on any error."""
    with session_factory(engine)() as session, session.begin():
        yield session
