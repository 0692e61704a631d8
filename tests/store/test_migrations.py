"""Migrations build exactly the models, and go down and up again."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from store.migrate import alembic_config, downgrade, upgrade


def test_models_and_migrations_agree(database_url: str) -> None:
    command.check(alembic_config(database_url))  # raises if autogenerate finds a difference


def test_downgrade_then_upgrade(database_url: str, engine: Engine) -> None:
    downgrade(database_url, "base")
    assert "invoices" not in inspect(engine).get_table_names()
    upgrade(database_url)
    assert {"invoices", "audit_log", "buyers", "payments"} <= set(
        inspect(engine).get_table_names())


def test_pgvector_is_available(engine: Engine) -> None:
    with engine.connect() as conn:
        distance = conn.execute(text("SELECT '[1,0]'::vector <=> '[0,1]'::vector")).scalar()
    assert distance == 1.0
