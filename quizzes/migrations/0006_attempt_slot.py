"""One word for a question's place in an attempt: AttemptQuestion becomes AttemptSlot.

Its table is renamed with it; the fields, constraints and rows stay as they are.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0005_remove_quiz_module_slug"),
    ]

    operations = [
        migrations.RenameModel(old_name="AttemptQuestion", new_name="AttemptSlot"),
    ]
