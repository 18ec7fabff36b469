import pytest

from learning.models import Enrolment, ModuleProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def ordered(client, trainee, journey):
    journey.course.require_order = True
    journey.course.save_revision().publish()
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return journey


def test_a_later_module_says_what_must_come_first_instead_of_opening(client, trainee, ordered):
    page = client.get(ordered.second.url).content.decode()
    assert "What must come first" in page and "Mentalizing and BPD" in page
    assert "Psychic equivalence" not in page  # the body stays closed
    assert client.post(f"/learning/modules/{ordered.second.pk}/read/").status_code == 403
    assert not ModuleProgress.objects.filter(module=ordered.second).exists()
    course_page = client.get(ordered.course.url).content.decode()
    assert "Opens when the modules before it are complete" in course_page


def test_the_module_opens_once_the_earlier_ones_are_complete(client, trainee, ordered):
    ModuleProgress.objects.create(user=trainee, module=ordered.first, read_at="2026-01-01T10:00Z")
    ModuleProgress.objects.filter(module=ordered.first).update(completed_at="2026-01-02T10:00Z")
    page = client.get(ordered.second.url).content.decode()
    assert "What must come first" not in page and "Psychic equivalence" in page
    assert client.post(f"/learning/modules/{ordered.second.pk}/read/").status_code == 302


def test_without_order_every_module_opens(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    page = client.get(journey.second.url).content.decode()
    assert "What must come first" not in page and "Psychic equivalence" in page
