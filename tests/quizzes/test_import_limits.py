"""Question imports an editor can get wrong (issue 11, defect 7): every odd value is a message naming its line,
nothing is written, and a large file is written in the background with a progress page, not in the request."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes import admin_views, tasks
from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import BadImport
from quizzes.models import AnswerOption, Category, ImportStatus, Question, QuestionImport
from tests import factories

pytestmark = pytest.mark.django_db

HEADER = "type,category,title,vignette,question,points,explanation,options,correct,rubric,weights,feedback\n"


def csv_row(question="Which target comes first?", points="1", category="DBT", options="Life|Skills", feedback=""):
    return f'mc_single,"{category}",,,"{question}",{points},,"{options}",1,,,"{feedback}"\n'


def post(client, text, fmt="csv", **extra):
    return client.post("/admin/quizzes/import/", {"format": fmt, "text": text, **extra})


def refused(client, text, fmt="csv"):
    """Post `text` as an import; it must be refused with the lines listed and nothing written."""
    response = post(client, text, fmt)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing was imported" in html
    assert not Question.objects.exists() and not Category.objects.exists() and not AnswerOption.objects.exists()
    return html


class TestPoints:
    @pytest.mark.parametrize("points", ["Infinity", "1e999", "10000", "0.001", "NaN", "-1", "0", "1.005"])
    def test_points_outside_the_range_or_precision_are_a_message_on_their_row(self, client, editor, points):
        client.force_login(editor)
        html = refused(client, HEADER + csv_row() + csv_row(question="Second?", points=points))
        assert "Line 3" in html and "Line 2" not in html
        assert "points must be a number from 0.01 to 9999.99 with at most 2 decimals" in html

    @pytest.mark.parametrize(("points", "kept"), [("0.01", "0.01"), ("9999.99", "9999.99"), ("2.5", "2.50"), ("", "1")])
    def test_points_within_the_range_are_kept_exactly(self, client, editor, points, kept):
        client.force_login(editor)
        assert post(client, HEADER + csv_row(points=points)).status_code == 302
        assert str(Question.objects.get().points) == f"{float(kept):.2f}"

    def test_a_weight_that_is_not_a_number_is_a_message(self):
        text = HEADER.strip() + "\nmc_multiple,,,,Which?,1,,a|b|c,1;2,,NaN|50|-100,\n"
        with pytest.raises(BadImport) as error:
            csv_format.parse(text)
        assert error.value.errors[0][0] == 2 and "weights must be numbers from -100 to 100" in error.value.errors[0][1]


class TestLengths:
    def test_a_category_over_120_characters_is_named_on_its_row(self, client, editor):
        client.force_login(editor)
        html = refused(client, HEADER + csv_row() + csv_row(category="MBT/" + "S" * 121))
        assert "Line 3" in html and "longer than 120 characters" in html

    def test_an_option_or_feedback_over_1000_characters_is_named_on_its_row(self, client, editor):
        client.force_login(editor)
        long = "x" * 1001
        html = refused(client, HEADER + csv_row(options=f"Life|{long}") + csv_row(feedback=f"Right|{long}"))
        assert "Line 2: option 2 is longer than 1000 characters" in html
        assert "Line 3: the feedback of option 2 is longer than 1000 characters" in html

    def test_gift_categories_options_and_feedback_over_their_lengths_name_the_question(self, client, editor):
        client.force_login(editor)
        long = "y" * 1001
        text = (
            f"$CATEGORY: MBT/{'c' * 121}\n\nFine? {{T}}\n\n$CATEGORY: MBT\n\nOne {{={long} ~b}}\n\n"
            f"Two {{=a#{long} ~b}}\n"
        )
        html = refused(client, text, fmt="gift")
        assert "Line 3: the category name" in html and "longer than 120 characters" in html
        assert "Line 7: option 1 is longer than 1000 characters" in html
        assert "Line 9: the feedback of option 1 is longer than 1000 characters" in html

    def test_a_field_larger_than_the_csv_module_reads_is_named_on_its_row(self, client, editor):
        client.force_login(editor)
        html = refused(client, HEADER + csv_row() + csv_row(question="q" * 200_000) + csv_row(question="Fine?"))
        assert "Line 3: the question text is longer than 2000 characters" in html and "Line 4" not in html

    def test_partial_import_leaves_out_a_question_that_breaks_a_rule(self, client, editor):
        client.force_login(editor)
        text = HEADER + csv_row() + csv_row(options="x" * 1001 + "|b") + "mc_single,,,,Lonely?,1,,only,1,,,\n"
        response = post(client, text, partial="on")
        html = response.content.decode()
        assert "Imported 1 question." in html
        assert "Line 3: option 1 is longer" in html and "Line 4: a multiple-choice question needs" in html
        assert list(Question.objects.values_list("content", flat=True)) == ["Which target comes first?"]


class TestNulBytes:
    """PostgreSQL refuses a NUL byte in any text (a server error before); SQLite would store it. Both: a message."""

    @pytest.mark.parametrize(
        "text",
        [
            HEADER + csv_row() + csv_row(question="Nul\x00here?"),
            HEADER + csv_row() + csv_row(category="DBT/Nu\x00l"),
            HEADER + csv_row() + csv_row(options="Life|Sk\x00ills"),
            HEADER + csv_row() + csv_row(feedback="Right|Wr\x00ong"),
        ],
        ids=["question", "category", "option", "feedback"],
    )
    def test_csv_with_a_nul_byte_names_the_row_and_writes_nothing(self, client, editor, text):
        client.force_login(editor)
        html = refused(client, text)
        assert "Line 3: the question contains a NUL byte" in html and "Line 2" not in html

    def test_gift_with_a_nul_byte_names_the_question_and_writes_nothing(self, client, editor):
        client.force_login(editor)
        html = refused(client, "Fine? {T}\n\n$CATEGORY: M\x00BT\n\nNul? {=a ~b#no\x00pe}\n", fmt="gift")
        assert "Line 5: the question contains a NUL byte" in html

    def test_an_uploaded_file_with_a_nul_byte_is_refused_the_same(self, client, editor):
        client.force_login(editor)
        upload = SimpleUploadedFile("bank.csv", (HEADER + csv_row(question="N\x00")).encode(), "text/csv")
        response = client.post("/admin/quizzes/import/", {"format": "csv", "file": upload})
        assert "Line 2: the question contains a NUL byte" in response.content.decode()
        assert not Question.objects.exists()


def big_csv(count):
    rows = "".join(
        csv_row(question=f"Question {n}?", category=f"Bank/Part {n % 7}", options=f"Right {n}|Wrong {n}")
        for n in range(count)
    )
    return HEADER + rows


class TestBackgroundImport:
    def test_a_large_file_is_written_by_the_task_and_its_page_shows_progress(self, client, editor, monkeypatch):
        monkeypatch.setattr(admin_views, "BACKGROUND_FROM", 5)
        monkeypatch.setattr(tasks, "IMPORT_PART", 4)
        quiz = factories.QuizFactory()
        client.force_login(editor)
        response = post(client, big_csv(11) + "mc_single,,,,Lonely?,1,,only,1,,,\n", quiz=quiz.pk, partial="on")
        job = QuestionImport.objects.get()
        assert response.status_code == 302 and response["Location"] == f"/admin/quizzes/import/{job.pk}/"
        # The test settings run tasks at once, so the import has finished by now.
        assert (job.status, job.total, job.done, job.created, job.created_by) == (
            ImportStatus.DONE,
            11,
            11,
            11,
            editor,
        )
        assert Question.objects.count() == 11 and quiz.quiz_questions.count() == 11
        html = client.get(response["Location"]).content.decode()
        assert '<progress id="import-progress" max="11" value="11">' in html
        assert "Imported 11 questions." in html and "Line 13: a multiple-choice question needs" in html
        status = client.get(f"/admin/quizzes/import/{job.pk}/status/").json()
        assert status == {"status": "done", "status_display": "Done", "done": 11, "total": 11, "finished": True}

    def test_a_waiting_import_polls_and_says_how_far_it_is(self, client, editor):
        job = QuestionImport.objects.create(created_by=editor, format="csv", duplicates="skip", total=3000, done=1200)
        client.force_login(editor)
        html = client.get(f"/admin/quizzes/import/{job.pk}/").content.decode()
        assert "data-polling" in html and 'max="3000" value="1200"' in html and "1200 of 3000" in html
        assert "import_progress.js" in html

    def test_the_task_runs_once_and_a_stop_says_what_was_imported(self, editor, monkeypatch):
        monkeypatch.setattr(tasks, "IMPORT_PART", 2)
        parsed = csv_format.parse(big_csv(5))
        from quizzes.interchange.common import as_data

        job = QuestionImport.objects.create(
            format="csv", duplicates="skip", total=5, questions=[as_data(p) for p in parsed]
        )
        calls = []
        original = tasks.save_new_questions

        def fail_on_the_second_part(chunk, **kwargs):
            calls.append(len(chunk))
            if len(calls) == 2:
                raise RuntimeError("worker lost its database")
            return original(chunk, **kwargs)

        monkeypatch.setattr(tasks, "save_new_questions", fail_on_the_second_part)
        assert tasks.import_questions.call(job.pk) == ImportStatus.FAILED
        job.refresh_from_db()
        assert (job.status, job.done, job.created, Question.objects.count()) == (ImportStatus.FAILED, 2, 2, 2)
        assert "import the file again" in job.failure
        assert tasks.import_questions.call(job.pk) is None  # not queued any more: a second run writes nothing
        assert Question.objects.count() == 2

    def test_duplicates_across_parts_are_imported_once(self, client, editor, monkeypatch):
        monkeypatch.setattr(admin_views, "BACKGROUND_FROM", 2)
        monkeypatch.setattr(tasks, "IMPORT_PART", 2)
        client.force_login(editor)
        post(client, big_csv(3) + csv_row(question="Question 0?", category="Bank/Part 0", options="Right 0|Wrong 0"))
        job = QuestionImport.objects.get()
        assert (job.created, job.skipped, Question.objects.count()) == (3, 1, 3)

    def test_an_import_is_seen_by_its_editor_and_administrators_only(self, client, editor, admin_user, trainee):
        job = QuestionImport.objects.create(created_by=editor, format="csv", duplicates="skip", total=1)
        other = factories.EditorFactory(username="editor_two")
        for user, status in ((editor, 200), (admin_user, 200), (other, 404), (trainee, 403)):
            client.force_login(user)
            for url in (f"/admin/quizzes/import/{job.pk}/", f"/admin/quizzes/import/{job.pk}/status/"):
                assert client.get(url).status_code in ((302, 403) if status == 403 else (status,)), (user, url)

    def test_3000_questions_leave_the_request_at_once(self, client, editor, monkeypatch):
        """The request parses, checks and queues; the writing happens in the task (here: not run at all)."""
        queued = []
        monkeypatch.setattr(admin_views, "import_task", type("Queue", (), {"enqueue": staticmethod(queued.append)}))
        client.force_login(editor)
        upload = SimpleUploadedFile("bank.csv", big_csv(3000).encode(), "text/csv")
        response = client.post("/admin/quizzes/import/", {"format": "csv", "file": upload})
        job = QuestionImport.objects.get()
        assert response.status_code == 302 and queued == [job.pk]
        assert job.total == 3000 and len(job.questions) == 3000 and not Question.objects.exists()

    def test_small_files_are_still_imported_in_the_request(self, client, editor):
        client.force_login(editor)
        assert post(client, big_csv(3)).status_code == 302
        assert Question.objects.count() == 3 and not QuestionImport.objects.exists()


def test_gift_parse_keeps_a_valid_file_as_it_was():
    assert [q.content for q in gift.parse("One? {T}\n\nTwo? {=a ~b}\n")] == ["One?", "Two?"]
