import dj_database_url
from django.core.management.base import BaseCommand, CommandError

from accounts.backup import BackupError, file_roots, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into a fresh database and fresh file directories: checks "
        "every checksum first and refuses a target that is not empty unless --force. Object storage goes back into "
        "the storages of the same names in these settings (a fresh bucket)."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the backup's directory")
        parser.add_argument(
            "--database-url", required=True, help="the database to restore into, e.g. postgres://user@host:5432/new"
        )
        parser.add_argument(
            "--files",
            action="append",
            default=[],
            metavar="NAME=DIR",
            help="where to unpack an archive (media, recordings); by default where these settings keep it",
        )
        parser.add_argument(
            "--force", action="store_true", help="replace what the target database and directories hold"
        )

    def handle(self, directory, database_url, files, force, **options):
        try:
            database = dj_database_url.parse(database_url)
        except ValueError as error:
            raise CommandError(f"--database-url: {error}") from error
        targets = {name: str(path) for name, path in file_roots().items()}
        for item in files:
            name, separator, path = item.partition("=")
            if not separator or not name or not path:
                raise CommandError(f"--files takes NAME=DIR, not {item!r}.")
            targets[name] = path
        try:
            manifest = restore(directory, database, targets, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for name in manifest["archives"]:
            self.stdout.write(f"  {name} -> {targets[name]}")
        for alias, entry in manifest.get("storages", {}).items():
            self.stdout.write(f"  {entry['files']} files -> the storage {alias}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created_at']} into {database['NAME']}. Point the site's "
                "DATABASE_URL, MEDIA_ROOT and PRACTICE_STORAGE_ROOT there and run `manage.py migrate` if this code "
                "is newer than the backup."
            )
        )
