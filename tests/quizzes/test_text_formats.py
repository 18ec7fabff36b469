"""Questions written in HTML or Markdown (GIFT's [html] and [markdown]; issue 16): rendered in stems, options and
feedback, and sanitised with an allow-list, so an imported bank can never run script on the site."""

import pytest

from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import save_questions
from quizzes.models import Question, QuizQuestion
from quizzes.rendering import render_text
from tests import factories
from tests.quizzes.conftest import answer, current_form

pytestmark = pytest.mark.django_db

# As a Moodle export writes every question: HTML, here with what a hostile or careless bank might hold.
MOODLE_HTML = (
    "::Stance::[html]<p>Which response shows <strong>MBT</strong>'s stance?</p>"
    '<script>alert("x")</script><img src\\=x onerror\\="alert(1)"><iframe src\\="https://evil.example"></iframe> {\n'
    '    =[html]<em>Not-knowing</em>#[html]<a href\\="https://example.org/stance" onclick\\="steal()">Why</a>\n'
    '    ~[html]<span style\\="color:red">Expert</span>#[html]<a href\\="javascript:alert(1)">No</a>\n'
    "}\n"
)


class TestRendering:
    def test_html_keeps_what_a_text_needs_and_drops_what_could_run(self):
        html = render_text(
            '<p onclick="x()">A <strong>b</strong> <a href="javascript:alert(1)">c</a> <a href="https://e.org">d</a>'
            "<script>bad()</script><style>p{}</style><iframe></iframe></p>",
            "html",
        )
        assert "<strong>b</strong>" in html and 'href="https://e.org"' in html and "noopener" in html
        for gone in ("onclick", "javascript:", "<script", "bad()", "<style", "<iframe"):
            assert gone not in html

    def test_markdown_is_rendered_without_raw_html(self):
        html = render_text("**Validate** first, then *problem-solve*.\n\n<script>bad()</script>", "markdown")
        assert "<strong>Validate</strong>" in html and "<em>problem-solve</em>" in html
        assert "<script" not in html

    def test_plain_text_is_escaped_with_its_line_breaks(self):
        assert render_text("a <b>\nc", "plain") == "a &lt;b&gt;<br>c"


def html_quiz():
    quiz = factories.QuizFactory(reveal_answers="at_end")
    [question] = save_questions(gift.parse(MOODLE_HTML))
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    return quiz, question


class TestImportedHtml:
    def test_the_question_is_imported_as_html(self):
        [parsed] = gift.parse(MOODLE_HTML)
        assert parsed.text_format == "html" and parsed.options[0].text == "<em>Not-knowing</em>"

    def test_the_taking_page_renders_it_cleaned(self, client, trainee):
        quiz, _ = html_quiz()
        client.force_login(trainee)
        html = current_form(client, quiz)[0].content.decode()
        assert "<strong>MBT</strong>" in html and "&lt;strong&gt;" not in html
        assert "<em>Not-knowing</em>" in html and "<span>Expert</span>" in html
        for gone in ('alert("x")', "onerror", "evil.example", "color:red"):
            assert gone not in html

    def test_the_review_renders_options_and_feedback_cleaned(self, client, trainee):
        quiz, question = html_quiz()
        client.force_login(trainee)
        right = question.options.get(correct=True)
        html = client.get(answer(client, quiz, right.pk)["Location"]).content.decode()
        assert '<a href="https://example.org/stance" rel="noopener noreferrer nofollow">Why</a>' in html
        assert "steal()" not in html

    def test_gift_and_csv_exports_keep_the_format(self):
        html_quiz()
        exported = gift.export(Question.objects.all())
        assert "::Stance::[html]<p>Which response shows <strong>MBT</strong>" in exported
        assert gift.parse(exported)[0].text_format == "html"
        [again] = csv_format.parse(csv_format.export(Question.objects.all()))
        assert again.text_format == "html"


def test_a_markdown_question_renders_its_stem_and_options(client, trainee):
    quiz = factories.QuizFactory()
    [question] = save_questions(
        gift.parse("[markdown]Which comes **first** in DBT? {=[markdown]*Life*-threatening ~Skills}")
    )
    QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
    client.force_login(trainee)
    html = current_form(client, quiz)[0].content.decode()
    assert "<strong>first</strong>" in html and "<em>Life</em>-threatening" in html


def test_a_bad_format_in_csv_is_reported():
    from quizzes.interchange.common import BadImport

    with pytest.raises(BadImport) as error:
        csv_format.parse("type,question,options,correct,format\nmc_single,Q?,a|b,1,rtf\n")
    assert error.value.errors == [(2, "format must be plain, html or markdown, not 'rtf'")]


class TestGeneralFeedback:
    """A question's general feedback (GIFT's ####, CSV's explanation) is written in the question's format too: its
    markup was dropped on import ([html]) or shown as typed ([markdown])."""

    def review(self, client, trainee, text):
        quiz = factories.QuizFactory(reveal_answers="at_end")
        [question] = save_questions(gift.parse(text))
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=0)
        client.force_login(trainee)
        return client.get(answer(client, quiz, "true")["Location"]).content.decode()

    def test_html_general_feedback_is_rendered_cleaned(self, client, trainee):
        html = self.review(
            client,
            trainee,
            "[html]<p>MBT runs about 18 months.</p> {T####<p>See <strong>the module</strong>"
            '<a href\\="https://example.org/mbt" onclick\\="steal()">here</a>.</p><script>bad()</script>}',
        )
        assert "See <strong>the module</strong>" in html
        assert '<a href="https://example.org/mbt" rel="noopener noreferrer nofollow">here</a>' in html
        for gone in ("steal()", "bad()", "&lt;strong&gt;"):
            assert gone not in html

    def test_markdown_general_feedback_is_rendered(self, client, trainee):
        html = self.review(client, trainee, "[markdown]Is MBT **long**? {T####About *18 months*: see [MBT](x).}")
        assert "About <em>18 months</em>" in html and "*18 months*" not in html

    def test_plain_general_feedback_renders_no_markup(self, client, trainee):
        html = self.review(client, trainee, "Is MBT long? {T####About 18 months: <b>not</b> 12.}")
        assert "About 18 months: not 12." in html and "<b>not</b>" not in html

    def test_an_html_general_feedback_goes_out_as_html_and_comes_back(self):
        save_questions(gift.parse("[html]<p>Long?</p> {T####<p>See <em>the module</em>.</p>}"))
        exported = gift.export(Question.objects.all())
        assert "####<p>See <em>the module</em>.</p>" in exported
        [again] = gift.parse(exported)
        assert again.explanation == "<p>See <em>the module</em>.</p>"
        [row] = csv_format.parse(csv_format.export(Question.objects.all()))
        assert row.explanation == "<p>See <em>the module</em>.</p>"
