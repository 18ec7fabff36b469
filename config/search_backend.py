"""The search backend of the site and the admin: Wagtail's database search, given only queries it can take.

Wagtail's database backend (django-modelsearch) hands SQLite's full-text search a quote that is never closed
as it is, and either database a NUL byte, and both answer with a database error: a server error on the site's
search, every admin listing and every chooser. Each query string is cleaned first (courses.search).
"""

from functools import wraps

from wagtail.search.backends import database

from courses.search import clean_query


def SearchBackend(params):  # the name Wagtail looks up in a backend's module
    backend = database.SearchBackend(params)
    for name in ("search", "autocomplete"):
        setattr(backend, name, _cleaning(getattr(backend, name)))
    return backend


def _cleaning(method):
    @wraps(method)
    def cleaned(query, *args, **kwargs):
        return method(clean_query(query) if isinstance(query, str) else query, *args, **kwargs)

    return cleaned
