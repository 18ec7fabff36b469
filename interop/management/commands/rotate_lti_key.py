from django.core.management.base import BaseCommand

from interop import keys


class Command(BaseCommand):
    help = "Add a new LTI signing key; the old one stays in the key set for LTI_KEY_GRACE_DAYS."

    def handle(self, *args, **options):
        key = keys.rotate()
        self.stdout.write(self.style.SUCCESS(f"New signing key {key.kid}; {keys.published().count()} keys published."))
