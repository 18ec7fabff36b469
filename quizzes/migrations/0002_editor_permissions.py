"""Editors author quizzes and the question bank; nobody sees attempts unless granted.

Editors get add/change/delete on quizzes, questions, categories and answer options (and the
inline rows of a quiz). They get nothing on attempts or answers: those are trainees' data.
The marking permission ``quizzes.mark_attempt`` is created here and granted to no group:
superusers mark by default, and supervisors' scoping arrives with the supervision feature.
"""

from django.db import migrations

AUTHORING_MODELS = ["quiz", "question", "category", "answeroption", "quizquestion", "quizcategorydraw"]
ACTIONS = ["add", "change", "delete"]


def permission(apps, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="quizzes", model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return perm


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission(apps, "attempt", "mark_attempt", "Can see trainees' attempts and mark them")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    for model in AUTHORING_MODELS:
        for action in ACTIONS:
            editors.permissions.add(permission(apps, model, f"{action}_{model}", f"Can {action} {model}"))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is not None:
        editors.permissions.remove(*Permission.objects.filter(content_type__app_label="quizzes"))


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_initial"),
        ("accounts", "0002_roles"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
