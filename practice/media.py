"""The one media pipeline: check a file is audio or video, probe it, transcode it for every browser, take a poster.

PyAV (the `av` package) brings its own FFmpeg, so no system package is needed. Output is H.264 video with
AAC audio in MP4 with the index at the front ("faststart", so playback starts before the whole file is
downloaded), or AAC audio alone in MP4 (.m4a) for a microphone-only recording.
"""

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import av
from django.utils.translation import gettext as _

from practice.storage import writing

MAX_WIDTH, MAX_HEIGHT = 1280, 720
AUDIO_RATE = 48_000
VIDEO_TIME_BASE = Fraction(1, 1000)
POSTER_AT = 1.0


class MediaError(Exception):
    """A file we cannot use, with a message for the person who uploaded it."""


@dataclass(frozen=True)
class Probe:
    duration: float | None
    has_video: bool
    has_audio: bool
    width: int | None
    height: int | None


@dataclass(frozen=True)
class Result:
    duration: float
    has_video: bool
    width: int | None
    height: int | None
    size: int
    recording: Path
    poster: Path | None


def _open(path):
    try:
        return av.open(str(path), metadata_errors="ignore")
    except (av.error.InvalidDataError, av.error.EOFError, UnicodeDecodeError):
        raise MediaError(_("This file is not a recording: it holds no audio or video we can read.")) from None
    except av.error.FFmpegError:
        raise MediaError(_("This file could not be read as audio or video; it may be damaged or cut off.")) from None


def probe(path):
    """What the file holds; MediaError if it is not audio or video."""
    if Path(path).stat().st_size == 0:
        raise MediaError(_("The file is empty."))
    with _open(path) as container:
        video = next(iter(container.streams.video), None)
        audio = next(iter(container.streams.audio), None)
        if video is None and audio is None:
            raise MediaError(_("This file is not a recording: it holds no audio or video we can read."))
        duration = container.duration / av.time_base if container.duration else None
        return Probe(
            duration=duration,
            has_video=video is not None,
            has_audio=audio is not None,
            width=video.codec_context.width if video is not None else None,
            height=video.codec_context.height if video is not None else None,
        )


def _fit(width, height):
    """Even dimensions no larger than 1280×720, keeping the aspect ratio."""
    scale = min(1.0, MAX_WIDTH / width, MAX_HEIGHT / height)
    return max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)


def transcode(source, directory, max_seconds=None):
    """Transcode `source` into `directory` (recording.mp4 or recording.m4a, and poster.jpg for video).

    Raises MediaError for a file that is not media, is truncated beyond use or runs over `max_seconds`.
    Files appear under their final names only when complete.
    """
    info = probe(source)
    if max_seconds is not None and info.duration is not None and info.duration > max_seconds:
        raise MediaError(_too_long(info.duration, max_seconds))
    directory = Path(directory)
    name = "recording.mp4" if info.has_video else "recording.m4a"
    poster_path = directory / "poster.jpg" if info.has_video else None
    with writing(directory / name) as temporary:
        duration, size, poster = _encode(source, temporary, info, max_seconds)
        if duration <= 0:
            raise MediaError(_("The recording holds no playable audio or video; it may have been cut off."))
    if poster is not None:
        with writing(poster_path) as temporary:
            poster.save(temporary, format="JPEG", quality=85)
    width, height = _fit(info.width, info.height) if info.has_video else (None, None)
    return Result(
        duration=duration,
        has_video=info.has_video,
        width=width,
        height=height,
        size=size,
        recording=directory / name,
        poster=poster_path if poster is not None else None,
    )


def _too_long(duration, max_seconds):
    return _("The recording is %(seconds)d seconds long; this exercise allows at most %(max)d.") % {
        "seconds": round(duration),
        "max": round(max_seconds),
    }


def _encode(source, target, info, max_seconds):
    with _open(source) as container, av.open(str(target), "w", format="mp4", options={"movflags": "+faststart"}) as out:
        in_video = next(iter(container.streams.video), None)
        in_audio = next(iter(container.streams.audio), None)
        out_video = out_audio = None
        if in_video is not None:
            width, height = _fit(info.width, info.height)
            out_video = out.add_stream("libx264", rate=30)
            out_video.width, out_video.height, out_video.pix_fmt = width, height, "yuv420p"
            out_video.codec_context.time_base = VIDEO_TIME_BASE
            out_video.options = {"crf": "23", "preset": "veryfast"}
        if in_audio is not None:
            out_audio = out.add_stream("aac", rate=AUDIO_RATE)
            out_audio.layout = "stereo"
            out_audio.bit_rate = 128_000
            resampler = av.AudioResampler(format="fltp", layout="stereo", rate=AUDIO_RATE)
            fifo = av.AudioFifo()
        streams = [s for s in (in_video, in_audio) if s is not None]
        last_pts, end, samples, poster = -1, 0.0, 0, None
        try:
            for packet in container.demux(*streams):
                for frame in packet.decode():
                    if frame.time is None:
                        continue
                    if max_seconds is not None and frame.time > max_seconds:
                        raise MediaError(_too_long(frame.time, max_seconds))
                    end = max(end, frame.time)
                    if packet.stream is in_video:
                        if poster is None or (frame.time <= POSTER_AT and poster[0] < POSTER_AT):
                            poster = (frame.time, frame)
                        picture = frame.reformat(width=out_video.width, height=out_video.height, format="yuv420p")
                        pts = max(last_pts + 1, round(frame.time / VIDEO_TIME_BASE))
                        picture.pts, picture.time_base, last_pts = pts, VIDEO_TIME_BASE, pts
                        out.mux(out_video.encode(picture))
                    else:
                        for resampled in resampler.resample(frame):
                            resampled.pts = None  # the fifo counts samples itself; gaps are closed up
                            fifo.write(resampled)
                        samples = _drain(out, out_audio, fifo, samples, 1024)
        except av.error.FFmpegError:
            # A truncated file decodes up to where it breaks; keep what played, if anything did.
            pass
        if out_audio is not None:
            for resampled in resampler.resample(None):
                resampled.pts = None
                fifo.write(resampled)
            samples = _drain(out, out_audio, fifo, samples, 1024)
            samples = _drain(out, out_audio, fifo, samples, 0)
            out.mux(out_audio.encode(None))
            end = max(end, samples / AUDIO_RATE)
        if out_video is not None:
            out.mux(out_video.encode(None))
    image = poster[1].to_image() if poster is not None and in_video is not None else None
    if image is not None and (image.width, image.height) != (out_video.width, out_video.height):
        image = image.resize((out_video.width, out_video.height))
    return end, Path(target).stat().st_size, image


def _drain(out, stream, fifo, samples, size):
    """Encode the fifo's audio in frames of `size` samples (0: whatever is left)."""
    while True:
        frame = fifo.read(size) if size else fifo.read()
        if frame is None:
            return samples
        frame.pts, frame.time_base = samples, Fraction(1, AUDIO_RATE)
        samples += frame.samples
        out.mux(stream.encode(frame))
