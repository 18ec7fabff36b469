"""Small recordings made with PyAV for the tests: a moving picture and a tone, as a browser or phone might send."""

import math
import struct
from fractions import Fraction
from pathlib import Path

import av
from PIL import Image

# The bytes of each recording made in this test process, by its arguments: encoding VP8 takes seconds, and
# most tests want the same two-second response.
_made = {}


def make_recording(path, seconds=2.0, width=320, height=240, fps=15, video=True, audio=True, container="webm"):
    """Write a test recording to `path` and return it. `container`: webm (VP8/Opus) or mp4 (H.264/AAC).

    A recording with the same arguments as one made before in this process is a copy of it.
    """
    path = Path(path)
    key = (seconds, width, height, fps, video, audio, container)
    if key in _made:
        path.write_bytes(_made[key])
        return path
    _encode(path, *key)
    _made[key] = path.read_bytes()
    return path


def _encode(path, seconds, width, height, fps, video, audio, container):
    codecs = {"webm": ("libvpx", "libopus"), "mp4": ("libx264", "aac"), "ogg": (None, "libopus")}[container]
    with av.open(str(path), "w", format=container) as out:
        v = a = None
        if video:
            v = out.add_stream(codecs[0], rate=fps)
            v.width, v.height, v.pix_fmt = width, height, "yuv420p"
        if audio:
            a = out.add_stream(codecs[1], rate=48000)
            a.layout = "mono"
        frames = int(seconds * fps)
        for i in range(frames):
            if v is not None:
                picture = Image.new("RGB", (width, height), (20, 20, 20))
                picture.paste((40, 120, 200), (0, 0, max(1, (i * width) // frames), height))
                frame = av.VideoFrame.from_image(picture)
                frame.pts = i
                out.mux(v.encode(frame))
        if a is not None:
            total = int(seconds * 48000)
            for start in range(0, total, 960):
                n = min(960, total - start)
                frame = av.AudioFrame(format="s16", layout="mono", samples=n)
                tone = [int(6000 * math.sin(2 * math.pi * 440 * (start + j) / 48000)) for j in range(n)]
                data = struct.pack(f"<{n}h", *tone)
                frame.planes[0].update(data + bytes(frame.planes[0].buffer_size - len(data)))
                frame.sample_rate = 48000
                frame.pts = start
                frame.time_base = Fraction(1, 48000)
                out.mux(a.encode(frame))
        if v is not None:
            out.mux(v.encode(None))
        if a is not None:
            out.mux(a.encode(None))
    return path
