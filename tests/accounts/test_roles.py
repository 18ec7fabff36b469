"""The roles exist after migrate, hold exactly what accounts.roles.ROLES declares, and stay that way."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from accounts import role_sync, roles
from accounts.role_sync import sync_roles

pytestmark = pytest.mark.django_db


def held_by(group):
    """A group's model permissions, and its page and collection permissions as (depth, "app.codename")."""
    return {
        "model": {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")},
        "page": {
            (row.page.depth, f"wagtailcore.{row.permission.codename}")
            for row in GroupPagePermission.objects.filter(group=group).select_related("page", "permission")
        },
        "collection": {
            (row.collection.depth, f"{row.permission.content_type.app_label}.{row.permission.codename}")
            for row in GroupCollectionPermission.objects.filter(group=group).select_related(
                "collection", "permission__content_type"
            )
        },
    }


def every_group():
    return {group.name: held_by(group) for group in Group.objects.all()}


def run(*args):
    out = StringIO()
    call_command("sync_roles", *args, stdout=out)
    return out.getvalue()


def test_after_migrate_every_role_holds_exactly_what_the_table_declares():
    for role in roles.ROLES:
        assert held_by(Group.objects.get(name=role.name)) == {
            "model": role.model_permissions,
            "page": {(1, f"wagtailcore.{codename}") for codename in role.page_permissions},
            "collection": {(1, label) for label in role.collection_permissions},
        }, role.name
    assert sync_roles(apply=False) == []


def test_the_roles_exist_and_wagtails_moderators_group_is_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.TRAINEES, roles.EDITORS, roles.CLINICAL_REVIEWERS, roles.SUPERVISORS} <= names
    assert "Moderators" not in names


def test_trainees_hold_no_permission_and_supervisors_only_the_marking_one():
    assert held_by(Group.objects.get(name=roles.TRAINEES)) == {"model": set(), "page": set(), "collection": set()}
    assert held_by(Group.objects.get(name=roles.SUPERVISORS)) == {
        "model": {"quizzes.mark_attempt"},
        "page": set(),
        "collection": set(),
    }


def test_editors_author_pages_media_and_techniques_but_publish_only_through_review():
    editors = held_by(Group.objects.get(name=roles.EDITORS))
    assert {
        "wagtailadmin.access_admin",
        "techniques.add_technique",
        "techniques.change_technique",
        "techniques.delete_technique",
        "quizzes.add_question",
    } <= editors["model"]
    # Nothing about people: no user or group management, no trainee attempts.
    assert not {perm for perm in editors["model"] if perm.split(".")[0] in {"auth", "accounts", "wagtailusers"}}
    assert not {perm for perm in editors["model"] if "attempt" in perm or perm.endswith(("_user", "_group"))}
    assert editors["page"] == {
        (1, "wagtailcore.add_page"),
        (1, "wagtailcore.change_page"),
        (1, "wagtailcore.lock_page"),
        (1, "wagtailcore.unlock_page"),
    }
    assert {
        (1, "wagtailimages.add_image"),
        (1, "wagtailimages.choose_image"),
        (1, "wagtaildocs.add_document"),
        (1, "wagtaildocs.choose_document"),
        (1, "wagtailmedia.add_media"),
        (1, "wagtailmedia.change_media"),
    } <= editors["collection"]


def test_clinical_reviewers_approve_the_review_but_cannot_publish_around_it_or_manage_anything_else():
    from wagtail.models import GroupApprovalTask, WorkflowPage

    reviewers = held_by(Group.objects.get(name=roles.CLINICAL_REVIEWERS))
    assert reviewers["model"] == {"wagtailadmin.access_admin"}
    assert {codename for _, codename in reviewers["page"]} == {
        "wagtailcore.change_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
    }
    task = GroupApprovalTask.objects.get(name="Clinical review")
    assert list(task.groups.values_list("name", flat=True)) == [roles.CLINICAL_REVIEWERS]
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == "Clinical review"
    assert not GroupApprovalTask.objects.filter(name="Moderators approval").exists()


def test_role_helpers_read_group_membership(trainee, supervisor, editor, admin_user):
    assert roles.is_trainee(trainee) and not roles.is_editor(trainee)
    assert roles.is_supervisor(supervisor) and not roles.is_trainee(supervisor)
    assert roles.is_editor(editor)
    assert [str(label) for label in roles.role_labels(admin_user)] == ["Site administrator"]
    assert [str(label) for label in roles.role_labels(trainee)] == ["Trainee"]


def test_check_lists_a_permission_granted_by_hand_fails_and_changes_nothing():
    supervisors = Group.objects.get(name=roles.SUPERVISORS)
    supervisors.permissions.add(Permission.objects.get(content_type__app_label="accounts", codename="change_user"))
    out = StringIO()

    with pytest.raises(CommandError, match="differ"):
        call_command("sync_roles", "--check", stdout=out)

    assert out.getvalue().splitlines() == ["- Supervisors: accounts.change_user"]
    assert "accounts.change_user" in held_by(supervisors)["model"]


def test_sync_undoes_drift_and_a_second_sync_changes_nothing(home):
    as_declared = every_group()
    editors = Group.objects.get(name=roles.EDITORS)
    editors.permissions.remove(Permission.objects.get(content_type__app_label="quizzes", codename="add_quiz"))
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=editors, page=home, permission=publish)
    Group.objects.get(name=roles.TRAINEES).delete()
    Group.objects.create(name="Moderators")

    assert run().splitlines() == [
        "- group Moderators",
        "+ group Trainees",
        "+ Editors: quizzes.add_quiz",
        f"- Editors: wagtailcore.publish_page on page {home.pk}",
    ]
    assert every_group() == as_declared
    assert run() == "The roles match accounts.roles.ROLES.\n"
    assert every_group() == as_declared


def test_a_group_that_is_no_role_is_left_as_it_is():
    translators = Group.objects.create(name="Translators")
    translators.permissions.add(Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page"))
    GroupCollectionPermission.objects.create(
        group=translators,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(content_type__app_label="wagtailimages", codename="choose_image"),
    )
    before = held_by(translators)

    run()

    assert held_by(translators) == before


def test_migrate_brings_the_roles_back_in_line():
    Group.objects.get(name=roles.EDITORS).permissions.add(
        Permission.objects.get(content_type__app_label="auth", codename="change_group")
    )

    call_command("migrate", verbosity=0)

    assert sync_roles(apply=False) == []


def test_a_declared_permission_missing_from_the_database_is_reported_and_fails_the_sync(monkeypatch):
    declared = roles.Role(roles.SUPERVISORS, "Supervisor", permissions=("quizzes.mark_attempt", "nowhere.fly"))
    monkeypatch.setattr(role_sync, "ROLES", [declared])
    out = StringIO()

    with pytest.raises(CommandError):
        call_command("sync_roles", stdout=out)

    assert "! Supervisors: nowhere.fly does not exist" in out.getvalue()
    assert held_by(Group.objects.get(name=roles.SUPERVISORS))["model"] == {"quizzes.mark_attempt"}
