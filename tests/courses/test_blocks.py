"""Block validation: a clear message on the field at fault, and drafts may stay half-done."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.blocks import StructBlockValidationError

from courses.blocks import EvidenceRowBlock, ModuleStreamBlock, MomentBlock, RolePlayVideoBlock
from tests.courses.factories import CAPTIONS, TechniqueFactory, make_video, video_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def technique():
    return TechniqueFactory(code="MBT-VAL", name="Empathic validation")


@pytest.fixture
def media():
    return make_video()


def clean(block, value):
    return block.clean(block.to_python(block.get_prep_value(block.normalize(value))))


def field_errors(error):
    return {name: " ".join(e.messages) for name, e in error.block_errors.items()}


def test_a_complete_role_play_video_is_valid(media, technique):
    value = clean(RolePlayVideoBlock(), video_value(media, technique))
    assert value["video"] == media
    assert [chapter[1] for chapter in value.chapters] == ["0:14"]


def test_a_video_needs_an_upload_or_an_embed(technique):
    with pytest.raises(StructBlockValidationError) as error:
        clean(RolePlayVideoBlock(), video_value(None, technique))
    assert field_errors(error.value) == {"video": "Choose an uploaded video, or give an embed address below."}


def test_captions_are_required_to_publish(media, technique):
    with pytest.raises(StructBlockValidationError) as error:
        clean(RolePlayVideoBlock(), video_value(media, technique, captions=""))
    assert "captions" in field_errors(error.value)


def test_broken_captions_name_the_line_to_fix(media, technique):
    with pytest.raises(StructBlockValidationError) as error:
        clean(RolePlayVideoBlock(), video_value(media, technique, captions="WEBVTT\n\n00:01 --> 00:02\nHi"))
    assert field_errors(error.value)["captions"].startswith("Line 3:")


def test_a_moment_after_the_end_of_the_video_is_refused(media, technique):
    late = [{"time": "5:00", "technique": technique, "note": ""}]
    with pytest.raises(StructBlockValidationError) as error:
        clean(RolePlayVideoBlock(), video_value(media, technique, moments=late))
    moment_errors = error.value.block_errors["moments"].block_errors
    assert "after the end of the video (1:02)" in " ".join(moment_errors[0].block_errors["time"].messages)


@pytest.mark.parametrize("time", ["one min", "1e30", "1e999"])
def test_a_moment_time_must_read_as_minutes_and_seconds(technique, time):
    with pytest.raises(StructBlockValidationError) as error:
        clean(MomentBlock(), {"time": time, "technique": technique, "note": ""})
    assert field_errors(error.value) == {"time": "Write the time as minutes:seconds, e.g. 1:05."}


def test_a_draft_may_hold_a_half_done_video(technique):
    """Saving a draft defers "required": no file and no captions yet is fine until publishing."""
    stream = ModuleStreamBlock()
    half_done = [("video", video_value(None, technique, captions="", title="Rupture (to film)"))]
    value = stream.clean_deferred(stream.normalize(half_done))
    assert value[0].value["title"] == "Rupture (to film)"
    with pytest.raises(ValidationError):
        stream.clean(stream.normalize(half_done))


def test_evidence_rows_keep_figures_as_authored():
    row = clean(
        EvidenceRowBlock(),
        {
            "outcome": "Self-harm",
            "comparison": "DBT vs TAU",
            "measure": "SMD",
            "estimate": Decimal("-0.54"),
            "ci_low": Decimal("-0.92"),
            "ci_high": Decimal("-0.16"),
            "trials": 3,
            "participants": 112,
            "significance": "significant",
        },
    )
    assert str(row["estimate"]) == "-0.54"


@pytest.mark.parametrize(
    "low,estimate,high,field,message",
    [
        ("-0.10", "-0.50", "0.20", "estimate", "The estimate lies outside its confidence interval."),
        ("0.30", "0.10", "-0.20", "ci_high", "The upper limit is below the lower limit."),
    ],
)
def test_inconsistent_evidence_figures_are_caught(low, estimate, high, field, message):
    row = {
        "outcome": "Depression",
        "comparison": "MBT vs TAU",
        "measure": "SMD",
        "estimate": Decimal(estimate),
        "ci_low": Decimal(low),
        "ci_high": Decimal(high),
        "trials": 2,
        "participants": 100,
        "significance": "",
    }
    with pytest.raises(StructBlockValidationError) as error:
        clean(EvidenceRowBlock(), row)
    assert field_errors(error.value) == {field: message}


def test_every_block_has_an_icon_a_template_a_description_and_a_preview():
    for name, block in ModuleStreamBlock().child_blocks.items():
        assert block.meta.icon and block.meta.icon != "placeholder", name
        assert block.meta.template, name
        assert block.meta.description, name
        if name not in ("technique", "quiz"):  # these preview nothing until one is chosen
            assert block.meta.preview_value, name


def test_the_captions_sample_used_in_tests_is_real_webvtt():
    assert CAPTIONS.startswith("WEBVTT")
