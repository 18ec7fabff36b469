"""Cohorts and individual supervision are operational data: only site administrators reach them in the admin.

Every admin URL of their viewsets (the snippet views and the chooser's: choose, search, results, chosen,
chosen-multiple, create) is asked as each role. The chooser is what an editor would reach from any form with a
cohort or supervision field, so it is checked as closely as the listing.
"""

import pytest
from django.urls import reverse

from accounts.roles import ROLES
from learning.models import Cohort
from supervision.models import Supervision
from tests import factories

pytestmark = pytest.mark.django_db

REFUSED_ROLES = ["trainee", "supervisor", "editor", "reviewer"]


@pytest.fixture
def assignments(db):
    """A cohort with a trainee and a supervisor, and one trainee supervised individually."""
    supervisor = factories.SupervisorFactory(username="dana_supervises")
    in_cohort = factories.TraineeFactory(username="robin_in_cohort")
    individually = factories.TraineeFactory(username="kim_individually")
    cohort = factories.CohortFactory(name="Autumn intake")
    cohort.trainees.add(in_cohort)
    cohort.supervisors.add(supervisor)
    supervision = Supervision.objects.create(supervisor=supervisor, trainee=individually)
    return {Cohort: cohort, Supervision: supervision}


def admin_urls(instance):
    """Every admin URL of the model's snippet viewset and of its chooser, with searches and chosen ids."""
    viewset = type(instance).snippet_viewset
    urls = []
    for namespace, views in (
        (viewset.get_admin_url_namespace(), viewset),
        (viewset.chooser_viewset.name, viewset.chooser_viewset),
    ):
        for pattern in views.get_urlpatterns():
            kwargs = {"pk": instance.pk} if "<" in str(pattern.pattern) else {}
            url = reverse(f"{namespace}:{pattern.name}", kwargs=kwargs)
            if pattern.name == "chosen_multiple":
                url += f"?id={instance.pk}"
            urls.append(url)
            if pattern.name in ("list", "list_results", "choose", "choose_results"):
                urls.append(f"{url}?q=kim")
    return urls


def url_cases():
    # The URLs are worked out inside the test (they need the instance); here only which model and which role.
    return [(model, who) for model in (Cohort, Supervision) for who in [*REFUSED_ROLES, "admin_user"]]


@pytest.mark.parametrize(("model", "who"), url_cases(), ids=lambda value: getattr(value, "__name__", value))
def test_only_administrators_reach_every_admin_url_of_cohorts_and_supervision(
    client, home, request, assignments, model, who
):
    instance = assignments[model]
    client.force_login(request.getfixturevalue(who))
    urls = admin_urls(instance)
    assert any("/chosen/" in url for url in urls) and any("/choose" in url or "chooser" in url for url in urls)
    for url in urls:
        for ajax in (False, True):
            headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if ajax else {}
            response = client.get(url, **headers)
            body = response.content.decode()
            if who == "admin_user":
                assert response.status_code == 200, url
            else:
                assert response.status_code in (302, 403), (url, response.status_code)
                for name in ("kim_individually", "robin_in_cohort", "dana_supervises", "Autumn intake"):
                    assert name not in body, (url, name)


@pytest.mark.parametrize("who", ["editor", "reviewer"])
def test_editors_and_reviewers_cannot_create_supervision_through_the_chooser(client, home, request, assignments, who):
    client.force_login(request.getfixturevalue(who))
    supervisor = factories.SupervisorFactory(username="another_supervisor")
    trainee = factories.TraineeFactory(username="another_trainee")
    for model in (Supervision, Cohort):
        url = reverse(f"{model.snippet_viewset.chooser_viewset.name}:create")
        response = client.post(url, {"supervisor": supervisor.pk, "trainee": trainee.pk, "name": "Sneaked in"})
        assert response.status_code in (302, 403)
    assert not Supervision.objects.filter(trainee=trainee).exists()
    assert not Cohort.objects.filter(name="Sneaked in").exists()


def test_the_administrators_chooser_finds_a_supervision_by_trainee(client, home, admin_user, assignments):
    client.force_login(admin_user)
    viewset = Supervision.snippet_viewset.chooser_viewset
    response = client.get(reverse(f"{viewset.name}:choose_results") + "?q=kim")
    assert response.status_code == 200
    assert "kim_individually" in response.content.decode()


def test_no_role_holds_a_permission_on_cohorts_or_supervision():
    # The chooser opens to whoever holds any of these; the role table grants them to nobody.
    operational = {
        f"{model._meta.app_label}.{action}_{model._meta.model_name}"
        for model in (Cohort, Supervision)
        for action in ("add", "change", "delete", "view")
    }
    assert not [(role.name, perm) for role in ROLES for perm in role.model_permissions if perm in operational]
