"""A trainee's practice at a glance, for their dashboard, their supervisor's trainee page and its export.

What they did (responses submitted, exercises done, ratings received) and how the observers' ratings moved:
for each rubric, the mean score of each domain per published rating over time (a line chart with its table),
and per technique the exercises' mean overall rating as a share of the rubric's overall scale. Only observers'
published ratings count; self-ratings are the trainee's own view and are shown beside them on each submission.
A fixed number of queries whatever the number of submissions and ratings.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from practice.models import ItemScore, Rating, RatingKind, Status, Submission
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
    submissions = list(
        Submission.objects.filter(trainee=trainee, calibration=False, submitted_at__isnull=False)
        .exclude(status=Status.FAILED)
        .select_related("exercise__rubric")
        .prefetch_related("exercise__techniques")
        .order_by("-submitted_at")
    )
    ratings = list(
        Rating.objects.filter(
            submission__in=[s.pk for s in submissions], kind=RatingKind.OBSERVER, published_at__isnull=False
        )
        .select_related("rater")
        .prefetch_related(Prefetch("scores", queryset=ItemScore.objects.select_related("item")))
        .order_by("published_at", "pk")
    )
    by_pk = {submission.pk: submission for submission in submissions}
    for rating in ratings:
        rating.submission = by_pk[rating.submission_id]
    found = Summary(trainee, submissions, ratings)
    found.rubric_charts = _rubric_charts(ratings)
    found.technique_chart = _technique_chart(ratings)
    return found


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
            for score in rating.scores.all():
                if score.item.is_ordinal and score.score is not None and not score.not_applicable:
                    scores[score.item.domain].append(score.score)
                    top = max(top, score.item.scale_max)
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


def _technique_chart(ratings):
    """Per technique the exercises target: the mean overall rating, as a share of the rubric's overall scale."""
    shares = defaultdict(list)
    for rating in ratings:
        rubric = rating.submission.exercise.rubric
        if rating.overall is None or rubric.overall_max <= rubric.overall_min:
            continue
        share = 100 * (rating.overall - rubric.overall_min) / (rubric.overall_max - rubric.overall_min)
        for technique in rating.submission.exercise.techniques.all():
            shares[technique.name].append(share)
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
