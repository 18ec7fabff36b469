"""Benchmark of the site's pages under gunicorn, as ratios to a hello-world view of the same server and run.

Builds a throw-away PostgreSQL database (``test_<name>`` of DATABASE_URL), migrates it and seeds the demo,
starts a Redis of its own and gunicorn with production settings (``bench.settings``: production plus a
hello-world URL) and 2 workers on loopback, then measures, in rounds, each page's requests per second with a
small asyncio client (one connection per request, as gunicorn's sync workers close each), the hello-world view
first in every round. Prints a table: page, requests/s, ratio to hello-world (the median over the rounds),
queries (one warm request, counted in this process against the same database and cache) and bytes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_pages .venv/bin/python bench/pages.py
    ... bench/pages.py --seconds 5 --rounds 5 --concurrency 8

Figures are printed, never asserted. See bench/README.md.
"""

import argparse
import asyncio
import io
import os
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"


@dataclass
class Page:
    label: str
    path: str
    who: str = ""  # "", "trainee" or "supervisor": whose session cookie goes with the requests
    rates: list = field(default_factory=list)  # requests per second, one per round
    ratios: list = field(default_factory=list)
    queries: int | None = None
    size: int = 0
    errors: int = 0


# The load ----------------------------------------------------------------------------------------


async def _one(port, request):
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(request)
    await writer.drain()
    data = await reader.read()
    writer.close()
    return data[9:12] == b"200"


async def _load(port, path, cookie, seconds, concurrency):
    headers = f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nConnection: close\r\n"
    if cookie:
        headers += f"Cookie: {cookie}\r\n"
    request = (headers + "\r\n").encode()
    done = errors = 0
    deadline = time.perf_counter() + seconds

    async def worker():
        nonlocal done, errors
        while time.perf_counter() < deadline:
            try:
                ok = await _one(port, request)
            except OSError:
                ok = False
            done += ok
            errors += not ok

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - start), errors


def requests_per_second(port, path, cookie="", seconds=3.0, concurrency=8):
    """(requests per second answered 200, requests that failed) for `seconds` of `concurrency` clients."""
    return asyncio.run(_load(port, path, cookie, seconds, concurrency))


# The server --------------------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_for(port, path, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if requests_per_second(port, path, seconds=0.05, concurrency=1)[0] > 0:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"nothing answered 200 at {path} on port {port} within {timeout:g} s")


def start_redis(port, workdir):
    command = [shutil.which("redis-server") or "redis-server", "--port", str(port), "--bind", HOST]
    command += ["--save", "", "--appendonly", "no", "--dir", workdir]
    return subprocess.Popen(  # noqa: S603 (Debian's redis-server, on loopback, for this run only)
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def start_gunicorn(port, env, workers=2, threads=1):
    """gunicorn with `workers` processes; with `threads` > 1 each is a threaded worker (gthread)."""
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    command = [gunicorn, "config.wsgi", "--workers", str(workers), "--bind", f"{HOST}:{port}", "--log-level", "warning"]
    if threads > 1:
        command += ["--threads", str(threads)]
    return subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603 (the project's gunicorn, on loopback)


def stop(process):
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def server_env(database_url, redis_url):
    """The environment of the benchmark (this process and gunicorn): production settings, for this run."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "TASKS_BACKEND": "immediate",
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="bench-pages-media-"),
    }


# The run -----------------------------------------------------------------------------------------


def pages_of_the_demo():
    """The pages measured, from the seeded demo: the trainee is part-way through DBT essentials."""
    from courses.models import CoursePage, ModulePage, TechniqueIndexPage
    from techniques.models import Technique

    course = CoursePage.objects.live().get(slug="dbt-essentials")
    module = ModulePage.objects.live().child_of(course).order_by("path")[2]
    glossary = TechniqueIndexPage.objects.live().get()
    technique = Technique.objects.filter(moments__isnull=False).order_by("name").first()
    return [
        Page("hello-world", "/bench/hello/"),
        Page("home", "/"),
        Page("catalogue", "/courses/"),
        Page("course", course.url),
        Page("module", module.url),
        Page("glossary", glossary.url),
        Page("technique", f"{glossary.url}{technique.slug}/"),
        Page("module, signed in", module.url, "trainee"),
        Page("dashboard", "/dashboard/", "trainee"),
        Page("supervisor's matrix", "/supervision/matrix/", "supervisor"),
    ]


def sessions(clients):
    """{who: Cookie header} for the demo's trainee and supervisor, signed in through the test client."""
    from django.conf import settings

    from accounts.models import User

    cookies = {"": ""}
    for who, username in (("trainee", "trainee"), ("supervisor", "supervisor")):
        clients[who].force_login(User.objects.get(username=username))
        cookies[who] = f"{settings.SESSION_COOKIE_NAME}={clients[who].cookies[settings.SESSION_COOKIE_NAME].value}"
    return cookies


def count_queries(clients, page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = clients[page.who]
    client.get(page.path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.path)
    if response.status_code != 200:
        raise RuntimeError(f"{page.label}: GET {page.path} answered {response.status_code}")
    page.queries, page.size = len(queries), len(response.content)


def run(args):
    import dj_database_url

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL URL (its test_<name> database is made and dropped).")
    workdir = tempfile.mkdtemp(prefix="bench-pages-")
    redis_port, web_port = free_port(), free_port()
    parts = dj_database_url.parse(database_url)
    test_url = database_url.rsplit("/", 1)[0] + f"/test_{parts['NAME']}"
    env = server_env(database_url, f"redis://{HOST}:{redis_port}/0")
    os.environ.update({key: value for key, value in env.items() if key != "DATABASE_URL"})
    os.environ["DATABASE_URL"] = database_url
    redis = gunicorn = None
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    try:
        redis = start_redis(redis_port, workdir)
        started = time.perf_counter()
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=False)
        call_command("seed_demo", verbosity=0, stdout=io.StringIO())
        say(f"Database {connection.settings_dict['NAME']} migrated and seeded in {time.perf_counter() - started:.0f} s")
        served = {**env, "DATABASE_URL": test_url}
        gunicorn = start_gunicorn(web_port, served, workers=args.workers, threads=args.threads)
        wait_for(web_port, "/bench/hello/")
        clients = {"": Client(), "trainee": Client(), "supervisor": Client()}
        cookies = sessions(clients)
        pages = pages_of_the_demo()
        for page in pages:
            count_queries(clients, page)
            requests_per_second(web_port, page.path, cookies[page.who], 0.5, args.concurrency)  # warm-up
        say(
            f"gunicorn, {args.workers} workers × {args.threads} threads, production settings, PostgreSQL, Redis; "
            f"{args.concurrency} clients, "
            f"{args.seconds:g} s per page, {args.rounds} rounds (hello-world first in each)\n"
        )
        for _round in range(args.rounds):
            hello = None
            for page in pages:
                cookie = cookies[page.who]
                rate, errors = requests_per_second(web_port, page.path, cookie, args.seconds, args.concurrency)
                hello = hello or rate
                page.rates.append(rate)
                page.ratios.append(rate / hello if hello else float("nan"))
                page.errors += errors
        print_table(pages)
    finally:
        stop(gunicorn)
        stop(redis)
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
        shutil.rmtree(workdir, ignore_errors=True)
        shutil.rmtree(env["MEDIA_ROOT"], ignore_errors=True)


def print_table(pages):
    header = f"{'page':<22}{'requests/s':>12}{'ratio':>9}{'queries':>9}{'bytes':>10}{'errors':>8}"
    say(header)
    say("-" * len(header))
    for page in pages:
        rate = statistics.median(page.rates) if page.rates else 0.0
        ratio = statistics.median(page.ratios) if page.ratios else float("nan")
        queries = "" if page.queries is None else page.queries
        say(f"{page.label:<22}{rate:>12.1f}{ratio:>9.3f}{queries:>9}{page.size:>10,}{page.errors:>8}")


def say(text=""):
    print(text, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="seconds of load per page and round (3)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over every page (3)")
    parser.add_argument("--concurrency", type=int, default=8, help="clients at once (8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker (1: sync workers)")
    return parser.parse_args(argv)


def main(argv=None):
    run(parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
