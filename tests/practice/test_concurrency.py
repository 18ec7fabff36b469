"""Raters publishing at the same instant (PostgreSQL): each keeps their own rating, a replay changes nothing."""

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from practice.models import ItemScore, Rating
from tests import factories
from tests.quizzes.test_concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Row locks (SELECT ... FOR UPDATE) need PostgreSQL; SQLite cannot prove this. "
        "Run with DATABASE_URL=postgres://...",
    ),
]


def publish_data(rubric, overall):
    data = {"action": "publish", "overall": str(overall), "feedback": f"Overall {overall}"}
    for item in rubric.items.all():
        data[f"item-{item.pk}"] = "1" if not item.is_ordinal else str(overall)
    return data


def test_two_raters_publishing_at_once_keep_their_own_ratings(ready_submission, cohort, supervisor, rubric):
    raters = [supervisor, factories.SupervisorFactory(username="co_rater")]
    cohort.supervisors.add(raters[1])
    url = reverse("practice:rate", args=[ready_submission.pk])

    def publish(index):
        client = Client()
        client.force_login(raters[index])
        return client.post(url, publish_data(rubric, 3 + index)).status_code

    statuses, errors = run_together(publish, count=2)
    assert not errors and statuses == [302, 302]
    assert dict(Rating.objects.values_list("rater__username", "overall")) == {supervisor.username: 3, "co_rater": 4}
    assert ItemScore.objects.count() == 2 * rubric.items.count()


def test_one_rater_publishing_six_times_at_once_publishes_once(ready_submission, supervisor, rubric):
    url = reverse("practice:rate", args=[ready_submission.pk])

    def publish(index):
        client = Client()
        client.force_login(supervisor)
        return client.post(url, publish_data(rubric, 2 + index % 5)).status_code

    statuses, errors = run_together(publish, count=6)
    assert not errors and set(statuses) == {302}
    rating = Rating.objects.get()
    assert rating.is_published
    assert ItemScore.objects.filter(rating=rating).count() == rubric.items.count()
    assert {score.score for score in ItemScore.objects.filter(rating=rating, item__kind="ordinal")} == {rating.overall}
