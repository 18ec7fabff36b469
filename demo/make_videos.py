"""Regenerate the demo role-play videos for the MBT/DBT training site.

The four clips are scripted dialogue (defined below) between a therapist and a
patient, spoken by two espeak-ng voices and drawn by ffmpeg as a simple
consulting-room scene: two stylised figures in chairs, the current speaker
highlighted and named, a live waveform of each voice and a running timecode.
Each clip opens with a card saying it is a scripted role-play for training, with synthetic voices.

For every clip the script writes, into ``demo/assets/videos/``:

* ``<key>.mp4``: H.264 (main profile) + AAC, yuv420p, 640x360, faststart;
* ``<key>.jpg``: a 640x360 poster frame;
* ``<key>.vtt``: WebVTT captions with ``<v Speaker>`` voice spans, timed from
  the synthesised audio itself, one cue per sentence;

and one ``manifest.json`` listing title, track, description, duration and
transcript. The technique moments of each clip are not made here: they are
content, in ``demo/content/videos/<key>.yaml`` (time, the words of the caption
they mark, technique, note). After a change to the dialogue, this script lists
the moments whose time no longer falls within the words they mark, with the
time each should have, and exits with status 1 until they are updated.

The outputs are committed to the repository, so the app, its tests and its
seed commands never need ffmpeg or espeak-ng. Only people changing the scripts
run this, from the project root:

    python demo/make_videos.py

It needs Python 3.11+ with PyYAML (a requirement of the project), ffmpeg/ffprobe built with
libx264 and libfreetype, espeak-ng and the DejaVu fonts (on Debian:
``apt-get install ffmpeg espeak-ng fonts-dejavu-core``). Output is
deterministic for a given set of tool versions.
"""

from __future__ import annotations

import array
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass, field
from pathlib import Path

import yaml

OUT_DIR = Path(__file__).resolve().parent / "assets" / "videos"
MOMENTS_DIR = Path(__file__).resolve().parent / "content" / "videos"

THERAPIST = "Therapist"
PATIENT = "Patient"


@dataclass(frozen=True)
class Voice:
    name: str  # espeak-ng voice+variant
    speed: int  # words per minute
    pitch: int  # 0-99


VOICES = {
    THERAPIST: Voice("en-gb+m3", speed=148, pitch=42),
    PATIENT: Voice("en-us+f4", speed=152, pitch=58),
}

# Every caption file says how its clip was made: nobody is filmed, and the voices are synthetic.
ROLE_PLAY_NOTICE = "Scripted role-play for training: synthetic voices over drawn figures, no real patient."

# Timing of the assembled soundtrack, in seconds.
TITLE_CARD = 4.0
END_CARD = 2.4
GAP_TURN = 0.55  # between lines by different speakers
GAP_SAME = 0.35  # between lines by the same speaker
GAP_SENTENCE = 0.16  # between sentences of one line

# Picture.
WIDTH, HEIGHT, FPS = 640, 360, 15
FONT_CANDIDATES = {
    "sans": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ],
    "bold": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    ],
    "mono": [
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
        "/usr/share/fonts/dejavu/DejaVuSansMono.ttf",
    ],
}

# Where each figure sits: centre x of the chair, colour of the clothes and of the waveform.
SEATS = {
    THERAPIST: {
        "cx": 160,
        "body": "0x2f4f6f",
        "wave": "0x8cc4ff",
        "skin": "0xe0ac84",
        "hair": "0x6b6b6b",
        "hair_size": 68,
        "hair_y": 66,
    },
    PATIENT: {
        "cx": 480,
        "body": "0x7a3b63",
        "wave": "0xf2a7d8",
        "skin": "0xc98d66",
        "hair": "0x3a2418",
        "hair_size": 80,
        "hair_y": 62,
    },
}


# --------------------------------------------------------------------------------------
# The scripts
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str


@dataclass(frozen=True)
class Clip:
    key: str
    title: str
    track: str
    description: str
    lines: tuple[Line, ...]


def T(text: str) -> Line:
    return Line(THERAPIST, text)


def P(text: str) -> Line:
    return Line(PATIENT, text)


# The patient's opening of the rupture scene is identical in both versions, so the
# two therapist responses can be compared moment by moment.
RUPTURE_OPENING = (
    P("You cancelled last week. With one day's notice. I nearly didn't come today."),
    P("And this weekend I had really strong urges to hurt myself."),
)

CLIPS = (
    Clip(
        key="mbt-individual-session",
        title="MBT individual session: the unanswered message",
        track="mbt",
        description=(
            "A patient is certain her sister hates her because a message went unanswered. "
            "The therapist keeps a curious, not-knowing stance, slows the story down, validates the "
            "hurt and then uses stop-rewind-explore when mentalizing collapses, and ends by mentalizing "
            "the relationship in the room."
        ),
        lines=(
            P("My sister hasn't answered my message. Three days now."),
            T("Three days. I'm not sure I understand yet. What's been going through your mind while you wait?"),
            P("That she's sick of me."),
            T("Can we slow it down? What did you send, and when?"),
            P("Sunday night. I asked if she'd come to my birthday."),
            T("And when the phone stayed quiet on Monday, what did you feel?"),
            P("Hurt. Then furious. She hates me. I just know it."),
            T(
                "Three days of silence from your sister. That really hurts. Let's stop there for a moment. Can we go "
                "back to Sunday night, just after you pressed send? What was in your mind then?"
            ),
            P("Actually, I was hopeful. I thought she'd say yes."),
            T("So hope came first, then hurt. What else might be going on for her this week?"),
            P("She did say work was mad. Maybe she hasn't seen it."),
            T("I noticed you went quiet when I asked about her. I wondered if it felt like I was taking her side?"),
            P("A bit. Like you think I'm overreacting."),
            T("Thank you for saying so. That wasn't in my mind, but I can see how it could sound that way."),
        ),
    ),
    Clip(
        key="dbt-chain-analysis",
        title="DBT individual session: diary card and chain analysis",
        track="dbt",
        description=(
            "The therapist reviews the diary card, puts Thursday's self-harm first on the agenda "
            "by the target hierarchy, validates, checks the act's medical severity and intent and any "
            "suicidal thoughts since, and builds a behavioural chain from the defined self-harm through its "
            "prompting event, vulnerabilities and links to consequences before a solution analysis that "
            "teaches the TIP skill."
        ),
        lines=(
            T(
                "Let's start with your diary card. I see urges at four out of five on Thursday, and that you "
                "self-harmed that night."
            ),
            P("Yeah. I knew you'd see that."),
            T("Thanks for tracking it honestly. Self-harm comes first today, before the job applications. Okay?"),
            P("Fine. I just feel so stupid."),
            T("It makes sense you feel ashamed. After a day like Thursday, wanting relief fast makes sense too."),
            T(
                "Before the chain, a few questions about Thursday. Did the cut need medical treatment? And were you "
                "trying to kill yourself?"
            ),
            P("It wasn't deep, it healed. And no, I just wanted the feeling to stop."),
            T("And since then? Any thoughts of suicide, more than usual for you, or any plans?"),
            P("About the usual. No plans."),
            T("Thank you. Let's build the chain. Tell me exactly what you did on Thursday night."),
            P("About ten, in the bathroom. I cut my arm, three times."),
            T("And what set it off that day?"),
            P("My manager criticised my report in front of everyone."),
            T("What made you more vulnerable to that, on Thursday?"),
            P("I'd barely slept, and I skipped lunch."),
            T("Then what? Thoughts, feelings, body sensations?"),
            P("I thought, I'm useless. My face went hot. At home the urge took over. After, relief, then shame."),
            T("So where could a skill have broken the chain? Say, when your face went hot?"),
            P("Nothing works when it's that strong."),
            T(
                "That's exactly when TIP helps. Cold water on your face, or paced breathing, out longer than in. "
                "Shall we practise now?"
            ),
        ),
    ),
    Clip(
        key="rupture-mbt",
        title="Rupture after a cancelled session: the MBT response",
        track="mbt",
        description=(
            "The patient arrives angry about a cancelled session and discloses weekend urges to "
            "self-harm. The therapist validates, owns their part, explores what the patient imagines "
            "about the therapist's mind, then asks directly about suicide (intent, plans, means, past "
            "attempts), agrees who holds the tablets, adds the trigger to the crisis plan and rewinds to "
            "the weekend."
        ),
        lines=(
            *RUPTURE_OPENING,
            T("You're angry with me, and that makes sense. You were left without your session, at short notice."),
            P("You don't care. You just dropped me."),
            T("I did cancel, and I didn't check how it would land for you. That's my part, and I'm sorry."),
            P("It felt like you'd had enough of me."),
            T("So in your mind, I'd had enough of you. Is that how it feels in here, right now?"),
            P("A bit less, now you've said that."),
            T(
                "I want to hear about the weekend, and I need to ask you plainly. When the urges were strong, were "
                "you thinking of killing yourself?"
            ),
            P("Sometimes. More than usual."),
            T("More than your usual. And right now, how strong is the wish to act on it, from nought to ten?"),
            P("Maybe a four. On Saturday it was an eight."),
            T("Have you made any plans, or got anything ready? And when did you last try to end your life?"),
            P("I counted my tablets on Saturday. The last time I tried was two years ago."),
            T("Thank you for telling me. Could someone keep the tablets for now, until this feels safer?"),
            P("My sister could. I'll give them to her tonight."),
            T(
                "Let's add Saturday to your crisis plan: on your own, checking your phone, sure I'd dropped you. "
                "And who you ring if it climbs again."
            ),
            P("Okay."),
            T("Can we rewind to Saturday, to just before the urges got strong? What was going on in your mind?"),
            P("I kept checking my phone. Thinking you'd rather see anyone but me."),
        ),
    ),
    Clip(
        key="rupture-dbt",
        title="Rupture after a cancelled session: the DBT response",
        track="dbt",
        description=(
            "The same opening as the MBT version. Here the therapist validates, checks risk first "
            "by the target hierarchy (suicidal thoughts against the usual level, intent, preparation, "
            "means), agrees who holds the tablets and updates the safety plan, balances acceptance of the "
            "complaint with a push for change, and starts a chain analysis of the weekend's urges."
        ),
        lines=(
            *RUPTURE_OPENING,
            T(
                "It makes sense that you're angry. A cancellation at one day's notice, in a hard week, would upset "
                "most people."
            ),
            T(
                "I also heard you say you had urges to hurt yourself. That comes first. Were you thinking about "
                "killing yourself?"
            ),
            P("Some of the time. More than usual."),
            T("More than your usual. Did you hurt yourself, or get anything ready? How strong is the intent now?"),
            P("I didn't do anything. But I've got tablets saved up. Now, about a three out of five."),
            T("Thank you for telling me straight. Can we agree what happens to the tablets today?"),
            P("I could give them to my brother."),
            T("Let's put that in your safety plan, with who you call. And if the urges climb, call me before you act."),
            P("Okay."),
            T("Then the urges go first on today's agenda. My cancelling comes next, because that matters too."),
            P("Typical. It's always skills with you."),
            T(
                "You're right, I cancelled, and I'm sorry. And I still want us to find what gets you through next "
                "weekend."
            ),
            P("Fine."),
            T("So, Saturday. What happened just before the urges started?"),
            P("I was on my own, checking my phone, thinking about you cancelling."),
        ),
    ),
)


# --------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------


def require_tools() -> None:
    missing = [tool for tool in ("ffmpeg", "ffprobe", "espeak-ng") if shutil.which(tool) is None]
    if missing:
        sys.exit(
            f"make_videos.py: missing {', '.join(missing)}. Install them first, for example "
            "`apt-get install ffmpeg espeak-ng fonts-dejavu-core` on Debian. (The app itself "
            "does not need these tools: the generated videos are committed.)"
        )


def font(kind: str) -> str:
    for candidate in FONT_CANDIDATES[kind]:
        if Path(candidate).exists():
            return candidate
    sys.exit(f"make_videos.py: no DejaVu font found (tried {FONT_CANDIDATES[kind]}); install fonts-dejavu-core.")


def run(cmd: list[str]) -> str:
    # The commands are built in this file from its own constants, never from outside input.
    result = subprocess.run(cmd, check=False, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        sys.exit(f"make_videos.py: command failed: {' '.join(cmd)}\n{result.stderr[-3000:]}")
    return result.stdout


def log(message: str) -> None:
    sys.stderr.write(f"{message}\n")


# --------------------------------------------------------------------------------------
# Audio
# --------------------------------------------------------------------------------------

SAMPLE_RATE = 22050  # espeak-ng's native rate
# Said as clinicians say them, not spelled out letter by letter (captions keep the written form).
PRONUNCIATION = {"TIP": "tip"}
SILENCE_THRESHOLD = 400  # 16-bit amplitude treated as silence when trimming
TRIM_MARGIN = int(0.03 * SAMPLE_RATE)


@dataclass
class Sentence:
    text: str
    start: float
    end: float


@dataclass
class TimedLine:
    line: Line
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def start(self) -> float:
        return self.sentences[0].start

    @property
    def end(self) -> float:
        return self.sentences[-1].end


def split_sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.?!])\s+", text.strip()) if part]


def synthesise(text: str, voice: Voice, path: Path) -> array.array:
    spoken = text
    for written, said in PRONUNCIATION.items():
        spoken = re.sub(rf"\b{written}\b", said, spoken)
    run(["espeak-ng", "-v", voice.name, "-s", str(voice.speed), "-p", str(voice.pitch), "-w", str(path), spoken])
    with wave.open(str(path)) as wav:
        if wav.getframerate() != SAMPLE_RATE or wav.getnchannels() != 1 or wav.getsampwidth() != 2:
            sys.exit(f"make_videos.py: unexpected espeak-ng output format in {path}")
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    loud = [i for i, value in enumerate(samples) if abs(value) > SILENCE_THRESHOLD]
    if not loud:
        sys.exit(f"make_videos.py: espeak-ng produced silence for {text!r}")
    return samples[max(0, loud[0] - TRIM_MARGIN) : loud[-1] + TRIM_MARGIN]


def write_wav(path: Path, samples: array.array) -> None:
    data = samples
    if sys.byteorder == "big":
        data = array.array("h", samples)
        data.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(data.tobytes())


def build_soundtrack(clip: Clip, work: Path) -> tuple[list[TimedLine], float]:
    """Speak every line, lay them out on one timeline and write mix and per-speaker tracks."""
    tracks = {name: array.array("h") for name in ("mix", THERAPIST, PATIENT)}

    def pad_to(n_samples: int) -> None:
        for track in tracks.values():
            track.extend(array.array("h", bytes(2 * (n_samples - len(track)))))

    timed: list[TimedLine] = []
    cursor = round(TITLE_CARD * SAMPLE_RATE)
    previous: str | None = None
    for number, line in enumerate(clip.lines):
        if previous is not None:
            cursor += round((GAP_SAME if line.speaker == previous else GAP_TURN) * SAMPLE_RATE)
        previous = line.speaker
        timed_line = TimedLine(line)
        for index, text in enumerate(split_sentences(line.text)):
            if index:
                cursor += round(GAP_SENTENCE * SAMPLE_RATE)
            speech = synthesise(text, VOICES[line.speaker], work / f"line{number:02d}-{index}.wav")
            pad_to(cursor)
            tracks["mix"].extend(speech)
            tracks[line.speaker].extend(speech)
            other = PATIENT if line.speaker == THERAPIST else THERAPIST
            tracks[other].extend(array.array("h", bytes(2 * len(speech))))
            timed_line.sentences.append(Sentence(text, cursor / SAMPLE_RATE, (cursor + len(speech)) / SAMPLE_RATE))
            cursor += len(speech)
        timed.append(timed_line)

    # End on a whole video frame so audio and picture have the same length.
    total = math.ceil((cursor / SAMPLE_RATE + END_CARD) * FPS) / FPS
    pad_to(round(total * SAMPLE_RATE))
    write_wav(work / "mix.wav", tracks["mix"])
    write_wav(work / "therapist.wav", tracks[THERAPIST])
    write_wav(work / "patient.wav", tracks[PATIENT])
    return timed, total


# --------------------------------------------------------------------------------------
# Captions, transcript, moments
# --------------------------------------------------------------------------------------


def timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


def vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def webvtt(clip: Clip, timed: list[TimedLine]) -> str:
    out = ["WEBVTT", "", f"NOTE {clip.title}. {ROLE_PLAY_NOTICE}", ""]
    number = 0
    for timed_line in timed:
        for sentence in timed_line.sentences:
            number += 1
            out += [
                str(number),
                f"{timestamp(sentence.start)} --> {timestamp(sentence.end)}",
                f"<v {timed_line.line.speaker}>{vtt_escape(sentence.text)}</v>",
                "",
            ]
    return "\n".join(out)


def moment_time(start: float, end: float) -> float:
    """Where a moment marking a sentence goes: a little way into it, on a tenth of a second still inside it."""
    time = math.floor((start + min(0.4, (end - start) / 2)) * 10) / 10
    return time if start <= time <= end else math.ceil(start * 10) / 10


def stale_moments(clip: Clip, timed: list[TimedLine]) -> list[str]:
    """The moments in the clip's content file whose time is no longer within the sentence they quote.

    The moments (time, the words they mark, technique, note) are written in ``demo/content/videos/<key>.yaml``,
    for clinicians to review with the rest of the curriculum; the seed refuses a moment whose time is not
    within a caption saying its words, so after the dialogue changes, each such moment is listed here with
    the time it should have.
    """
    path = MOMENTS_DIR / f"{clip.key}.yaml"
    if not path.exists():
        return [f"{path}: missing; write the clip's moments there (see the other clips' files)"]
    sentences = [sentence for timed_line in timed for sentence in timed_line.sentences]
    found = []
    for number, moment in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["moments"], start=1):
        said = " ".join(str(moment["says"]).split())
        showing = [s for s in sentences if said in " ".join(s.text.split())]
        if not showing:
            found.append(f"{path}: moment {number} ({moment['technique']}): no sentence says \u201c{said}\u201d now")
        elif not any(s.start <= float(moment["time"]) <= s.end for s in showing):
            time = moment_time(showing[0].start, showing[0].end)
            found.append(f"{path}: moment {number} ({moment['technique']}): time {moment['time']} should be {time}")
    return found


def transcript(timed: list[TimedLine]) -> str:
    return "\n".join(f"{t.line.speaker}: {t.line.text}" for t in timed)


# --------------------------------------------------------------------------------------
# Picture
# --------------------------------------------------------------------------------------


def text_file(work: Path, name: str, text: str) -> str:
    path = work / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


def box(x: int, y: int, w: int, h: int, color: str, thickness: str = "fill", enable: str | None = None) -> str:
    spec = f"drawbox=x={x}:y={y}:w={w}:h={h}:color={color}:t={thickness}"
    return spec + (f":enable='{enable}'" if enable else "")


def text(
    work: Path,
    name: str,
    content: str,
    x: str,
    y: str,
    size: int,
    color: str,
    kind: str = "sans",
    enable: str | None = None,
) -> str:
    spec = (
        f"drawtext=fontfile={font(kind)}:textfile={text_file(work, name, content)}"
        f":x={x}:y={y}:fontsize={size}:fontcolor={color}"
    )
    return spec + (f":enable='{enable}'" if enable else "")


def chair_and_body(cx: int, body: str) -> list[str]:
    """An armchair seen from the front with a seated figure; the head is drawn per frame."""
    return [
        box(cx - 50, 140, 100, 80, "0x55705a"),  # chair back
        box(cx - 62, 192, 16, 48, "0x48604c"),  # arms
        box(cx + 46, 192, 16, 48, "0x48604c"),
        box(cx - 54, 214, 108, 26, "0x5f7b63"),  # seat
        box(cx - 52, 240, 6, 12, "0x3b2c22"),  # legs
        box(cx + 46, 240, 6, 12, "0x3b2c22"),
        box(cx - 27, 150, 54, 66, body),  # torso
        box(cx - 36, 156, 10, 48, body),  # arms of the figure
        box(cx + 26, 156, 10, 48, body),
        box(cx - 27, 210, 54, 14, "0x2a2a33"),  # lap
        box(cx - 24, 224, 16, 30, "0x2a2a33"),  # shins
        box(cx + 8, 224, 16, 30, "0x2a2a33"),
        box(cx - 28, 252, 22, 6, "0x151515"),  # shoes
        box(cx + 6, 252, 22, 6, "0x151515"),
    ]


def render_room(work: Path) -> Path:
    """Draw the static consulting room once, as a PNG."""
    filters = [
        box(0, 0, WIDTH, HEIGHT, "0xd9c9a8"),  # wall
        *(box(0, 40 + 26 * i, WIDTH, 26, f"black@{0.012 * i:.3f}") for i in range(8)),  # light falling off
        box(0, 250, WIDTH, 110, "0x6d5140"),  # floor
        box(0, 244, WIDTH, 8, "0x4f3a2d"),  # skirting
        box(150, 274, 340, 62, "0x8e4a3c"),  # rug
        box(158, 280, 324, 50, "0xb0684f", "2"),
        box(266, 62, 108, 96, "0xf2ede3"),  # window
        box(273, 69, 94, 82, "0xa8c8dc"),
        box(273, 69, 94, 30, "0xc3dbe8"),
        box(318, 69, 4, 82, "0xf2ede3"),
        box(273, 108, 94, 4, "0xf2ede3"),
        box(260, 156, 120, 6, "0xe6dfd2"),
        box(18, 82, 70, 164, "0x5a4030"),  # bookshelf
        *(box(22, 86 + 40 * row, 62, 36, "0x3e2c21") for row in range(4)),
        *(
            box(24 + 9 * i, 94 + 40 * row + (i % 3), 7, 28 - (i % 3), color)
            for row in range(4)
            for i, color in enumerate(["0x9b3d3d", "0x3d6b9b", "0xcaa54a", "0x4d8a5a", "0x7b5ea7", "0xd0d0c8"])
        ),
        box(296, 204, 48, 8, "0x4e3b2e"),  # side table
        box(300, 212, 6, 40, "0x4e3b2e"),
        box(334, 212, 6, 40, "0x4e3b2e"),
        box(316, 182, 8, 22, "0x8a8a8a"),  # lamp
        box(303, 164, 34, 20, "0xf0d27a"),
        box(588, 212, 34, 38, "0xa65a2e"),  # plant pot
        text(work, "leaves", "♣", "574", "136", 72, "0x3f7a45"),
        text(work, "leaves2", "♣", "596", "152", 52, "0x4f8f55"),
        *(box(seat["cx"] - 76, 290, 152, 48, "0x1d2731@0.55") for seat in SEATS.values()),  # waveform panels
        *chair_and_body(SEATS[THERAPIST]["cx"], SEATS[THERAPIST]["body"]),
        *chair_and_body(SEATS[PATIENT]["cx"], SEATS[PATIENT]["body"]),
        box(0, 0, WIDTH, 40, "0x1d2731"),  # title bar
    ]
    path = work / "room.png"
    run(
        [
            "ffmpeg",
            "-nostdin",
            "-y",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"color=c=black:s={WIDTH}x{HEIGHT}:d=1",
            "-vf",
            ",".join(filters),
            "-frames:v",
            "1",
            "-flags",
            "+bitexact",
            str(path),
        ]
    )
    return path


def speaking(timed: list[TimedLine], speaker: str) -> str:
    """A timeline expression that is 1 while the speaker's lines are being spoken."""
    spans = [f"between(t,{t.start:.3f},{t.end:.3f})" for t in timed if t.line.speaker == speaker]
    return "+".join(spans) if spans else "0"


def head(work: Path, name: str, cx: int, on: str) -> list[str]:
    """Hair, face, eyes and mouth; the head bobs and the mouth moves while the person talks."""
    key = name.lower()
    seat = SEATS[name]
    phase = 0 if name == THERAPIST else 2
    bob = f"(-4*abs(sin(9*t))*({on})+1.5*sin(1.4*t+{phase}))"
    flap = f"({on})*lt(mod(t*7,2),1)"

    def at(dy: int) -> str:
        return f"'{dy}+{bob}'"

    return [
        text(work, f"hair-{key}", "●", f"{cx}-tw/2", at(seat["hair_y"]), seat["hair_size"], seat["hair"]),
        box(cx - 8, 128, 16, 24, seat["skin"]),  # neck
        text(work, f"face-{key}", "●", f"{cx}-tw/2", at(72), 66, seat["skin"]),
        text(work, f"eye-l-{key}", "●", f"{cx - 10}-tw/2", at(93), 10, "0x2b2118"),
        text(work, f"eye-r-{key}", "●", f"{cx + 10}-tw/2", at(93), 10, "0x2b2118"),
        text(work, f"mouth-{key}", "▬", f"{cx}-tw/2", at(106), 12, "0x8a4a3a", enable=f"not({flap})"),
        text(work, f"mouth-open-{key}", "●", f"{cx}-tw/2", at(103), 14, "0x6a2a22", enable=flap),
    ]


def people_layer(timed: list[TimedLine], work: Path) -> list[str]:
    """Heads, highlight, name plates and the 'Speaking:' label, all following the dialogue."""
    filters = []
    for name, seat in SEATS.items():
        cx, key = seat["cx"], name.lower()
        on = speaking(timed, name)
        off = f"not({on})"
        filters += [
            box(cx - 72, 70, 144, 192, "0xffd54a@0.95", "4", on),  # highlight frame
            *head(work, name, cx, on),
            box(cx - 55, 264, 110, 22, "0x1d2731@0.85", "fill", off),  # name plate
            box(cx - 55, 264, 110, 22, "0xffd54a", "fill", on),
            text(work, f"name-{key}", name, f"{cx}-tw/2", "268", 14, "white", "bold", off),
            text(work, f"name-{key}-on", name, f"{cx}-tw/2", "268", 14, "0x1d2731", "bold", on),
        ]
    anyone = "+".join(speaking(timed, name) for name in SEATS)
    filters.append(box(243, 310, 154, 26, "0x1d2731@0.8", "fill", anyone))
    filters += [
        text(
            work,
            f"status-{name.lower()}",
            f"Speaking: {name}",
            "(w-tw)/2",
            "317",
            12,
            "white",
            "bold",
            speaking(timed, name),
        )
        for name in SEATS
    ]
    return filters


def title_bar(clip: Clip, work: Path) -> list[str]:
    return [
        text(work, "title", clip.title, "12", "6", 15, "white", "bold"),
        text(work, "badge", "Role-play for training — synthetic voices", "12", "24", 10, "0xffd54a"),
        text(work, "timecode", "%{pts:hms}", "w-tw-12", "12", 15, "white", "mono"),
    ]


def cards(clip: Clip, timed: list[TimedLine], work: Path) -> list[str]:
    """The opening card (role-play notice, title, track) and the closing card."""
    track = {"mbt": "MBT track", "dbt": "DBT track"}.get(clip.track, clip.track.upper())
    opening = f"lt(t,{TITLE_CARD})"
    closing = f"gte(t,{timed[-1].end + 0.6:.3f})"
    return [
        box(0, 0, WIDTH, HEIGHT, "0x1d2731", "fill", opening),
        box(60, 92, 520, 3, "0xffd54a", "fill", opening),
        text(
            work,
            "card1",
            "Role-play for training — synthetic voices",
            "(w-tw)/2",
            "110",
            24,
            "0xffd54a",
            "bold",
            opening,
        ),
        text(
            work, "card2", clip.title, "(w-tw)/2", "160", 19 if len(clip.title) < 48 else 17, "white", "bold", opening
        ),
        text(work, "card3", track, "(w-tw)/2", "200", 16, "0xc9d3dc", "sans", opening),
        text(
            work,
            "card4",
            "Scripted dialogue · fictional patient · synthetic voices",
            "(w-tw)/2",
            "256",
            13,
            "0x9fb0c0",
            "sans",
            opening,
        ),
        box(60, 288, 520, 3, "0xffd54a", "fill", opening),
        box(0, 40, WIDTH, HEIGHT - 40, "0x1d2731@0.92", "fill", closing),
        text(work, "end1", "End of role-play", "(w-tw)/2", "150", 24, "white", "bold", closing),
        text(
            work,
            "end2",
            "Which techniques did you notice, and when?",
            "(w-tw)/2",
            "192",
            15,
            "0xffd54a",
            "sans",
            closing,
        ),
    ]


def scene_filters(clip: Clip, timed: list[TimedLine], total: float, work: Path) -> str:
    """The filter graph: room (input 0) + people + waveforms (inputs 2, 3) + progress bar + cards."""
    wave_w, wave_h = 144, 44
    fades = f"fade=t=in:st=0:d=0.5,fade=t=out:st={total - 0.5:.3f}:d=0.5,format=yuv420p"
    chains = [f"[0:v]{','.join(people_layer(timed, work) + title_bar(clip, work))}[scene]"]
    for index, seat in enumerate(SEATS.values()):
        chains.append(
            f"[{index + 2}:a]showwaves=s={wave_w}x{wave_h}:mode=cline:rate={FPS}:scale=sqrt"
            f":colors={seat['wave']}:draw=full,format=rgba[wave{index}]"
        )
    chains += [
        f"[scene][wave0]overlay=x={SEATS[THERAPIST]['cx'] - wave_w // 2}:y=292[s1]",
        f"[s1][wave1]overlay=x={SEATS[PATIENT]['cx'] - wave_w // 2}:y=292[s2]",
        f"color=c=0xffd54a:s={WIDTH}x4:r={FPS}[bar]",
        f"[s2][bar]overlay=x='-w+W*t/{total:.3f}':y=H-4:eval=frame:shortest=1[s3]",
        f"[s3]{','.join(cards(clip, timed, work))},{fades}[v]",
    ]
    return ";\n".join(chains)


BITEXACT = ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1"]


def render_video(clip: Clip, timed: list[TimedLine], total: float, work: Path, room: Path) -> Path:
    script = work / "filters.txt"
    script.write_text(scene_filters(clip, timed, total, work), encoding="utf-8")
    out = OUT_DIR / f"{clip.key}.mp4"
    run(
        [
            "ffmpeg",
            "-nostdin",
            "-y",
            "-loglevel",
            "error",
            "-loop",
            "1",
            "-framerate",
            str(FPS),
            "-t",
            f"{total:.3f}",
            "-i",
            str(room),
            "-i",
            str(work / "mix.wav"),
            "-i",
            str(work / "therapist.wav"),
            "-i",
            str(work / "patient.wav"),
            "-filter_complex_script",
            str(script),
            "-map",
            "[v]",
            "-map",
            "1:a",
            "-c:v",
            "libx264",
            "-profile:v",
            "main",
            "-preset",
            "slow",
            "-crf",
            "33",
            "-tune",
            "animation",
            "-g",
            str(FPS * 10),
            "-threads",
            "2",
            "-r",
            str(FPS),
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "32k",
            "-ac",
            "1",
            "-ar",
            str(SAMPLE_RATE),
            "-t",
            f"{total:.3f}",
            "-movflags",
            "+faststart",
            *BITEXACT,
            str(out),
        ]
    )
    return out


def render_poster(clip: Clip, timed: list[TimedLine], video: Path) -> Path:
    # Mid-way through the first therapist line: the room, a highlighted speaker and a live waveform.
    first = next(t for t in timed if t.line.speaker == THERAPIST)
    at = (first.start + first.end) / 2
    out = OUT_DIR / f"{clip.key}.jpg"
    run(
        [
            "ffmpeg",
            "-nostdin",
            "-y",
            "-loglevel",
            "error",
            "-ss",
            f"{at:.3f}",
            "-i",
            str(video),
            "-frames:v",
            "1",
            "-q:v",
            "4",
            *BITEXACT,
            str(out),
        ]
    )
    return out


def check(video: Path, total: float) -> None:
    probe = json.loads(run(["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(video)]))
    kinds = {stream["codec_type"]: stream for stream in probe["streams"]}
    video_stream, audio_stream = kinds.get("video"), kinds.get("audio")
    if not video_stream or not audio_stream:
        sys.exit(f"make_videos.py: {video.name} lacks a video or an audio stream")
    if (video_stream["codec_name"], video_stream["width"], video_stream["height"], video_stream["pix_fmt"]) != (
        "h264",
        WIDTH,
        HEIGHT,
        "yuv420p",
    ) or audio_stream["codec_name"] != "aac":
        sys.exit(f"make_videos.py: {video.name} has unexpected streams: {probe['streams']}")
    duration = float(probe["format"]["duration"])
    if abs(duration - total) > 0.2:
        sys.exit(f"make_videos.py: {video.name} lasts {duration:.2f} s, expected {total:.2f} s")


# --------------------------------------------------------------------------------------


def make_clip(clip: Clip, work: Path, room: Path) -> tuple[dict, list[str]]:
    timed, total = build_soundtrack(clip, work)
    (OUT_DIR / f"{clip.key}.vtt").write_text(webvtt(clip, timed), encoding="utf-8")
    video = render_video(clip, timed, total, work, room)
    check(video, total)
    render_poster(clip, timed, video)
    return {
        "key": clip.key,
        "title": clip.title,
        "track": clip.track,
        "description": clip.description,
        "file": f"{clip.key}.mp4",
        "poster": f"{clip.key}.jpg",
        "captions": f"{clip.key}.vtt",
        "duration": round(total, 1),
        "transcript": transcript(timed),
    }, stale_moments(clip, timed)


def main() -> None:
    require_tools()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    entries, outdated = [], []
    with tempfile.TemporaryDirectory(prefix="make-videos-") as tmp:
        work = Path(tmp)
        room = render_room(work)
        for clip in CLIPS:
            log(f"{clip.key} ...")
            clip_dir = work / clip.key
            clip_dir.mkdir()
            entry, stale = make_clip(clip, clip_dir, room)
            entries.append(entry)
            outdated += stale
            size = (OUT_DIR / entry["file"]).stat().st_size
            log(f"  {entry['duration']:.1f} s, {size / 1024:.0f} KiB")
    manifest = json.dumps({"clips": entries}, indent=2, ensure_ascii=False) + "\n"
    (OUT_DIR / "manifest.json").write_text(manifest, encoding="utf-8")
    log(f"wrote {len(entries)} clips and manifest.json to {OUT_DIR}")
    if outdated:
        log("these technique moments no longer fall within the words they mark; update them before seeding:")
        for line in outdated:
            log(f"  {line}")
        sys.exit(1)


if __name__ == "__main__":
    main()
