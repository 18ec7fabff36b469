import pytest

pytestmark = pytest.mark.django_db


def test_administrators_manage_cohorts_and_cross_training_goals_in_the_admin(client, admin_user, journey):
    client.force_login(admin_user)
    assert client.get("/admin/snippets/learning/cohort/").status_code == 200
    assert client.get("/admin/snippets/learning/crosstraininggoal/add/").status_code == 200
    response = client.post(
        "/admin/snippets/learning/cohort/add/",
        {"name": "Spring 2027", "starts_on": "2027-03-01", "courses": [journey.course.pk]},
    )
    assert response.status_code == 302
    from learning.models import Cohort

    assert list(Cohort.objects.get(name="Spring 2027").courses.all()) == [journey.course]


def test_trainees_have_no_admin(client, trainee):
    client.force_login(trainee)
    assert client.get("/admin/snippets/learning/cohort/").status_code in (302, 403)
