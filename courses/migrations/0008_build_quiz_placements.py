"""Index the quizzes that live modules already place; from now on publishing keeps the index.

The same rule as ``ModulePage.rebuild_quiz_placements`` (historical models have no methods): each quiz
once, in body order, and only quizzes that exist.
"""

from django.db import migrations


def build(apps, schema_editor):
    ModulePage = apps.get_model("courses", "ModulePage")
    Quiz = apps.get_model("quizzes", "Quiz")
    QuizPlacement = apps.get_model("courses", "QuizPlacement")
    existing = set(Quiz.objects.values_list("pk", flat=True))
    rows = []
    for module in ModulePage.objects.filter(live=True).only("pk", "body"):
        placed = dict.fromkeys(
            block["value"]["quiz"]
            for block in module.body.raw_data
            if block["type"] == "quiz" and (block.get("value") or {}).get("quiz") in existing
        )
        rows.extend(
            QuizPlacement(module_id=module.pk, quiz_id=quiz_id, position=position)
            for position, quiz_id in enumerate(placed)
        )
    QuizPlacement.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0007_quizplacement"),
    ]

    operations = [
        migrations.RunPython(build, migrations.RunPython.noop),
    ]
