"""Backup and restore (issue 11): the database and the files on disk, into a fresh database and fresh directories.

On PostgreSQL the whole round trip is checked as a person would: a trainee with attempts, a certificate and a
recording is backed up, restored under a new database name and new directories, and a separate server started on
the restored copy shows the trainee their dashboard, attempt, certificate and recording over HTTP. On SQLite the
same commands are checked for what they refuse and what they restore.
"""

import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from accounts.backup import storage_files
from learning.models import Certificate
from tests import factories
from tests.factories import TEST_PASSWORD

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def storage(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "site" / "media"
    settings.PRACTICE_STORAGE_ROOT = tmp_path / "site" / "media-private"
    settings.MEDIA_ROOT.mkdir(parents=True)
    return tmp_path


def seed(trainee, scratch):
    """A trainee's work: a finished attempt, a certificate, a processed recording (and the clip it answers)."""
    from wagtailmedia.models import Media

    from practice import consent, submitting
    from practice.models import Exercise, Rubric, RubricItem
    from tests.practice.samples import make_recording

    quiz = factories.make_quiz(title="Mentalizing stance check")
    attempt = factories.finished_attempt(trainee, quiz, percent=85)
    certificate = Certificate.objects.create(
        user=trainee, holder_name=trainee.get_full_name(), title="MBT essentials", hours=12
    )
    clip_path = make_recording(scratch / "clip.mp4", seconds=1, container="mp4")
    clip = Media.objects.create(
        title="Rupture (synthetic)",
        type="video",
        duration=1,
        file=SimpleUploadedFile("clip.mp4", clip_path.read_bytes(), content_type="video/mp4"),
    )
    rubric = Rubric.objects.create(title="Training rubric", track="mbt", overall_anchors="1 = poor\n7 = excellent")
    RubricItem.objects.create(rubric=rubric, sort_order=0, domain="Stance", text="Not-knowing stance")
    exercise = Exercise.objects.create(
        title="After the cancelled session",
        live=True,
        prompt="Respond.",
        rubric=rubric,
        stimulus=clip,
        max_response_seconds=30,
    )
    consent.give(trainee)
    response = make_recording(scratch / "response.webm", seconds=1)
    submission = submitting.submit_file(
        trainee, exercise, SimpleUploadedFile("response.webm", response.read_bytes(), content_type="video/webm")
    )
    submission.refresh_from_db()
    assert submission.is_ready, submission.status
    return attempt, certificate, submission, clip


# SQLite: what the commands refuse, and what they restore ----------------------------------------------------


# Committed (transaction=True): SQLite copies a database that no open transaction holds locked.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_holds_the_database_the_files_and_a_manifest_of_checksums(storage, trainee):
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite copy is checked on SQLite; PostgreSQL has the round trip below")
    (storage / "site" / "media" / "documents").mkdir()
    (storage / "site" / "media" / "documents" / "handout.pdf").write_bytes(b"%PDF-1.7 handout")
    (storage / "site" / "media-private" / "abc").mkdir(parents=True)
    (storage / "site" / "media-private" / "abc" / "recording.mp4").write_bytes(b"recording bytes")
    backup = storage / "backup"
    call_command("backup", str(backup), stdout=open(os.devnull, "w"))  # noqa: SIM115

    manifest = json.loads((backup / "manifest.json").read_text())
    assert set(manifest["files"]) == {"database.sqlite3", "media.tar.gz", "recordings.tar.gz"}
    assert manifest["versions"]["migrations"]["accounts"].startswith("0005")
    assert manifest["versions"]["django"] and manifest["versions"]["wagtail"]
    copy = sqlite3.connect(backup / "database.sqlite3")
    assert copy.execute("SELECT username FROM accounts_user").fetchall() == [(trainee.username,)]
    copy.close()

    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(backup))  # never over an earlier backup

    target = storage / "restored"
    restore = [
        "restore",
        str(backup),
        "--database-url",
        f"sqlite:///{target / 'db.sqlite3'}",
        "--files",
        f"media={target / 'media'}",
        "--files",
        f"recordings={target / 'media-private'}",
    ]
    call_command(*restore, stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert (target / "media" / "documents" / "handout.pdf").read_bytes() == b"%PDF-1.7 handout"
    assert (target / "media-private" / "abc" / "recording.mp4").read_bytes() == b"recording bytes"
    restored = sqlite3.connect(target / "db.sqlite3")
    assert restored.execute("SELECT username FROM accounts_user").fetchall() == [(trainee.username,)]
    restored.close()

    with pytest.raises(CommandError, match="is not empty: restore into a new one, or use --force"):
        call_command(*restore)
    call_command(*restore, "--force", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_damaged_or_foreign_backup_is_refused_before_anything_is_written(storage, trainee):
    if connection.vendor != "sqlite":
        pytest.skip("checked once, on SQLite")
    backup = storage / "backup"
    call_command("backup", str(backup), stdout=open(os.devnull, "w"))  # noqa: SIM115
    with open(backup / "media.tar.gz", "ab") as archive:
        archive.write(b"flipped")
    target = storage / "restored"
    with pytest.raises(CommandError, match=r"media\.tar\.gz does not match its checksum"):
        call_command("restore", str(backup), "--database-url", f"sqlite:///{target / 'db.sqlite3'}")
    assert not target.exists()
    with pytest.raises(CommandError, match="cannot be restored into postgresql"):
        (backup / "media.tar.gz").write_bytes(b"")
        manifest = json.loads((backup / "manifest.json").read_text())
        manifest["files"]["media.tar.gz"] = {
            "bytes": 0,
            "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        }
        (backup / "manifest.json").write_text(json.dumps(manifest))
        call_command("restore", str(backup), "--database-url", "postgres://nobody@127.0.0.1:1/nothing")
    with pytest.raises(CommandError, match=r"holds no manifest\.json"):
        call_command("restore", str(storage), "--database-url", f"sqlite:///{target / 'db.sqlite3'}")
    with pytest.raises(CommandError, match="--files takes NAME=DIR"):
        call_command("restore", str(backup), "--database-url", f"sqlite:///{target / 'db.sqlite3'}", "--files", "x")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_object_storage_is_backed_up_and_restored_into_a_fresh_bucket(storage, trainee, settings, monkeypatch):
    """The recordings bucket goes into the backup and comes back, byte for byte, into a fresh bucket.

    The S3 API is moto's server, in this process, over HTTP, as MinIO or Ceph would serve it.
    """
    if connection.vendor != "sqlite":
        pytest.skip("checked once, on SQLite")
    moto_server = pytest.importorskip("moto.server", reason="moto[server] (requirements-dev.txt) serves the S3 API")
    import boto3
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    from config.settings.recordings import recordings_storage

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"

    def bucket(name):
        return recordings_storage(
            {"RECORDINGS_BUCKET": name, "RECORDINGS_REGION": "eu-west-1", "RECORDINGS_ENDPOINT_URL": endpoint}
        )[0]

    try:
        s3 = boto3.client("s3", region_name="eu-west-1", endpoint_url=endpoint)
        for name in ("recordings", "recordings-restored"):
            s3.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
        settings.STORAGES = {**settings.STORAGES, "recordings": bucket("recordings")}
        files = {"3f2a/recording.mp4": b"\x00\x01 video bytes", "3f2a/poster.jpg": b"jpeg", "top.txt": b"t"}
        for name, content in files.items():
            storages["recordings"].save(name, ContentFile(content))
        backup = storage / "backup"
        call_command("backup", str(backup), stdout=open(os.devnull, "w"))  # noqa: SIM115
        manifest = json.loads((backup / "manifest.json").read_text())
        assert manifest["storages"]["recordings"]["files"] == 3
        assert "storage-recordings.tar.gz" in manifest["files"]  # checksummed like the rest

        settings.STORAGES = {**settings.STORAGES, "recordings": bucket("recordings-restored")}
        target = storage / "restored"
        restore = ["restore", str(backup), "--database-url", f"sqlite:///{target / 'db.sqlite3'}"]
        restore += ["--files", f"media={target / 'media'}", "--files", f"recordings={target / 'private'}"]
        call_command(*restore, stdout=open(os.devnull, "w"))  # noqa: SIM115
        fresh = storages["recordings"]
        for name, content in files.items():
            with fresh.open(name, "rb") as restored:
                assert restored.read() == content, name

        # Into a bucket that holds files already (the database and directories being new): refused, unless --force.
        again = ["restore", str(backup), "--database-url", f"sqlite:///{storage / 'again' / 'db.sqlite3'}"]
        again += ["--files", f"media={storage / 'again' / 'media'}", "--files", f"recordings={storage / 'again' / 'p'}"]
        with pytest.raises(CommandError, match="The storage recordings already holds files"):
            call_command(*again)
        assert not (storage / "again").exists()
        call_command(*again, "--force", stdout=open(os.devnull, "w"))  # noqa: SIM115
        assert sorted(name for name in storage_files(fresh)) == sorted(files)

        settings.STORAGES = {alias: value for alias, value in settings.STORAGES.items() if alias != "recordings"}
        with pytest.raises(CommandError, match="which these settings do not configure"):
            call_command(*again)
    finally:
        server.stop()


# PostgreSQL: the whole round trip, checked over HTTP against the restored copy ----------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Browser:
    """Just enough of a browser: cookies, the CSRF token, redirects followed."""

    def __init__(self, base):
        self.base = base
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path):
        with self.opener.open(self.base + path, timeout=20) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()

    def log_in(self, username, password):
        self.get("/accounts/login/")
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        data = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": token})
        request = urllib.request.Request(self.base + "/accounts/login/", data=data.encode(), method="POST")  # noqa: S310
        with self.opener.open(request, timeout=20) as response:
            return response.geturl()


def wait_for(base, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError("the server on the restored copy stopped: " + server.stdout.read().decode()[-2000:])
        try:
            urllib.request.urlopen(base + "/accounts/login/", timeout=2).close()  # noqa: S310
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError("the server on the restored copy did not answer")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restored_into_a_new_database_shows_the_trainee_their_work(storage, home, trainee):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: set DATABASE_URL=postgres://... (CI's PostgreSQL pass runs it)")
    if not shutil.which("pg_dump") or not shutil.which("pg_restore"):
        pytest.skip("needs PostgreSQL's client tools (pg_dump, pg_restore)")
    attempt, certificate, submission, clip = seed(trainee, storage)
    # The server on the copy runs the development settings, whose hashers do not read the tests' MD5.
    trainee.password = PBKDF2PasswordHasher().encode(TEST_PASSWORD, PBKDF2PasswordHasher().salt())
    trainee.save(update_fields=["password"])
    recording = (storage / "site" / "media-private" / str(submission.pk) / submission.recording).read_bytes()

    backup = storage / "backup"
    call_command("backup", str(backup), stdout=open(os.devnull, "w"))  # noqa: SIM115
    source = connection.settings_dict
    restored_name = f"{source['NAME']}_restored"
    url = urllib.parse.urlunsplit(
        (
            "postgres",
            f"{source.get('USER') or ''}{':' + source['PASSWORD'] if source.get('PASSWORD') else ''}@"
            f"{source.get('HOST') or '127.0.0.1'}:{source.get('PORT') or 5432}",
            f"/{restored_name}",
            "",
            "",
        )
    )
    target = storage / "restored"
    server = None
    try:
        call_command(
            "restore",
            str(backup),
            "--database-url",
            url,
            "--files",
            f"media={target / 'media'}",
            "--files",
            f"recordings={target / 'media-private'}",
            stdout=open(os.devnull, "w"),  # noqa: SIM115
        )
        with pytest.raises(CommandError, match="is not empty"):
            call_command("restore", str(backup), "--database-url", url, "--files", f"media={storage / 'x'}")

        # The copy alone: what the trainee sees comes from the restored database and directories.
        shutil.rmtree(storage / "site")
        port = free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(target / "media"),
            "TASKS_BACKEND": "immediate",
        }
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload", "--skip-checks"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        wait_for(base, server)
        browser = Browser(base)
        assert browser.log_in(trainee.username, TEST_PASSWORD).endswith("/dashboard/")

        status, _, body = browser.get("/dashboard/")
        dashboard = body.decode()
        assert status == 200 and trainee.get_full_name() in dashboard
        assert "MBT essentials" in dashboard  # the certificate
        assert "Mentalizing stance check" in dashboard  # the attempt among recent results

        status, _, body = browser.get(f"/quizzes/attempts/{attempt.pk}/")
        assert status == 200 and "Mentalizing stance check" in body.decode()
        assert re.search(r"85\s*%", body.decode())

        status, content_type, body = browser.get(f"/learning/certificates/{certificate.pk}/")
        assert status == 200 and content_type == "application/pdf" and body.startswith(b"%PDF")

        status, content_type, body = browser.get(f"/practice/submissions/{submission.pk}/recording/")
        assert status == 200 and body == recording  # the private recording, byte for byte

        status, _, body = browser.get("/media/" + clip.file.name)
        assert status == 200 and body == (target / "media" / clip.file.name).read_bytes()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{restored_name}"')
