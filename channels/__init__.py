"""Channels: see docs/architecture.md."""
