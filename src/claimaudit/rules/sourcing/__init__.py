"""CA3xx: sources."""

RULES = ()
