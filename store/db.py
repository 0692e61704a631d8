"""Engines and units of work over one PostgreSQL URL (which one is the wiring's choice)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker


def normalise_url(url: str) -> str:
    """Use the psycopg 3 driver whatever scheme the operator wrote."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """An engine whose pool serves the webhooks' acknowledgements and the worker's turns at
    once (a turn holds a connection for its unit of work and one for its conversation lock);
    connections open only when needed."""
    return create_engine(normalise_url(url), pool_pre_ping=True, future=True, pool_size=10,
                         max_overflow=30, pool_timeout=10)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work: commits on success, rolls everything back on any error."""
    with session_factory(engine)() as session, session.begin():
        yield session
