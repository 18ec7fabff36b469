"""The matrix's totals per module (supervision/reports.py), worked out by the database: the mean quiz score and the
score bands follow each quiz's grading method, and a module with more than one quiz averages the ones attempted."""

from decimal import Decimal

import pytest

from quizzes.models import GradingMethod
from supervision import reports
from tests import factories
from tests.courses.factories import ModulePageFactory

pytestmark = pytest.mark.django_db


def totals(world, title):
    selection = reports.select(world.sup_a, cohort=world.cohort_a)
    reports.fill_column_totals(selection, selection.trainees.count())
    return next(column for column in selection.columns if column.module.title == title)


def test_the_mean_score_and_bands_follow_the_quizs_grading_method(world):
    # Amira: 80 (world), then 45.55 and 70; Bruno: 40 (world), then 95.25.
    factories.finished_attempt(world.amira, world.mc_quiz, percent=Decimal("45.55"), number=2)
    factories.finished_attempt(world.amira, world.mc_quiz, percent=70, number=3)
    factories.finished_attempt(world.bruno, world.mc_quiz, percent=Decimal("95.25"), number=2)
    expected = {
        GradingMethod.HIGHEST: (Decimal("175.25"), 88, {8, 9}),  # 80 and 95.25
        GradingMethod.FIRST: (Decimal("120"), 60, {8, 4}),  # 80 and 40
        GradingMethod.LATEST: (Decimal("165.25"), 83, {7, 9}),  # 70 and 95.25
        GradingMethod.AVERAGE: (Decimal("132.81"), 66, {6}),  # 65.18 and 67.63 (67.625 rounded half up)
    }
    for method, (score_sum, mean, bands) in expected.items():
        world.mc_quiz.grading_method = method
        world.mc_quiz.save(update_fields=["grading_method"])
        column = totals(world, "Mentalizing")
        assert (column.score_sum, column.mean_score, column.score_count) == (score_sum, mean, 2), method
        assert {band for band, count in enumerate(column.score_bins) if count} == bands, method
        assert sum(column.score_bins) == 2


def test_a_module_with_two_quizzes_averages_those_each_trainee_attempted(world):
    second = factories.make_quiz(kinds=["mc_single"], title="Stance check", pass_mark=60)
    ModulePageFactory(
        parent=world.course,
        title="Both checks",
        slug="both-checks",
        body=[("quiz", {"quiz": world.mc_quiz, "heading": "Modes"}), ("quiz", {"quiz": second, "heading": "Stance"})],
    )
    factories.finished_attempt(world.amira, second, percent=Decimal("50.01"))
    column = totals(world, "Both checks")
    # Amira (80 + 50.01) / 2 = 65.005, Bruno 40 (the one quiz he attempted): mean 52.5025.
    assert (column.mean_score, column.score_count) == (53, 2)
    assert column.score_bins[6] == 1 and column.score_bins[4] == 1
    assert totals(world, "Mentalizing").mean_score == 60  # the same quiz, placed in another module too
