"""Rater calibration: a supervisor's ratings of calibration recordings against their reference ratings.

The targets are the ordinal items of every calibration recording of a rubric that both the rater and
the reference scored (not-applicable and present/absent items aside); the two raters are the rater and
the reference. Agreement is ICC(2,1) over those targets and the share of them within one scale point.
"""

from dataclasses import dataclass

from practice import conf
from practice.agreement import icc_2_1, share_within
from practice.models import ItemScore, RatingKind, Rubric, ScaleKind

MIN_TARGETS = 5


@dataclass(frozen=True)
class ItemAgreement:
    item: object
    pairs: list  # [(rater's score, reference score)]

    @property
    def mean_difference(self):
        return sum(abs(a - b) for a, b in self.pairs) / len(self.pairs)


@dataclass(frozen=True)
class Agreement:
    rubric: Rubric
    targets: int
    icc: float | None
    within_one: float | None
    items: list  # [ItemAgreement], most divergent first
    threshold: float

    @property
    def enough(self):
        return self.targets >= MIN_TARGETS and self.icc is not None

    @property
    def calibrated(self):
        return self.enough and self.icc >= self.threshold


def _scores(rubric, submission=None, rater=None):
    """(observer rows [(rater, submission, item, score)], {(submission, item): reference score})."""
    filters = {
        "rating__submission__calibration": True,
        "rating__submission__exercise__rubric": rubric,
        "rating__published_at__isnull": False,
        "not_applicable": False,
        "item__kind": ScaleKind.ORDINAL,
    }
    if submission is not None:
        filters["rating__submission"] = submission
    observers = ItemScore.objects.filter(**filters).filter(rating__kind=RatingKind.OBSERVER)
    if rater is not None:
        observers = observers.filter(rating__rater=rater)
    rows = observers.values_list("rating__rater_id", "rating__submission_id", "item_id", "score")
    references = (
        ItemScore.objects.filter(**filters)
        .filter(rating__kind=RatingKind.REFERENCE)
        .values_list("rating__submission_id", "item_id", "score")
    )
    return rows, {(s, i): score for s, i, score in references}


def _pairs_by_rater(rows, reference):
    """{rater id: {(submission, item): (score, reference score)}} for ordinal items both scored."""
    found = {}
    for rater_id, submission_id, item_id, score in rows:
        key = (submission_id, item_id)
        if key in reference:
            found.setdefault(rater_id, {})[key] = (score, reference[key])
    return found


def _agreement(rubric, items, pairs):
    by_item = {}
    for (_submission, item_id), pair in pairs.items():
        by_item.setdefault(item_id, []).append(pair)
    table = [list(pair) for pair in pairs.values()]
    per_item = sorted(
        (ItemAgreement(items[item_id], found) for item_id, found in by_item.items()),
        key=lambda agreement: (-agreement.mean_difference, agreement.item.sort_order or 0),
    )
    return Agreement(
        rubric=rubric,
        targets=len(table),
        icc=icc_2_1(table) if len(table) >= 2 else None,
        within_one=share_within(pairs.values()),
        items=per_item,
        threshold=conf.calibration_threshold(),
    )


def agreement(rater, rubric, submission=None):
    """The rater's agreement with the reference on `rubric` (or on one calibration recording of it)."""
    rows, reference = _scores(rubric, submission, rater)
    pairs = _pairs_by_rater(rows, reference).get(rater.pk, {})
    return _agreement(rubric, {item.pk: item for item in rubric.items.all()}, pairs)


def agreement_by_rater(rubric):
    """[(rater, Agreement)] for every rater of the rubric's calibration recordings, by name: in three queries."""
    from django.contrib.auth import get_user_model

    rows, reference = _scores(rubric)
    by_rater = _pairs_by_rater(rows, reference)
    items = {item.pk: item for item in rubric.items.all()}
    raters = get_user_model().objects.filter(pk__in=by_rater).order_by("last_name", "first_name", "username")
    return [(rater, _agreement(rubric, items, by_rater[rater.pk])) for rater in raters]
