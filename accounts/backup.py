"""Backup and restore: the database and the files the site keeps on disk, in one directory with a manifest.

``manage.py backup DIR`` writes:

- ``database.dump`` (PostgreSQL: ``pg_dump -Fc``, a consistent snapshot) or ``database.sqlite3`` (SQLite: the
  sqlite3 backup API, safe while the site runs);
- one ``<name>.tar.gz`` per directory of files: ``media`` (MEDIA_ROOT: images, documents, role-play video) and
  the directories rooms above add through the ``backup_file_roots`` hook (the practice studio's private
  recordings), taken after the database, so that every file the database names is in the archive;
- ``manifest.json``: when, the versions (Python, Django, Wagtail, the database and its dump tool, the last
  migration of every app) and each file's size and SHA-256.

``manage.py restore DIR --database-url URL`` checks every checksum first, refuses a target database or directory
that is not empty (unless ``--force``), then restores the database (``pg_restore``, or a copy for SQLite) and
unpacks each archive into its directory (``--files NAME=DIR``, by default where this site keeps it).

Files in object storage (a media bucket, the practice studio's recordings bucket: any storage in ``STORAGES``
that is not on local disk, ``staticfiles`` aside, which ``collectstatic`` rebuilds) are copied through Django's
storage API into ``storage-<alias>.tar.gz``, one archive per storage, and restored into the storage of that alias
in the restoring site's settings (a fresh bucket: one that holds files is refused unless ``--force``, which
overwrites the files of the same name). The provider's versioning or replication is still worth having beside it:
a nightly copy of a large bucket is slow.
"""

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import django
import psycopg
import wagtail
from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from psycopg import sql
from wagtail import hooks

FILE_ROOTS_HOOK = "backup_file_roots"
MANIFEST = "manifest.json"
FORMAT = 1
POSTGRES = "postgresql"
SQLITE = "sqlite"


class BackupError(Exception):
    """Something the person running the backup or restore must put right; the message says what."""


def file_roots():
    """{name: directory} of the files to back up: MEDIA_ROOT, and what the rooms above register."""
    roots = {"media": Path(settings.MEDIA_ROOT)}
    for hook in hooks.get_hooks(FILE_ROOTS_HOOK):
        roots.update({name: Path(path) for name, path in hook().items()})
    return roots


def object_storages():
    """{alias: storage} of the storages in STORAGES that keep files elsewhere than this machine's disk."""
    found = {}
    for alias in settings.STORAGES:
        if alias == "staticfiles":
            continue
        storage = storages[alias]
        if not isinstance(storage, FileSystemStorage):
            found[alias] = storage
    return found


def storage_files(storage, directory=""):
    """Every file's name in `storage`, walking its directories (for S3, the key prefixes)."""
    directories, files = storage.listdir(directory)
    for name in sorted(files):
        yield f"{directory}/{name}" if directory else name
    for name in sorted(directories):
        yield from storage_files(storage, f"{directory}/{name}" if directory else name)


def _archive_storage(storage, archive):
    """Copy every file of `storage` into the tar.gz `archive`; returns how many."""
    count = 0
    with tarfile.open(archive, "w:gz") as tar:
        for name in storage_files(storage):
            with storage.open(name, "rb") as source:
                info = tarfile.TarInfo(name)
                info.size = storage.size(name)
                tar.addfile(info, source)
            count += 1
    return count


def _restore_storage(archive, storage, force):
    """Save every file of the tar.gz `archive` into `storage` under its own name (overwriting with `force`)."""
    with tarfile.open(archive, "r:gz") as tar:
        for member in tar:
            if not member.isfile():
                continue
            name = tarfile.data_filter(member, "").name  # refuses absolute paths and "..": a foreign archive
            if force and storage.exists(name):
                storage.delete(name)
            source = tar.extractfile(member)
            saved = storage.save(name, File(source, name=name))
            if saved != name:
                raise BackupError(f"{name} could not be restored under its own name (the storage chose {saved}).")


def engine_of(database):
    engine = database["ENGINE"]
    if "postgresql" in engine:
        return POSTGRES
    if "sqlite3" in engine:
        return SQLITE
    raise BackupError(f"Only PostgreSQL and SQLite databases can be backed up here, not {engine}.")


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def pg_environment(database):
    """libpq's variables for a Django database: the password never appears on a command line."""
    env = {**os.environ}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    env["PGDATABASE"] = database["NAME"]
    return env


def run(command, env=None):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError as error:
        raise BackupError(f"{command[0]} is not installed (PostgreSQL's client tools are needed).") from error
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")
    return result.stdout


def tool_version(name):
    return run([name, "--version"]).strip()


def latest_migrations(connection):
    recorder = MigrationRecorder(connection)
    latest = {}
    for app, name in recorder.migration_qs.order_by("app", "name").values_list("app", "name"):
        latest[app] = name
    return latest


def backup(directory, stdout=None):
    """Write a backup of the default database and the file roots into `directory` (new or empty)."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty: back up into a new directory.")
    directory.mkdir(parents=True, exist_ok=True)
    connection = connections["default"]
    database = connection.settings_dict
    engine = engine_of(database)
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "versions": {
            "python": platform.python_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "migrations": latest_migrations(connection),
        },
        "database": {"engine": engine},
        "archives": {},
        "files": {},
        "storages": {},
    }
    if engine == POSTGRES:
        dump = directory / "database.dump"
        run(["pg_dump", "-Fc", "--no-owner", "--no-privileges", "-f", str(dump)], env=pg_environment(database))
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            manifest["database"]["server_version"] = cursor.fetchone()[0]
        manifest["database"]["tool"] = tool_version("pg_dump")
    else:
        dump = directory / "database.sqlite3"
        connection.ensure_connection()  # the site's own connection: a file, or the tests' in-memory database
        target = sqlite3.connect(dump)
        with target:
            connection.connection.backup(target)
        target.close()
        manifest["database"]["server_version"] = sqlite3.sqlite_version
    manifest["database"]["file"] = dump.name

    for name, root in file_roots().items():
        archive = directory / f"{name}.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            if root.is_dir():
                for entry in sorted(root.iterdir()):
                    tar.add(entry, arcname=entry.name)
        manifest["archives"][name] = {"file": archive.name, "from": str(root)}

    for alias, storage in object_storages().items():
        archive = directory / f"storage-{alias}.tar.gz"
        count = _archive_storage(storage, archive)
        manifest["storages"][alias] = {
            "file": archive.name,
            "files": count,
            "backend": settings.STORAGES[alias]["BACKEND"],
        }

    for path in sorted(directory.iterdir()):
        manifest["files"][path.name] = {"bytes": path.stat().st_size, "sha256": sha256(path)}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    return manifest


def read_manifest(directory):
    """The backup's manifest, after checking that every file it lists is there and intact."""
    directory = Path(directory)
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BackupError(f"{directory} holds no {MANIFEST}: is it a backup made by manage.py backup?") from error
    except json.JSONDecodeError as error:
        raise BackupError(f"{directory / MANIFEST} is not readable JSON: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"This backup's format ({manifest.get('format')}) is not one this version restores.")
    for name, expected in manifest["files"].items():
        path = directory / name
        if not path.is_file():
            raise BackupError(f"{name} is missing from the backup.")
        if path.stat().st_size != expected["bytes"] or sha256(path) != expected["sha256"]:
            raise BackupError(f"{name} does not match its checksum in the manifest: the backup is damaged.")
    return manifest


def restore(directory, database, targets, force=False):
    """Restore the backup in `directory` into `database` (Django settings) and `targets` ({archive: directory})."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    engine = engine_of(database)
    if engine != manifest["database"]["engine"]:
        raise BackupError(
            f"This backup holds a {manifest['database']['engine']} database; it cannot be restored into {engine}."
        )
    missing = sorted(set(manifest["archives"]) - set(targets))
    if missing:
        raise BackupError(f"Say where to unpack {', '.join(missing)} (--files NAME=DIR).")
    backed_up = manifest.get("storages", {})
    unconfigured = sorted(set(backed_up) - set(settings.STORAGES))
    if unconfigured:
        raise BackupError(
            f"This backup holds the object storage {', '.join(unconfigured)}, which these settings do not configure "
            "(STORAGES): configure the fresh bucket to restore into first."
        )
    # Check every target before changing any, so that a refusal leaves everything as it was.
    if not force:
        if not database_is_empty(engine, database):
            raise BackupError(f"The database {database['NAME']} is not empty: restore into a new one, or use --force.")
        for name in manifest["archives"]:
            target = Path(targets[name])
            if target.exists() and any(target.iterdir()):
                raise BackupError(f"{target} (for {name}) is not empty: restore into a new directory, or use --force.")
        for alias in backed_up:
            if next(storage_files(storages[alias]), None) is not None:
                raise BackupError(
                    f"The storage {alias} already holds files: restore into a fresh bucket, or use --force."
                )

    dump = directory / manifest["database"]["file"]
    if engine == POSTGRES:
        create_database_if_missing(database)
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "-d", database["NAME"]]
        if force:
            command[1:1] = ["--clean", "--if-exists"]
        run([*command, str(dump)], env=pg_environment(database))
    else:
        target = Path(database["NAME"])
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(dump)
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        source.close()
        copy.close()

    for name, archive in manifest["archives"].items():
        target = Path(targets[name])
        if force and target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(directory / archive["file"], "r:gz") as tar:
            tar.extractall(target, filter="data")  # refuses absolute paths, links out and devices
    for alias, archive in backed_up.items():
        _restore_storage(directory / archive["file"], storages[alias], force)
    return manifest


def database_is_empty(engine, database):
    if engine == SQLITE:
        path = Path(database["NAME"])
        if not path.exists() or path.stat().st_size == 0:
            return True
        with sqlite3.connect(path) as connection:
            return not connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    try:
        with psycopg.connect(**_psycopg_kwargs(database)) as connection:
            count = connection.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()[0]
    except psycopg.OperationalError as error:
        if "does not exist" in str(error):
            return True
        raise BackupError(f"Cannot reach the database {database['NAME']}: {error}") from error
    return count == 0


def create_database_if_missing(database):
    with psycopg.connect(**{**_psycopg_kwargs(database), "dbname": "postgres"}, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database["NAME"])))


def _psycopg_kwargs(database):
    kwargs = {"dbname": database["NAME"]}
    for name, key in (("host", "HOST"), ("port", "PORT"), ("user", "USER"), ("password", "PASSWORD")):
        if database.get(key):
            kwargs[name] = database[key]
    return kwargs
