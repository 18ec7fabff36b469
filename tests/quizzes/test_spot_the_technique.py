"""Spot-the-technique questions on role-play video, over HTTP."""

import pytest
from django.core.files.base import ContentFile
from wagtailmedia.models import get_media_model

from quizzes.models import Attempt
from techniques.models import Technique
from tests import factories
from tests.quizzes.conftest import answer, open_take

pytestmark = pytest.mark.django_db

VTT = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Therapist>Can we slow it down?</v>\n"


def technique(code, name):
    return Technique.objects.create(code=code, name=name, slug=code.lower(), track="mbt", definition=name)


@pytest.fixture
def clip():
    media = get_media_model()(title="Role-play", type="video", duration=60)
    media.file.save("clip.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=True)
    return media


@pytest.fixture
def spot_quiz(clip):
    sre = technique("MBT-SRE", "Stop-rewind-explore")
    others = [technique("MBT-CLAR", "Clarification"), technique("MBT-AFF", "Affect focus")]
    quiz = factories.QuizFactory(reveal_answers="at_end")
    name = factories.QuestionFactory(
        kind="spot_name", video=clip, captions=VTT, technique=sre, moment="34.1", quizzes=[quiz], content="Which move?"
    )
    name.technique_choices.set(others)
    name.save()
    factories.QuestionFactory(
        kind="spot_moment",
        video=clip,
        captions=VTT,
        technique=sre,
        moment="34.1",
        tolerance="3",
        quizzes=[quiz],
        content="Mark the moment of stop-rewind-explore.",
    )
    return quiz


def test_name_the_technique_shows_the_clip_with_captions_and_the_choices_but_not_the_answer(client, trainee, spot_quiz):
    client.force_login(trainee)
    html = open_take(client, spot_quiz).content.decode()
    assert "<video" in html and 'kind="captions"' in html and "0:34.1" in html
    for name in ("Stop-rewind-explore", "Clarification", "Affect focus"):
        assert name in html
    assert "MBT-SRE" not in html and "correct" not in html.lower()


def test_captions_are_served_as_webvtt_to_the_attempts_owner(client, trainee, spot_quiz):
    client.force_login(trainee)
    open_take(client, spot_quiz)
    attempt = Attempt.objects.get()
    response = client.get(f"/quizzes/attempts/{attempt.pk}/questions/1/captions.vtt")
    assert response["Content-Type"].startswith("text/vtt") and response.content.decode() == VTT


def test_naming_the_right_technique_scores_and_marking_the_moment_counts_within_tolerance(client, trainee, spot_quiz):
    client.force_login(trainee)
    sre = Technique.objects.get(code="MBT-SRE")
    answer(client, spot_quiz, sre.pk)
    moment_page = open_take(client, spot_quiz).content.decode()
    assert "34.1" not in moment_page and "Use the video" in moment_page
    response = answer(client, spot_quiz, "0:36.5", follow=True)
    attempt = Attempt.objects.get()
    assert attempt.score == 2
    html = response.content.decode()
    assert "Correct answer: 0:34.1 (within 3.00 seconds)" in html and "Your answer: 0:36.5" in html


def test_a_moment_outside_the_tolerance_scores_nothing(client, trainee, spot_quiz):
    client.force_login(trainee)
    answer(client, spot_quiz, Technique.objects.get(code="MBT-AFF").pk)
    answer(client, spot_quiz, "50")
    assert Attempt.objects.get().score == 0


def test_a_badly_typed_time_is_a_form_error(client, trainee, spot_quiz):
    client.force_login(trainee)
    answer(client, spot_quiz, Technique.objects.get(code="MBT-SRE").pk)
    response = answer(client, spot_quiz, "half a minute")
    assert response.status_code == 200 and "Enter a time such as 1:23" in response.content.decode()


def test_a_spot_question_needs_video_captions_moment_and_technique():
    from django.core.exceptions import ValidationError

    question = factories.QuestionFactory.build(kind="spot_moment", content="Mark it")
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert {"video", "captions", "moment", "technique"} <= set(error.value.message_dict)


@pytest.mark.parametrize(
    "captions, problem",
    [
        ("WEBVTT\n\n00:00:01.000 -> 00:00:03.000\nNo arrow", "Line 3"),
        ("WEBVTT\n\n00:00:05.000 --> 00:00:03.000\nEnds before it starts", "Line 3"),
        ("WEBVTT garbage\n\nnot a cue at all\n", "Line 3"),
    ],
)
def test_a_spot_questions_captions_are_checked_as_a_role_play_clips_are(clip, captions, problem):
    """A first line of WEBVTT is not enough: a browser drops captions whose cues it cannot read (issue 11, 9)."""
    from django.core.exceptions import ValidationError

    question = factories.QuestionFactory.build(
        kind="spot_moment", content="Mark it", video=clip, captions=captions, moment="2", technique=technique("X", "X")
    )
    with pytest.raises(ValidationError) as error:
        question.clean()
    assert problem in error.value.message_dict["captions"][0]


def test_a_spot_question_with_well_formed_captions_is_valid(clip):
    question = factories.QuestionFactory.build(
        kind="spot_moment", content="Mark it", video=clip, captions=VTT, moment="2", technique=technique("X", "X")
    )
    question.clean()
