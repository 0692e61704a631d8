"""Which PostgreSQL the product uses: ``DATABASE_URL`` when set, else the embedded one."""

from __future__ import annotations

from bakaya.settings import Settings
from store.db import normalise_url
from store.embedded import EmbeddedPostgres


def embedded_server(settings: Settings) -> EmbeddedPostgres:
    return EmbeddedPostgres(settings.embedded_pg_dir, settings.embedded_pg_port,
                            settings.embedded_pg_user)


def database_url(settings: Settings, *, start_embedded: bool = True) -> str:
    """The database to use; starts the embedded server when no URL is configured."""
    if settings.database_url:
        return normalise_url(settings.database_url)
    server = embedded_server(settings)
    if start_embedded:
        return server.ensure_started()
    running = server.running_port()  # a server started with another port setting
    if running is not None:
        server.port = running
    return server.url
