"""Once gave the Supervisors group ``quizzes.mark_attempt``.

That grant is now declared in ``accounts.roles.ROLES`` and applied after every ``migrate``.
This migration stays, empty, so that databases that ran it and new ones share one history.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("supervision", "0001_initial"),
        ("quizzes", "0002_editor_permissions"),
        ("accounts", "0002_roles"),
    ]

    operations = []
