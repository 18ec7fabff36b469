from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from courses.models import ModulePage
from learning.recording import record_progress


class Command(BaseCommand):
    help = (
        "Record the module and course completions and issue the certificates that are due but not recorded: once "
        "after upgrading from a version that recorded them when pages were shown. Safe to run again: it records "
        "nothing twice."
    )

    def handle(self, *args, **options):
        trainees = get_user_model().objects.filter(module_progress__read_at__isnull=False).distinct().order_by("pk")
        completed = 0
        for trainee in trainees.iterator():
            completed += len(record_progress(trainee, ModulePage.objects.live().filter(progress__user=trainee)))
        self.stdout.write(f"Progress recorded: {completed} module completions were due.")
