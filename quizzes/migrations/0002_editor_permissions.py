"""Once gave editors their quiz-authoring permissions and created ``quizzes.mark_attempt``.

``mark_attempt`` is declared on ``Attempt.Meta.permissions``; who holds what is declared in
``accounts.roles.ROLES`` and applied after every ``migrate``. This migration stays, empty,
because ``supervision/0002`` depends on it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("accounts", "0002_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
