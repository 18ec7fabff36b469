import base64
import re
import zlib

import pytest

from learning.models import Certificate, ClipProgress, Enrolment, ModuleProgress
from tests import factories
from tests.learning.conftest import clip_ids, committed_post, watch_token

pytestmark = pytest.mark.django_db


def finish_course(client, user, journey):
    """The first module complete already; reading the second, the last one left, completes the course."""
    Enrolment.objects.create(user=user, course=journey.course)
    ModuleProgress.objects.create(
        user=user, module=journey.first, read_at="2026-01-01T10:00Z", completed_at="2026-01-02T10:00Z"
    )
    client.force_login(user)
    committed_post(client, f"/learning/modules/{journey.second.pk}/read/")


@pytest.fixture
def certified(client, trainee, journey):
    trainee.first_name, trainee.last_name = "Robin", "Hartley"
    trainee.save()
    finish_course(client, trainee, journey)
    page = client.get("/dashboard/").content.decode()
    assert "Download your certificate (PDF)" in page
    return Certificate.objects.get(user=trainee)


def test_a_finished_course_gives_one_certificate_as_a_pdf(client, trainee, journey, certified):
    assert (certified.title, certified.holder_name, certified.hours) == ("MBT essentials", "Robin Hartley", 4)
    client.get("/dashboard/")
    assert Certificate.objects.count() == 1

    response = client.get(certified.get_absolute_url())

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert certified.code in response["Content-Disposition"]


def test_no_certificate_before_the_course_is_complete(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    client.get("/dashboard/")
    client.get(journey.course.url)
    assert not Certificate.objects.exists()


def test_the_public_verification_page_confirms_who_holds_the_certificate_and_nothing_more(client, certified):
    """The code is the secret: whoever has it learns the name as issued, the course and the date (issue 14)."""
    client.logout()
    page = client.get("/certificates/verify/", {"code": certified.code.lower()}).content.decode()
    assert "Valid." in page and "MBT essentials" in page and "issued to Robin Hartley on" in page
    assert "trainee_a" not in page  # the account itself stays private
    assert "Not found." in client.get("/certificates/verify/", {"code": "ABCD-EFGH-JKMN"}).content.decode()
    assert client.get("/certificates/verify/", {"code": "x" * 500}).status_code == 404


def pdf_text(pdf):
    """The text drawn on a PDF's pages (ReportLab writes each page's content ASCII85- and Flate-encoded)."""
    streams = re.findall(rb"/ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)endstream", pdf, re.DOTALL)
    return b" ".join(zlib.decompress(base64.a85decode(stream, adobe=True)) for stream in streams).decode("latin-1")


def test_the_certificate_is_one_of_completion_with_study_hours_not_continuing_education_credit(client, certified):
    text = pdf_text(client.get(certified.get_absolute_url()).content)
    assert "Certificate of completion" in text and "4 study hours" in text
    assert "It is not accredited" in text and "Certificate of continuing education" not in text

    client.logout()
    page = client.get("/certificates/verify/", {"code": certified.code}).content.decode()
    assert "a certificate of completion for “MBT essentials”" in page and "for 4 study hours" in page
    assert "certificate of continuing education" not in page


def test_only_the_owner_can_download_a_certificate(client, certified):
    other = factories.TraineeFactory(username="trainee_b")
    client.force_login(other)
    assert client.get(certified.get_absolute_url()).status_code == 404
    client.logout()
    assert client.get(certified.get_absolute_url()).status_code == 302  # to the login page


def test_a_trainee_cannot_read_or_change_another_trainees_progress(client, trainee, journey, clock):
    other = factories.TraineeFactory(username="trainee_b")
    for user in (trainee, other):
        Enrolment.objects.create(user=user, course=journey.course)
    client.force_login(trainee)
    page = client.get(journey.first.url)
    token, clip = watch_token(page), clip_ids(page)[0]
    client.post(f"/learning/modules/{journey.first.pk}/read/")

    # The other trainee sees none of it, anywhere.
    client.force_login(other)
    assert "Text read" not in client.get(journey.first.url).content.decode()
    assert "0 of 2 modules complete" in client.get("/dashboard/").content.decode()
    # And cannot use the first trainee's page token to report watching.
    clock.now += 100
    response = client.post(
        f"/learning/modules/{journey.first.pk}/watch/", {"token": token, "clip": clip, "ranges": "[[0, 60]]"}
    )
    assert response.status_code == 403
    assert not ClipProgress.objects.exists()
    # Their own posts touch only their own rows.
    client.post(f"/learning/modules/{journey.second.pk}/read/")
    assert set(ModuleProgress.objects.filter(read_at__isnull=False).values_list("user__username", "module")) == {
        ("trainee_a", journey.first.pk),
        ("trainee_b", journey.second.pk),
    }
