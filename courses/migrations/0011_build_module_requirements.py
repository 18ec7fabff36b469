"""Index what live modules already ask; from now on publishing keeps the index.

The same rule as ``ModulePage.rebuild_requirements`` (historical models have no methods): the uploaded clips
(paired clips' sides included, embeds left out) with their titles, and the placed quizzes, in body order.
"""

from django.db import migrations

from courses.blocks import iter_raw_clips


def build(apps, schema_editor):
    ModulePage = apps.get_model("courses", "ModulePage")
    ModuleRequirements = apps.get_model("courses", "ModuleRequirements")
    rows = []
    for module in ModulePage.objects.filter(live=True).only("pk", "body"):
        raw = module.body.raw_data
        clips = [
            [clip_id, value["video"], value.get("title", "")]
            for clip_id, value in iter_raw_clips(raw)
            if value.get("video")
        ]
        quizzes = [
            block["value"]["quiz"]
            for block in raw
            if block["type"] == "quiz" and (block.get("value") or {}).get("quiz")
        ]
        rows.append(ModuleRequirements(module_id=module.pk, clips=clips, quizzes=quizzes))
    ModuleRequirements.objects.bulk_create(rows)


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0010_module_requirements"),
    ]

    operations = [
        migrations.RunPython(build, migrations.RunPython.noop),
    ]
