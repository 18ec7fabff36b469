"""Load test: N trainees take one quiz at once against gunicorn and PostgreSQL, on loopback, bounded in time.

Builds a throw-away PostgreSQL database (``test_<name>`` of DATABASE_URL) with a quiz of multiple-choice
questions (taken in order) and N trainees signed in, starts Redis and gunicorn (production settings,
``bench.settings``, 2 workers) and lets every trainee, released together (the start of a class: the spike),
start the quiz and answer each question after a think time, each request timed. Reports throughput, latency
(p50, p99), errors, then checks the database: each trainee has one finished attempt whose answers are exactly
the ones the server accepted (none lost, none doubled).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_quiz .venv/bin/python bench/quiz_load.py --trainees 400
    ... bench/quiz_load.py --trainees 400 --questions 5 --think 1.0-3.0 --deadline 120

Figures are printed; the script exits non-zero only when an answer was lost or doubled. See bench/README.md.
"""

import argparse
import asyncio
import os
import random
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.pages import HOST, free_port, server_env, start_gunicorn, start_redis, stop, wait_for  # noqa: E402

POSITION = re.compile(rb'name="position" value="(\d+)"')
SEQUENCE = re.compile(rb'name="sequence" value="(\d+)"')
CHOICE = re.compile(rb'name="answer" value="([^"]+)"')


@dataclass
class Trainee:
    username: str
    cookie: str
    accepted: int = 0  # answers the server took (a redirect to the next question or the result)
    errors: list = field(default_factory=list)


@dataclass
class Stats:
    latencies: list = field(default_factory=list)
    spike: list = field(default_factory=list)  # the start requests, all sent at once
    errors: int = 0


async def http(port, method, path, cookie, body=b"", csrf=""):
    """(status, headers dict, body) of one request on a new connection (gunicorn's sync workers close each)."""
    reader, writer = await asyncio.open_connection(HOST, port)
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\nCookie: {cookie}\r\n"
    if method == "POST":
        head += f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        head += f"X-CSRFToken: {csrf}\r\n"
    writer.write(head.encode() + b"\r\n" + body)
    await writer.drain()
    data = await reader.read()
    writer.close()
    header, _sep, content = data.partition(b"\r\n\r\n")
    lines = header.split(b"\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    headers = {}
    for line in lines[1:]:
        name, _colon, value = line.partition(b":")
        headers[name.strip().lower().decode()] = value.strip().decode()
    return status, headers, content


async def timed(stats, bucket, *args, **kwargs):
    start = time.perf_counter()
    try:
        result = await http(*args, **kwargs)
    except OSError as error:
        stats.errors += 1
        raise RuntimeError(f"connection failed: {error}") from None
    elapsed = time.perf_counter() - start
    stats.latencies.append(elapsed)
    bucket.append(elapsed)
    if result[0] >= 400:
        stats.errors += 1
    return result


async def take_quiz(port, trainee, slug, csrf, gate, stats, think, rng, deadline):
    """Start (released with everyone), then read each question and answer it after a think time."""
    cookie = trainee.cookie
    await gate.wait()
    status, _headers, _body = await timed(
        stats, stats.spike, port, "POST", f"/quizzes/{slug}/start/", cookie, b"", csrf=csrf
    )
    if status != 302:
        trainee.errors.append(f"start answered {status}")
        return
    while time.monotonic() < deadline:
        status, headers, page = await timed(stats, [], port, "GET", f"/quizzes/{slug}/take/", cookie)
        if status == 302:
            return  # no open attempt left: the last answer finished it
        position, sequence, choice = POSITION.search(page), SEQUENCE.search(page), CHOICE.search(page)
        if status != 200 or not (position and sequence and choice):
            trainee.errors.append(f"question page answered {status}")
            return
        await asyncio.sleep(rng.uniform(*think))
        body = f"position={position[1].decode()}&sequence={sequence[1].decode()}&answer={choice[1].decode()}"
        status, headers, _body = await timed(
            stats, [], port, "POST", f"/quizzes/{slug}/take/", cookie, body.encode(), csrf
        )
        if status != 302:
            trainee.errors.append(f"answer answered {status}")
            return
        trainee.accepted += 1
        if "/quizzes/attempts/" in headers.get("location", ""):
            return
    trainee.errors.append("the deadline came before the quiz was finished")


async def load(port, trainees, slug, csrf, think, seed, deadline_seconds):
    gate, stats = asyncio.Event(), Stats()
    deadline = time.monotonic() + deadline_seconds
    rng = random.Random(seed)
    tasks = [
        asyncio.create_task(take_quiz(port, t, slug, csrf, gate, stats, think, random.Random(rng.random()), deadline))
        for t in trainees
    ]
    await asyncio.sleep(0.2)  # every task waits at the gate
    start = time.perf_counter()
    gate.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for trainee, result in zip(trainees, results, strict=True):
        if isinstance(result, Exception):
            trainee.errors.append(str(result))
    return stats, time.perf_counter() - start


def build(trainee_count, questions):
    """The quiz (in order, multiple choice) and `trainee_count` trainees, each signed in: [(username, cookie)]."""
    from django.conf import settings
    from django.test import Client

    from accounts.models import User
    from tests import factories

    quiz = factories.make_quiz(kinds=("mc_single",) * questions, title="Load test quiz", slug="load-test-quiz")
    client, signed_in = Client(), []
    for number in range(trainee_count):
        user = factories.TraineeFactory(username=f"load{number:05d}")
        client.force_login(User.objects.get(pk=user.pk))
        signed_in.append((user.username, client.cookies[settings.SESSION_COOKIE_NAME].value))
        client.cookies.clear()
    return quiz, signed_in


def audit(quiz, trainees):
    """[problem] where the database disagrees with what the server accepted; [] when nothing was lost or doubled."""
    from django.db.models import Count

    from quizzes.models import Attempt

    problems = []
    attempts = {
        a["user__username"]: a
        for a in Attempt.objects.filter(quiz=quiz)
        .values("user__username", "status")
        .annotate(answers=Count("answers", distinct=True), n=Count("pk", distinct=True))
    }
    for trainee in trainees:
        found = attempts.get(trainee.username)
        if found is None:
            if trainee.accepted:
                problems.append(f"{trainee.username}: {trainee.accepted} answers accepted, no attempt stored")
            continue
        if found["n"] != 1:
            problems.append(f"{trainee.username}: {found['n']} attempts")
        if found["answers"] != trainee.accepted:
            problems.append(f"{trainee.username}: {trainee.accepted} answers accepted, {found['answers']} stored")
    return problems


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def run(args):
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL URL (its test_<name> database is made and dropped).")
    workdir = tempfile.mkdtemp(prefix="bench-quiz-")
    redis_port, web_port = free_port(), free_port()
    env = server_env(database_url, f"redis://{HOST}:{redis_port}/0")
    os.environ.update(env)
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    redis = gunicorn = None
    try:
        redis = start_redis(redis_port, workdir)
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=False)
        quiz, signed_in = build(args.trainees, args.questions)
        test_url = database_url.rsplit("/", 1)[0] + f"/{connection.settings_dict['NAME']}"
        served = {**env, "DATABASE_URL": test_url}
        gunicorn = start_gunicorn(web_port, served, workers=args.workers, threads=args.threads)
        wait_for(web_port, "/bench/hello/")
        from django.conf import settings

        csrf = secrets.token_hex(16)  # a CSRF secret of 32 characters, in the cookie and the header
        trainees = [
            Trainee(name, f"{settings.SESSION_COOKIE_NAME}={key}; {settings.CSRF_COOKIE_NAME}={csrf}")
            for name, key in signed_in
        ]
        low, high = (float(part) for part in args.think.split("-"))
        say(
            f"{args.trainees} trainees, a quiz of {args.questions} questions, think time {low:g}-{high:g} s, "
            f"gunicorn {args.workers} workers × {args.threads} threads "
            "(production settings, PostgreSQL, Redis), loopback"
        )
        stats, elapsed = asyncio.run(load(web_port, trainees, quiz.slug, csrf, (low, high), args.seed, args.deadline))
        problems = audit(quiz, trainees)
        failed = [t for t in trainees if t.errors]
        finished = sum(1 for t in trainees if not t.errors)
        count = len(stats.latencies)
        say(f"\nrequests            {count:,} in {elapsed:.1f} s ({count / elapsed:.1f}/s)")
        say(f"answers accepted    {sum(t.accepted for t in trainees):,}")
        say(f"quizzes finished    {finished} of {len(trainees)}")
        say(
            f"latency             p50 {statistics.median(stats.latencies) * 1000:.0f} ms, "
            f"p99 {percentile(stats.latencies, 0.99) * 1000:.0f} ms, max {max(stats.latencies) * 1000:.0f} ms"
        )
        say(
            f"start spike         {len(stats.spike)} starts at once: "
            f"p50 {statistics.median(stats.spike) * 1000:.0f} ms, "
            f"p99 {percentile(stats.spike, 0.99) * 1000:.0f} ms"
        )
        say(f"errors              {stats.errors} responses of 400 or more; {len(failed)} trainees stopped")
        for trainee in failed[:5]:
            say(f"  {trainee.username}: {'; '.join(trainee.errors)}")
        say(f"audit               {'no answer lost or doubled' if not problems else f'{len(problems)} problems'}")
        for problem in problems[:10]:
            say(f"  {problem}")
        return 1 if problems else 0
    finally:
        stop(gunicorn)
        stop(redis)
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(env["MEDIA_ROOT"], ignore_errors=True)


def say(text=""):
    print(text, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=400, help="simulated trainees (400: 200 per core here)")
    parser.add_argument("--questions", type=int, default=5, help="questions in the quiz (5)")
    parser.add_argument("--think", default="1.0-3.0", help="think time before each answer, seconds (1.0-3.0)")
    parser.add_argument("--deadline", type=float, default=120, help="seconds before the run stops (120)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (1: sync workers)")
    parser.add_argument("--seed", type=int, default=2026)
    return parser.parse_args(argv)


def main(argv=None):
    return run(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
