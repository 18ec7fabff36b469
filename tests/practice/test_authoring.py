"""Rubrics and exercises: their rules, and editors authoring them in the Wagtail admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from practice.models import Exercise, Rubric, RubricItem, ScaleKind, parse_anchors
from tests.courses.factories import make_curriculum

pytestmark = pytest.mark.django_db


def test_anchors_are_read_line_by_line_and_bad_lines_are_named():
    assert parse_anchors("1 = absent\n\n7: excellent", 1, 7) == {1: "absent", 7: "excellent"}
    with pytest.raises(ValidationError) as error:
        parse_anchors("1 = absent\nnine = too high\n9 = beyond\n1 = again", 1, 7)
    assert error.value.messages == [
        "Line 2: write a point and its description, e.g. “1 = not present”.",
        "Line 3: 9 is outside the scale (1–7).",
        "Line 4: point 1 has an anchor already.",
    ]


def test_an_item_offers_its_points_with_their_anchors(rubric):
    stance = rubric.items.get(text="Not-knowing stance")
    points = stance.points()
    assert [p[0] for p in points] == [1, 2, 3, 4, 5, 6, 7]
    assert points[3][2] == "adequate"
    assert stance.accepts(7) and not stance.accepts(8) and not stance.accepts(0)
    present = rubric.items.get(kind=ScaleKind.PRESENT_ABSENT)
    assert [p[0] for p in present.points()] == [1, 0]
    assert present.accepts(0) and not present.accepts(2)


def test_an_item_whose_scale_ends_below_its_start_is_refused(rubric):
    item = RubricItem(rubric=rubric, domain="D", text="T", scale_min=5, scale_max=3)
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "scale_max" in error.value.message_dict


def test_the_rubric_groups_items_by_domain_in_order(rubric):
    assert [(domain, [i.text for i in items]) for domain, items in rubric.domains()] == [
        ("Stance", ["Not-knowing stance", "Curiosity about mental states"]),
        ("Affect", ["Affect focus", "Validates the emotional experience"]),
    ]


def test_a_segment_must_end_after_it_starts_and_within_the_clip(exercise):
    exercise.stimulus_start, exercise.stimulus_end = 9, 4
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert error.value.message_dict["stimulus_end"] == ["The segment must end after it starts."]
    exercise.stimulus_start, exercise.stimulus_end = 2, 45  # the clip is 20 s long
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert error.value.message_dict["stimulus_end"] == ["The clip is only 20.0 seconds long."]


def test_the_segment_is_played_as_a_media_fragment(exercise):
    assert exercise.stimulus_fragment == "#t=2,9"
    assert exercise.segment_seconds == 7


def test_a_module_must_belong_to_the_course_chosen(exercise):
    from tests.courses.factories import CoursePageFactory, ModulePageFactory

    curriculum = make_curriculum()
    other = CoursePageFactory(parent=curriculum.catalogue, title="DBT essentials", slug="dbt-essentials")
    exercise.course, exercise.module = other, curriculum.modules[0]
    with pytest.raises(ValidationError) as error:
        exercise.clean()
    assert error.value.message_dict["module"] == ["This module is not part of the course chosen."]
    exercise.course = curriculum.course
    exercise.clean()
    exercise.module = ModulePageFactory(parent=other, title="DBT 1", slug="dbt-1")
    with pytest.raises(ValidationError):
        exercise.clean()


def rubric_form(**fields):
    return nested_form_data(
        {
            "title": "DBT training rubric",
            "track": "dbt",
            "description": "A training rubric modelled on adherence checklists; not the DBT AC-I.",
            "overall_label": "Overall adherence",
            "overall_min": "1",
            "overall_max": "5",
            "overall_anchors": "1 = not adherent\n5 = fully adherent",
            "items": inline_formset(
                [
                    {
                        "domain": "Validation",
                        "text": "Validates the valid",
                        "guidance": "",
                        "kind": "ordinal",
                        "scale_min": "1",
                        "scale_max": "5",
                        "anchors": "1 = none\n5 = throughout",
                        "allows_not_applicable": "",
                    },
                    {
                        "domain": "Change",
                        "text": "Chain analysis of the target behaviour",
                        "guidance": "",
                        "kind": "present_absent",
                        "scale_min": "1",
                        "scale_max": "7",
                        "anchors": "",
                        "allows_not_applicable": "on",
                    },
                ]
            ),
            **fields,
        }
    )


def test_an_editor_authors_a_rubric_in_the_admin(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_practice_rubric:add"), rubric_form())
    assert response.status_code == 302
    rubric = Rubric.objects.get(title="DBT training rubric")
    assert [(i.domain, i.kind, i.allows_not_applicable) for i in rubric.items.all()] == [
        ("Validation", "ordinal", False),
        ("Change", "present_absent", True),
    ]


def test_a_bad_anchor_is_reported_on_the_form_and_nothing_is_saved(client, editor):
    client.force_login(editor)
    response = client.post(reverse("wagtailsnippets_practice_rubric:add"), rubric_form(overall_anchors="9 = too high"))
    assert response.status_code == 200
    assert "9 is outside the scale (1–5)." in response.content.decode()
    assert not Rubric.objects.filter(title="DBT training rubric").exists()


def test_editors_see_the_exercise_editor_and_trainees_and_supervisors_do_not(
    client, editor, trainee, supervisor, exercise
):
    client.force_login(editor)
    assert client.get(reverse("wagtailsnippets_practice_exercise:add")).status_code == 200
    listing = client.get(reverse("wagtailsnippets_practice_exercise:list"))
    assert "After the cancelled session" in listing.content.decode()
    for user in (trainee, supervisor):
        client.force_login(user)
        response = client.get(reverse("wagtailsnippets_practice_exercise:add"))
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_editor_creates_an_exercise_on_a_segment(client, editor, rubric, clip):
    client.force_login(editor)
    data = {
        "title": "Chain analysis moment",
        "live": "on",
        "prompt": "Respond as a DBT therapist would.",
        "difficulty": "intermediate",
        "max_response_seconds": "90",
        "rubric": str(rubric.pk),
        "self_rating": "on",
        "stimulus": str(clip.pk),
        "stimulus_start": "3",
        "stimulus_end": "11",
        "model_response": "",
        "model_commentary": "",
        "course": "",
        "module": "",
    }
    response = client.post(reverse("wagtailsnippets_practice_exercise:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    exercise = Exercise.objects.get(title="Chain analysis moment")
    assert exercise.stimulus_fragment == "#t=3,11"
    data.update(title="Backwards", stimulus_start="11", stimulus_end="3")
    response = client.post(reverse("wagtailsnippets_practice_exercise:add"), data)
    assert "The segment must end after it starts." in response.content.decode()
    assert not Exercise.objects.filter(title="Backwards").exists()


def test_an_uploaded_role_play_gets_its_duration_read(tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtailmedia.models import Media

    from tests.practice.samples import make_recording

    path = make_recording(tmp_path / "role-play.mp4", seconds=3, container="mp4")
    clip = Media.objects.create(
        title="New role-play", type="video", file=SimpleUploadedFile("role-play.mp4", path.read_bytes())
    )
    assert clip.duration == pytest.approx(3.0, abs=0.1)
    assert (clip.width, clip.height) == (320, 240)
    typed = Media.objects.create(
        title="Typed", type="video", duration=42, file=SimpleUploadedFile("t.mp4", path.read_bytes())
    )
    assert typed.duration == 42
