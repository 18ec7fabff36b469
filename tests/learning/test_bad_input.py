"""What a trainee can send that makes no sense gets a clear refusal (400 or 404 with a message), never a server error.

Nothing is recorded by a refused request.
"""

import json

import pytest

from learning.models import ClipProgress, Enrolment, ModuleProgress
from tests.learning.conftest import clip_ids, watch_token

pytestmark = pytest.mark.django_db

HUGE_IDS = ["9223372036854775808", "9" * 30]  # one past the largest 64-bit integer, and far past it


@pytest.fixture
def enrolled(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return trainee


def watch(client, module_id, token, clip, ranges, duration="62.1"):
    return client.post(
        f"/learning/modules/{module_id}/watch/",
        {"token": token, "clip": clip, "ranges": ranges, "duration": duration},
    )


@pytest.fixture
def served(client, enrolled, journey, clock):
    page = client.get(journey.first.url)
    clock.now += 120
    return watch_token(page), clip_ids(page)[0]


@pytest.mark.parametrize(
    "ranges",
    [
        "[" * 5000 + "]" * 5000,  # nested far deeper than the parser recurses
        "[[0, 1" + "0" * 400 + "]]",  # an integer too large for a float
        json.dumps([[0, 1]] * 501),  # more parts than a player reports
        " " * 100_000 + "[[0, 1]]",  # far longer than any player's report
        "[[true, 10]]",
        "[[0, null]]",
        "[[0, [1]]]",
    ],
    ids=["nested-5000-deep", "huge-integer", "too-many-parts", "too-long", "boolean", "null", "nested-pair"],
)
def test_nonsense_watch_ranges_are_refused_with_a_message(client, journey, served, ranges):
    token, clip = served
    response = watch(client, journey.first.pk, token, clip, ranges)

    assert response.status_code == 400
    assert "ranges must be JSON" in response.json()["error"]
    assert not ClipProgress.objects.exists()


@pytest.mark.parametrize("duration", ["1e999", "-1e999", "inf", "nan", "-5", "1" + "0" * 400])
def test_a_nonsense_duration_is_refused_with_a_message(client, journey, served, duration):
    token, clip = served
    response = watch(client, journey.first.pk, token, clip, "[[0, 10]]", duration=duration)

    assert response.status_code == 400 and "duration" in response.json()["error"]
    assert not ClipProgress.objects.exists()


@pytest.mark.parametrize("huge", HUGE_IDS)
def test_huge_ids_on_enrol_read_watch_and_seen_are_not_found(client, enrolled, journey, served, huge):
    token, clip = served
    responses = {
        "enrol": client.post(f"/learning/courses/{huge}/enrol/"),
        "read": client.post(f"/learning/modules/{huge}/read/"),
        "watch": watch(client, huge, token, clip, "[[0, 10]]"),
        "seen": client.post(f"/learning/modules/{huge}/seen/", {"token": token}),
        "certificate": client.get(f"/learning/certificates/{huge}/"),
    }

    assert {name: response.status_code for name, response in responses.items()} == dict.fromkeys(responses, 404)
    assert "Page not found" in responses["read"].content.decode()
    assert Enrolment.objects.count() == 1
    assert not ModuleProgress.objects.exists() and not ClipProgress.objects.exists()


def address_of(length):
    """A valid e-mail address of `length` characters: a 64-character local part, labels of at most 63."""
    labels, left = [], length - len("a" * 64 + "@" + "org")
    while left > 0:
        step = min(64, left - 2) if left > 64 else left  # a label and its dot; never leave one character over
        labels.append("b" * (step - 1))
        left -= step
    address = "a" * 64 + "@" + ".".join(labels) + ".org"
    assert len(address) == length
    return address


@pytest.mark.parametrize("length", [255, 320])
def test_a_roster_e_mail_longer_than_an_account_holds_is_refused_on_its_line(client, admin_user, journey, length):
    """An address may have 320 characters; an account holds 254. The import says so and creates nobody."""
    from django.contrib.auth import get_user_model
    from django.core.files.uploadedfile import SimpleUploadedFile

    from learning.models import Cohort

    Cohort.objects.create(name="Spring 2027", starts_on="2027-03-01")
    long_address = address_of(length)
    csv = (
        "name,email,home_modality,cohort\n"
        "Anna Schmidt,anna@example.org,DBT,Spring 2027\n"
        f"Long Address,{long_address},MBT,Spring 2027\n"
    )
    client.force_login(admin_user)
    response = client.post(
        "/admin/learning/import-trainees/", {"file": SimpleUploadedFile("trainees.csv", csv.encode(), "text/csv")}
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Nothing was imported" in page and "Line 3: the e-mail address is longer than 254 characters" in page
    assert not get_user_model().objects.filter(email__in=["anna@example.org", long_address]).exists()
