"""Scoring rules as plain functions (spec 3.5 #37, 3.7 #52, #55, #56; section c: partial credit, grading)."""

from decimal import Decimal

import pytest

from quizzes import scoring


def mc(kind="mc_single", options=(("a", True, 0), ("b", False, 0)), points="1"):
    return {
        "kind": kind,
        "points": points,
        "options": [
            {"id": i, "text": t, "correct": c, "weight": str(w), "feedback": ""} for i, (t, c, w) in enumerate(options)
        ],
    }


class TestMultipleChoice:
    def test_correct_if_and_only_if_the_chosen_option_is_flagged_correct(self):
        snap = mc()
        assert scoring.mark_answer(snap, {"option": 0}) == scoring.Mark(Decimal("1"), True)
        assert scoring.mark_answer(snap, {"option": 1}) == scoring.Mark(Decimal("0.00"), False)

    def test_any_of_several_correct_options_is_accepted(self):
        snap = mc(options=(("a", True, 0), ("b", True, 0), ("c", False, 0)))
        assert scoring.mark_answer(snap, {"option": 1}).is_correct

    def test_an_unknown_option_scores_nothing(self):
        assert scoring.mark_answer(mc(), {"option": 99}) == scoring.Mark(Decimal("0.00"), False)

    def test_a_wrong_option_with_a_positive_weight_earns_partial_credit(self):
        snap = mc(options=(("a", True, 100), ("b", False, 50), ("c", False, 0)), points="2")
        assert scoring.mark_answer(snap, {"option": 1}) == scoring.Mark(Decimal("1.00"), False)

    def test_points_per_question_are_awarded(self):
        assert scoring.mark_answer(mc(points="3"), {"option": 0}).points == Decimal("3")


class TestMultipleResponse:
    def test_all_correct_options_and_nothing_else_scores_full_points(self):
        snap = mc("mc_multiple", (("a", True, 0), ("b", True, 0), ("c", False, 0)), points="2")
        assert scoring.mark_answer(snap, {"options": [0, 1]}) == scoring.Mark(Decimal("2.00"), True)

    def test_half_the_correct_options_scores_half(self):
        snap = mc("mc_multiple", (("a", True, 0), ("b", True, 0), ("c", False, 0)), points="2")
        assert scoring.mark_answer(snap, {"options": [0]}) == scoring.Mark(Decimal("1.00"), False)

    def test_ticking_everything_scores_nothing(self):
        snap = mc("mc_multiple", (("a", True, 0), ("b", True, 0), ("c", False, 0), ("d", False, 0)))
        assert scoring.mark_answer(snap, {"options": [0, 1, 2, 3]}).points == Decimal("0.00")

    def test_explicit_weights_are_used_and_the_total_never_goes_below_zero(self):
        snap = mc("mc_multiple", (("a", True, 50), ("b", True, 50), ("c", False, -100)))
        assert scoring.mark_answer(snap, {"options": [0, 1]}).points == Decimal("1.00")
        assert scoring.mark_answer(snap, {"options": [0, 2]}).points == Decimal("0.00")

    def test_no_ticks_scores_nothing(self):
        assert scoring.mark_answer(mc("mc_multiple"), {"options": []}).points == Decimal("0.00")


class TestTrueFalse:
    @pytest.mark.parametrize(
        ("is_true", "guess", "right"),
        [(True, True, True), (True, False, False), (False, False, True)],
    )
    def test_the_guess_is_compared_with_the_statement(self, is_true, guess, right):
        snap = {"kind": "true_false", "points": "1", "is_true": is_true}
        assert scoring.mark_answer(snap, {"value": guess}).is_correct is right

    def test_any_other_value_is_incorrect(self):
        snap = {"kind": "true_false", "points": "1", "is_true": True}
        assert scoring.mark_answer(snap, {"value": "True"}).is_correct is False


def test_an_essay_awaits_a_person_instead_of_being_scored_wrong():
    assert scoring.mark_answer({"kind": "essay", "points": "5"}, {"text": "..."}) == scoring.Mark(None, None)


class TestSpotTheTechnique:
    def test_naming_the_technique_scores_when_it_is_the_annotated_one(self):
        snap = {"kind": "spot_name", "points": "1", "technique": {"id": 7, "code": "MBT-SRE", "name": "SRE"}}
        assert scoring.mark_answer(snap, {"technique": 7}).is_correct
        assert not scoring.mark_answer(snap, {"technique": 8}).is_correct

    @pytest.mark.parametrize(
        ("time", "right"),
        [("34.1", True), ("31.1", True), ("37.1", True), ("37.2", False), ("x", False)],
    )
    def test_marking_the_moment_counts_within_the_tolerance(self, time, right):
        snap = {"kind": "spot_moment", "points": "1", "moment": "34.1", "tolerance": "3"}
        assert scoring.mark_answer(snap, {"time": time}).is_correct is right


class TestPercentAndPass:
    def test_percent_is_rounded_and_kept_between_0_and_100(self):
        assert scoring.rounded(scoring.percent(1, 2)) == 50
        assert scoring.rounded(scoring.percent(2, 3)) == 67
        assert scoring.percent(5, 2) == Decimal("100.00")
        assert scoring.percent(-1, 2) == Decimal("0.00")

    def test_an_empty_attempt_is_0_percent(self):
        assert scoring.percent(0, 0) == Decimal("0.00")

    def test_passing_means_reaching_the_pass_mark(self):
        assert scoring.has_passed(Decimal("50"), 50)
        assert not scoring.has_passed(Decimal("49.4"), 50)

    def test_a_pass_mark_of_zero_is_passed_by_everyone(self):
        assert scoring.has_passed(Decimal("0"), 0)


class TestGradingAcrossAttempts:
    @pytest.mark.parametrize(
        ("method", "expected"), [("highest", "80"), ("latest", "60"), ("first", "40"), ("average", "60.00")]
    )
    def test_each_grading_method(self, method, expected):
        assert scoring.grade(["40", "80", "60"], method) == Decimal(expected)

    def test_no_attempts_no_grade(self):
        assert scoring.grade([], "highest") is None
