"""Where a submission's files live: one private directory per submission under PRACTICE_STORAGE_ROOT.

Nothing here is under MEDIA_ROOT, so no web server serves it by accident; only the access-checked views
in `practice.views.submissions` read it. A finished file appears under its final name only by an atomic rename
(`os.replace`), so a reader never sees a half-written recording or poster.

With PRACTICE_OBJECT_STORAGE, the processed files move on to that storage (`<submission id>/<name>`, a private
bucket) once they are complete, and are served from there by signed URLs (`signed_url`); the upload and the
original stay on local disk, where the worker reads them.
"""

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from practice import conf

INCOMING = "incoming.part"
ORIGINAL = "original"


def directory(submission):
    return conf.storage_root() / str(submission.pk)


def path(submission, name):
    """The file `name` of `submission`; names come from our own code, never from a request."""
    if not name or "/" in name or name.startswith("."):
        raise ValueError(f"Not a file name of a submission: {name!r}")
    return directory(submission) / name


@contextmanager
def writing(final_path):
    """Yield a temporary path beside `final_path`; on success it is renamed into place, else removed."""
    final_path = Path(final_path)
    final_path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=final_path.parent, prefix=".tmp-", suffix=final_path.suffix)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, final_path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def save_upload(submission, uploaded_file):
    """Store an uploaded file (Django's UploadedFile) as the submission's original, atomically."""
    with writing(path(submission, ORIGINAL)) as temporary, open(temporary, "wb") as out:
        for chunk in uploaded_file.chunks():
            out.write(chunk)
    return path(submission, ORIGINAL)


def append_chunk(submission, data):
    """Append `data` to the submission's incoming file; returns the new size."""
    incoming = path(submission, INCOMING)
    incoming.parent.mkdir(parents=True, exist_ok=True)
    with open(incoming, "ab") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return incoming.stat().st_size


def incoming_size(submission):
    incoming = path(submission, INCOMING)
    return incoming.stat().st_size if incoming.exists() else 0


def truncate_incoming(submission, size):
    """Cut the incoming file back to `size` bytes: what the database says was received."""
    incoming = path(submission, INCOMING)
    if incoming.exists() and incoming.stat().st_size > size:
        with open(incoming, "r+b") as out:
            out.truncate(size)


def finish_upload(submission):
    """The complete incoming file becomes the original, by an atomic rename."""
    os.replace(path(submission, INCOMING), path(submission, ORIGINAL))


def key(submission, name):
    path(submission, name)  # the same check of the name
    return f"{submission.pk}/{name}"


def publish(submission, names):
    """Move the processed files `names` into the object storage, if there is one; a no-op otherwise.

    A file is deleted from local disk only once it is stored, so a failure leaves it where it was.
    """
    store = conf.object_storage()
    if store is None:
        return
    for name in names:
        store.delete(key(submission, name))  # left by an earlier run of the same job, which then failed
        with open(path(submission, name), "rb") as handle:
            stored = store.save(key(submission, name), handle)
        if stored != key(submission, name):
            store.delete(stored)
            raise OSError(f"The object storage kept {name} under another name ({stored}).")
    for name in names:
        path(submission, name).unlink()


def signed_url(submission, name):
    """A URL of the object storage that serves `name` for PRACTICE_SIGNED_URL_SECONDS, then stops working.

    The storage must sign its URLs with an expiry, as django-storages' S3Storage does (querystring_auth, the
    default); a bucket for recordings is never public.
    """
    return conf.object_storage().url(key(submission, name), expire=conf.signed_url_seconds())


def delete(submission):
    store = conf.object_storage()
    if store is not None:
        for name in (submission.recording, submission.poster):
            if name:
                store.delete(key(submission, name))
    shutil.rmtree(directory(submission), ignore_errors=True)
