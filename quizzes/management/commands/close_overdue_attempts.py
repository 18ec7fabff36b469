from django.core.management.base import BaseCommand

from quizzes.tasks import close_overdue_attempts


class Command(BaseCommand):
    help = (
        "Enqueue the task that finishes open quiz attempts past their time limit or their quiz's close. "
        "Run it every minute from the scheduler (cron, a systemd timer)."
    )

    def handle(self, *args, **options):
        result = close_overdue_attempts.enqueue()
        self.stdout.write(f"Enqueued {result.id}.")
