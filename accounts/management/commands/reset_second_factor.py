import logging

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import F
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

security_log = logging.getLogger("security")


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator and recovery codes (a lost phone): they set up a new one at their next "
        "sign-in (staff must), and every session of theirs ends."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        removed = TOTPDevice.objects.filter(user=user).delete()[0] + StaticDevice.objects.filter(user=user).delete()[0]
        User.objects.filter(pk=user.pk).update(session_version=F("session_version") + 1)
        security_log.warning(
            "Second factor reset by an administrator.", extra={"event": "mfa_reset", "user_id": user.pk}
        )
        self.stdout.write(self.style.SUCCESS(f"Removed {removed} device(s) of {username}; their sessions are ended."))
