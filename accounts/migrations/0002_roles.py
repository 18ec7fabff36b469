"""Create the three roles as groups with least privilege.

Wagtail's first migration makes "Editors" and "Moderators" groups of its own;
this migration takes "Editors" over with exactly the permissions below and
removes "Moderators", whose publish-anything rights no role here should hold.
"""

from django.db import migrations

EDITOR_MODEL_PERMISSIONS = [("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add_image", "change_image", "choose_image", "delete_image"]),
    ("wagtaildocs", "document", ["add_document", "change_document", "choose_document", "delete_document"]),
    ("wagtailmedia", "media", ["add_media", "change_media", "delete_media"]),
]


def permission(apps, app_label, model, codename, name=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    perm, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name or codename.replace("_", " ")}
    )
    return perm


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    Group.objects.filter(name="Moderators").delete()
    Group.objects.get_or_create(name="Trainees")
    Group.objects.get_or_create(name="Supervisors")
    editors, _ = Group.objects.get_or_create(name="Editors")

    editors.permissions.clear()
    GroupPagePermission.objects.filter(group=editors).delete()
    GroupCollectionPermission.objects.filter(group=editors).delete()

    for app_label, model, codename, name in EDITOR_MODEL_PERMISSIONS:
        editors.permissions.add(permission(apps, app_label, model, codename, name))

    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(
                group=editors, page=root_page, permission=permission(apps, "wagtailcore", "page", codename)
            )

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, codenames in EDITOR_COLLECTION_PERMISSIONS:
            for codename in codenames:
                GroupCollectionPermission.objects.create(
                    group=editors,
                    collection=root_collection,
                    permission=permission(apps, app_label, model, codename),
                )


def remove_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Trainees", "Supervisors"]).delete()


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

    operations = [migrations.RunPython(create_roles, remove_roles)]
