from django.core.management.base import BaseCommand

from practice.privacy import purge


class Command(BaseCommand):
    help = (
        "Delete trainees' practice recordings whose time is up: PRACTICE_RETENTION_DAYS after submission, or "
        "PRACTICE_WITHDRAWAL_DAYS after consent was withdrawn. Run it daily (cron or a scheduler)."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Deleted {purge()} recording(s) whose retention period had ended.")
