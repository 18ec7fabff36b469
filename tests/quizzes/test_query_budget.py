"""The quiz-taking page costs the same number of queries for 5 or 100 questions.

(The marking pages' budgets: tests/supervision/test_query_budget.py.)
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.quizzes.conftest import answer, open_take, take_url

pytestmark = pytest.mark.django_db

# The session, the user, the quiz, its placements (the access check), the open attempt, and the current question
# with its draft and the attempt's counts of questions and answers (the progress bar).
TAKE_BUDGET = 6


def count_queries(client, url):
    client.get(url)  # warm-up: sessions, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("size", [5, 100])
def test_question_page_stays_within_budget(client, trainee, django_assert_max_num_queries, size):
    quiz = factories.make_quiz(
        kinds=["mc_single", "mc_multiple", "true_false", "essay"] * (size // 4) + ["essay"] * (size % 4)
    )
    client.force_login(trainee)
    answer(client, quiz, quiz.quiz_questions.order_by("sort_order").first().question.options.first().pk)
    client.get(take_url(quiz))
    with django_assert_max_num_queries(TAKE_BUDGET):
        response = client.get(take_url(quiz))
    assert f"Question 2 of {size}" in response.content.decode()


def test_question_page_costs_the_same_for_5_and_100_questions(client, trainee):
    counts = []
    for size in (5, 100):
        quiz = factories.make_quiz(kinds=["true_false"] * size)
        client.force_login(trainee)
        answer(client, quiz, "true")
        counts.append(count_queries(client, take_url(quiz)))
    assert counts[0] == counts[1]


ANSWER_BUDGET = 9


@pytest.mark.parametrize("size", [1, 100])
def test_an_answer_post_stays_within_its_budget_in_a_placed_quiz(client, trainee, django_assert_max_num_queries, size):
    """The post a trainee makes most, with the module access rule asked (quiz placed in an ordered course)."""
    from learning.models import Enrolment
    from tests.courses.factories import ModulePageFactory, make_curriculum

    tree = make_curriculum(modules=0)
    tree.course.require_order = True
    tree.course.save_revision().publish()
    quiz = factories.make_quiz(kinds=["true_false"] * (size + 1))
    module = ModulePageFactory(parent=tree.course, slug="first", body=[("quiz", {"quiz": quiz, "heading": "Check"})])
    module.save_revision().publish()
    Enrolment.objects.create(user=trainee, course=tree.course)
    client.force_login(trainee)
    response = open_take(client, quiz)
    hidden = {"position": response.context["slot"].position, "sequence": response.context["attempt"].sequence}
    with django_assert_max_num_queries(ANSWER_BUDGET):
        response = client.post(take_url(quiz), {**hidden, "answer": "true"})
    assert response.status_code == 302


VTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nCan we slow it down?\n"


def question_of_kind(kind):
    """A question of `kind` and the form data that answers it (given its slot, once the attempt has started)."""
    from django.core.files.base import ContentFile
    from wagtailmedia.models import get_media_model

    from quizzes.interchange import gift
    from quizzes.interchange.common import save_questions
    from techniques.models import Technique

    gift_texts = {
        "short_answer": "Which therapy uses chain analysis? {=DBT}",
        "numerical": "How many months does standard DBT run? {#12:1}",
        "matching": "Match each treatment with its founder. {=MBT -> Bateman and Fonagy =DBT -> Linehan}",
    }
    if kind in gift_texts:
        [question] = save_questions(gift.parse(gift_texts[kind]))
    elif kind.startswith("spot_"):
        clip = get_media_model()(title="Role-play", type="video", duration=60)
        clip.file.save("clip.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)
        sre, other = (
            Technique.objects.create(code=code, name=code, slug=code.lower(), track="mbt", definition=code)
            for code in ("MBT-SRE", "MBT-CLAR")
        )
        question = factories.QuestionFactory(
            kind=kind, video=clip, captions=VTT, technique=sre, moment="34.1", content="Which move, when?"
        )
        question.technique_choices.set([other])
        question.save()  # a ParentalManyToManyField is written on save
    else:
        question = factories.QuestionFactory(kind=kind)

    def data(slot):
        snap = slot.snapshot
        return {
            "mc_single": lambda: {"answer": snap["options"][0]["id"]},
            "mc_multiple": lambda: {"answer": [snap["options"][0]["id"]]},
            "true_false": lambda: {"answer": "true"},
            "essay": lambda: {"answer": "I would slow down and rewind."},
            "short_answer": lambda: {"answer": "DBT"},
            "numerical": lambda: {"answer": "12"},
            "matching": lambda: {"answer_0": "Bateman and Fonagy", "answer_1": "Linehan"},
            "spot_name": lambda: {"answer": snap["technique"]["id"]},
            "spot_moment": lambda: {"answer": "0:34"},
        }[kind]()

    return question, data


KINDS = [
    "mc_single",
    "mc_multiple",
    "true_false",
    "essay",
    "short_answer",
    "numerical",
    "matching",
    "spot_name",
    "spot_moment",
]


@pytest.mark.parametrize("kind", KINDS)
def test_an_answer_post_of_every_type_stays_within_the_one_budget(client, trainee, django_assert_max_num_queries, kind):
    """One budget for every question type: answering it (with a question left, the post trainees make most)."""
    from quizzes.models import QuizQuestion

    quiz = factories.QuizFactory()
    question, data = question_of_kind(kind)
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    factories.QuestionFactory(kind="true_false", quizzes=[quiz])
    client.force_login(trainee)
    response = open_take(client, quiz)
    slot = response.context["slot"]
    hidden = {"position": slot.position, "sequence": response.context["attempt"].sequence}
    with django_assert_max_num_queries(ANSWER_BUDGET):
        response = client.post(take_url(quiz), {**hidden, **data(slot)})
    assert response.status_code == 302 and response["Location"].startswith(take_url(quiz))
    assert slot.attempt.answers.get().payload
