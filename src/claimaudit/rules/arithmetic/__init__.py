"""CA2xx: arithmetic and plausibility."""

from claimaudit.rules.arithmetic.ca201_part_exceeds_whole import PartExceedsWhole
from claimaudit.rules.arithmetic.ca202_shares_exceed_whole import SharesExceedWhole
from claimaudit.rules.arithmetic.ca203_percent_of_total import PercentOfTotal
from claimaudit.rules.arithmetic.ca204_parts_do_not_sum import PartsDoNotSum
from claimaudit.rules.arithmetic.ca205_growth_inconsistent import GrowthInconsistent
from claimaudit.rules.arithmetic.ca206_implausible_unit_value import ImplausibleUnitValue
from claimaudit.rules.arithmetic.ca207_rate_inconsistent import RateInconsistent

RULES = (
    PartExceedsWhole,
    SharesExceedWhole,
    PercentOfTotal,
    PartsDoNotSum,
    GrowthInconsistent,
    ImplausibleUnitValue,
    RateInconsistent,
)
