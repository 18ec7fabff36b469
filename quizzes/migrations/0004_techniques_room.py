"""Questions point at the technique in its own room (state only: the table is the same)."""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0003_spot_the_technique"),
        ("techniques", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="question",
                    name="technique",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="The technique shown at the moment (spot-the-technique questions).",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="quiz_questions",
                        to="techniques.technique",
                        verbose_name="technique",
                    ),
                ),
                migrations.AlterField(
                    model_name="question",
                    name="technique_choices",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True,
                        help_text="“Name the technique” questions: the wrong answers offered beside the right one.",
                        related_name="+",
                        to="techniques.technique",
                        verbose_name="other techniques to offer",
                    ),
                ),
            ],
        ),
    ]
