"""Wiring: settings, the command line and the application factory."""

__version__ = "0.1.0"
