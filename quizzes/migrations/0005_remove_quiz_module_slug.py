"""A quiz no longer names its module in free text: the module's quiz block places it, and the curriculum
(above this room) keeps the index of where each quiz is placed."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_techniques_room"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="quiz",
            name="module_slug",
        ),
    ]
