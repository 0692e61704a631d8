"""Persistence: models, migrations, repositories, the audit chain, the embedded PostgreSQL."""
