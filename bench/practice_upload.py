"""Upload and processing figures of the practice studio for one recording (default: 2 minutes at 720p).

A script, not a test: it prints figures. It makes a recording like a browser's MediaRecorder does (WebM,
VP8 video and Opus audio), then, against a throw-away test database and a live server on 127.0.0.1:

1. uploads it in chunks over HTTP on loopback, as the studio's recorder does (the time excludes processing:
   the last chunk is timed apart, because with the test settings' immediate task backend it also processes);
2. times the media pipeline (probe, transcode to H.264/AAC MP4 with faststart, poster) on its own;
3. prints the sizes in and out.

    .venv/bin/python bench/practice_upload.py                 # 120 s at 1280x720, 30 fps
    .venv/bin/python bench/practice_upload.py --seconds 20    # quicker
"""

import argparse
import http.client
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def make_recording(path, seconds, width, height, fps):
    """A WebM like MediaRecorder's: VP8 (realtime settings) and Opus; a moving gradient and a tone."""
    import math
    import struct
    from fractions import Fraction

    import av
    from PIL import Image

    with av.open(str(path), "w", format="webm") as out:
        video = out.add_stream("libvpx", rate=fps)
        video.width, video.height, video.pix_fmt = width, height, "yuv420p"
        video.bit_rate = 2_500_000
        video.options = {"deadline": "realtime", "cpu-used": "8"}
        audio = out.add_stream("libopus", rate=48000)
        audio.layout = "mono"
        base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
        pictures = []  # a second of distinct frames, cycled (the encoder still sees motion), made once
        for n in range(fps):
            shift = (n * width) // fps
            picture = Image.new("RGB", (width, height))
            picture.paste(base.crop((shift, 0, width, height)), (0, 0))
            picture.paste(base.crop((0, 0, shift, height)), (width - shift, 0))
            pictures.append(av.VideoFrame.from_image(picture).reformat(format="yuv420p"))
        per_frame = 48000 // fps
        second = struct.pack("<48000h", *(int(5000 * math.sin(2 * math.pi * 330 * j / 48000)) for j in range(48000)))
        for i in range(int(seconds * fps)):
            frame = pictures[i % fps]
            frame.pts = i
            out.mux(video.encode(frame))
            start = (i % fps) * per_frame * 2
            sound = av.AudioFrame(format="s16", layout="mono", samples=per_frame)
            data = second[start : start + per_frame * 2]
            sound.planes[0].update(data + bytes(sound.planes[0].buffer_size - len(data)))
            sound.sample_rate, sound.pts, sound.time_base = 48000, i * per_frame, Fraction(1, 48000)
            out.mux(audio.encode(sound))
        out.mux(video.encode(None))
        out.mux(audio.encode(None))
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--chunk-mb", type=float, default=2)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection, connections
    from django.test import Client
    from django.test.testcases import LiveServerThread

    work = Path(tempfile.mkdtemp(prefix="practice-bench-"))
    settings.PRACTICE_STORAGE_ROOT = work / "private"
    settings.PRACTICE_CHUNK_BYTES = int(args.chunk_mb * 1024 * 1024)
    settings.ALLOWED_HOSTS = ["*"]
    print(f"Making a {args.seconds:g} s {args.width}x{args.height} {args.fps} fps WebM (VP8/Opus)...", flush=True)
    started = time.perf_counter()
    source = make_recording(work / "response.webm", args.seconds, args.width, args.height, args.fps)
    print(f"  made in {time.perf_counter() - started:.1f} s: {source.stat().st_size / 1e6:.1f} MB")

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    server = None
    try:
        from django.core.files.uploadedfile import SimpleUploadedFile
        from wagtailmedia.models import Media

        from practice import consent
        from practice.models import Exercise, Rubric, RubricItem, Submission
        from tests import factories

        trainee = factories.TraineeFactory(username="bench_trainee")
        consent.give(trainee)
        rubric = Rubric.objects.create(title="Bench rubric", track="mbt", description="Bench.")
        RubricItem.objects.create(rubric=rubric, domain="D", text="Item")
        clip = Media.objects.create(
            title="Bench clip", type="video", duration=10, file=SimpleUploadedFile("clip.mp4", b"clip")
        )
        exercise = Exercise.objects.create(
            title="Bench",
            live=True,
            prompt="Respond.",
            rubric=rubric,
            stimulus=clip,
            max_response_seconds=min(900, int(args.seconds) + 30),
        )
        client = Client()
        client.force_login(trainee)
        cookies = "; ".join(f"{k}={v.value}" for k, v in client.cookies.items())
        csrf = "benchcsrftoken0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP"[:64]
        cookies += f"; csrftoken={csrf}"

        default = connections["default"]
        default.inc_thread_sharing()
        server = LiveServerThread("127.0.0.1", lambda app: app, connections_override={"default": default})
        server.daemon = True
        server.start()
        server.is_ready.wait()
        data = source.read_bytes()
        headers = {"Cookie": cookies, "X-CSRFToken": csrf, "Referer": f"http://127.0.0.1:{server.port}/"}

        def post(path, body, extra):
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=600)
            conn.request("POST", path, body=body, headers={**headers, **extra})
            response = conn.getresponse()
            payload = response.read()
            conn.close()
            if response.status not in (200, 201):
                raise SystemExit(f"{path} answered {response.status}: {payload[:300]!r}")
            return payload

        import json

        upload_started = time.perf_counter()
        state = json.loads(
            post(
                f"/practice/exercises/{exercise.pk}/uploads/",
                f"size={len(data)}&name=response.webm",
                {"Content-Type": "application/x-www-form-urlencoded"},
            )
        )
        chunk = state["chunk_bytes"]
        offsets = list(range(0, len(data), chunk))
        for offset in offsets[:-1]:
            post(state["chunk_url"], data[offset : offset + chunk], {"Upload-Offset": str(offset)})
        upload_seconds = time.perf_counter() - upload_started
        last_started = time.perf_counter()
        post(state["chunk_url"], data[offsets[-1] :], {"Upload-Offset": str(offsets[-1])})
        last_seconds = time.perf_counter() - last_started
        submission = Submission.objects.get(pk=state["id"])
        if submission.status != "ready":
            raise SystemExit(f"Processing ended {submission.status}: {submission.failure_reason}")

        from practice import media

        out = work / "again"
        started = time.perf_counter()
        result = media.transcode(source, out)
        processing = time.perf_counter() - started
        sent = len(data) - len(data[offsets[-1] :])
        poster_kb = result.poster.stat().st_size / 1e3
        print(f"Upload over loopback, {len(offsets)} chunks of {chunk / 1048576:g} MiB:")
        print(f"  all but the last chunk: {upload_seconds:.2f} s ({sent / 1e6 / max(upload_seconds, 1e-9):.0f} MB/s)")
        print(f"  last chunk + processing (immediate task backend): {last_seconds:.1f} s")
        print(f"Processing alone (probe, transcode to H.264/AAC MP4 faststart, poster): {processing:.1f} s")
        print(f"  {args.seconds / processing:.1f}x real time on this machine ({os.cpu_count()} CPUs)")
        print(
            f"Sizes: upload {len(data) / 1e6:.1f} MB -> MP4 {result.size / 1e6:.1f} MB "
            f"({result.width}x{result.height}, {result.duration:.1f} s), poster {poster_kb:.0f} kB"
        )
    finally:
        if server is not None:
            server.terminate()
            default.dec_thread_sharing()
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
