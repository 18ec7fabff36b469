"""Data exports: everything the platform holds about a person, as one ZIP archive built in the background.

The archive holds a README.txt, one JSON file per room (``quizzes.json``, ``learning.json``, ...), a CSV file for
each table in them (``quizzes/attempts.csv``), the essays as text (``essays/``), the practice recordings as their
files (``recordings/``) and the certificates as PDF (``certificates/``). It is written to a private directory
(PRIVACY_EXPORT_ROOT, never under MEDIA_ROOT) under the export's random id, atomically, and served only to whoever
asked for it (`privacy.views.download`) until it expires (PRIVACY_EXPORT_DAYS).
"""

import csv
import io
import json
import os
import shutil
import tempfile
import zipfile
from datetime import timedelta
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from privacy import registry
from privacy.models import UNFINISHED, DataExport, ExportStatus

# Folders of the files a room exports besides its JSON.
FILE_FOLDERS = {"quizzes": "essays", "learning": "certificates", "practice": "recordings"}


def export_root():
    """PRIVACY_EXPORT_ROOT, else a directory beside MEDIA_ROOT (media/ -> media-exports/), never inside it."""
    root = getattr(settings, "PRIVACY_EXPORT_ROOT", "")
    if root:
        return Path(root)
    media = Path(settings.MEDIA_ROOT)
    return media.with_name(f"{media.name}-exports")


def archive_path(export):
    return export_root() / f"{export.pk}.zip"


def file_name(export):
    """The name the browser saves the archive under."""
    return f"my-data-{export.subject_id}-{export.created_at:%Y-%m-%d}.zip"


def request_export(subject, requested_by):
    """The export `requested_by` asked for of `subject`'s data: the one being built, else a new one (queued).

    Returns (export, created). Two requests at once create one export (a database constraint).
    """
    existing = DataExport.objects.filter(subject=subject, requested_by=requested_by, status__in=UNFINISHED).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            export = DataExport.objects.create(subject=subject, requested_by=requested_by)
    except IntegrityError:
        return DataExport.objects.get(subject=subject, requested_by=requested_by, status__in=UNFINISHED), False
    return export, True


def to_json(data):
    return json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False, sort_keys=False)


def _cell(value):
    """A value as a CSV cell: nested data as JSON, dates and numbers as the JSON files write them."""
    if value is None:
        return ""
    if isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict | list | tuple):
        return to_json(value)
    return json.loads(to_json(value))


def tables(data):
    """The parts of a room's export that are tables (lists of flat records), as {name: (columns, rows)}."""
    found = {}
    for name, value in data.items():
        if isinstance(value, list) and value and all(isinstance(row, dict) for row in value):
            columns = list(dict.fromkeys(key for row in value for key in row))
            found[name] = (columns, [[_cell(row.get(column)) for column in columns] for row in value])
        elif isinstance(value, dict) and value and all(not isinstance(item, dict | list) for item in value.values()):
            found[name] = (list(value), [[_cell(item) for item in value.values()]])
    return found


def to_csv(columns, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def other_records(user):
    """The records no room exports, which the register deletes row by row: sign-in protection's records, admin
    preferences, a trainee's quiz arrangements. Each model's plain fields, without secrets or raw request data."""
    data = {}
    for declaration in registry.declarations():
        if not (declaration.erase_rows and declaration.exported):
            continue
        model = registry.model_of(declaration)
        hidden = {"id", "post_data", "get_data", "session_hash", *declaration.user_fields}
        fields = [f.name for f in model._meta.concrete_fields if f.name not in hidden and not f.is_relation]
        key = model._meta.label_lower.replace(".", "_")
        data[key] = list(registry.rows_of(declaration, user).values(*fields))
    return data


def _write_file(archive, name, content):
    if callable(content):
        with content() as source, archive.open(name, "w") as target:
            shutil.copyfileobj(source, target, 1024 * 1024)
    else:
        archive.writestr(name, content)


def build(export):
    """Write the archive of `export` (steps recorded as it goes); returns its path."""
    subject = export.subject
    parts = [(room.key, room.code) for room in registry.ROOMS]
    DataExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.RUNNING, steps_total=len(parts) + 2, steps_done=0
    )
    root = export_root()
    root.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=root, prefix=".tmp-", suffix=".zip")
    os.close(handle)
    contents = []
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for done, (key, code) in enumerate(parts, start=1):
                data = code.export(subject)
                archive.writestr(f"{key}.json", to_json(data))
                contents.append((f"{key}.json", key))
                for name, (columns, rows) in tables(data).items():
                    archive.writestr(f"{key}/{name}.csv", to_csv(columns, rows))
                    contents.append((f"{key}/{name}.csv", key))
                for name, content in getattr(code, "export_files", lambda user: [])(subject):
                    path = f"{FILE_FOLDERS.get(key, key)}/{name}"
                    _write_file(archive, path, content)
                    contents.append((path, key))
                DataExport.objects.filter(pk=export.pk).update(steps_done=done)
            others = other_records(subject)
            archive.writestr("other.json", to_json(others))
            contents.append(("other.json", "other"))
            for name, (columns, rows) in tables(others).items():
                archive.writestr(f"other/{name}.csv", to_csv(columns, rows))
                contents.append((f"other/{name}.csv", "other"))
            archive.writestr(
                "README.txt",
                render_to_string(
                    "privacy/export_readme.txt",
                    {"subject": subject, "export": export, "now": timezone.now(), "contents": contents},
                ),
            )
        final = archive_path(export)
        os.replace(temporary, final)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    now = timezone.now()
    DataExport.objects.filter(pk=export.pk).update(
        status=ExportStatus.READY,
        steps_done=len(parts) + 2,
        size_bytes=final.stat().st_size,
        finished_at=now,
        expires_at=now + timedelta(days=settings.PRIVACY_EXPORT_DAYS),
        failure="",
    )
    return final


def delete(exports):
    """Delete exports, their archives once the transaction commits (a rollback keeps both). Returns how many."""
    exports = list(exports)
    deleted = DataExport.objects.filter(pk__in=[export.pk for export in exports]).delete()[0]
    for export in exports:
        transaction.on_commit(partial(archive_path(export).unlink, missing_ok=True), robust=True)
    return deleted
