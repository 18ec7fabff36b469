"""Editors' role-play uploads get their length (and picture size) read by the studio's media pipeline,
so checks such as "the moment is after the end of the clip" work without anyone typing the duration."""

import tempfile

from practice import media


def read_media_duration(sender, instance, **kwargs):
    if instance.duration or not instance.file:
        return
    try:
        info = _probe(instance.file)
    except (media.MediaError, NotImplementedError, OSError, ValueError):
        return  # not readable here (e.g. on object storage): the editor may still type it
    if info.duration:
        instance.duration = round(info.duration, 2)
    if info.width and not instance.width:
        instance.width, instance.height = info.width, info.height


def _probe(field_file):
    upload = getattr(field_file, "file", None)
    if hasattr(upload, "temporary_file_path"):
        return media.probe(upload.temporary_file_path())
    if field_file._committed:
        return media.probe(field_file.path)
    with tempfile.NamedTemporaryFile(suffix=".media") as copy:
        for chunk in field_file.chunks():
            copy.write(chunk)
        copy.flush()
        field_file.seek(0)
        return media.probe(copy.name)
