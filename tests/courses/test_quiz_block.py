import pytest

from tests.courses.factories import ModulePageFactory, make_curriculum
from tests.factories import make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_curriculum(modules=0)


def test_a_module_shows_its_quiz_with_a_link_to_take_it(client, tree, trainee):
    quiz = make_quiz(title="Check: the mentalizing stance", slug="stance-check")
    module = ModulePageFactory(parent=tree.course, slug="stance", body=[("quiz", {"quiz": quiz, "heading": "Check"})])
    client.force_login(trainee)
    html = client.get(module.url).content.decode()
    assert f'<a href="{quiz.get_absolute_url()}">Check: the mentalizing stance</a>' in html
    assert "Take the quiz" in html


def test_a_draft_quiz_stays_hidden_from_the_module(client, tree):
    quiz = make_quiz(title="Unfinished quiz", slug="unfinished", draft=True)
    module = ModulePageFactory(parent=tree.course, slug="stance", body=[("quiz", {"quiz": quiz, "heading": "Check"})])
    assert "Unfinished quiz" not in client.get(module.url).content.decode()


def test_the_header_links_to_quizzes_progress_and_supervision_for_markers(client, tree, trainee, admin_user):
    client.force_login(trainee)
    html = client.get(tree.home.url).content.decode()
    assert 'href="/quizzes/"' in html and 'href="/quizzes/progress/"' in html
    assert 'href="/supervision/marking/' not in html and 'href="/supervision/"' not in html
    client.force_login(admin_user)
    assert 'href="/supervision/"' in client.get(tree.home.url).content.decode()
