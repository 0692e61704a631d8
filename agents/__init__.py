"""Agents: see DESIGN.md."""
