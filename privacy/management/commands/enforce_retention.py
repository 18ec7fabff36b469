from django.core.management.base import BaseCommand

from privacy import retention
from privacy.tasks import enforce_retention


class Command(BaseCommand):
    help = (
        "Enqueue the task that deletes personal data kept past its retention period: practice recordings, sign-in "
        "records, expired sessions, old marking history, inactive accounts and expired data exports. Run it daily "
        "from the scheduler (cron, a systemd timer). With --now, do the work here instead and say what went."
    )

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Enforce the periods in this process, at once.")

    def handle(self, *args, **options):
        if options["now"]:
            run = retention.enforce()
            for key, count in run.deleted.items():
                self.stdout.write(f"{key}: {count} deleted")
            return
        result = enforce_retention.enqueue()
        self.stdout.write(f"Enqueued {result.id}.")
