"""CA3xx: sources."""

from claimaudit.rules.sourcing.ca301_unverifiable_source import UnverifiableSource
from claimaudit.rules.sourcing.ca302_implausible_source import ImplausibleSource
from claimaudit.rules.sourcing.ca303_source_after_document import SourceAfterDocument
from claimaudit.rules.sourcing.ca304_unattributed_figure import UnattributedFigure
from claimaudit.rules.sourcing.ca305_source_before_period import SourceBeforePeriod

RULES = (UnverifiableSource, ImplausibleSource, SourceAfterDocument, UnattributedFigure, SourceBeforePeriod)
