from decimal import Decimal

import pytest

from techniques.webvtt import CaptionsError, format_clock, parse_captions, parse_clock, transcript_from_cues

GOOD = """WEBVTT

NOTE role-play with actors

1
00:00:04.000 --> 00:00:05.500
<v Patient>You cancelled last week.</v>

00:05.700 --> 00:07.200
<v Patient>With one day's notice.</v>

00:07.400 --> 00:09.000 align:start
<v Therapist>I did, and I am sorry.</v>
"""


def test_cues_carry_times_speakers_and_plain_text():
    cues = parse_captions(GOOD)
    assert [(c.start, c.end, c.speaker, c.text) for c in cues] == [
        (4.0, 5.5, "Patient", "You cancelled last week."),
        (5.7, 7.2, "Patient", "With one day's notice."),
        (7.4, 9.0, "Therapist", "I did, and I am sorry."),
    ]


def test_a_transcript_joins_consecutive_cues_by_one_speaker():
    assert transcript_from_cues(parse_captions(GOOD)) == [
        ("Patient", 4.0, "You cancelled last week. With one day's notice."),
        ("Therapist", 7.4, "I did, and I am sorry."),
    ]


@pytest.mark.parametrize(
    "text,message",
    [
        ("", "Line 1: WebVTT captions must start with the word WEBVTT."),
        ("1\n00:01.000 --> 00:02.000\nHi", "Line 1: WebVTT captions must start"),
        ("WEBVTT\n\n00:01 --> 00:02\nHi", "Line 3: “00:01 --> 00:02” is not a cue timing"),
        ("WEBVTT\n\n00:05.000 --> 00:02.000\nHi", "Line 3: the cue ends before it starts."),
        ("WEBVTT\n\n00:01.000 --> 00:02.000\n", "this cue has no text"),
        ("WEBVTT\n\ncue-1\nnot a timing\nHi", "Line 3: expected a cue timing"),
        ("WEBVTT\n\nNOTE only a comment", "The captions contain no cues."),
    ],
)
def test_broken_captions_are_reported_with_the_line_to_fix(text, message):
    with pytest.raises(CaptionsError) as error:
        parse_captions(text)
    assert message in str(error.value)


@pytest.mark.parametrize(
    "clock,seconds",
    [
        ("1:05", "65.00"),
        ("01:05.5", "65.50"),
        ("65", "65.00"),
        ("65.25", "65.25"),
        ("1:00:01", "3601.00"),
        ("0:09.6", "9.60"),
    ],
)
def test_editors_write_times_as_they_like(clock, seconds):
    assert parse_clock(clock) == Decimal(seconds)


@pytest.mark.parametrize("clock", ["", "abc", "-3", "1:xx", "nan", "inf", "1e30", "1e999", "86401", "99999:00"])
def test_nonsense_times_are_refused(clock):
    with pytest.raises(ValueError):
        parse_clock(clock)


def test_times_are_shown_as_minutes_and_seconds():
    assert format_clock(Decimal("65.4")) == "1:05"
    assert format_clock(3601) == "1:00:01"
