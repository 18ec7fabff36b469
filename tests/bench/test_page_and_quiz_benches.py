"""The page benchmark and the quiz load test keep working: their load clients against a tiny local server.

The full runs need PostgreSQL, Redis and gunicorn and take minutes (bench/README.md); these take a second and
prove the parts that measure: the request loop, the HTTP reading, the table and the percentiles.
"""

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench import pages, quiz_load


class Answer(BaseHTTPRequestHandler):
    def do_GET(self):
        status = 404 if self.path == "/missing/" else 200
        self.send_response(status)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(302)
        self.send_header("Location", "/quizzes/attempts/1/")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer((pages.HOST, 0), Answer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_the_page_benchmark_counts_requests_answered_200_and_the_failures(server):
    rate, errors = pages.requests_per_second(server, "/", seconds=0.3, concurrency=2)
    assert rate > 10 and errors == 0
    rate, errors = pages.requests_per_second(server, "/missing/", seconds=0.2, concurrency=1)
    assert rate == 0 and errors > 0


def test_the_page_benchmark_prints_its_table(capsys):
    page = pages.Page("module", "/m/", rates=[900.0, 1000.0, 1100.0], ratios=[0.9, 1.0, 1.1], queries=0, size=23755)
    pages.print_table([page])
    out = capsys.readouterr().out
    assert "requests/s" in out and "ratio" in out
    assert "module" in out and "1000.0" in out and "1.000" in out and "23,755" in out


def test_the_load_test_reads_status_headers_and_body(server):
    status, headers, body = asyncio.run(quiz_load.http(server, "GET", "/", "a=b"))
    assert (status, body) == (200, b"hello")
    status, headers, _body = asyncio.run(quiz_load.http(server, "POST", "/take/", "a=b", b"answer=1", csrf="x"))
    assert status == 302 and headers["location"] == "/quizzes/attempts/1/"


def test_the_load_test_percentiles():
    values = [i / 100 for i in range(1, 101)]
    assert quiz_load.percentile(values, 0.5) == 0.51
    assert quiz_load.percentile(values, 0.99) == 1.0
