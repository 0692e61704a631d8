"""Application factory: the FastAPI app with its routers, on a given engine."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from bakaya import __version__
from channels.api import build_router, install_error_handlers


def create_app(engine: Engine | None) -> FastAPI:
    app = FastAPI(title="Bakaya", version=__version__)
    app.state.engine = engine
    app.include_router(build_router(engine))
    install_error_handlers(app)
    return app
