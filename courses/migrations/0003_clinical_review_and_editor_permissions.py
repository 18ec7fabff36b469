"""Editors author techniques and pages; clinical reviewers approve what goes live.

- Editors may add, change and delete techniques (the taxonomy snippet).
- Editors lose direct publishing: a page goes live when its clinical review is approved.
- A "Clinical reviewers" group may publish pages and is the approving group of a
  "Clinical review" workflow that covers the whole page tree. It replaces Wagtail's
  default "Moderators approval" workflow, whose group no longer exists. Wagtail lets
  whoever may publish skip a workflow, so reviewing and authoring stay two roles.
"""

from django.db import migrations

TECHNIQUE_PERMISSIONS = ["add_technique", "change_technique", "delete_technique"]
REVIEWER_PAGE_PERMISSIONS = ["change_page", "publish_page", "lock_page", "unlock_page"]


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return perm


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors = Group.objects.get(name="Editors")
    for codename in TECHNIQUE_PERMISSIONS:
        editors.permissions.add(permission(apps, "courses", "technique", codename))
    GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").delete()

    reviewers, _ = Group.objects.get_or_create(name="Clinical reviewers")
    reviewers.permissions.add(permission(apps, "wagtailadmin", "admin", "access_admin"))

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for codename in REVIEWER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=reviewers, page=root, permission=permission(apps, "wagtailcore", "page", codename)
        )
    WorkflowPage.objects.filter(page=root).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_tasks__task__name="Moderators approval").delete()
    GroupApprovalTask.objects.filter(name="Moderators approval", groups__isnull=True).delete()

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name="Clinical review", defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([reviewers])
    workflow, created = Workflow.objects.get_or_create(name="Clinical review", defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(page=root, workflow=workflow)


def backwards(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Group = apps.get_model("auth", "Group")
    Workflow.objects.filter(name="Clinical review").delete()
    Group.objects.filter(name="Clinical reviewers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_curriculum"),
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
