from django.core.management.base import BaseCommand, CommandError

from accounts.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump -Fc on PostgreSQL, the sqlite3 backup API on SQLite) and the files kept on "
        "disk (MEDIA_ROOT, the private recordings) and in object storage (every bucket in STORAGES) into a new "
        "directory, with a manifest of versions and checksums."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", help="a new (or empty) directory to write the backup into")

    def handle(self, directory, **options):
        try:
            manifest = backup(directory)
        except BackupError as error:
            raise CommandError(str(error)) from error
        for name, entry in sorted(manifest["files"].items()):
            self.stdout.write(f"  {name}  {entry['bytes']} bytes  sha256 {entry['sha256'][:16]}…")
        for alias, entry in sorted(manifest["storages"].items()):
            self.stdout.write(f"  the storage {alias}: {entry['files']} files, in {entry['file']}")
        self.stdout.write(self.style.SUCCESS(f"Backed up to {directory}."))
