"""Once created the roles as groups and gave them their permissions.

The roles, and everything each one holds, are now declared in ``accounts.roles.ROLES`` and applied
by ``accounts.role_sync`` after every ``migrate`` (and by ``manage.py sync_roles``), which also removes
Wagtail's "Moderators" group. This migration stays, empty, because later ones depend on it.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailmedia", "0005_alter_media_options"),
    ]

    operations = []
