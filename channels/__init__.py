"""Channels: see DESIGN.md."""
