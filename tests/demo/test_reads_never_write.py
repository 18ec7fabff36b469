"""Reading never writes: every page of the seeded demo a role reaches by GET leaves the database as it was.

The demo (seeded with its search index, as `make run` seeds it; see conftest.py) is crawled as each role
(visitor, two trainees, supervisor, editor, clinical reviewer, admin): from the start pages every role has
(home, catalogue, glossary, search, quizzes, certificate check; dashboard, progress and supervision when
signed in; the admin's menu for staff), following every link a GET opens (three of each view whose paths
differ only in an id). Each request runs inside `CaptureQueriesContext`; any INSERT, UPDATE or DELETE fails
the test, except what belongs to signing in: the session, django-axes' login records, the user's `last_login`
and the profile Wagtail makes for a staff user the first time it looks for one; and one audit record by
design: a view of a trainee's practice recording by someone else (`practice_recordingview`, an INSERT),
because the studio promises the trainee that every such view is logged, and a view is a GET.

Left out: logging out (a POST anyway) and the admin's forms for changing things (edit, add, delete...). A quiz's
take page is crawled: starting an attempt is a POST, so its GET only reads.
"""

import re
from collections import Counter, deque
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

ROLES = {
    "visitor": None,
    "trainee": "trainee",
    "second trainee": "aisha.rahman",  # one of the further trainees; given a password here to log in
    "supervisor": "supervisor",
    "editor": "editor",
    "clinical reviewer": "reviewer",
    "admin": "admin",
}
STAFF = {"editor", "clinical reviewer", "admin"}
SITE_START = [
    "/",
    "/courses/",
    "/techniques/",
    "/search/?q=validation",
    "/quizzes/",
    "/quizzes/categories/",
    "/certificates/verify/",
]
SIGNED_IN_START = ["/dashboard/", "/quizzes/progress/", "/supervision/"]
SKIP = re.compile(
    r"^/(static|media|documents|jsi18n)/|/logout/"
    # The admin's forms for changing things. Their GET is a form, not a page to read, and Wagtail's edit views
    # record an editing session and a comment subscription on GET by design (its concurrent-editing notices).
    r"|^/admin/(.*/)?(edit|delete|unpublish|copy|move|lock|unlock|revisions|convert_alias|workflow|add_subpage"
    r"|add|bulk|preview|chooser|editing-sessions)/"
    # A settings page is an edit form too (and Wagtail makes the settings row when it is first opened).
    r"|^/admin/settings/"
)
# Query-string variants (sorting, filters, pages) of one path: one shows that they read; all of them would
# multiply the crawl.
VARIANTS_PER_PATH = 1
# Paths that differ only in an id (/supervision/trainees/7/, /admin/pages/12/...) are one view with one
# template: a few of them show what it reads; every trainee's, page's or attempt's would multiply the crawl.
PATHS_PER_ID_PATTERN = 3
ID = re.compile(r"/\d+(?=/)")
ADMIN_PAGES_PER_ROLE = 100
HREF = re.compile(r'href="([^"#]*)')
ADMIN_MENU_URL = re.compile(r'"url": "(/admin/[^"]*)"')
HTML = "text/html"
WRITE = re.compile(r"^\s*(INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?(\w+)\"?", re.I)
LAST_LOGIN = re.compile(r'^\s*UPDATE "accounts_user" SET "last_login" = \S+ WHERE "accounts_user"\."id" = ', re.I)


def forbidden_write(sql):
    """The table an INSERT, UPDATE or DELETE writes, unless it belongs to signing in; None for reads.

    Signing in: the session, django-axes' login records, the user's last login, and the Wagtail profile that
    Wagtail makes for a staff user the first time it looks for one (an INSERT, once per user).
    """
    match = WRITE.match(sql)
    if not match:
        return None
    table = match.group(2)
    if table == "django_session" or table.startswith("axes_") or LAST_LOGIN.match(sql):
        return None
    inserts = sql.lstrip().upper().startswith("INSERT")
    if table in ("wagtailusers_userprofile", "practice_recordingview") and inserts:
        return None
    return table


def test_the_check_tells_writes_from_reads_and_sign_in_records():
    assert forbidden_write('INSERT INTO "learning_certificate" ("user_id") VALUES (1)') == "learning_certificate"
    assert forbidden_write('UPDATE "learning_moduleprogress" SET "completed_at" = 1') == "learning_moduleprogress"
    assert forbidden_write('INSERT OR IGNORE INTO "learning_clipprogress" ("x") VALUES (1)') == "learning_clipprogress"
    assert forbidden_write('DELETE FROM "courses_quizplacement" WHERE 1') == "courses_quizplacement"
    assert forbidden_write('UPDATE "accounts_user" SET "first_name" = \'x\' WHERE "accounts_user"."id" = 1')
    assert forbidden_write('SELECT "learning_enrolment"."id" FROM "learning_enrolment"') is None
    assert forbidden_write('UPDATE "django_session" SET "session_data" = \'x\'') is None
    assert forbidden_write('INSERT INTO "axes_accesslog" ("username") VALUES (\'x\')') is None
    assert forbidden_write('UPDATE "accounts_user" SET "last_login" = \'2026\' WHERE "accounts_user"."id" = 1') is None
    assert forbidden_write('INSERT INTO "wagtailusers_userprofile" ("user_id") VALUES (1)') is None
    assert forbidden_write('UPDATE "wagtailusers_userprofile" SET "theme" = \'dark\'') == "wagtailusers_userprofile"
    assert forbidden_write('INSERT INTO "practice_recordingview" ("viewer_id") VALUES (1)') is None
    assert forbidden_write('DELETE FROM "practice_recordingview" WHERE 1') == "practice_recordingview"


def links_of(html, admin):
    """Same-site paths linked from a page, the admin's own only when crawling the admin."""
    found = []
    for href in [*HREF.findall(html), *(ADMIN_MENU_URL.findall(html) if admin else [])]:
        parts = urlsplit(unescape(href))
        if parts.scheme not in ("", "http") or parts.netloc not in ("", "testserver", "localhost"):
            continue
        if not parts.path.startswith("/") or SKIP.search(parts.path):
            continue
        if parts.path.startswith("/admin/") != admin:
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def crawl(client, start, admin=False, limit=None):
    """GET every page reachable from `start`; returns ({url: status}, [(url, table, sql)] of forbidden writes)."""
    queue, seen, variants, patterns = deque(start), set(start), Counter(), Counter()
    statuses, writes = {}, []
    while queue and (limit is None or len(statuses) < limit):
        url = queue.popleft()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        statuses[url] = response.status_code
        for query in captured:
            table = forbidden_write(query["sql"])
            if table:
                writes.append((url, table, query["sql"][:300]))
        follow = [response["Location"]] if response.status_code in (301, 302) else []
        if response.status_code == 200 and response.get("Content-Type", "").startswith(HTML):
            follow = links_of(response.content.decode(), admin)
        for link in follow:
            path = link.split("?")[0]
            if link in seen or SKIP.search(path) or path.startswith("/admin/") != admin:
                continue
            if "?" in link:
                variants[path] += 1
                if variants[path] > VARIANTS_PER_PATH:
                    continue
            pattern = ID.sub("/N", path)
            if pattern != path:
                patterns[pattern] += 1
                if patterns[pattern] > PATHS_PER_ID_PATTERN:
                    continue
            seen.add(link)
            queue.append(link)
    return statuses, writes


def signed_in(username, password):
    client = Client()
    if username:
        response = client.post("/accounts/login/", {"username": username, "password": password})
        assert response.status_code == 302, f"{username} could not log in"
    return client


def visited(statuses, pattern):
    return [url for url, status in statuses.items() if status == 200 and re.search(pattern, url)]


# What each role's crawl must have opened, so that a crawl that found nothing cannot pass.
MUST_REACH = {
    "visitor": [r"^/courses/[\w-]+/[\w-]+/$", r"^/techniques/[\w-]+/$", r"^/search/", r"^/quizzes/[\w-]+/$"],
    "trainee": [
        r"^/dashboard/$",
        r"^/quizzes/progress/$",
        r"^/courses/dbt-essentials/[\w-]+/$",
        r"^/quizzes/attempts/",
        r"^/learning/certificates/\d+/$",
    ],
    "second trainee": [r"^/dashboard/$", r"^/courses/mbt-essentials/[\w-]+/$"],
    "supervisor": [r"^/supervision/trainees/\d+/$", r"^/supervision/modules/\d+/$", r"^/supervision/matrix/"],
    "editor": [r"^/admin/$", r"^/admin/pages/\d+/$", r"^/admin/snippets/"],
    "clinical reviewer": [r"^/admin/$", r"^/admin/pages/\d+/$"],
    "admin": [r"^/admin/$", r"^/admin/users/", r"^/supervision/trainees/\d+/$", r"^/supervision/marking/"],
}


# One test per role, so that parallel test processes share the crawl out.
@pytest.mark.parametrize("role", ROLES)
def test_no_page_opened_by_get_writes_to_the_database(demo, role):
    username = ROLES[role]
    if role == "second trainee":
        # One of the further trainees, given the demo users' password to log in.
        second = get_user_model().objects.get(username=username)
        second.set_password(demo.password)
        second.save()
    client = signed_in(username, demo.password)
    statuses, writes = crawl(client, SITE_START + (SIGNED_IN_START if username else []))
    if role in STAFF:
        admin_statuses, admin_writes = crawl(client, ["/admin/"], admin=True, limit=ADMIN_PAGES_PER_ROLE)
        statuses.update(admin_statuses)
        writes += admin_writes
    report = "\n".join(f"{url}: {table}: {sql}" for url, table, sql in writes)
    assert not writes, f"{role}: pages opened by GET wrote to the database:\n{report}"
    errors = sorted(url for url, status in statuses.items() if status >= 500)
    assert not errors, f"{role}: server errors on {errors}"
    unreached = [pattern for pattern in MUST_REACH[role] if not visited(statuses, pattern)]
    assert not unreached, f"{role}: the crawl reached no page like {unreached} ({len(statuses)} pages)"
