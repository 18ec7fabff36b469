"""GIFT and CSV import/export: Moodle's syntax, line-numbered errors, all or nothing."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import BadImport, save_questions
from quizzes.models import Category, Question
from tests import factories

pytestmark = pytest.mark.django_db

GIFT = """// MBT stance questions
$CATEGORY: $course$/top/MBT/Stance

::Not-knowing:: Which response shows the not-knowing stance? {
    =I'm not sure I've followed\\: what went through your mind?#Curious about the mind.
    ~You're projecting your anger.#An interpretation.
    ~%50%Say more about that.
    ####The stance is curious and still offers perspectives.
}

// true/false
MBT usually runs for 18 months.{T}

Standard DBT usually runs for 18 months.{FALSE#Twelve months.}

$CATEGORY: MBT/Groups

Which belong to an MBT-G session? {
    ~%50%Chairs in a circle
    ~%50%An empty chair for an absent member
    ~%-100%A flipchart lecture
}

A patient says "he hates me, I just know it".\\n\\nWhich mode is this, and what would you do first? {}
"""


class TestGiftImport:
    def test_multiple_choice_with_title_feedback_weights_and_general_feedback(self):
        question = gift.parse(GIFT)[0]
        assert question.kind == "mc_single" and question.title == "Not-knowing"
        assert question.category_path == ["MBT", "Stance"]
        assert [(o.text, o.correct, o.weight, o.feedback) for o in question.options] == [
            ("I'm not sure I've followed: what went through your mind?", True, 0, "Curious about the mind."),
            ("You're projecting your anger.", False, 0, "An interpretation."),
            ("Say more about that.", False, Decimal("50"), ""),
        ]
        assert question.explanation == "The stance is curious and still offers perspectives."

    def test_true_false_short_and_long_forms(self):
        parsed = gift.parse(GIFT)
        assert (parsed[1].kind, parsed[1].is_true) == ("true_false", True)
        assert (parsed[2].kind, parsed[2].is_true) == ("true_false", False)

    def test_multiple_response_from_percent_weights(self):
        question = gift.parse(GIFT)[3]
        assert question.kind == "mc_multiple" and question.category_path == ["MBT", "Groups"]
        assert [o.correct for o in question.options] == [True, True, False]

    def test_essay_from_empty_braces_and_vignette_from_the_stems_first_part(self):
        question = gift.parse(GIFT)[4]
        assert question.kind == "essay"
        assert question.vignette == 'A patient says "he hates me, I just know it".'
        assert question.content.startswith("Which mode is this")

    def test_comments_are_ignored(self):
        assert all("MBT stance questions" not in q.content for q in gift.parse(GIFT))

    def test_bad_questions_are_reported_by_line_number(self):
        text = "Fine {T}\n\nTwo sections {T} and {F}\n\n// comment\nNo braces at all\n\nEmpty options {~ =}\n"
        with pytest.raises(BadImport) as error:
            gift.parse(text)
        lines = [line for line, _ in error.value.errors]
        assert lines == [3, 6, 8]
        assert "more than one answer section" in error.value.errors[0][1]

    def test_short_answer_numerical_and_matching_are_read(self):
        kinds = [q.kind for q in gift.parse("Match {=a -> 1 =b -> 2}\n\nHow many? {#3:1}\n\nWho? {=Linehan}")]
        assert kinds == ["matching", "numerical", "short_answer"]

    def test_saving_creates_questions_categories_options_and_revisions(self):
        created = save_questions(gift.parse(GIFT))
        assert len(created) == 5
        assert Category.objects.get(name="Stance").parent.name == "MBT"
        assert Question.objects.get(title="Not-knowing").options.count() == 3
        assert all(q.latest_revision_id for q in created)

    def test_imported_explanations_are_plain_text_never_markup(self):
        created = save_questions(gift.parse("Safe? {T####<script>alert(1)</script>Yes}"))
        assert "<script>" not in created[0].explanation and "&lt;" not in created[0].explanation


class TestGiftExport:
    def test_round_trip_keeps_types_answers_feedback_and_categories(self):
        save_questions(gift.parse(GIFT))
        text = gift.export(Question.objects.order_by("pk"))
        again = gift.parse(text)
        original = gift.parse(GIFT)
        assert [(q.kind, q.content, q.vignette, q.category_path) for q in again] == [
            (q.kind, q.content, q.vignette, q.category_path) for q in original
        ]
        assert [(o.text, o.correct, o.feedback) for o in again[0].options] == [
            (o.text, o.correct, o.feedback) for o in original[0].options
        ]
        assert [o.weight for o in again[3].options] == [Decimal("50"), Decimal("50"), Decimal("-100")]

    def test_special_characters_are_escaped(self):
        factories.QuestionFactory(content="Is 2 {or} 3 = ~5? #no", options=[("a: b", True), ("c", False)])
        text = gift.export(Question.objects.all())
        assert "Is 2 \\{or\\} 3 \\= \\~5? \\#no" in text and "=a\\: b" in text
        assert gift.parse(text)[0].content == "Is 2 {or} 3 = ~5? #no"


CSV = (
    "type,category,title,vignette,question,points,explanation,options,correct,rubric\n"
    "mc_single,DBT/Targets,,,Which target comes first?,1,Life first.,Life-threatening|Quality of life|Skills,1,\n"
    "mc_multiple,DBT,,,Which are DBT modes?,2,,Individual|Skills group|Phone coaching|Free association,1;2;3,\n"
    "true_false,DBT,,,Standard DBT runs 12 months.,1,,,true,\n"
    'essay,MBT,,"Dana, 24, self-harms weekly.",What would you offer first?,5,,,,Names DBT first|Mentions GPM\n'
)


class TestCsv:
    def test_import_every_type(self):
        parsed = csv_format.parse(CSV)
        assert [q.kind for q in parsed] == ["mc_single", "mc_multiple", "true_false", "essay"]
        assert [o.correct for o in parsed[1].options] == [True, True, True, False]
        assert parsed[1].points == Decimal("2") and parsed[0].category_path == ["DBT", "Targets"]
        assert (
            parsed[3].vignette == "Dana, 24, self-harms weekly." and parsed[3].rubric == "Names DBT first\nMentions GPM"
        )

    def test_bad_rows_are_reported_with_their_line_numbers(self):
        text = (
            "type,question,options,correct,points\n"
            "mc_single,Fine?,a|b,1,1\n"
            "quiz,Unknown type?,,,\n"
            "mc_single,Missing option?,a|b,3,1\n"
            "true_false,No answer?,,,1\n"
            "mc_single,Bad points?,a|b,1,lots\n"
        )
        with pytest.raises(BadImport) as error:
            csv_format.parse(text)
        assert [line for line, _ in error.value.errors] == [3, 4, 5, 6]

    def test_missing_columns_are_reported(self):
        with pytest.raises(BadImport) as error:
            csv_format.parse("kind,text\nx,y\n")
        assert error.value.errors[0][0] == 1

    def test_round_trip(self):
        save_questions(csv_format.parse(CSV))
        again = csv_format.parse(csv_format.export(Question.objects.order_by("pk")))
        assert [(q.kind, q.content, q.points) for q in again] == [
            (q.kind, q.content, q.points) for q in csv_format.parse(CSV)
        ]


class TestAdminUploads:
    def test_editor_imports_a_gift_file_into_a_quiz(self, client, editor):
        quiz = factories.QuizFactory()
        client.force_login(editor)
        upload = SimpleUploadedFile("bank.txt", GIFT.encode(), content_type="text/plain")
        response = client.post("/admin/quizzes/import/", {"format": "gift", "file": upload, "quiz": quiz.pk})
        assert response.status_code == 302
        assert Question.objects.count() == 5 and quiz.quiz_questions.count() == 5

    def test_a_bad_file_imports_nothing_and_lists_the_lines(self, client, editor):
        client.force_login(editor)
        text = CSV + "mc_single,,,,Broken?,1,,a|b,7,\n"
        response = client.post("/admin/quizzes/import/", {"format": "csv", "text": text})
        html = response.content.decode()
        assert response.status_code == 200 and "Nothing was imported" in html and "Line 6" in html
        assert not Question.objects.exists() and not Category.objects.exists()

    def test_editor_exports_a_category_as_csv_and_gift(self, client, editor):
        save_questions(csv_format.parse(CSV))
        dbt = Category.objects.get(name="DBT", parent=None)
        client.force_login(editor)
        response = client.get("/admin/quizzes/export/", {"format": "csv", "category": dbt.pk})
        assert response["Content-Type"].startswith("text/csv")
        body = response.content.decode()
        assert "Which target comes first?" in body and "What would you offer first?" not in body
        response = client.get("/admin/quizzes/export/", {"format": "gift"})
        assert "$CATEGORY: DBT/Targets" in response.content.decode()

    def test_the_import_page_and_menu_are_for_editors_only(self, client, editor, trainee):
        client.force_login(editor)
        assert client.get("/admin/quizzes/import/").status_code == 200
        assert "Import questions" in client.get("/admin/").content.decode()
        client.force_login(trainee)
        assert client.get("/admin/quizzes/import/").status_code in (302, 403)
