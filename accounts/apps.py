from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import m2m_changed, post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts and roles")

    def ready(self):
        from accounts import security_log, sessions, viewer
        from accounts.signal_handlers import (
            end_sessions_on_privilege_change,
            end_sessions_on_role_change,
            sync_roles_after_migrate,
        )

        viewer.register_signal_handlers()
        post_migrate.connect(sync_roles_after_migrate, sender=self, dispatch_uid="accounts.sync_roles")
        security_log.attach_handler()
        user_login_failed.connect(security_log.record_failed_login, dispatch_uid="accounts.record_failed_login")
        user_logged_in.connect(sessions.note_sign_in, dispatch_uid="accounts.note_sign_in")
        User = get_user_model()
        m2m_changed.connect(end_sessions_on_role_change, sender=User.groups.through, dispatch_uid="accounts.roles_end")
        pre_save.connect(end_sessions_on_privilege_change, sender=User, dispatch_uid="accounts.privilege_end")
