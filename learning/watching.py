"""Role-play video watching, reported by the player and checked by the server.

Rendering a module for an enrolled trainee issues a signed token naming the trainee, the module, the time it
was served and the module's uploaded clips with their lengths. The player reports, for one clip, the parts it
has actually played on this visit (the video's played ranges, so skipping ahead does not count) together with
that token. A report is accepted
only with a valid token for this trainee and module, for a clip the module holds, and for no more seconds
than could have been played since the page was served: elapsed time × the fastest playback rate the
player offers, plus a little slack. The same bound holds for everything the clip is credited, over all the
reports and all the pages served: each second newly credited takes its share of real time
(`ClipProgress.paced_until`), so many small reports, or reports under pages opened at the same time, add up to
no more than one player at its fastest rate could have played. A forged request therefore cannot complete a
video on a page that was never served, or faster than the video could have been watched.

The parts played are kept across visits and merged, so a trainee may watch a clip in several sittings.

A report is cheap (the player sends one every few seconds of playing): the token already proves that the
trainee may see the module and says which clips it holds, so only the clip's progress row is read and written.
"""

import json
import math
import time
from typing import Any

from django.core import signing
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtailmedia.models import get_media_model

from accounts.models import User
from courses.models import ModulePage
from courses.page_cache import remember
from learning.models import ClipProgress, LearningSettings

# [[start, end], ...] in seconds of a clip.
Ranges = list[list[float]]

SALT = "learning.watch"
MAX_PLAYBACK_RATE = 2.0
SLACK_SECONDS = 5.0
TOKEN_MAX_AGE = 24 * 60 * 60
MAX_RANGES = 500
MAX_REPORT_CHARS = MAX_RANGES * 40  # the player writes each part as [start, end] with two decimals
JOIN_GAP = 0.5  # seconds: played parts closer than this are one part
WATCH_SHARE_KEY = "learning.watch_share"
WATCH_SHARE_SECONDS = 10 * 60  # saving the settings forgets the copy at once; this bounds a stale one
TOO_MUCH = gettext_lazy("More was reported than could have been played since the page was served.")


def parse_ranges(raw: str | bytes) -> Ranges:
    """The player's played ranges, '[[start, end], ...]' in seconds; ValueError when malformed."""
    if len(raw) > MAX_REPORT_CHARS:
        raise ValueError(f"ranges must be at most {MAX_REPORT_CHARS} characters")
    try:
        data = json.loads(raw)
    except RecursionError:
        raise ValueError("ranges must be [start, end] pairs, not nested deeper") from None
    if not isinstance(data, list) or len(data) > MAX_RANGES:
        raise ValueError(f"ranges must be a list of at most {MAX_RANGES} [start, end] pairs")
    ranges = []
    for item in data:
        if not (isinstance(item, list) and len(item) == 2):
            raise ValueError("each range must be a [start, end] pair")
        start, end = (_seconds(value) for value in item)
        if start < 0 or end < start:
            raise ValueError("each range must run forwards from zero or later")
        ranges.append([start, end])
    return ranges


def parse_duration(raw: str | None) -> float:
    """The length of the clip as the browser knows it, in seconds (0: not known); ValueError when malformed."""
    duration = float(raw or 0)
    if not math.isfinite(duration) or duration < 0:
        raise ValueError("duration must be a number of seconds, zero or more")
    return duration


def _seconds(value: Any) -> float:
    """A JSON number as a finite float; ValueError for anything else (true, null, a list, 1e999, 10**400)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a range's start and end must be numbers")
    try:
        seconds = float(value)
    except OverflowError:
        raise ValueError("a range's start and end must be numbers of seconds") from None
    if not math.isfinite(seconds):
        raise ValueError("a range's start and end must be finite")
    return seconds


def merge(ranges: Ranges) -> Ranges:
    """Overlapping or adjoining [start, end] pairs joined, in order."""
    merged: Ranges = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1] + JOIN_GAP:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def covered(ranges: Ranges) -> float:
    return sum(end - start for start, end in ranges)


class Refused(Exception):
    """A report that cannot be accepted; the message says why."""


def watch_share() -> int:
    """The share of a video to watch, from the completion settings, cached (reports come every few seconds)."""
    share = cache.get(WATCH_SHARE_KEY)
    if share is None:
        share = LearningSettings.load().watch_share
        cache.set(WATCH_SHARE_KEY, share, WATCH_SHARE_SECONDS)
    return share


def forget_watch_share() -> None:
    cache.delete(WATCH_SHARE_KEY)


def issue_token(user: User, module: ModulePage) -> str:
    """The token a module page is served with: who, which module, when, and its uploaded clips' lengths."""
    media_ids = module.uploaded_clips()

    def read_lengths() -> dict[int, float | None]:
        media = get_media_model().objects.filter(pk__in=set(media_ids.values()))
        return dict(media.values_list("pk", "duration"))

    # The lengths change only with the media or the module, both of which purge what is remembered.
    lengths = remember(f"clip-lengths:{module.pk}", read_lengths) if module.pk else read_lengths()
    clips = {clip_id: lengths.get(media_id) or 0 for clip_id, media_id in media_ids.items()}
    return signing.dumps({"u": user.pk, "m": module.pk, "t": time.time(), "c": clips}, salt=SALT, compress=True)


def read_token(token: str, user: User, module_id: int) -> tuple[float, dict[str, Any]]:
    """(when the page was served, {clip id: length}); Refused if the token is not this user's for this module."""
    try:
        data = signing.loads(token, salt=SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        raise Refused(_("The page has expired or the token is not valid; reload the page.")) from None
    if data.get("u") != user.pk or data.get("m") != module_id:
        raise Refused(_("This token belongs to another page."))
    return float(data["t"]), data.get("c", {})


def record_report(
    user: User,
    module_id: int,
    token: str,
    clip_id: str,
    ranges: Ranges,
    reported_duration: float | None,
    now: float | None = None,
) -> tuple[ClipProgress, bool]:
    """Accept or refuse one report of the parts played on one visit.

    Returns (the clip's ClipProgress, whether this report completed the clip).

    Replays and concurrent posts are harmless: the parts are merged, never added twice. Two reports at once
    cannot lose each other's parts either: a row is only written if nobody wrote it since it was read, and
    otherwise read again and merged again.
    """
    now_seconds = now if now is not None else time.time()
    served, clips = read_token(token, user, module_id)
    elapsed = now_seconds - served
    if clip_id not in clips:
        raise Refused(_("This module has no such video."))
    ranges = merge(ranges)
    if elapsed < 0:
        raise Refused(_("The report does not add up."))
    if covered(ranges) > elapsed * MAX_PLAYBACK_RATE + SLACK_SECONDS:
        raise Refused(TOO_MUCH)
    # The library's length when the page was served; without one, the browser's, which the elapsed-time check
    # still bounds.
    duration = clips[clip_id] or reported_duration
    if not duration or duration <= 0:
        raise Refused(_("The video's length is not known yet."))
    share = watch_share() / 100
    within = [[start, min(end, duration)] for start, end in ranges if start < duration]
    pace = (served, now_seconds)
    watched_before = None  # as first read: the clip counts as completed by this report if it was not then
    for _turn in range(5):
        progress = ClipProgress.objects.filter(user=user, module_id=module_id, clip_id=clip_id).first()
        if watched_before is None:
            watched_before = progress is not None and progress.completed_at is not None
        if progress is None:
            # Inserted unless another report did so a moment ago; either way the next turn reads the row back
            # and merges into it (nothing more to merge when it is this one).
            first = ClipProgress(user=user, module_id=module_id, clip_id=clip_id)
            _merged(first, within, duration, share, pace)
            ClipProgress.objects.bulk_create([first], ignore_conflicts=True)
            continue
        if _merged(progress, within, duration, share, pace) and not _saved_unless_changed(progress):
            continue
        return progress, progress.completed_at is not None and not watched_before
    raise Refused(_("Too many reports at once; the next one will carry these parts too."))


def _merged(progress: ClipProgress, ranges: Ranges, duration: float, share: float, pace: tuple[float, float]) -> bool:
    """Merge `ranges` into `progress`; True if that changed anything, Refused if it would credit too much.

    `pace` is (when the reporting page was served, now): the seconds newly credited are played from the later of
    that page's serving and the end of what was credited before, and must end by now (with the slack).
    """
    before = (progress.played, progress.watched_seconds, progress.duration, progress.completed_at)
    played = merge([*progress.played, *ranges])
    added = covered(played) - covered(progress.played)
    if added > 0:
        served, now = pace
        paced_until = max(progress.paced_until, served) + added / MAX_PLAYBACK_RATE
        if paced_until > now + SLACK_SECONDS / MAX_PLAYBACK_RATE:
            raise Refused(TOO_MUCH)
        progress.paced_until = paced_until
    progress.played = played
    progress.watched_seconds = max(progress.watched_seconds, min(covered(progress.played), duration))
    progress.duration = duration
    if progress.completed_at is None and progress.watched_seconds >= share * duration - 0.01:
        progress.completed_at = timezone.now()
    return (progress.played, progress.watched_seconds, progress.duration, progress.completed_at) != before


def _saved_unless_changed(progress: ClipProgress) -> bool:
    """Write `progress` only if the row is as it was read (its `updated_at` unchanged); True if written."""
    read_at, progress.updated_at = progress.updated_at, timezone.now()
    fields = ("played", "watched_seconds", "duration", "paced_until", "completed_at", "updated_at")
    return bool(
        ClipProgress.objects.filter(pk=progress.pk, updated_at=read_at).update(
            **{name: getattr(progress, name) for name in fields}
        )
    )
