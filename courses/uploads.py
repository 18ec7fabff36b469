"""What editors may upload as documents and media: at most so big, and what the file's name says it is.

A file's name is only a claim: an HTML page renamed ``handout.pdf`` or ``role-play.mp4`` would otherwise be
stored and served as one. Each allowed extension has a check of the file's first bytes (its signature), and a
file that fails it is refused with a message saying so. The admin's forms for documents and media are these
(``WAGTAILDOCS_DOCUMENT_FORM_BASE``, ``WAGTAILMEDIA["MEDIA_FORM_BASE"]``), so every way in (the single and
multiple uploaders, the choosers' upload tabs, replacing a file) is checked. Sizes: ``WAGTAILDOCS_MAX_UPLOAD_SIZE``
(checked by Wagtail's document field) and ``MEDIA_MAX_UPLOAD_SIZE`` (checked here).
"""

import os
import zipfile

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtailmedia.forms import BaseMediaForm

HEAD_BYTES = 64
TEXT_SAMPLE_BYTES = 64 * 1024


def _box_type(head):
    """The type of the first box of an ISO base media (MP4) or QuickTime file."""
    return head[4:8]


def _mp3(head):
    # An ID3 tag, or straight away an MPEG audio frame (11 sync bits set).
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def _adts(head):
    return len(head) > 1 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0


def _riff(form_type):
    return lambda head: head.startswith(b"RIFF") and head[8:12] == form_type


# extension: (what a file so named must be, for the message; whether its first bytes are that)
MEDIA_SIGNATURES = {
    "mp4": (_("MP4 video"), lambda head: _box_type(head) == b"ftyp"),
    "m4v": (_("MP4 video"), lambda head: _box_type(head) == b"ftyp"),
    "mov": (_("QuickTime video"), lambda head: _box_type(head) in {b"ftyp", b"moov", b"mdat", b"wide", b"free"}),
    "webm": (_("WebM video"), lambda head: head.startswith(b"\x1a\x45\xdf\xa3")),
    "ogv": (_("Ogg video"), lambda head: head.startswith(b"OggS")),
    "mp3": (_("MP3 audio"), _mp3),
    "m4a": (_("MPEG-4 audio"), lambda head: _box_type(head) == b"ftyp"),
    "aac": (_("AAC audio"), lambda head: _adts(head) or head.startswith(b"ADIF")),
    "ogg": (_("Ogg audio"), lambda head: head.startswith(b"OggS")),
    "wav": (_("WAV audio"), _riff(b"WAVE")),
    "flac": (_("FLAC audio"), lambda head: head.startswith(b"fLaC")),
}


def _zip_holding(member):
    def check(upload):
        try:
            with zipfile.ZipFile(upload) as archive:
                return member in archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return False

    return check


def _webvtt(upload):
    return _read(upload, 16).removeprefix(b"\xef\xbb\xbf").startswith(b"WEBVTT")


def _text(upload):
    sample = _read(upload, TEXT_SAMPLE_BYTES)
    return b"\x00" not in sample


def _pdf(upload):
    return _read(upload, 5) == b"%PDF-"


DOCUMENT_SIGNATURES = {
    "pdf": (_("a PDF"), _pdf),
    "docx": (_("a Word document"), _zip_holding("[Content_Types].xml")),
    "xlsx": (_("an Excel workbook"), _zip_holding("[Content_Types].xml")),
    "odt": (_("an OpenDocument text"), _zip_holding("mimetype")),
    "vtt": (_("WebVTT captions"), _webvtt),
    "txt": (_("text"), _text),
    "csv": (_("text"), _text),
}


def _read(upload, size):
    upload.seek(0)
    try:
        return upload.read(size)
    finally:
        upload.seek(0)


def _extension(upload):
    return os.path.splitext(upload.name or "")[1][1:].lower()


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing a file whose content is not what its extension says."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or "file" not in self.changed_data:
            return upload
        extension = _extension(upload)
        if extension in DOCUMENT_SIGNATURES:
            kind, is_kind = DOCUMENT_SIGNATURES[extension]
            if not is_kind(upload):
                raise forms.ValidationError(
                    _(
                        "This file is not %(kind)s, though its name ends in .%(extension)s: it may have been renamed. "
                        "Choose the original file, or save it as %(kind)s first."
                    ),
                    code="content_mismatch",
                    params={"kind": kind, "extension": extension},
                )
        return upload


class MediaForm(BaseMediaForm):
    """wagtailmedia's form, with a size limit and refusing a file whose content is not what its extension says."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or "file" not in self.changed_data:
            return upload
        limit = settings.MEDIA_MAX_UPLOAD_SIZE
        if upload.size > limit:
            raise forms.ValidationError(
                _("This file is too big (%(size)s). Maximum filesize %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            )
        extension = _extension(upload)
        if extension in MEDIA_SIGNATURES:
            kind, is_kind = MEDIA_SIGNATURES[extension]
            if not is_kind(_read(upload, HEAD_BYTES)):
                raise forms.ValidationError(
                    _(
                        "This file does not hold %(kind)s, though its name ends in .%(extension)s: it may have been "
                        "renamed. Choose the original recording, or export it as %(kind)s first."
                    ),
                    code="content_mismatch",
                    params={"kind": kind, "extension": extension},
                )
        return upload
