"""How closely two or more raters agree: the intraclass correlation ICC(2,1) and the share within one point.

ICC(2,1) is Shrout and Fleiss's (1979) case 2: every target is rated by the same raters, who are taken
as a random sample of raters, and agreement is absolute (a rater who scores every item one point higher
than the reference does not agree). It is computed from the two-way analysis of variance of a complete
table, targets in rows and raters in columns:

    ICC(2,1) = (BMS - EMS) / (BMS + (k - 1) EMS + k (JMS - EMS) / n)

with BMS the targets' mean square, JMS the raters' mean square, EMS the residual mean square, n targets
and k raters. Tested against the paper's worked example (Table 2: 6 targets, 4 judges, ICC(2,1) = .29).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class MeanSquares:
    targets: float
    raters: float
    error: float
    n: int
    k: int


def mean_squares(table):
    """The two-way ANOVA mean squares of a complete table (a list of rows, one per target, one score per rater)."""
    n = len(table)
    if n < 2:
        raise ValueError("At least two targets are needed.")
    k = len(table[0])
    if k < 2 or any(len(row) != k for row in table):
        raise ValueError("Every target needs a score from each of at least two raters.")
    grand = sum(sum(row) for row in table) / (n * k)
    row_means = [sum(row) / k for row in table]
    col_means = [sum(row[j] for row in table) / n for j in range(k)]
    ss_rows = k * sum((mean - grand) ** 2 for mean in row_means)
    ss_cols = n * sum((mean - grand) ** 2 for mean in col_means)
    ss_total = sum((value - grand) ** 2 for row in table for value in row)
    ss_error = ss_total - ss_rows - ss_cols
    return MeanSquares(
        targets=ss_rows / (n - 1), raters=ss_cols / (k - 1), error=ss_error / ((n - 1) * (k - 1)), n=n, k=k
    )


def icc_2_1(table):
    """ICC(2,1) of a complete table, or None when it is undefined (every score the same)."""
    ms = mean_squares(table)
    denominator = ms.targets + (ms.k - 1) * ms.error + ms.k * (ms.raters - ms.error) / ms.n
    if denominator == 0:
        return None
    return (ms.targets - ms.error) / denominator


def icc_1_1(table):
    """ICC(1,1), one-way random: each target rated by different raters. For comparison with the paper."""
    n, k = len(table), len(table[0])
    grand = sum(sum(row) for row in table) / (n * k)
    row_means = [sum(row) / k for row in table]
    bms = k * sum((mean - grand) ** 2 for mean in row_means) / (n - 1)
    wms = sum((value - row_means[i]) ** 2 for i, row in enumerate(table) for value in row) / (n * (k - 1))
    denominator = bms + (k - 1) * wms
    return None if denominator == 0 else (bms - wms) / denominator


def icc_3_1(table):
    """ICC(3,1), two-way mixed, consistency: the raters are the only raters of interest."""
    ms = mean_squares(table)
    denominator = ms.targets + (ms.k - 1) * ms.error
    return None if denominator == 0 else (ms.targets - ms.error) / denominator


def share_within(pairs, points=1):
    """The share of (score, reference) pairs at most `points` apart, or None for no pairs."""
    pairs = list(pairs)
    if not pairs:
        return None
    return sum(1 for score, reference in pairs if abs(score - reference) <= points) / len(pairs)
