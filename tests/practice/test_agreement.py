"""The agreement statistics against Shrout & Fleiss (1979), Table 2: six targets rated by four judges."""

import pytest

from practice.agreement import icc_1_1, icc_2_1, icc_3_1, share_within

# Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater reliability.
# Psychological Bulletin, 86(2), 420-428. Table 2 (targets in rows, judges 1-4 in columns).
SHROUT_FLEISS = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]


def test_icc_2_1_matches_the_worked_example():
    assert icc_2_1(SHROUT_FLEISS) == pytest.approx(0.29, abs=0.005)


def test_the_other_forms_match_the_paper_too():
    # The paper reports .17 and .71 for the same table: the sums of squares are right.
    assert icc_1_1(SHROUT_FLEISS) == pytest.approx(0.17, abs=0.005)
    assert icc_3_1(SHROUT_FLEISS) == pytest.approx(0.71, abs=0.005)


def test_perfect_agreement_is_one_and_a_constant_offset_is_less():
    identical = [[1, 1], [4, 4], [6, 6], [3, 3]]
    offset = [[1, 2], [4, 5], [6, 7], [3, 4]]
    assert icc_2_1(identical) == pytest.approx(1.0)
    # Absolute agreement: a rater one point higher on everything does not agree perfectly.
    assert icc_2_1(offset) < 1.0
    assert icc_3_1(offset) == pytest.approx(1.0)


def test_undefined_when_every_score_is_the_same():
    assert icc_2_1([[4, 4], [4, 4], [4, 4]]) is None


def test_too_small_a_table_is_refused():
    with pytest.raises(ValueError):
        icc_2_1([[1, 2]])
    with pytest.raises(ValueError):
        icc_2_1([[1, 2], [3]])


def test_share_within_one_point():
    assert share_within([(3, 4), (5, 5), (1, 4), (7, 6)]) == pytest.approx(0.75)
    assert share_within([]) is None
