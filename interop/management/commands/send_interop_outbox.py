from django.core.management.base import BaseCommand

from interop import services, tasks, xapi
from interop.models import Statement


class Command(BaseCommand):
    help = (
        "Queue what was recorded since the last run (module grades for the LMS, xAPI statements for the LRS) and "
        "send everything in the outbox that is due. Run it every few minutes."
    )

    def handle(self, *args, **options):
        queued_grades = services.queue_completed_modules()
        grades = list(services.due_grades().values_list("pk", flat=True))
        for pk in grades:
            tasks.send_grade.enqueue(pk)
        queued_statements = xapi.collect()
        statements = list(services.due(Statement).values_list("pk", flat=True)) if xapi.enabled() else []
        for pk in statements:
            tasks.send_statement.enqueue(pk)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(queued_grades)} module grades and {len(queued_statements)} statements queued; "
                f"{len(grades)} grades and {len(statements)} statements sent or tried."
            )
        )
