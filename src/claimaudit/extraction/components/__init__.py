"""One thin spaCy component per concern; the logic lives in ``extraction/parse``."""
