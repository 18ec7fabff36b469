"""A trainee's practice at a glance, for their dashboard, their supervisor's trainee page and its export.

What they did (responses submitted, exercises done, ratings received) and how the observers' ratings moved:
for each rubric, the mean score of each domain per published rating over time (a line chart with its table),
and per technique the exercises' mean overall rating as a share of the rubric's overall scale. Only observers'
published ratings count; self-ratings are the trainee's own view and are shown beside them on each submission.
Two queries whatever the number of submissions and ratings (a row per technique practised, a row per item score).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from practice.models import Rating, RatingKind, ScaleKind, Status, Submission
from supervision import charts, exports


@dataclass
class Summary:
    trainee: object
    submissions: list = field(default_factory=list)  # submitted, newest first
    ratings: list = field(default_factory=list)  # observers' published ratings, oldest first
    rubric_charts: list = field(default_factory=list)
    technique_chart: object = None

    @property
    def submitted(self):
        return len(self.submissions)

    @property
    def exercises_done(self):
        return len({submission.exercise_id for submission in self.submissions})

    @property
    def rated(self):
        return len({rating.submission_id for rating in self.ratings})

    @property
    def empty(self):
        return not self.submissions


def summary(trainee):
    """The trainee's practice in two queries: their responses (with the techniques practised), their ratings."""
    submissions, techniques = _submissions(trainee)
    ratings = _ratings(submissions)
    found = Summary(trainee, submissions, ratings)
    found.rubric_charts = _rubric_charts(ratings)
    found.technique_chart = _technique_chart(ratings, techniques)
    return found


def _submissions(trainee):
    """([submitted response], {exercise id: [technique name]}), newest first, in one query: a row per technique."""
    rows = (
        Submission.objects.filter(trainee=trainee, calibration=False, submitted_at__isnull=False)
        .exclude(status=Status.FAILED)
        .select_related("exercise__rubric")
        .annotate(technique_name=F("exercise__techniques__name"))
        .order_by("-submitted_at", "pk")
    )
    by_pk, techniques = {}, defaultdict(set)
    for row in rows:
        by_pk.setdefault(row.pk, row)
        if row.technique_name is not None:
            techniques[row.exercise_id].add(row.technique_name)
    return list(by_pk.values()), techniques


@dataclass(frozen=True)
class Score:
    """An observer's score on an ordinal item (present/absent items and "not applicable" have none)."""

    domain: str
    value: int
    scale_max: int


def _ratings(submissions):
    """The observers' published ratings of `submissions`, oldest first, each with its `ordinal_scores`.

    One query, a row per item score (one with no score for a rating that has none).
    """
    rows = (
        Rating.objects.filter(
            submission__in=[s.pk for s in submissions], kind=RatingKind.OBSERVER, published_at__isnull=False
        )
        .select_related("rater")
        .annotate(
            score_value=F("scores__score"),
            item_kind=F("scores__item__kind"),
            item_domain=F("scores__item__domain"),
            item_scale_max=F("scores__item__scale_max"),
        )
        .order_by("published_at", "pk", "scores__item__sort_order", "scores__item__pk")
    )
    by_submission = {submission.pk: submission for submission in submissions}
    ratings = {}
    for row in rows:
        rating = ratings.get(row.pk)
        if rating is None:
            rating = ratings[row.pk] = row
            rating.submission = by_submission[row.submission_id]
            rating.ordinal_scores = []
        # A score that is not applicable has no value (a database constraint), so it is left out here too.
        if row.item_kind == ScaleKind.ORDINAL and row.score_value is not None:
            rating.ordinal_scores.append(Score(row.item_domain, row.score_value, row.item_scale_max))
    return list(ratings.values())


def _rubric_charts(ratings):
    """One line chart per rubric: each domain's mean ordinal score per rating, at the rating's date."""
    by_rubric = defaultdict(list)
    for rating in ratings:
        by_rubric[rating.submission.exercise.rubric].append(rating)
    found = []
    for rubric, rubric_ratings in sorted(by_rubric.items(), key=lambda pair: pair[0].title):
        series, top = defaultdict(list), 1
        for rating in rubric_ratings:
            scores = defaultdict(list)
            for score in rating.ordinal_scores:
                scores[score.domain].append(score.value)
                top = max(top, score.scale_max)
            day = timezone.localdate(rating.published_at)
            for domain, values in scores.items():
                series[domain].append((day, round(sum(values) / len(values), 2)))
        title = _("%(rubric)s: observers' mean score per domain") % {"rubric": rubric.title}
        found.append(
            charts.line_chart(
                title, list(series.items()), y_label=_("Mean score"), x_label=_("Rated on"), y_max=top, y_unit=""
            )
        )
    return found


def _technique_chart(ratings, techniques):
    """Per technique the exercises target: the mean overall rating, as a share of the rubric's overall scale."""
    shares = defaultdict(list)
    for rating in ratings:
        rubric = rating.submission.exercise.rubric
        if rating.overall is None or rubric.overall_max <= rubric.overall_min:
            continue
        share = 100 * (rating.overall - rubric.overall_min) / (rubric.overall_max - rubric.overall_min)
        for name in techniques.get(rating.submission.exercise_id, ()):
            shares[name].append(share)
    if not shares:
        return None
    bars = [
        (name, sum(values) / len(values), _("%(count)d ratings") % {"count": len(values)})
        for name, values in sorted(shares.items())
    ]
    return charts.bar_chart(
        _("Overall rating by technique practised"),
        bars,
        label_header=_("Technique"),
        value_header=_("Mean overall rating (share of the scale)"),
        note_header=_("Ratings"),
    )


def export_rows(found):
    """One row per observer's rating and one per response not rated yet, for the trainee's export."""
    yield [
        _("Exercise"),
        _("Rubric"),
        _("Submitted"),
        _("Rater"),
        _("Published"),
        _("Overall rating"),
        _("Overall scale"),
        _("Feedback"),
    ]
    rated = defaultdict(list)
    for rating in found.ratings:
        rated[rating.submission_id].append(rating)
    for submission in sorted(found.submissions, key=lambda s: s.submitted_at):
        rubric = submission.exercise.rubric
        scale = f"{rubric.overall_min}–{rubric.overall_max}"
        common = [submission.exercise.title, rubric.title, exports.when(submission.submitted_at)]
        for rating in rated.get(submission.pk, []):
            yield [
                *common,
                rating.rater.display_name,
                exports.when(rating.published_at),
                "" if rating.overall is None else rating.overall,
                scale,
                rating.feedback,
            ]
        if not rated.get(submission.pk):
            yield [*common, "", "", "", scale, _("Not rated yet")]


def render_summary(request, found, for_trainee):
    return render_to_string(
        "practice/includes/progress.html",
        {"summary": found, "for_trainee": for_trainee, "studio_url": reverse("practice:index")},
        request=request,
    )


def matrix_values(trainee_ids, cutoff=None):
    """{trainee id: "3 submitted, 2 rated"} for the cohort matrix: one query for a page of trainees.

    Submitted responses (not calibration ones, not failed) and how many of them an observer's published rating
    has reached; with a cutoff, only what happened by then.
    """
    submissions = Submission.objects.filter(
        trainee_id__in=trainee_ids, calibration=False, submitted_at__isnull=False
    ).exclude(status=Status.FAILED)
    rated = Q(ratings__kind=RatingKind.OBSERVER, ratings__published_at__isnull=False)
    if cutoff is not None:
        submissions = submissions.filter(submitted_at__lte=cutoff)
        rated &= Q(ratings__published_at__lte=cutoff)
    counts = submissions.values("trainee_id").annotate(
        submitted=Count("pk", distinct=True), rated=Count("pk", filter=rated, distinct=True)
    )
    return {
        row["trainee_id"]: _("%(submitted)s submitted, %(rated)s rated")
        % {"submitted": row["submitted"], "rated": row["rated"]}
        for row in counts.order_by()
    }
