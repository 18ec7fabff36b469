"""What every signed-in page asks of its viewer (their roles and permissions), from one cached lookup.

The header asks for two permissions (supervision, the admin) and the role of the viewer; Django and
``accounts.roles`` read them with three queries per request and keep them on the user object for that request
only (Django's ``_perm_cache``, and ``_role_names``, the memo of ``accounts.roles.has_role`` in this room).
``prime(user)`` fills both from the cache, kept per user until their groups or permissions, a group's
permissions, or the user themselves change (``register_signal_handlers``).
"""

import time

from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from accounts.models import User

GENERATION_KEY = "viewer:generation"
TIMEOUT = 60 * 60


def _generation():
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    return value


def _key(user_pk):
    return f"viewer:{_generation()}:{user_pk}"


def prime(user):
    """Fill the user object's permission and role caches from the cached lookup (or make it: three queries)."""
    if not user.is_authenticated or hasattr(user, "_perm_cache"):
        return
    key = _key(user.pk)
    known = cache.get(key)
    if known is None:
        known = {"perms": user.get_all_permissions(), "roles": set(user.groups.values_list("name", flat=True))}
        cache.set(key, known, TIMEOUT)
    user._perm_cache = known["perms"]
    user._role_names = known["roles"]


def forget_everyone(**kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def forget_user(sender, instance, update_fields=None, **kwargs):
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # signing in changes no role
    cache.delete(_key(instance.pk))


def forget_members(sender, instance, action, reverse, pk_set, **kwargs):
    """A user's groups or own permissions changed: from the user's side that user, from the other side those
    named (all of them when a group or permission is cleared of its users)."""
    if not action.startswith("post_"):
        return
    if not reverse:
        cache.delete(_key(instance.pk))
    elif pk_set:
        cache.delete_many([_key(pk) for pk in pk_set])
    else:
        forget_everyone()


def register_signal_handlers():
    for through in (User.groups.through, User.user_permissions.through):
        m2m_changed.connect(forget_members, sender=through, dispatch_uid=f"accounts_viewer_{through._meta.label}")
    m2m_changed.connect(forget_everyone, sender=Group.permissions.through, dispatch_uid="accounts_viewer_group_perms")
    for model in (Group, Permission):
        post_save.connect(forget_everyone, sender=model, dispatch_uid=f"accounts_viewer_saved_{model._meta.label}")
        post_delete.connect(forget_everyone, sender=model, dispatch_uid=f"accounts_viewer_deleted_{model._meta.label}")
    post_save.connect(forget_user, sender=User, dispatch_uid="accounts_viewer_user_saved")
    post_delete.connect(forget_user, sender=User, dispatch_uid="accounts_viewer_user_deleted")
