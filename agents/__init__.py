"""The LangGraph agent graph: a router and the flows it hands off to.

Nodes read the conversation state, call ``tools/`` and the repositories they
are given, and return an update. Every sentence they say comes from
``prompts/`` in the conversation's language.
"""
