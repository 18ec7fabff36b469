"""Supervisors mark their trainees' written work: the Supervisors group gets ``quizzes.mark_attempt``.

What they may see stays scoped to their own trainees by ``supervision.scope``; the permission only
lets them open the marking views at all.
"""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    supervisors = Group.objects.filter(name="Supervisors").first()
    mark = Permission.objects.filter(content_type__app_label="quizzes", codename="mark_attempt").first()
    if supervisors is not None and mark is not None:
        supervisors.permissions.add(mark)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    supervisors = Group.objects.filter(name="Supervisors").first()
    if supervisors is not None:
        supervisors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="quizzes", codename="mark_attempt")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("supervision", "0001_initial"),
        ("quizzes", "0002_editor_permissions"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
