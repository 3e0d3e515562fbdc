"""CA2xx: arithmetic and plausibility."""

RULES = ()
