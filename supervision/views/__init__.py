"""The supervisor workspace: reports (`reports`) and marking (`marking`).

Every view is behind `supervisor_required` and asks `supervision.scope` (reports) or
`supervision.marking` (attempts and essays) whose work it may show.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from supervision.scope import can_supervise


def supervisor_required(view):
    """Logged in (else the login page) and a supervisor or site administrator (else 403)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_supervise(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
