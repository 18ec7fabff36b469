"""What this room holds about a person is exported and erased with the rest of their data."""

import pytest

from interop.models import GradeSubmission, LtiAccount
from privacy import erasure, registry

pytestmark = pytest.mark.django_db


@pytest.fixture
def graded(client, lms, curriculum, django_capture_on_commit_callbacks):
    from quizzes.signals import attempt_scored
    from tests import factories

    lms.launch(client, target=f"http://testserver{curriculum.quiz.get_absolute_url()}")
    user = LtiAccount.objects.get().user
    attempt = factories.finished_attempt(user, curriculum.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    assert GradeSubmission.objects.count() == 1
    return user


def test_the_export_holds_the_lms_link_and_the_grades_sent(graded):
    room = next(room for room in registry.ROOMS if room.key == "interop")
    data = room.code.export(graded)
    assert [a["sub"] for a in data["lms_accounts"]] == ["moodle-user-42"]
    assert [g["status"] for g in data["grades_sent_to_lms"]] == ["sent"]


def test_erasure_deletes_the_lms_link_and_its_grades(graded, admin_user):
    erasure.erase(graded, admin_user, "Asked by the trainee")
    assert not LtiAccount.objects.exists() and not GradeSubmission.objects.exists()
