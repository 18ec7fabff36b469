"""The registration of LMS platforms and the outbox's status page, for site administrators only."""

import pytest
from django.utils import timezone

from interop.models import Delivery, GradeSubmission, LtiAccount, LtiContext, Platform, ResourceLink
from tests import factories
from tests.interop.simulator import AUTH_URL, CLIENT_ID, ISSUER, JWKS_URL, TOKEN_URL

pytestmark = pytest.mark.django_db


def test_an_administrator_registers_a_platform_and_sees_our_urls_to_paste(client, admin_user):
    client.force_login(admin_user)
    form = client.get("/admin/lti_platforms/new/")
    html = form.content.decode()
    assert form.status_code == 200
    for path in ("jwks", "login", "launch", "register"):
        url = f"http://testserver/lti/{path}/"
        assert f"<code>{url}</code>" in html

    data = {
        "name": "Hospital Moodle",
        "issuer": ISSUER,
        "client_id": CLIENT_ID,
        "active": "on",
        "deployment_ids": "1\n 2 \n",
        "key_set_url": JWKS_URL,
        "auth_login_url": AUTH_URL,
        "auth_token_url": TOKEN_URL,
        "auth_audience": "",
    }
    response = client.post("/admin/lti_platforms/new/", data)
    assert response.status_code == 302
    platform = Platform.objects.get()
    assert platform.deployment_id_list() == ["1", "2"]
    assert platform.origins() == [ISSUER]

    again = client.post("/admin/lti_platforms/new/", {**data, "name": "Twice"})
    assert again.status_code == 200 and Platform.objects.count() == 1


def test_a_platform_needs_a_deployment_id(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/lti_platforms/new/",
        {
            "name": "M",
            "issuer": ISSUER,
            "client_id": "c",
            "deployment_ids": "  \n",
            "key_set_url": JWKS_URL,
            "auth_login_url": AUTH_URL,
            "auth_token_url": TOKEN_URL,
        },
    )
    assert response.status_code == 200 and "Enter at least one deployment id." in response.content.decode()
    assert not Platform.objects.exists()


@pytest.mark.parametrize("role", ["editor", "supervisor", "reviewer"])
def test_staff_who_are_not_administrators_cannot_register_platforms_or_see_the_outbox(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get("/admin/lti_platforms/").status_code in (302, 403)
    assert client.get("/admin/lti_platforms/new/").status_code in (302, 403)
    assert client.get("/admin/interop/outbox/").status_code in (302, 403)
    menu = client.get("/admin/").content.decode()
    assert "/admin/lti_platforms/" not in menu and "/admin/interop/outbox/" not in menu


def test_the_outbox_page_counts_queued_sent_and_failing_with_the_last_error(client, admin_user, lms, trainee):
    cohort = factories.CohortFactory()
    context = LtiContext.objects.create(platform=lms.platform, context_id="c", cohort=cohort)
    link = ResourceLink.objects.create(context=context, resource_link_id="r", kind="quiz", target_id=1)
    account = LtiAccount.objects.create(platform=lms.platform, sub="s", user=trainee)
    now = timezone.now()
    for n, status in enumerate([Delivery.SENT, Delivery.SENT, Delivery.QUEUED, Delivery.FAILING]):
        GradeSubmission.objects.create(
            resource_link=link,
            account=account,
            source=f"attempt:{n}",
            score_given=1,
            score_maximum=1,
            timestamp=now,
            status=status,
            last_error="HTTP 503: gradebook is down" if status == Delivery.FAILING else "",
            next_try_at=now if status == Delivery.FAILING else None,
        )
    client.force_login(admin_user)
    html = client.get("/admin/interop/outbox/").content.decode()
    assert "<td data-queued>1</td><td data-sent>2</td><td data-failing>1</td>" in html
    assert "HTTP 503: gradebook is down" in html


def test_the_outbox_page_reads_a_fixed_number_of_queries(
    client, admin_user, lms, trainee, django_assert_max_num_queries
):
    cohort = factories.CohortFactory()
    context = LtiContext.objects.create(platform=lms.platform, context_id="c", cohort=cohort)
    link = ResourceLink.objects.create(context=context, resource_link_id="r", kind="quiz", target_id=1)
    account = LtiAccount.objects.create(platform=lms.platform, sub="s", user=trainee)
    client.force_login(admin_user)

    def add(count, start):
        GradeSubmission.objects.bulk_create(
            GradeSubmission(
                resource_link=link,
                account=account,
                source=f"a:{start + n}",
                score_given=1,
                score_maximum=1,
                timestamp=timezone.now(),
                status=Delivery.FAILING,
                last_error="x",
            )
            for n in range(count)
        )

    add(1, 0)
    with django_assert_max_num_queries(20) as one:
        client.get("/admin/interop/outbox/")
    add(99, 1)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/admin/interop/outbox/")
