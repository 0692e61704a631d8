"""The flows the router hands off to. Each module holds one family of flows."""
