"""Deterministic tools: the law, the money, identifiers and formats. No LLM, no clock, no I/O."""
