"""Moodle's own GIFT files (issue 16): import and export fixes, tested on small GIFT files in fixtures/."""

from decimal import Decimal
from pathlib import Path

import pytest

from quizzes import scoring
from quizzes.interchange import gift
from quizzes.interchange.common import save_questions
from quizzes.models import Question, QuizQuestion
from quizzes.questions import take_snapshot

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).parent / "fixtures"


def read(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_a_multiple_choice_answer_with_an_arrow_is_not_taken_for_matching():
    [item] = gift.parse(read("moodle_arrows.gift"))
    assert item.kind == "mc_single"
    assert [(o.text, o.correct) for o in item.options] == [
        ("File -> Page setup", True),
        ("Edit -> Paste", False),
        ("View -> Zoom", False),
    ]


def test_format_markers_are_stripped_in_options_feedback_and_general_feedback():
    [item] = gift.parse(read("format_markers.gift"))
    assert item.content == "Which stance is MBT's?"
    assert [o.text for o in item.options] == ["Not-knowing", "Expert"]
    assert [o.feedback for o in item.options] == ["Yes: curious, tentative.", "No: that closes curiosity."]
    assert item.explanation == "MBT's stance is not-knowing."


def test_backslash_escapes_decode_in_one_pass():
    [item] = gift.parse(read("backslashes.gift"))
    assert item.content == 'Which sign means "not equal" in LaTeX: \\neq or \\leq?'
    assert [o.text for o in item.options] == ["\\neq", "\\leq"]
    assert item.explanation == "Written \\neq; = and { are literal.\nA second line."


def round_trip(text):
    save_questions(gift.parse(text))
    exported = gift.export(Question.objects.prefetch_related("options").order_by("pk"))
    Question.objects.all().delete()
    save_questions(gift.parse(exported))
    return exported, Question.objects.prefetch_related("options").get()


def test_backslashes_survive_a_round_trip():
    exported, question = round_trip(read("backslashes.gift"))
    assert question.content == 'Which sign means "not equal" in LaTeX: \\neq or \\leq?'
    assert [o.text for o in question.options.all()] == ["\\neq", "\\leq"]
    assert "\\\\\\\\" not in exported


def test_exported_general_feedback_has_no_entities_and_keeps_its_paragraphs():
    from quizzes.interchange.common import as_rich_text
    from tests import factories

    factories.QuestionFactory(kind="essay", content="Why?", explanation=as_rich_text('It\'s "A".\n\nSecond paragraph.'))
    exported = gift.export(Question.objects.all())
    assert '####It\'s "A".\\n\\nSecond paragraph.' in exported
    assert "&#x27;" not in exported and "&quot;" not in exported


def test_export_keeps_explicit_weights_so_tick_all_scores_the_same_after_a_round_trip():
    exported, question = round_trip(read("weighted_multiple.gift"))
    assert "-" not in "".join(line for line in exported.splitlines() if line.strip().startswith("~%"))
    import random

    snapshot = take_snapshot(question, random.Random(0))
    everything = {"options": [o["id"] for o in snapshot["options"]]}
    assert scoring.mark_answer(snapshot, everything).points == Decimal("1.00")


def test_weights_keep_seven_decimals_and_a_full_answer_scores_full_marks():
    """Defect 9: 33.33333 % became 33.33, so three right options of a 100-point question scored 99.99."""
    text = "::Thirds:: Tick the three. {\n~%33.33333%A\n~%33.33333%B\n~%33.33333%C\n~%-100%D\n}"
    [question] = save_questions(gift.parse(text))
    question.points = Decimal("100")
    question.save()
    assert question.options.first().weight == Decimal("33.3333300")
    import random

    snapshot = take_snapshot(question, random.Random(0))
    right = {"options": [o["id"] for o in snapshot["options"] if o["text"] != "D"]}
    mark = scoring.mark_answer(snapshot, right)
    assert mark.points == Decimal("100.00") and mark.is_correct


class TestPartialImport:
    """One unsupported question blocked a whole bank: all-or-nothing stays the default; the editor may import
    the valid questions and have the rest listed."""

    def post(self, client, **extra):
        return client.post(
            "/admin/quizzes/import/", {"format": "gift", "text": read("mixed_bank.gift"), **extra}, follow=True
        )

    def test_by_default_nothing_is_imported_and_every_bad_line_is_listed(self, client, editor):
        client.force_login(editor)
        html = self.post(client).content.decode()
        assert Question.objects.count() == 0
        assert "Line 4" in html and "a numerical answer must be a number" in html

    def test_the_valid_questions_are_imported_and_the_rest_listed(self, client, editor):
        client.force_login(editor)
        html = self.post(client, partial="on").content.decode()
        assert sorted(Question.objects.values_list("title", flat=True)) == ["Duration", "Stance"]
        assert "Imported 2 questions." in html
        assert "Not imported" in html and "Line 4" in html


def test_true_false_feedback_is_kept_shown_and_exported(client, trainee):
    from tests import factories
    from tests.quizzes.conftest import answer

    [question] = save_questions(gift.parse(read("true_false_feedback.gift")))
    assert question.incorrect_feedback == "No: MBT runs about 18 months; 12 is standard DBT."
    assert question.correct_feedback == "Right: about 18 months."
    quiz = factories.QuizFactory()
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    client.force_login(trainee)
    html = client.get(answer(client, quiz, "true")["Location"]).content.decode()
    assert "No: MBT runs about 18 months; 12 is standard DBT." in html and "Right: about 18 months." not in html
    exported = gift.export(Question.objects.all())
    assert "{FALSE#No\\: MBT runs about 18 months; 12 is standard DBT.#Right\\: about 18 months.}" in exported
    [again] = gift.parse(exported)
    assert (again.incorrect_feedback, again.correct_feedback) == (
        question.incorrect_feedback,
        question.correct_feedback,
    )
