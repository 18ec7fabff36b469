from django.core.management.base import BaseCommand

from interop import services, tasks


class Command(BaseCommand):
    help = "Queue grades for completed modules and send everything in the outbox that is due (run every few minutes)."

    def handle(self, *args, **options):
        queued = services.queue_completed_modules()
        due = list(services.due_grades().values_list("pk", flat=True)) + [grade.pk for grade in queued]
        for pk in dict.fromkeys(due):
            tasks.send_grade.enqueue(pk)
        self.stdout.write(self.style.SUCCESS(f"{len(queued)} module grades queued, {len(due)} grades enqueued."))
