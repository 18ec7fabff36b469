"""A submitted recording is processed by a real background worker, not by the request that uploaded it.

The site's default task backend keeps jobs in the database (django-tasks-db, run by `manage.py db_worker`);
several app servers can share a Redis queue instead (django-tasks-rq, run by `manage.py rqworker`). The
tests elsewhere run tasks at once (test settings); these switch to each real backend.
"""

import socket

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from practice import submitting
from practice.models import Status, Submission
from tests.practice.conftest import upload

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
REDIS = ("127.0.0.1", 6379)


def redis_is_up():
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return False
    return True


# The worker closes and reopens its database connection between jobs, as it would on a server: the test runs
# outside a transaction, with the database restored afterwards.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_upload_only_queues_the_job_and_the_database_worker_processes_it(settings, exercise, supervised, webm):
    settings.TASKS = DATABASE_TASKS
    submission = submitting.submit_file(supervised, exercise, upload(webm))

    # The trainee's request returns at once: the recording waits, and the job waits in the database.
    assert submission.status == Status.PROCESSING
    job = DBTaskResult.objects.get()
    assert job.task_path == "practice.tasks.process_submission"
    assert job.args_kwargs["args"] == [str(submission.pk)]

    call_command("db_worker", batch=True, startup_delay=False, interval=0, reload=False, verbosity=0)

    submission.refresh_from_db()
    assert submission.status == Status.READY
    assert submission.recording
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"


@pytest.mark.skipif(not redis_is_up(), reason="No Redis on 127.0.0.1:6379 (CI starts one).")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_the_redis_queue_an_rq_worker_processes_the_recording(settings, exercise, supervised, webm):
    import django_rq

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    # A Redis database of its own (one per database engine: CI runs the SQLite and PostgreSQL passes at once),
    # emptied first, so that nothing else's jobs are run or left behind.
    from django.db import connection

    number = 13 if connection.vendor == "sqlite" else 14
    settings.RQ_QUEUES = {"default": {"URL": f"redis://127.0.0.1:6379/{number}", "DEFAULT_TIMEOUT": 120}}
    queue = django_rq.get_queue("default")
    queue.connection.flushdb()
    try:
        submission = submitting.submit_file(supervised, exercise, upload(webm))
        assert submission.status == Status.PROCESSING
        assert queue.count == 1

        call_command("rqworker", "default", burst=True, job_class="django_tasks_rq.Job", worker_class="rq.SimpleWorker")

        assert Submission.objects.get(pk=submission.pk).status == Status.READY
        assert queue.count == 0
    finally:
        queue.connection.flushdb()
