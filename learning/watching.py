"""Role-play video watching, reported by the player and checked by the server.

Rendering a module for an enrolled trainee issues a signed token naming the trainee, the module and the
time it was served. The player reports, for one clip, the parts it has actually played on this visit (the
video's played ranges, so skipping ahead does not count) together with that token. A report is accepted
only with a valid token for this trainee and module, for a clip the module holds, and for no more seconds
than could have been played since the page was served: elapsed time × the fastest playback rate the
player offers, plus a little slack. A forged request therefore cannot complete a video on a page that was
never served, or faster than the video could have been watched.

The parts played are kept across visits and merged, so a trainee may watch a clip in several sittings.
"""

import json
import math
import time

from django.core import signing
from django.db import transaction
from django.utils import timezone
from wagtailmedia.models import get_media_model

from learning.models import ClipProgress, LearningSettings

SALT = "learning.watch"
MAX_PLAYBACK_RATE = 2.0
SLACK_SECONDS = 5.0
TOKEN_MAX_AGE = 24 * 60 * 60
MAX_RANGES = 500
JOIN_GAP = 0.5  # seconds: played parts closer than this are one part


def parse_ranges(raw):
    """The player's played ranges, '[[start, end], ...]' in seconds; ValueError when malformed."""
    data = json.loads(raw)
    if not isinstance(data, list) or len(data) > MAX_RANGES:
        raise ValueError(f"ranges must be a list of at most {MAX_RANGES} [start, end] pairs")
    ranges = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 2):
            raise ValueError("each range must be a [start, end] pair")
        start, end = (float(value) for value in item)
        if not (math.isfinite(start) and math.isfinite(end)) or start < 0 or end < start:
            raise ValueError("each range must run forwards from zero or later")
        ranges.append([start, end])
    return ranges


def merge(ranges):
    """Overlapping or adjoining [start, end] pairs joined, in order."""
    merged = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + JOIN_GAP:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def covered(ranges):
    return sum(end - start for start, end in ranges)


class Refused(Exception):
    """A report that cannot be accepted; the message says why."""


def issue_token(user, module):
    return signing.dumps({"u": user.pk, "m": module.pk, "t": time.time()}, salt=SALT, compress=True)


def served_at(token, user, module):
    """When the page carrying this token was served; Refused if the token is not this user's for this module."""
    try:
        data = signing.loads(token, salt=SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise Refused("The page has expired or the token is not valid; reload the page.") from None
    if data.get("u") != user.pk or data.get("m") != module.pk:
        raise Refused("This token belongs to another page.")
    return float(data["t"])


def record_report(user, module, token, clip_id, ranges, reported_duration, now=None):
    """Accept or refuse one report of the parts played on one visit; returns the clip's ClipProgress.

    Replays and concurrent posts are harmless: the parts are merged, never added twice.
    """
    now_seconds = now if now is not None else time.time()
    elapsed = now_seconds - served_at(token, user, module)
    media_ids = module.uploaded_clips()
    if clip_id not in media_ids:
        raise Refused("This module has no such video.")
    ranges = merge(ranges)
    if elapsed < 0:
        raise Refused("The report does not add up.")
    if covered(ranges) > elapsed * MAX_PLAYBACK_RATE + SLACK_SECONDS:
        raise Refused("More was reported than could have been played since the page was served.")
    duration = get_media_model().objects.filter(pk=media_ids[clip_id]).values_list("duration", flat=True).first() or 0
    if not duration:
        # The library does not know the length: take the browser's, which the elapsed-time check still bounds.
        duration = reported_duration
    if not duration or duration <= 0:
        raise Refused("The video's length is not known yet.")
    share = LearningSettings.load().watch_share / 100
    with transaction.atomic():
        progress, _ = ClipProgress.objects.get_or_create(user=user, module=module, clip_id=clip_id)
        progress = ClipProgress.objects.select_for_update().get(pk=progress.pk)
        within = [[start, min(end, duration)] for start, end in ranges if start < duration]
        progress.played = merge([*progress.played, *within])
        progress.watched_seconds = max(progress.watched_seconds, min(covered(progress.played), duration))
        progress.duration = duration
        if progress.completed_at is None and progress.watched_seconds >= share * duration - 0.01:
            progress.completed_at = timezone.now()
        progress.save()
    return progress
