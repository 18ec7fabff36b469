"""Captions can be uploaded as a .vtt file as well as pasted: the file is checked the same way and its text kept."""

import pytest
from django.core.files.base import ContentFile
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents import get_document_model

from courses.blocks import RolePlayVideoBlock
from tests.courses.factories import CAPTIONS, TechniqueFactory, make_video, video_value

pytestmark = pytest.mark.django_db


def document(name, content):
    doc = get_document_model()(title=name)
    doc.file.save(name, ContentFile(content), save=False)
    doc.save()
    return doc


def cleaned(**overrides):
    block = RolePlayVideoBlock()
    value = block.to_python(block.get_prep_value(block.normalize(video_value(make_video(), TechniqueFactory()))))
    for key, item in overrides.items():
        value[key] = item
    return block.clean(value)


def errors_of(**overrides):
    with pytest.raises((StructBlockValidationError, StreamBlockValidationError)) as caught:
        cleaned(**overrides)
    return {name: " ".join(e.messages) for name, e in caught.value.block_errors.items()}


def test_an_uploaded_vtt_file_becomes_the_captions():
    vtt = document("session.vtt", ("\ufeff" + CAPTIONS.replace("\n", "\r\n")).encode("utf-8"))
    value = cleaned(captions="", captions_file=vtt)
    assert value["captions"] == CAPTIONS and value["captions_file"] is None


def test_a_bad_file_is_refused_with_the_same_message_as_pasted_text():
    broken = document("session.vtt", b"00:00.000 --> 00:03.000\nno header")
    assert "must start with the word WEBVTT" in errors_of(captions="", captions_file=broken)["captions_file"]
    latin = document("latin.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\nÄrger".encode("latin-1"))
    assert "not UTF-8" in errors_of(captions="", captions_file=latin)["captions_file"]
    notes = document("notes.txt", CAPTIONS.encode())
    assert "ends in .vtt" in errors_of(captions="", captions_file=notes)["captions_file"]


def test_neither_pasted_nor_uploaded_captions_is_refused():
    assert "or choose a .vtt file" in errors_of(captions="", captions_file=None)["captions"]
