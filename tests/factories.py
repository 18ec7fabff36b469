"""Factories shared by the whole suite."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from courses.models import HomePage

TEST_PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(TEST_PASSWORD)


def in_group(group_name):
    """A post-generation step that puts the new user in a role's group."""

    def add(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=group_name))

    return factory.PostGeneration(add)


class TraineeFactory(UserFactory):
    role = in_group(roles.TRAINEES)


class SupervisorFactory(UserFactory):
    role = in_group(roles.SUPERVISORS)


class EditorFactory(UserFactory):
    role = in_group(roles.EDITORS)


class ReviewerFactory(UserFactory):
    role = in_group(roles.CLINICAL_REVIEWERS)


class AdminFactory(UserFactory):
    is_staff = True
    is_superuser = True


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Training home"
    lead = "Training for MBT and DBT clinicians."


def serve_as_default_site(page):
    """Make `page` the root of the only, default site, as `seed_demo` does."""
    from wagtail.models import Site

    Site.objects.all().delete()
    return Site.objects.create(hostname="localhost", port=80, root_page=page, is_default_site=True, site_name="Test")


def make_home():
    """A fresh home page at the top of the tree, served as the default site."""
    from wagtail.models import Page

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home", intro="<p>Welcome, clinicians.</p>")
    serve_as_default_site(home)
    return home


# Quizzes ---------------------------------------------------------------------------------------


class QuizCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "quizzes.Category"
        django_get_or_create = ("name", "parent")

    name = factory.Sequence(lambda n: f"Category {n}")
    parent = None


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "quizzes.Quiz"

    title = factory.Sequence(lambda n: f"Quiz {n}")
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    description = "A short quiz."
    success_text = "Well done."
    fail_text = "Have another look at the module."


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question of any kind; MC kinds get `options` as [(text, correct), ...] (default: two, first right)."""

    class Meta:
        model = "quizzes.Question"
        skip_postgeneration_save = True

    kind = "mc_single"
    content = factory.Sequence(lambda n: f"Question {n}?")
    explanation = "<p>Because the module says so.</p>"

    @factory.post_generation
    def options(question, create, extracted, **kwargs):
        if not create or question.kind not in ("mc_single", "mc_multiple"):
            return
        from quizzes.models import AnswerOption

        specs = extracted if extracted is not None else [("Right option", True), ("Wrong option", False)]
        for order, spec in enumerate(specs):
            text, correct, *weight = spec
            AnswerOption.objects.create(
                question=question, text=text, correct=correct, weight=weight[0] if weight else 0, sort_order=order
            )

    @factory.post_generation
    def quizzes(question, create, extracted, **kwargs):
        if not create or not extracted:
            return
        from quizzes.models import QuizQuestion

        for quiz in extracted:
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=quiz.quiz_questions.count())


def make_quiz(kinds=("mc_single",), **quiz_fields):
    """A quiz with one question per kind in `kinds`, in that order."""
    quiz = QuizFactory(**quiz_fields)
    for kind in kinds:
        QuestionFactory(kind=kind, quizzes=[quiz])
    return quiz


# Learning journey ------------------------------------------------------------------------------


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "learning.Cohort"
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Cohort {n}")
    starts_on = factory.Faker("date_this_year")


def finished_attempt(user, quiz, percent=90, number=1):
    """A finished attempt at `quiz`, as if the trainee had taken it, scored `percent`."""
    from decimal import Decimal

    from django.utils import timezone

    from quizzes.models import Attempt

    return Attempt.objects.create(
        quiz=quiz,
        user=user,
        number=number,
        status="finished",
        finished_at=timezone.now(),
        percent=Decimal(percent),
        passed=percent >= quiz.pass_mark,
    )
