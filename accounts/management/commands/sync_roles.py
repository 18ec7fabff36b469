from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS

from accounts.role_sync import sync_roles


class Command(BaseCommand):
    help = (
        "Give the role groups exactly the permissions accounts.roles.ROLES declares and remove Wagtail's "
        "Moderators group (migrate does this too). Prints each difference: + granted, - revoked, ! cannot be done."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Change nothing; list the differences and fail if there are any."
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to sync (default: default).")

    def handle(self, *args, check, database, **options):
        differences = sync_roles(apply=not check, using=database)
        for line in differences:
            self.stdout.write(line)
        remaining = differences if check else sync_roles(apply=False, using=database)
        if remaining:
            raise CommandError(f"The roles differ from accounts.roles.ROLES in {len(remaining)} ways (listed above).")
        if not differences:
            self.stdout.write("The roles match accounts.roles.ROLES.")
