"""The three roles exist after migrate and hold only what they need."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from accounts import roles

pytestmark = pytest.mark.django_db


def test_the_three_roles_exist_and_wagtails_moderators_group_is_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert {roles.TRAINEES, roles.EDITORS, roles.SUPERVISORS} <= names
    assert "Moderators" not in names


def test_trainees_hold_no_permission_and_supervisors_only_the_marking_one():
    for name, expected in ((roles.TRAINEES, set()), (roles.SUPERVISORS, {"quizzes.mark_attempt"})):
        group = Group.objects.get(name=name)
        held = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert held == expected
        assert not GroupPagePermission.objects.filter(group=group).exists()
        assert not GroupCollectionPermission.objects.filter(group=group).exists()


def test_editors_author_pages_media_and_techniques_but_publish_only_through_review():
    editors = Group.objects.get(name=roles.EDITORS)
    model_perms = {
        f"{p.content_type.app_label}.{p.codename}" for p in editors.permissions.select_related("content_type")
    }
    assert {
        "wagtailadmin.access_admin",
        "courses.add_technique",
        "courses.change_technique",
        "courses.delete_technique",
    } <= model_perms
    # Nothing about people: no user or group management, no trainee attempts.
    assert not {perm for perm in model_perms if perm.split(".")[0] in {"auth", "accounts", "wagtailusers"}}
    assert not {perm for perm in model_perms if "attempt" in perm or perm.endswith(("_user", "_group"))}
    page_perms = set(
        GroupPagePermission.objects.filter(group=editors, page__depth=1).values_list("permission__codename", flat=True)
    )
    assert page_perms == {"add_page", "change_page", "lock_page", "unlock_page"}
    collection_perms = set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("permission__codename", flat=True)
    )
    assert {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
        "add_media",
        "change_media",
    } <= collection_perms
    assert not any(codename.endswith(("_user", "_group")) for codename in page_perms | collection_perms)


def test_role_helpers_read_group_membership(trainee, supervisor, editor, admin_user):
    assert roles.is_trainee(trainee) and not roles.is_editor(trainee)
    assert roles.is_supervisor(supervisor) and not roles.is_trainee(supervisor)
    assert roles.is_editor(editor)
    assert [str(label) for label in roles.role_labels(admin_user)] == ["Site administrator"]
    assert [str(label) for label in roles.role_labels(trainee)] == ["Trainee"]


def test_clinical_reviewers_may_publish_pages_and_approve_the_review_but_manage_nothing_else():
    from wagtail.models import GroupApprovalTask, WorkflowPage

    reviewers = Group.objects.get(name=roles.CLINICAL_REVIEWERS)
    assert {p.codename for p in reviewers.permissions.all()} == {"access_admin"}
    page_perms = set(GroupPagePermission.objects.filter(group=reviewers).values_list("permission__codename", flat=True))
    assert page_perms == {"change_page", "publish_page", "lock_page", "unlock_page"}
    task = GroupApprovalTask.objects.get(name="Clinical review")
    assert list(task.groups.values_list("name", flat=True)) == [roles.CLINICAL_REVIEWERS]
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == "Clinical review"
