"""The index of where quizzes are placed: one row per quiz block of a live module (see ``courses/0008``)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_techniques_room"),
        ("quizzes", "0004_techniques_room"),
    ]

    operations = [
        migrations.CreateModel(
            name="QuizPlacement",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        help_text="Order among the module's quizzes.", verbose_name="position"
                    ),
                ),
                (
                    "module",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="quiz_placements",
                        to="courses.modulepage",
                        verbose_name="module",
                    ),
                ),
                (
                    "quiz",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="placements",
                        to="quizzes.quiz",
                        verbose_name="quiz",
                    ),
                ),
            ],
            options={
                "verbose_name": "quiz placement",
                "verbose_name_plural": "quiz placements",
                "ordering": ["module__path", "position"],
                "constraints": [
                    models.UniqueConstraint(fields=("module", "quiz"), name="courses_quiz_placed_once_per_module"),
                    models.UniqueConstraint(fields=("module", "position"), name="courses_quiz_placement_position"),
                ],
            },
        ),
    ]
