"""The "Clinical review" workflow: an editor submits a page, a clinical reviewer approves (publishes) it.

It covers the whole page tree and replaces Wagtail's default "Moderators approval" workflow. Its task
needs the "Clinical reviewers" group, so the group is made here if missing; what that group and the
editors may do is declared in ``accounts.roles.ROLES`` and applied after every ``migrate`` (this
migration once granted it too).
"""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    WorkflowPage.objects.filter(page=root).delete()
    Workflow.objects.filter(name="Moderators approval", workflow_tasks__task__name="Moderators approval").delete()
    # Wagtail's default task, left in no workflow by the line above.
    GroupApprovalTask.objects.filter(name="Moderators approval", workflow_tasks__isnull=True).delete()

    reviewers, _ = Group.objects.get_or_create(name="Clinical reviewers")
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
    Workflow.objects.filter(name="Clinical review").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0002_curriculum"),
        ("accounts", "0002_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
