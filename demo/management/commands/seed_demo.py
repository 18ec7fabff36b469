import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.curriculum_build import seed_curriculum
from demo.journey import seed_demo_journey
from demo.loader import ContentError
from demo.practice import seed_demo_practice
from demo.quizzes import seed_demo_quizzes
from demo.site import seed_site
from demo.users import seed_demo_users

DEFAULT_DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 (documented, local-only)


class Command(BaseCommand):
    help = (
        "Create or refresh the demo: the site, the curriculum with its role-play videos and quizzes, "
        "one user per role and the demo trainee's attempts. "
        "Safe to run again; it never duplicates content. Refuses to run under production settings."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password for every demo user (default: $DEMO_PASSWORD, else a documented local-only default).",
        )

    def handle(self, *args, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError(
                "seed_demo creates accounts with a shared, known password and must not run under "
                "production settings. Use config.settings.dev (the default of manage.py)."
            )
        password = options["password"] or os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
        if len(password) < 8:
            raise CommandError("The demo password must be at least 8 characters long.")

        try:
            users = self.seed(password)
        except ContentError as error:
            # A broken content file: the transaction is rolled back, and the author gets file and line.
            raise CommandError(f"The demo was not seeded; fix the content files first:\n{error}") from None

        self.stdout.write(self.style.SUCCESS("Demo ready. Log in at http://127.0.0.1:8000/accounts/login/ as:"))
        for username, role in users:
            self.stdout.write(f"  {username:<11} {role:<20} password: {password}")
        self.stdout.write("The Wagtail admin (editor, reviewer, admin) is at http://127.0.0.1:8000/admin/")

    def seed(self, password):
        with transaction.atomic():
            home = seed_site()
            self.stdout.write(self.style.SUCCESS(f"Site and home page ready: {home.title}"))
            users = seed_demo_users(password)
            # Quizzes use the techniques and videos; modules then place the quizzes.
            quizzes = seed_demo_quizzes(stdout=self.stdout)
            counts = seed_curriculum(home, quizzes)
            self.stdout.write(
                self.style.SUCCESS(
                    "Curriculum ready: {courses} courses, {modules} modules, {techniques} techniques, "
                    "{videos} role-play videos".format(**counts)
                )
            )
            seed_demo_journey(stdout=self.stdout)
            seed_demo_practice(stdout=self.stdout)
        return users
