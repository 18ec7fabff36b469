"""Short answer, numerical and matching questions (issue 16): Moodle's GIFT syntax in and out, CSV, the editor,
scoring, the taking page, the review and item analysis."""

from decimal import Decimal

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from quizzes import scoring
from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import BadImport, save_questions
from quizzes.models import Attempt, AttemptSlot, Question, QuizQuestion
from tests import factories
from tests.quizzes.conftest import answer, current_form, take_url

pytestmark = pytest.mark.django_db

# In the style of Moodle's own GIFT documentation examples.
MOODLE_GIFT = """// short answer
::Grant's tomb:: Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =%50%Ulysses Grant#Half: the S. is missing.}

Two plus two equals {=four =4}.

// numerical
::Ulysses:: When was Ulysses S. Grant born?{#1822:5}

What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

When was Ulysses S. Grant born? {#
    =1822:0      # Correct! Full credit.
    =%50%1822:2  # He was born in 1822. Half credit for being close.
}

// matching
Match the following countries with their corresponding capitals. {
    =Canada -> Ottawa
    =Italy  -> Rome
    =Japan  -> Tokyo
    =India  -> New Delhi
    = -> Canberra
}
"""


def by_title_or_content(parsed, start):
    return next(q for q in parsed if q.title == start or q.content.startswith(start))


class TestGiftImport:
    def test_moodles_examples_are_read(self):
        parsed = gift.parse(MOODLE_GIFT)
        assert [q.kind for q in parsed] == ["short_answer"] * 2 + ["numerical"] * 3 + ["matching"]
        tomb = by_title_or_content(parsed, "Grant's tomb")
        assert [(o.text, o.weight, o.feedback) for o in tomb.options] == [
            ("Grant", 100, ""),
            ("Ulysses S. Grant", 100, ""),
            ("Ulysses Grant", 50, "Half: the S. is missing."),
        ]
        born = by_title_or_content(parsed, "Ulysses")
        assert [(o.text, o.tolerance) for o in born.options] == [("1822", 5)]
        pi = by_title_or_content(parsed, "What is the value of pi")
        assert [(o.text, o.tolerance) for o in pi.options] == [("3.1415", Decimal("0.0005"))]
        two = [q for q in parsed if q.kind == "numerical"][2]
        assert [(o.text, o.tolerance, o.weight, o.feedback) for o in two.options] == [
            ("1822", 0, 100, "Correct! Full credit."),
            ("1822", 2, 50, "He was born in 1822. Half credit for being close."),
        ]
        capitals = parsed[-1]
        assert [(o.text, o.match) for o in capitals.options] == [
            ("Canada", "Ottawa"),
            ("Italy", "Rome"),
            ("Japan", "Tokyo"),
            ("India", "New Delhi"),
            ("", "Canberra"),
        ]

    def test_bad_answers_are_reported_by_line(self):
        text = "How many? {#three:1}\n\nMatch {=a -> 1 =b}\n\nLonely match {=a -> 1}\n"
        with pytest.raises(BadImport) as error:
            gift.parse(text)
        assert [line for line, _ in error.value.errors] == [1, 3, 5]
        messages = " ".join(message for _, message in error.value.errors)
        assert "numerical answer must be a number" in messages and "item -> match" in messages
        assert "at least two items" in messages

    def test_export_and_import_again_keeps_every_answer(self):
        save_questions(gift.parse(MOODLE_GIFT))
        exported = gift.export(Question.objects.order_by("pk"))
        assert "{=Grant =Ulysses S. Grant =%50%Ulysses Grant#Half\\: the S. is missing." in exported.replace(
            "\n    ", " "
        ).replace("{ ", "{")
        assert "=Canada -> Ottawa" in exported and "= -> Canberra" in exported and "{#" in exported
        again, original = gift.parse(exported), gift.parse(MOODLE_GIFT)
        assert [(q.kind, [(o.text, o.weight, o.tolerance, o.match) for o in q.options]) for q in again] == [
            (q.kind, [(o.text, o.weight, o.tolerance, o.match) for o in q.options]) for q in original
        ]


class TestCsv:
    CSV = (
        "type,question,options,weights,case_sensitive,tolerances,matches\n"
        "short_answer,Which therapy uses chain analysis?,DBT|Dialectical behavio*,|50,,,\n"
        "numerical,How many months does standard DBT run?,12|11,100|50,,0|0.5,\n"
        'matching,Match each treatment with its founder.,MBT|DBT|,,,,"Bateman & Fonagy|Linehan|Beck"\n'
    )

    def test_import_and_round_trip(self):
        save_questions(csv_format.parse(self.CSV))
        short, number, matching = Question.objects.order_by("pk")
        assert [(o.text, o.weight) for o in short.options.all()] == [("DBT", 100), ("Dialectical behavio*", 50)]
        assert [(o.text, o.tolerance) for o in number.options.all()] == [("12", 0), ("11", Decimal("0.5"))]
        assert [(o.text, o.match) for o in matching.options.all()] == [
            ("MBT", "Bateman & Fonagy"),
            ("DBT", "Linehan"),
            ("", "Beck"),
        ]
        again = csv_format.parse(csv_format.export(Question.objects.order_by("pk")))
        assert [(q.kind, [(o.text, o.weight, o.tolerance, o.match) for o in q.options]) for q in again] == [
            (q.kind, [(o.text, o.weight, o.tolerance, o.match) for o in q.options]) for q in csv_format.parse(self.CSV)
        ]

    def test_bad_rows_are_reported(self):
        text = (
            "type,question,options,tolerances,matches\n"
            "numerical,How many?,twelve,,\n"
            "matching,Match.,a|b,,1\n"
            "numerical,Huge?,12,2000000,\n"
        )
        with pytest.raises(BadImport) as error:
            csv_format.parse(text)
        assert [line for line, _ in error.value.errors] == [2, 3, 4]


class TestScoring:
    def short(self, **extra):
        return {
            "kind": "short_answer",
            "points": "2",
            "case_sensitive": False,
            "answers": [{"text": "DBT", "credit": "100"}, {"text": "dialectical*", "credit": "50"}],
            **extra,
        }

    @pytest.mark.parametrize(
        ("typed", "points", "correct"),
        [
            ("DBT", 2, True),
            ("  dbt ", 2, True),
            ("Dialectical behaviour therapy", 1, False),
            ("MBT", 0, False),
            ("", 0, False),
        ],
    )
    def test_short_answers_match_case_and_spacing_aside_with_wildcards(self, typed, points, correct):
        mark = scoring.mark_answer(self.short(), {"text": typed})
        assert (mark.points, mark.is_correct) == (Decimal(points), correct)

    def test_case_can_matter(self):
        assert scoring.mark_answer(self.short(case_sensitive=True), {"text": "dbt"}).points == 0

    @pytest.mark.parametrize(("typed", "points"), [("1822", 4), ("1823.9", 2), ("1824", 2), ("1825", 0), ("x", 0)])
    def test_numbers_count_within_the_best_tolerance(self, typed, points):
        snap = {
            "kind": "numerical",
            "points": "4",
            "answers": [
                {"value": "1822", "tolerance": "0", "credit": "100"},
                {"value": "1822", "tolerance": "2", "credit": "50"},
            ],
        }
        assert scoring.mark_answer(snap, {"value": typed}).points == points

    def test_matching_scores_each_pair(self):
        snap = {
            "kind": "matching",
            "points": "3",
            "pairs": [
                {"id": 1, "item": "A", "match": "x"},
                {"id": 2, "item": "B", "match": "y"},
                {"id": 3, "item": "C", "match": "z"},
            ],
        }
        assert scoring.mark_answer(snap, {"matches": {"1": "x", "2": "y", "3": "z"}}) == scoring.Mark(
            Decimal("3"), True
        )
        assert scoring.mark_answer(snap, {"matches": {"1": "x", "2": "z"}}) == scoring.Mark(Decimal("1.00"), False)


def gift_quiz(text, **fields):
    quiz = factories.QuizFactory(reveal_answers="at_end", **fields)
    for order, question in enumerate(save_questions(gift.parse(text))):
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=order)
    return quiz


class TestTaking:
    def test_a_short_answer_is_typed_in_a_labelled_field_and_scored(self, client, trainee):
        quiz = gift_quiz("Which therapy uses chain analysis? {=DBT =dialectical behavio*}")
        client.force_login(trainee)
        html = current_form(client, quiz)[0].content.decode()
        assert '<label for="id_answer">Your answer</label>' in html and 'name="answer"' in html
        assert "DBT" not in html.split("<main")[1]  # the key is not in the page
        html = answer(client, quiz, "  dbt ", follow=True).content.decode()
        attempt = Attempt.objects.get()
        assert attempt.score == 1
        assert "Your answer: dbt" in html and "Correct answer: DBT" in html

    def test_a_number_is_checked_and_a_non_number_is_a_form_error(self, client, trainee):
        quiz = gift_quiz("How many months does standard DBT run? {#12:1}")
        client.force_login(trainee)
        response, hidden = current_form(client, quiz)
        assert 'inputmode="decimal"' in response.content.decode()
        response = client.post(take_url(quiz), {**hidden, "answer": "twelve"})
        assert "Enter a number, such as 3.14." in response.content.decode()
        assert not Attempt.objects.get().answers.exists()
        html = answer(client, quiz, "11,5", follow=True).content.decode()
        assert Attempt.objects.get().score == 1 and "Correct answer: 12 (± 1)" in html

    def test_matching_offers_a_labelled_select_per_item_and_scores_each_pair(self, client, trainee):
        quiz = gift_quiz(
            "Match each treatment with its founder. {=MBT -> Bateman and Fonagy =DBT -> Linehan = -> Beck}"
        )
        client.force_login(trainee)
        response, hidden = current_form(client, quiz)
        html = response.content.decode()
        slot = AttemptSlot.objects.get()
        pairs = slot.snapshot["pairs"]
        assert html.count("<select") == 2 and '<label for="id_answer_0">MBT</label>' in html
        assert sorted(slot.snapshot["matches"]) == ["Bateman and Fonagy", "Beck", "Linehan"]
        response = client.post(take_url(quiz), {**hidden, "answer_0": "Bateman and Fonagy", "answer_1": "Beck"})
        attempt = Attempt.objects.get()
        assert response.status_code == 302 and attempt.score == Decimal("0.50")
        assert attempt.answers.get().payload == {
            "matches": {str(pairs[0]["id"]): "Bateman and Fonagy", str(pairs[1]["id"]): "Beck"}
        }
        html = client.get(attempt.get_absolute_url()).content.decode()
        assert "MBT → Bateman and Fonagy; DBT → Beck" in html and "DBT → Linehan" in html

    def test_a_matching_question_left_unanswered_is_asked_again(self, client, trainee):
        quiz = gift_quiz("Match. {=MBT -> Bateman =DBT -> Linehan}")
        client.force_login(trainee)
        _, hidden = current_form(client, quiz)
        response = client.post(take_url(quiz), {**hidden, "answer_0": "", "answer_1": ""})
        assert "Please answer the question" in response.content.decode()
        response = client.post(take_url(quiz), {**hidden, "answer_0": "Not offered", "answer_1": "Linehan"})
        assert response.status_code == 200 and not Attempt.objects.get().answers.exists()

    def test_free_navigation_pages_keep_the_answers_of_every_type(self, client, trainee):
        quiz = gift_quiz(
            "Which? {=DBT}\n\nHow many? {#12}\n\nMatch. {=MBT -> Bateman =DBT -> Linehan}",
            navigation="free",
            questions_per_page=0,
        )
        client.force_login(trainee)
        client.post(quiz.get_start_url())
        attempt = Attempt.objects.get()
        data = {
            "attempt": attempt.pk,
            "page": 1,
            "sequence": attempt.sequence,
            "go": "summary",
            "q1-answer": "dbt",
            "q2-answer": "12",
            "q3-answer_0": "Bateman",
            "q3-answer_1": "Linehan",
        }
        assert client.post(take_url(quiz), data).status_code == 302
        html = client.get(take_url(quiz) + "?page=1").content.decode()
        assert 'value="dbt"' in html and 'value="12"' in html and '<option value="Linehan" selected>' in html
        client.post(f"/quizzes/attempts/{attempt.pk}/finish/", {"sequence": Attempt.objects.get().sequence})
        attempt.refresh_from_db()
        assert attempt.score == 3 and attempt.passed


class TestEditor:
    def data(self, kind, options, **fields):
        return nested_form_data(
            {
                "kind": kind,
                "points": "1",
                "title": "",
                "category": "",
                "vignette": "",
                "content": "Which?",
                "figure": "",
                "figure_alt": "",
                "explanation": '{"blocks": [], "entityMap": {}}',
                "answer_order": "none",
                "text_format": "plain",
                "options": inline_formset(
                    [
                        {"text": "", "correct": "", "weight": "0", "feedback": "", "tolerance": "0", "match": "", **o}
                        for o in options
                    ]
                ),
                "is_true": "",
                "correct_feedback": "",
                "partial_feedback": "",
                "incorrect_feedback": "",
                "rubric": "",
                "video": "",
                "captions": "",
                "technique": "",
                "moment": "",
                "tolerance": "3",
                **fields,
            }
        )

    def test_editors_author_each_type(self, client, editor):
        client.force_login(editor)
        url = "/admin/snippets/quizzes/question/add/"
        assert (
            client.post(
                url, self.data("short_answer", [{"text": "DBT", "correct": "on"}], case_sensitive="on")
            ).status_code
            == 302
        )
        assert (
            client.post(url, self.data("numerical", [{"text": "12", "correct": "on", "tolerance": "1"}])).status_code
            == 302
        )
        pairs = [{"text": "MBT", "match": "Bateman"}, {"text": "DBT", "match": "Linehan"}]
        assert client.post(url, self.data("matching", pairs)).status_code == 302
        short, number, matching = Question.objects.order_by("pk")
        assert short.case_sensitive and number.options.get().tolerance == 1 and matching.options.count() == 2
        assert not any(q.problems() for q in (short, number, matching))

    @pytest.mark.parametrize(
        ("kind", "options", "message"),
        [
            ("short_answer", [{"text": "DBT"}], "Give at least one accepted answer"),
            ("numerical", [{"text": "twelve", "correct": "on"}], "is a number"),
            ("matching", [{"text": "MBT", "match": "Bateman"}, {"text": "DBT"}], "at least two items"),
        ],
    )
    def test_what_cannot_be_asked_is_refused(self, client, editor, kind, options, message):
        client.force_login(editor)
        response = client.post("/admin/snippets/quizzes/question/add/", self.data(kind, options))
        assert message in response.content.decode() and not Question.objects.exists()


def test_item_analysis_counts_partial_matching_credit(trainee):
    from quizzes import taking
    from supervision.statistics import question_statistics

    quiz = gift_quiz("Match. {=MBT -> Bateman =DBT -> Linehan}")
    attempt = taking.start_or_resume(quiz, user=trainee)
    pairs = AttemptSlot.objects.get().snapshot["pairs"]
    taking.submit_answer(attempt.pk, 1, attempt.sequence, {"matches": {str(pairs[0]["id"]): "Bateman"}}, user=trainee)
    [row] = question_statistics(quiz, [trainee.pk])
    assert (row.kind, row.answered, row.facility) == ("matching", 1, 0.5)
