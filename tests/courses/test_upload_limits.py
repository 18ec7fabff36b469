"""Uploads in the admin are held to a size and to what their name says they are, and are served inert.

Issue 11, defect 8: a 100 MB "video" and a 100 MB document were accepted, and HTML renamed .mp4 or .pdf was
taken as media or a document. The limits are settings (turned down to a few KB here); the content is checked
by its first bytes; user uploads are served as attachments or in a sandbox, never as a page of the site.
"""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import Collection
from wagtailmedia.models import Media

from courses.uploads import DOCUMENT_SIGNATURES, MEDIA_SIGNATURES

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>fetch('/admin/users/')</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 64
WEBM = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01" + b"\x00" * 64
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\x00" * 64
VTT = b"WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n"


def office_file(content_types=True):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if content_types:
            archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return buffer.getvalue()


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


@pytest.fixture
def as_editor(client, home, editor):
    client.force_login(editor)
    return client


def add_document(client, collection, name, content):
    upload = SimpleUploadedFile(name, content)
    return client.post("/admin/documents/add/", {"title": name, "file": upload, "collection": collection.pk})


def add_media(client, collection, name, content, kind="video"):
    upload = SimpleUploadedFile(name, content)
    return client.post(
        f"/admin/media/{kind}/add/", {"title": name, "file": upload, "collection": collection.pk, "duration": 3}
    )


# Documents ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [("handout.pdf", PDF), ("notes.docx", office_file()), ("captions.vtt", VTT), ("scores.csv", b"name,score\n")],
)
def test_an_editor_uploads_a_document_that_is_what_its_name_says(as_editor, root_collection, name, content):
    response = add_document(as_editor, root_collection, name, content)
    assert response.status_code == 302
    assert get_document_model().objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("handout.pdf", HTML, "not a PDF"),
        ("notes.docx", HTML, "not a Word document"),
        ("notes.docx", office_file(content_types=False), "not a Word document"),
        ("captions.vtt", HTML, "not WebVTT captions"),
        ("scores.csv", b"\x00\x01\x02binary", "not text"),
    ],
)
def test_a_document_whose_content_is_not_what_its_name_says_is_refused(
    as_editor, root_collection, name, content, message
):
    response = add_document(as_editor, root_collection, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_document_over_the_size_limit_is_refused_with_the_limit(as_editor, root_collection, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 4 * 1024
    response = add_document(as_editor, root_collection, "big.pdf", PDF + b"0" * 5000)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode() and "4.0\xa0KB" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_the_multiple_uploader_refuses_html_named_pdf_too(as_editor, root_collection):
    upload = SimpleUploadedFile("handout.pdf", HTML)
    response = as_editor.post(
        "/admin/documents/multiple/add/", {"files[]": upload, "collection": root_collection.pk, "title": "handout.pdf"}
    )
    assert response.json()["success"] is False
    assert "not a PDF" in response.json()["error_message"]
    assert not get_document_model().objects.exists()


# Media --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "content"),
    [("video", "role-play.mp4", MP4), ("video", "role-play.webm", WEBM), ("audio", "a.mp3", MP3)],
)
def test_an_editor_uploads_media_that_is_what_its_name_says(as_editor, root_collection, kind, name, content):
    response = add_media(as_editor, root_collection, name, content, kind=kind)
    assert response.status_code == 302
    assert Media.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("kind", "name", "content"),
    [("video", "role-play.mp4", HTML), ("video", "role-play.webm", MP4), ("audio", "a.mp3", HTML)],
)
def test_media_whose_content_is_not_what_its_name_says_is_refused(as_editor, root_collection, kind, name, content):
    response = add_media(as_editor, root_collection, name, content, kind=kind)
    assert response.status_code == 200
    assert "it may have been renamed" in response.content.decode()
    assert not Media.objects.exists()


def test_media_over_the_size_limit_is_refused_with_the_limit(as_editor, root_collection, settings):
    settings.MEDIA_MAX_UPLOAD_SIZE = 4 * 1024
    response = add_media(as_editor, root_collection, "long.mp4", MP4 + b"\x00" * 5000)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode() and "4.0\xa0KB" in response.content.decode()
    assert not Media.objects.exists()


def test_the_media_choosers_upload_refuses_html_named_mp4_too(as_editor, root_collection):
    upload = SimpleUploadedFile("role-play.mp4", HTML)
    response = as_editor.post(
        "/admin/media/video/chooser/upload/",
        {
            "media-chooser-upload-title": "x",
            "media-chooser-upload-file": upload,
            "media-chooser-upload-collection": root_collection.pk,
            "media-chooser-upload-duration": 3,
        },
    )
    assert "it may have been renamed" in response.content.decode()
    assert not Media.objects.exists()


# Serving ------------------------------------------------------------------------------------------------------


def stored_document(name, content):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


@pytest.mark.parametrize("name", ["handout.pdf", "notes.txt"])
def test_documents_are_served_as_attachments_that_cannot_run_script(client, home, name):
    document = stored_document(name, PDF)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_uploaded_files_are_served_in_a_sandbox(client, home):
    document = stored_document("handout.pdf", PDF)
    media = Media.objects.create(
        title="clip", type="video", duration=3, file=SimpleUploadedFile("clip.mp4", MP4, content_type="video/mp4")
    )
    for url in (media.file.url, document.file.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["X-Content-Type-Options"] == "nosniff"
        policy = response["Content-Security-Policy"]
        assert "sandbox" in policy and "default-src 'none'" in policy and "script-src" not in policy
    assert client.get(document.file.url)["Content-Disposition"].startswith("attachment")


def test_every_extension_an_editor_may_upload_has_a_content_check(settings):
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_SIGNATURES)
    media = settings.WAGTAILMEDIA["VIDEO_EXTENSIONS"] + settings.WAGTAILMEDIA["AUDIO_EXTENSIONS"]
    assert set(media) <= set(MEDIA_SIGNATURES)
