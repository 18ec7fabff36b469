"""WebVTT captions and timestamps: parsing with messages an editor can act on.

In the lowest room that has clips: the role-play clips of modules (courses) and the clips of spot-the-technique
questions (quizzes) are checked by the same parser.
"""

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

CUE_TIMING = re.compile(
    r"^(?P<start>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})\s+-->\s+(?P<end>(?:\d{2,}:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$"
)
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
TAG = re.compile(r"</?[^>]+>")
# No role-play clip runs a day; a time beyond that is a typing slip (and 1e30 would overflow the rounding).
LONGEST_CLOCK = Decimal(24 * 3600)
CLOCK = re.compile(r"^(?:(?P<h>\d+):)?(?P<m>\d{1,2}):(?P<s>\d{1,2}(?:\.\d+)?)$")


class CaptionsError(ValueError):
    """Captions that a browser would reject; the message names the line."""


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    speaker: str
    text: str


def timestamp_seconds(stamp):
    """'01:02.500' or '1:01:02.500' as seconds."""
    parts = stamp.split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2])
    hours = int(parts[-3]) if len(parts) == 3 else 0
    return hours * 3600 + minutes * 60 + seconds


def parse_captions(text):
    """Parse WebVTT text into cues. Raises CaptionsError with the line number of the first problem."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise CaptionsError(_("Line 1: WebVTT captions must start with the word WEBVTT."))
    cues = []
    number = 1
    while number < len(lines):
        line = lines[number].strip()
        number += 1
        if not line or line.startswith(("NOTE", "STYLE", "REGION")):
            # Skip a comment or style block up to the next blank line.
            while line and number < len(lines) and lines[number].strip():
                number += 1
            continue
        if "-->" not in line:
            # A cue identifier: the timing must follow on the next line.
            if number >= len(lines) or "-->" not in lines[number]:
                raise CaptionsError(
                    _("Line %(line)d: expected a cue timing such as 00:01.000 --> 00:04.000.") % {"line": number}
                )
            line = lines[number].strip()
            number += 1
        match = CUE_TIMING.match(line)
        if not match:
            raise CaptionsError(
                _("Line %(line)d: “%(text)s” is not a cue timing; write it as 00:01.000 --> 00:04.000.")
                % {"line": number, "text": line[:60]}
            )
        start, end = timestamp_seconds(match["start"]), timestamp_seconds(match["end"])
        if end <= start:
            raise CaptionsError(_("Line %(line)d: the cue ends before it starts.") % {"line": number})
        payload = []
        while number < len(lines) and lines[number].strip():
            payload.append(lines[number].strip())
            number += 1
        if not payload:
            raise CaptionsError(_("Line %(line)d: this cue has no text.") % {"line": number})
        raw = " ".join(payload)
        voice = VOICE.search(raw)
        cues.append(Cue(start, end, voice.group(1).strip() if voice else "", TAG.sub("", raw).strip()))
    if not cues:
        raise CaptionsError(_("The captions contain no cues."))
    return cues


def parse_clock(value):
    """An editor's timestamp ('1:05', '01:05.5', '65' or '65.5') as a Decimal number of seconds."""
    value = str(value).strip()
    match = CLOCK.match(value)
    try:
        seconds = Decimal(match["s"]) + 60 * int(match["m"]) + 3600 * int(match["h"] or 0) if match else Decimal(value)
    except InvalidOperation:
        raise ValueError(value) from None
    if not seconds.is_finite() or seconds < 0 or seconds > LONGEST_CLOCK:
        raise ValueError(value)
    return seconds.quantize(Decimal("0.01"))


def format_clock(seconds):
    """Seconds as m:ss (or h:mm:ss), for people."""
    total = int(Decimal(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def transcript_from_cues(cues):
    """Consecutive cues by one speaker joined into paragraphs: [(speaker, start, text)]."""
    paragraphs = []
    for cue in cues:
        if paragraphs and paragraphs[-1][0] == cue.speaker:
            speaker, start, text = paragraphs[-1]
            paragraphs[-1] = (speaker, start, f"{text} {cue.text}")
        else:
            paragraphs.append((cue.speaker, cue.start, cue.text))
    return paragraphs
