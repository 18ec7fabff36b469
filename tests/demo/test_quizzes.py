"""The demo's quizzes: a quiz per module, every question type, with the trainee's attempts.

That reseeding duplicates none of them is checked with the rest of the demo in test_seed.py.
"""

import random
from collections import Counter

from django.db.models import Count

from courses.models import ModulePage
from quizzes.models import AnswerOrder, Attempt, AttemptStatus, Question, Quiz


def test_a_quiz_for_every_module_placed_in_that_module_once_published():
    modules = set(ModulePage.objects.live().values_list("slug", flat=True))
    assert len(modules) == 27
    assert set(Quiz.objects.values_list("slug", flat=True)) == modules
    for slug in modules:
        assert Quiz.objects.get(placements__module__slug=slug).slug == slug


def test_at_least_60_questions_of_every_type_with_vignettes_and_spot_questions():
    assert Question.objects.count() >= 60
    kinds = dict(Question.objects.values_list("kind").annotate(n=Count("pk")))
    assert set(kinds) == {"mc_single", "mc_multiple", "true_false", "essay", "spot_name", "spot_moment"}
    assert kinds["spot_name"] + kinds["spot_moment"] >= 3
    assert Question.objects.exclude(vignette="").count() >= 5


def test_every_demo_question_can_be_asked():
    for question in Question.objects.prefetch_related("options"):
        assert question.problems() == [], question


def test_spot_questions_have_a_video_captions_and_a_technique():
    for question in Question.objects.filter(kind__in=["spot_name", "spot_moment"]):
        assert question.video.file and question.captions.startswith("WEBVTT") and question.technique_id


def test_the_demo_trainee_has_finished_open_and_awaiting_marking_attempts():
    attempts = Attempt.objects.filter(user__username="trainee")
    assert attempts.filter(status=AttemptStatus.FINISHED).count() >= 2
    assert attempts.filter(status=AttemptStatus.IN_PROGRESS).count() >= 1
    assert attempts.filter(status=AttemptStatus.NEEDS_MARKING).count() == 1


def test_every_demo_quiz_has_a_pass_mark_chosen_for_its_module():
    marks = dict(Quiz.objects.values_list("slug", "pass_mark"))
    assert all(50 <= mark <= 100 for mark in marks.values()), marks
    assert len(set(marks.values())) > 1  # chosen per module, not one figure for all


def test_a_demo_quiz_answered_all_wrong_is_failed():
    from django.contrib.auth import get_user_model

    from demo.quizzes import answer_payload
    from quizzes import taking

    user = get_user_model().objects.create_user("guesser", password="x")
    for quiz in Quiz.objects.exclude(quiz_questions__question__kind="essay"):
        attempt = taking.start_or_resume(quiz, user=user)
        for slot in attempt.slots.order_by("position"):
            payload = answer_payload(slot, False, random.Random(1))
            taking.submit_answer(attempt.pk, slot.position, attempt.sequence, payload, user=user)
            attempt.refresh_from_db()
        assert attempt.passed is False, quiz


def test_demo_options_are_shuffled_unless_their_order_means_something():
    choice = Question.objects.filter(kind__in=["mc_single", "mc_multiple"]).prefetch_related("options")
    kept = [q for q in choice if q.answer_order != AnswerOrder.RANDOM]
    assert len(kept) <= len(choice) // 10
    for question in kept:
        texts = [o.text for o in question.options.all()]
        ordered = [t for t in texts if t[0].isdigit() or t.startswith("Level")]
        assert len(ordered) >= len(texts) - 1, question  # levels or numbers, perhaps with "none of them" last


def test_demo_correct_answers_are_spread_over_the_positions():
    positions = Counter()
    for question in Question.objects.filter(kind="mc_single").prefetch_related("options"):
        options = sorted(question.options.all(), key=lambda o: o.sort_order)
        positions[next(i for i, o in enumerate(options) if o.correct)] += 1
    total = sum(positions.values())
    assert set(positions) == {0, 1, 2, 3}
    assert max(positions.values()) <= 0.4 * total, positions


def test_the_demo_trainees_finished_attempts_passed():
    finished = Attempt.objects.filter(user__username="trainee", status=AttemptStatus.FINISHED)
    assert finished.exists()
    assert all(a.passed for a in finished)


def keyed(title):
    return [o.text for o in Question.objects.get(title=title).options.all() if o.correct]


def test_the_chain_analysis_question_keys_the_problem_behaviour_first():
    (order,) = keyed("D3 Order of the chain")
    assert order.startswith("Problem behaviour → prompting event → vulnerability factors")


def test_no_defensible_answer_about_where_skills_are_learned_is_marked_wrong():
    assert not Question.objects.filter(title="D7 Where skills are learned").exists()
    question = Question.objects.get(title="D7 Practice between sessions")
    (key,) = keyed(question.title)
    assert "strengthens the skills taught in the group" in key
    wrong = [o.text for o in question.options.all() if not o.correct]
    assert not any("group" in text and "acquire" in text for text in wrong)


def test_the_omar_vignette_words_mbt_as_the_review_s_proposal():
    question = Question.objects.get(title="X4 Omar")
    assert "review propose" in question.content
    (key,) = keyed(question.title)
    assert key.startswith("Consider MBT")


def test_no_evidence_question_gives_its_answer_away_in_the_keyed_option():
    questions = Question.objects.filter(category__name__in=["Evidence", "Fidelity and evidence"], kind="mc_single")
    assert questions.count() >= 3
    for question in questions:
        for option in question.options.filter(correct=True):
            assert "interval" not in option.text.lower() and "significance" not in option.text.lower(), question
