"""A trainee downloads everything held about them as one archive; nobody else can; administrators can ask too."""

import csv
import io
import json
import logging
import zipfile
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from practice import storage
from privacy.models import DataExport, ExportStatus
from tests import factories
from tests.privacy.conftest import ESSAY

pytestmark = pytest.mark.django_db

DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def writes(queries):
    return [q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}]


def export_and_open(client, user):
    client.force_login(user)
    response = client.post("/privacy/my-data/export/")
    assert response.status_code == 302 and response.url == "/privacy/my-data/"
    export = DataExport.objects.get(subject=user)
    assert export.status == ExportStatus.READY  # built at once by the tests' immediate task backend
    page = client.get("/privacy/my-data/").content.decode()
    assert f'href="{export.get_download_url()}"' in page and 'value="100"' in page
    response = client.get(export.get_download_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    return export, zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_archive_holds_everything_about_the_trainee(client, robin, supervisor):
    _export, archive = export_and_open(client, robin.user)
    names = set(archive.namelist())
    assert {"README.txt", "account.json", "quizzes.json", "learning.json", "practice.json", "other.json"} <= names

    account = json.loads(archive.read("account.json"))["account"]
    assert account["username"] == "robin" and account["email"] == "robin@example.org"
    assert account["roles"] == ["Trainees"]

    attempts = json.loads(archive.read("quizzes.json"))["attempts"]
    finished = next(a for a in attempts if a["status"] == "finished")
    assert finished["quiz"] == "Rupture and repair" and finished["flagged_for_review"] == [2]
    essay = next(a for a in finished["answers"] if a["question"] == 2)
    assert essay["answer"] == {"text": ESSAY} and essay["feedback"] == "Clear, and you name the rupture."
    opened = next(a for a in attempts if a["status"] == "in_progress")
    assert [d["draft"] for d in opened["drafts"]] == ["A half-written thought"]
    rows = list(csv.DictReader(io.StringIO(archive.read("quizzes/attempts.csv").decode())))
    assert sorted(row["number"] for row in rows) == ["1", "2"] and "answers" in rows[0]

    (essay_file,) = [name for name in names if name.startswith("essays/")]
    assert essay_file == "essays/rupture-and-repair-attempt-1-question-2.txt"
    assert ESSAY in archive.read(essay_file).decode()

    learning = json.loads(archive.read("learning.json"))
    (certificate,) = learning["certificates"]
    assert certificate["verification_code"] == robin.certificate.code and certificate["hours"] == "12.5"
    assert certificate["name"] == robin.user.display_name
    assert learning["cohorts"][0]["name"] == "Practice cohort"
    pdf = archive.read(f"certificates/certificate-{robin.certificate.code}.pdf")
    assert pdf.startswith(b"%PDF-")

    practice = json.loads(archive.read("practice.json"))
    assert [s["id"] for s in practice["submissions"]] == [str(robin.submission.pk)]
    assert [(r["rater"], r["feedback"]) for r in practice["ratings"]] == [(supervisor.username, "Warm and curious.")]
    recording = f"recordings/{robin.submission.pk}-{robin.submission.recording}"
    assert archive.read(recording) == storage.path(robin.submission, robin.submission.recording).read_bytes()

    readme = archive.read("README.txt").decode()
    assert "essays/" in readme and recording in readme and robin.user.display_name in readme


def test_the_download_is_logged_to_the_security_log(client, robin, caplog):
    client.force_login(robin.user)
    client.post("/privacy/my-data/export/")
    export = DataExport.objects.get(subject=robin.user)
    with caplog.at_level(logging.INFO, logger="security"):
        client.get(export.get_download_url())
    (record,) = [r for r in caplog.records if getattr(r, "event", "") == "privacy_export_downloaded"]
    assert record.user_id == robin.user.pk and record.actor_id == robin.user.pk


def test_viewing_the_data_page_and_the_status_writes_nothing(client, robin):
    client.force_login(robin.user)
    client.post("/privacy/my-data/export/")
    export = DataExport.objects.get(subject=robin.user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/privacy/my-data/").status_code == 200
        status = client.get(export.get_status_url()).json()
    assert writes(queries.captured_queries) == []
    assert status["status"] == "ready" and status["percent"] == 100 and status["download_url"]


def test_asking_again_while_an_export_is_being_built_reuses_it(client, trainee, settings):
    settings.TASKS = DUMMY_TASKS  # nothing runs the job: the export stays queued
    client.force_login(trainee)
    client.post("/privacy/my-data/export/")
    response = client.post("/privacy/my-data/export/", follow=True)
    assert "already being prepared" in response.content.decode()
    export = DataExport.objects.get(subject=trainee)
    html = client.get("/privacy/my-data/").content.decode()
    assert "data-polling" in html and "<progress" in html and "Prepare" not in html.split("data-export")[1]
    assert client.get(export.get_status_url()).json() == {
        "status": "queued",
        "status_display": "Waiting to start",
        "percent": 0,
        "finished": False,
        "download_url": None,
    }
    assert client.get(export.get_download_url()).status_code == 404  # not ready yet


def test_asking_for_an_export_is_a_post(client, trainee):
    client.force_login(trainee)
    assert client.get("/privacy/my-data/export/").status_code == 405
    assert not DataExport.objects.exists()


def test_nobody_else_can_see_or_download_the_archive(client, robin, admin_user):
    client.force_login(robin.user)
    client.post("/privacy/my-data/export/")
    export = DataExport.objects.get(subject=robin.user)
    other = factories.TraineeFactory(username="other")
    for person in (other, admin_user):  # not even an administrator: they ask for their own export of it
        client.force_login(person)
        assert client.get(export.get_download_url()).status_code == 404
        assert client.get(export.get_status_url()).status_code == 404
        assert "Download the archive" not in client.get("/privacy/my-data/").content.decode()
    client.logout()
    response = client.get(export.get_download_url())
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert client.get("/privacy/exports/not-a-uuid/download/").status_code == 404


def test_the_link_expires(client, robin, settings):
    client.force_login(robin.user)
    client.post("/privacy/my-data/export/")
    export = DataExport.objects.get(subject=robin.user)
    assert export.expires_at - export.finished_at == timedelta(days=settings.PRIVACY_EXPORT_DAYS)
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(export.get_download_url())
    assert response.status_code == 410 and "expired" in response.content.decode()


def test_an_administrator_exports_any_user_and_only_they_download_it(client, robin, admin_user):
    client.force_login(admin_user)
    page = client.get(f"/admin/privacy/people/{robin.user.pk}/").content.decode()
    assert "Prepare a data export" in page and 'data-model="practice.Submission"' in page
    response = client.post(f"/admin/privacy/people/{robin.user.pk}/export/")
    assert response.status_code == 302
    export = DataExport.objects.get(subject=robin.user, requested_by=admin_user)
    page = client.get(f"/admin/privacy/people/{robin.user.pk}/").content.decode()
    assert f'href="{export.get_download_url()}"' in page
    response = client.get(export.get_download_url())
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert json.loads(archive.read("account.json"))["account"]["username"] == "robin"
    client.force_login(robin.user)
    assert client.get(export.get_download_url()).status_code == 404


def test_staff_other_than_administrators_cannot_reach_the_admin_export(client, robin, editor, supervisor, reviewer):
    for person in (editor, reviewer, supervisor, robin.user):
        client.force_login(person)
        for url in (f"/admin/privacy/people/{robin.user.pk}/", "/admin/privacy/people/?q=robin"):
            assert client.get(url).status_code in (302, 403), (person, url)
        assert client.post(f"/admin/privacy/people/{robin.user.pk}/export/").status_code in (302, 403)
    assert not DataExport.objects.exists()


def test_the_data_page_is_linked_from_the_account_page_and_needs_signing_in(client, trainee):
    response = client.get("/privacy/my-data/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    client.force_login(trainee)
    html = client.get("/accounts/").content.decode()
    assert 'href="/privacy/my-data/"' in html and 'href="/privacy/"' in html
