"""CA1xx: claims that disagree with each other."""

from claimaudit.rules.contradiction.ca101_conflicting_values import ConflictingValues
from claimaudit.rules.contradiction.ca102_citation_drift import CitationDrift
from claimaudit.rules.contradiction.ca103_same_source_related_values import SameSourceRelatedValues
from claimaudit.rules.contradiction.ca104_scale_slip import ScaleSlip
from claimaudit.rules.contradiction.ca105_range_restated_differently import RangeRestatedDifferently

RULES = (ConflictingValues, CitationDrift, SameSourceRelatedValues, ScaleSlip, RangeRestatedDifferently)
