"""Benchmark of the supervisor's cohort matrix and its exports, over the full stack.

Builds a throw-away test database (SQLite in memory by default; PostgreSQL when DATABASE_URL is set) with a
synthetic curriculum and cohorts of synthetic trainees, then measures, with Django's test client logged in as
each cohort's supervisor:

- the matrix page (`/supervision/matrix/?cohort=<id>`) for the baseline cohort and the large cohort;
- the CSV and XLSX exports (`/supervision/matrix/export.<fmt>?cohort=<id>`), consumed to the last byte;
- the peak Python memory (tracemalloc) while the CSV exports stream (the export cohort against a cohort of the
  large one's size with as little work per trainee), and while the XLSX export of the large cohort is sent.

Figures are printed, never asserted. The script exits non-zero when a page does not answer 200 (or answers
without the whole cohort in it, which would make its figures meaningless).

    .venv/bin/python bench/cohort_matrix.py                      # 10 / 1,000 / 10,000 trainees, 40 modules
    .venv/bin/python bench/cohort_matrix.py --quick              # tiny sizes, a smoke test (tests/bench)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_matrix .venv/bin/python bench/cohort_matrix.py

See bench/README.md for what the figures mean.
"""

import argparse
import cProfile
import datetime
import gc
import io
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

PAGE_TARGET_SECONDS = 1.0
BIG_PAGE_TARGET_SECONDS = 0.5  # the export cohort's matrix page (10,000 trainees), its totals kept
XLSX_TARGET_SECONDS = 5.0  # the export cohort's XLSX
SPARSE_DONE = 2  # modules completed at most by each trainee of the export cohort (keeps its build short)
FLAT_RATIO = 1.5  # the larger export's peak memory may be at most this many times the smaller one's

FULL = {"trainees": 1000, "modules": 40, "export_trainees": 10000, "baseline": 10, "repeat": 5}
QUICK = {"trainees": 3, "modules": 4, "export_trainees": 20, "baseline": 2, "repeat": 2}

FIRST_NAMES = [
    "Amira", "Bruno", "Chen", "Dara", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kaia", "Luca",
    "Maren", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tove", "Ugo", "Vera", "Wanjiru", "Yusuf",
]  # fmt: skip
LAST_NAMES = [
    "Aziz", "Brandt", "Cao", "Doyle", "Eriksen", "Fischer", "García", "Haddad", "Ivanova", "Jensen", "Kowalski",
    "Lindqvist", "Mensah", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka", "Úlfarsson",
    "Van Dijk", "Weber", "Yilmaz", "Zhou",
]  # fmt: skip


class PageError(Exception):
    """A measured page did not answer 200, or did not report the whole cohort."""


@dataclass
class World:
    courses: list
    modules: list  # in the matrix's column order
    quizzes: list  # the quiz placed in each module, aligned with `modules`
    pass_mark: int = 60


@dataclass
class Case:
    """One measured request: a page or an export, for one cohort."""

    label: str
    trainees: int
    seconds: float = 0.0
    runs: list = field(default_factory=list)
    queries: int = 0
    size: int = 0  # bytes of the response body
    rows: int | None = None  # CSV lines (header, one per trainee, totals)
    peak: int | None = None  # bytes, tracemalloc


# Command line ------------------------------------------------------------------------------------


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, help="trainees in the large cohort (default 1000)")
    parser.add_argument("--modules", type=int, help="modules in all, split over two courses (default 40)")
    parser.add_argument("--export-trainees", type=int, help="trainees in the export cohort (default 10000)")
    parser.add_argument("--baseline", type=int, help="trainees in the baseline cohort (default 10)")
    parser.add_argument("--repeat", type=int, help="timed runs per case, after one warm-up (default 5)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the synthetic data (default 2026)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for the smoke test")
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="on PostgreSQL, measure without table statistics (no ANALYZE after the bulk load)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="also print a cProfile of the large cohort's page and CSV export"
    )
    args = parser.parse_args(argv)
    defaults = QUICK if args.quick else FULL
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.modules < 2 or min(args.trainees, args.export_trainees, args.baseline, args.repeat) < 1:
        parser.error("sizes must be positive and --modules at least 2")
    return args


def say(text=""):
    print(text, flush=True)


def n(value):
    return f"{value:,}"


# Database ----------------------------------------------------------------------------------------


def describe_database(connection):
    vendor = connection.vendor
    if vendor == "sqlite":
        return "SQLite (in-memory test database)" if connection.is_in_memory_db() else "SQLite"
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if vendor == "postgresql" else "SELECT 1")
        version = str(cursor.fetchone()[0])
    return f"{vendor} ({version.split(' on ')[0]}), database {connection.settings_dict['NAME']}"


# Building the data -------------------------------------------------------------------------------


def build_curriculum(module_count):
    """Home, catalogue, an MBT and a DBT course, each module with its own quiz, and both cross-training goals."""
    from learning.models import CrossTrainingGoal, CrossTrainingModule
    from tests.courses.factories import CoursePageFactory, ModulePageFactory, make_curriculum
    from tests.factories import make_quiz

    tree = make_curriculum(modules=0)  # home > catalogue ("MBT essentials"), glossary; the default site
    mbt = tree.course
    dbt = CoursePageFactory(parent=tree.catalogue, title="DBT essentials", slug="dbt-essentials", track="dbt")
    pass_mark = 60
    modules, quizzes = [], []
    per_course = {mbt: module_count - module_count // 2, dbt: module_count // 2}
    for course, count in per_course.items():
        for index in range(count):
            title = f"{course.title}, module {index + 1}"
            quiz = make_quiz(kinds=["mc_single"], title=f"{title}: check", pass_mark=pass_mark)
            module = ModulePageFactory(
                parent=course,
                title=title,
                slug=f"{course.slug}-{index + 1}",
                body=[("text", "<p>Some text.</p>"), ("quiz", {"quiz": quiz, "heading": "Check"})],
            )
            modules.append(module)
            quizzes.append(quiz)
    mbt_modules, dbt_modules = modules[: per_course[mbt]], modules[per_course[mbt] :]
    # Each home modality's goal: the first five modules of the other side's course.
    for modality, title, goal_modules in (
        ("mbt", "DBT for MBT clinicians", dbt_modules[:5]),
        ("dbt", "MBT for DBT clinicians", mbt_modules[:5]),
    ):
        goal = CrossTrainingGoal.objects.create(home_modality=modality, title=title)
        CrossTrainingModule.objects.bulk_create(
            [CrossTrainingModule(goal=goal, module=module, sort_order=i) for i, module in enumerate(goal_modules)]
        )
    return World(courses=[mbt, dbt], modules=modules, quizzes=quizzes, pass_mark=pass_mark)


def build_cohort(world, name, size, rng, max_done=None, prefix="t"):
    """A cohort of `size` trainees made with bulk_create, its own supervisor, and a realistic spread of work.

    Each trainee has completed a random prefix of the modules (at most `max_done`), started the next one, and
    finished one or two attempts at the quiz of each completed module (a failed one first when two). Returns
    (cohort, supervisor, counts of the rows created).
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db.models import F
    from django.utils import timezone

    from accounts import roles
    from learning.models import Cohort, Enrolment, ModuleProgress
    from quizzes.models import Attempt
    from tests.factories import SupervisorFactory

    User = get_user_model()
    now = timezone.now()
    today = timezone.localdate()
    total = len(world.modules)
    max_done = total if max_done is None else min(max_done, total)
    batch = 2000

    supervisor = SupervisorFactory(username=f"{prefix}-supervisor", first_name="Bench", last_name=f"Supervisor {name}")
    cohort = Cohort.objects.create(name=name, starts_on=today - datetime.timedelta(days=90))
    cohort.courses.add(*world.courses)  # no trainees yet: the enrolment signal has nothing to do
    cohort.supervisors.add(supervisor)

    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}{i:05d}",
                first_name=rng.choice(FIRST_NAMES),
                last_name=f"{rng.choice(LAST_NAMES)} {i:05d}",
                email=f"{prefix}{i:05d}@example.org",
                password="!unusable-bench-password",  # noqa: S106 (an unusable password, as set_unusable_password)
                home_modality=rng.choice(["mbt", "dbt"]),
            )
            for i in range(size)
        ],
        batch_size=batch,
    )
    if any(user.pk is None for user in users):  # a backend that cannot return the new keys
        users = list(User.objects.filter(username__startswith=prefix).exclude(pk=supervisor.pk).order_by("username"))
    trainees_group = Group.objects.get(name=roles.TRAINEES)
    Member = Cohort.trainees.through
    Member.objects.bulk_create([Member(cohort_id=cohort.pk, user_id=user.pk) for user in users], batch_size=batch)
    InGroup = User.groups.through
    InGroup.objects.bulk_create(
        [InGroup(user_id=user.pk, group_id=trainees_group.pk) for user in users], batch_size=batch
    )

    course_of = [next(c for c in world.courses if m.path.startswith(c.path)) for m in world.modules]
    last_module_of = {course.pk: max(i for i, c in enumerate(course_of) if c == course) for course in world.courses}

    progress, attempts, enrolments = [], [], []
    for user in users:
        done = rng.randint(0, max_done)
        moment = now - datetime.timedelta(days=rng.uniform(60, 85))
        step = datetime.timedelta(days=rng.uniform(20, 55) / max(done, 1))  # the trainee's pace
        finished_course = {}
        for j in range(done):
            completed = moment + step * rng.uniform(0.5, 1.0)
            tries = rng.choice([1, 1, 2])
            for number in range(1, tries + 1):
                failing = number < tries
                percent = rng.randint(20, world.pass_mark - 1) if failing else rng.randint(world.pass_mark, 100)
                finished = completed - datetime.timedelta(minutes=30 * (tries - number + 1))
                attempts.append(attempt_row(Attempt, user, world.quizzes[j], number, percent, finished, world))
            progress.append(
                ModuleProgress(
                    user_id=user.pk,
                    module_id=world.modules[j].pk,
                    last_seen_at=completed,
                    read_at=completed,
                    completed_at=completed,
                )
            )
            finished_course[course_of[j].pk] = completed
            moment = completed
        if done < total:
            opened = min(moment + datetime.timedelta(hours=rng.uniform(1, 72)), now)
            module = world.modules[done]
            progress.append(ModuleProgress(user_id=user.pk, module_id=module.pk, last_seen_at=opened))
            if rng.random() < 0.3:  # a first try that did not pass
                percent = rng.randint(10, world.pass_mark - 1)
                attempts.append(attempt_row(Attempt, user, world.quizzes[done], 1, percent, opened, world))
        for course in world.courses:
            completed_course = finished_course.get(course.pk) if done > last_module_of[course.pk] else None
            enrolments.append(
                Enrolment(user_id=user.pk, course_id=course.pk, cohort_id=cohort.pk, completed_at=completed_course)
            )
    Enrolment.objects.bulk_create(enrolments, batch_size=batch)
    ModuleProgress.objects.bulk_create(progress, batch_size=batch)
    Attempt.objects.bulk_create(attempts, batch_size=batch)
    # bulk_create stamps auto_now_add fields with "now": put the opening times back (completed modules were
    # opened a while before they were completed, open ones when last seen).
    members = Member.objects.filter(cohort_id=cohort.pk).values("user_id")
    ModuleProgress.objects.filter(user_id__in=members, completed_at__isnull=False).update(
        started_at=F("completed_at") - datetime.timedelta(hours=20)
    )
    ModuleProgress.objects.filter(user_id__in=members, completed_at__isnull=True).update(started_at=F("last_seen_at"))
    counts = {"users": len(users), "progress": len(progress), "attempts": len(attempts), "enrolments": len(enrolments)}
    return cohort, supervisor, counts


def attempt_row(Attempt, user, quiz, number, percent, finished, world):
    return Attempt(
        quiz_id=quiz.pk,
        user_id=user.pk,
        number=number,
        status="finished",
        finished_at=finished,
        score=Decimal(percent) / 100,
        max_score=Decimal(1),
        percent=Decimal(percent),
        passed=percent >= world.pass_mark,
    )


def timed_build(function, *args, **kwargs):
    from django.db import transaction

    start = time.perf_counter()
    with transaction.atomic():
        result = function(*args, **kwargs)
    elapsed = time.perf_counter() - start
    return result, elapsed


# Measuring ---------------------------------------------------------------------------------------


def fetch(client, url):
    """GET `url` and read the whole body: (response, bytes, chunks of a streamed body or None)."""
    response = client.get(url)
    if response.status_code != 200:
        raise PageError(f"GET {url} answered {response.status_code}, not 200")
    if not response.streaming:
        return response, len(response.content), None
    size = chunks = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        chunks += 1  # the CSV export yields one line per chunk; the XLSX one, blocks of the file
    response.close()
    return response, size, chunks


def check(case, response, chunks, kind):
    """The figures only mean something if the whole cohort was reported: say so when it was not."""
    if kind == "page":
        matrix = response.context["matrix"]
        if matrix is None or matrix.trainee_count != case.trainees:
            found = None if matrix is None else matrix.trainee_count
            raise PageError(f"the matrix page reports {found} trainees, not {case.trainees}")
    elif kind == "csv" and chunks != case.trainees + 2:
        raise PageError(f"the CSV export has {chunks} lines, not {case.trainees + 2} (header, trainees, totals)")


def measure(client, case, url, repeat, before_each=None):
    """Warm up once, count the queries of one request, then time `repeat` requests and keep the median.

    `before_each` runs before the counted and each timed request (untimed): to forget the cohort's kept totals,
    so that the request works them out as the first one after a change does.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    before_each = before_each or (lambda: None)
    kind = "csv" if "export.csv" in url else "xlsx" if "export.xlsx" in url else "page"
    response, _size, chunks = fetch(client, url)
    check(case, response, chunks, kind)
    before_each()
    with CaptureQueriesContext(connection) as queries:
        _response, case.size, chunks = fetch(client, url)
    case.queries = len(queries)
    if kind == "csv":
        case.rows = chunks
    for _ in range(repeat):
        before_each()
        start = time.perf_counter()
        fetch(client, url)
        case.runs.append(time.perf_counter() - start)
    case.seconds = statistics.median(case.runs)
    return case


def peak_memory(client, url):
    """Peak of Python allocations (tracemalloc) while `url` is requested and its body consumed."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fetch(client, url)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def profile(client, url, title, limit=25):
    """Print a cProfile of one request (top `limit` by cumulative time) and its slowest queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    profiler = cProfile.Profile()
    with CaptureQueriesContext(connection) as queries:
        profiler.enable()
        fetch(client, url)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(limit)
    say(f"\n--- cProfile: {title} (sorted by cumulative time, top {limit}) ---")
    say(out.getvalue().strip())
    timed = sorted(queries.captured_queries, key=lambda q: float(q["time"]), reverse=True)
    total = sum(float(q["time"]) for q in timed)
    say(f"\n{len(timed)} queries, {total:.3f} s in the database driver's execute (server-side cursor fetches not")
    say("included); the slowest five:")
    for query in timed[:5]:
        say(f"  {float(query['time']):.3f} s  {query['sql'][:400]}")


# Report ------------------------------------------------------------------------------------------


def mb(value):
    return value / (1024 * 1024)


def print_table(groups):
    header = f"{'case':<14}{'trainees':>10}{'seconds (median)':>18}{'queries':>9}{'vs baseline':>13}"
    header += f"{'bytes':>13}{'rows':>9}"
    say(header)
    say("-" * len(header))
    for cases in groups:
        base = cases[0]
        for case in cases:
            ratio = case.seconds / base.seconds if base.seconds else float("nan")
            line = f"{case.label:<14}{n(case.trainees):>10}{case.seconds:>18.3f}{case.queries:>9}{ratio:>12.1f}×"
            line += f"{n(case.size):>13}{'' if case.rows is None else n(case.rows):>9}"
            say(line)


def run(args):
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment, teardown_test_environment

    rng = random.Random(args.seed)
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    start = time.perf_counter()
    # autoclobber: a test database left behind by an interrupted run is replaced, never prompted for.
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=False)
    say(f"Database: {describe_database(connection)}")
    say(f"Test database created and migrated in {time.perf_counter() - start:.1f} s")
    try:
        world, elapsed = timed_build(build_curriculum, args.modules)
        say(
            f"Built the curriculum in {elapsed:.1f} s: {len(world.courses)} courses, {len(world.modules)} modules, "
            f"each with its own quiz; cross-training goals for MBT and DBT"
        )
        cohorts = {}
        for key, size, max_done, what in (
            ("baseline", args.baseline, None, "the baseline cohort"),
            ("large", args.trainees, None, "the large cohort"),
            ("export", args.export_trainees, SPARSE_DONE, "the export cohort"),
            (
                "sparse",
                args.trainees,
                SPARSE_DONE,
                "the comparison cohort (the large one's size, the export one's spread)",
            ),
        ):
            (cohort, supervisor, counts), elapsed = timed_build(
                build_cohort, world, f"Bench {key} ({n(size)})", size, rng, max_done=max_done, prefix=key
            )
            cohorts[key] = (cohort, supervisor, size)
            say(
                f"Built {what} in {elapsed:.1f} s: {n(counts['users'])} trainees, "
                f"{n(counts['enrolments'])} enrolments, {n(counts['progress'])} module progress rows, "
                f"{n(counts['attempts'])} finished attempts"
                + (f" (at most {max_done} modules completed each)" if max_done else "")
            )

        if connection.vendor == "postgresql" and not args.no_analyze:
            # A live database has statistics (autovacuum analyzes soon after a bulk load); a fresh one has none,
            # and the planner then picks nested loops that make the figures depend on autovacuum's timing.
            start = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            say(f"Ran ANALYZE in {time.perf_counter() - start:.1f} s, as autovacuum would after a bulk load")
        elif connection.vendor == "postgresql":
            say("No ANALYZE (--no-analyze): the planner works without statistics of the new rows")

        clients = {}
        for key, (_cohort, supervisor, _size) in cohorts.items():
            clients[key] = Client()  # each cohort has its own supervisor, who sees only that cohort
            clients[key].force_login(supervisor)

        def url(key, path):
            return f"/supervision/matrix/{path}?cohort={cohorts[key][0].pk}"

        from supervision import reports

        def case(label, key, path, before_each=None):
            return measure(clients[key], Case(label, cohorts[key][2]), url(key, path), args.repeat, before_each)

        def forgetting(key):
            return lambda: reports.forget_totals([cohorts[key][0].pk])

        say(f"\nTime: one warm-up, one run counting queries, then the median of {args.repeat} timed runs\n")
        # "totals kept": the cohort's totals per module as the matrix keeps them between changes; "worked out":
        # forgotten before each request, as after a completion or a mark in the cohort.
        keys = ("baseline", "large", "export")
        pages = [case("matrix page", key, "", forgetting(key)) for key in keys]
        kept = [case("  totals kept", key, "") for key in keys]
        csvs = [case("CSV export", key, "export.csv") for key in keys]
        xlsxs = [case("XLSX export", key, "export.xlsx") for key in keys]
        print_table([pages, kept, csvs, xlsxs])

        say("\nPeak Python memory (tracemalloc) while an export is requested and its whole body consumed:\n")
        sparse = Case("CSV export", args.trainees)
        memory = [
            (csvs[0], "baseline", "export.csv", "full spread"),
            (csvs[1], "large", "export.csv", "full spread"),
            (sparse, "sparse", "export.csv", f"at most {SPARSE_DONE} modules each"),
            (csvs[2], "export", "export.csv", f"at most {SPARSE_DONE} modules each"),
            (xlsxs[1], "large", "export.xlsx", "full spread"),
        ]
        for item, key, path, spread in memory:
            item.peak = peak_memory(clients[key], url(key, path))
            who = f"{n(item.trainees)} trainees ({spread}):"
            say(f"{item.label:<14}{who:<44}{mb(item.peak):7.2f} MB")

        if args.profile:
            profile(clients["large"], url("large", ""), f"matrix page, {n(args.trainees)} trainees")
            profile(clients["large"], url("large", "export.csv"), f"CSV export, {n(args.trainees)} trainees")
            profile(clients["export"], url("export", "export.csv"), f"CSV export, {n(args.export_trainees)} trainees")

        page, big, dense = pages[1], csvs[2], csvs[1]
        huge, huge_kept, huge_xlsx = pages[2], kept[2], xlsxs[2]
        ratio = big.peak / sparse.peak if sparse.peak else float("nan")
        dense_ratio = big.peak / dense.peak if dense.peak else float("nan")
        say("\nSummary")
        say(
            f"{n(page.trainees)}-trainee matrix page: {page.seconds:.3f} s (target < {PAGE_TARGET_SECONDS:g} s): "
            f"{'met' if page.seconds < PAGE_TARGET_SECONDS else 'not met'}"
        )
        say(
            f"{n(big.trainees)}-trainee CSV: peak memory {mb(big.peak):.2f} MB vs {mb(sparse.peak):.2f} MB for "
            f"{n(sparse.trainees)} (ratio {ratio:.2f}): {'flat' if ratio <= FLAT_RATIO else 'not flat'} "
            f"(same work per trainee; flat means at most {FLAT_RATIO:g}×)"
        )
        say(
            f"  against the {n(dense.trainees)}-trainee cohort with the full spread of work ({mb(dense.peak):.2f} MB): "
            f"ratio {dense_ratio:.2f}"
        )
        xlsx = xlsxs[1]
        say(f"{n(xlsx.trainees)}-trainee XLSX: {xlsx.seconds:.3f} s, peak memory {mb(xlsx.peak):.2f} MB")
        say(
            f"{n(huge.trainees)}-trainee matrix page: {huge.seconds:.3f} s with its totals worked out, "
            f"{huge_kept.seconds:.3f} s with them kept (target < {BIG_PAGE_TARGET_SECONDS:g} s): "
            f"{'met' if huge_kept.seconds < BIG_PAGE_TARGET_SECONDS else 'not met'}"
        )
        say(
            f"{n(huge_xlsx.trainees)}-trainee XLSX: {huge_xlsx.seconds:.3f} s (target < {XLSX_TARGET_SECONDS:g} s): "
            f"{'met' if huge_xlsx.seconds < XLSX_TARGET_SECONDS else 'not met'}"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
        media = Path(str(settings.MEDIA_ROOT))
        if media.name.startswith("mbtdbt-test-media-") and media.parent == Path(tempfile.gettempdir()):
            shutil.rmtree(media, ignore_errors=True)


def main(argv=None):
    args = parse_args(argv)
    started = time.perf_counter()
    try:
        run(args)
    except PageError as error:
        say(f"\nFAILED: {error}")
        return 1
    say(f"\nTotal run time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
