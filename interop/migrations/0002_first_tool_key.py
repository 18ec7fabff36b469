"""Our first LTI key pair, made here so that the key set is there from the start and no page view writes one."""

from django.db import migrations


def make_first_key(apps, schema_editor):
    from interop.keys import new_key_fields

    ToolKey = apps.get_model("interop", "ToolKey")
    if not ToolKey.objects.filter(retired_at__isnull=True).exists():
        ToolKey.objects.create(**new_key_fields())


class Migration(migrations.Migration):
    dependencies = [("interop", "0001_initial")]

    operations = [migrations.RunPython(make_first_key, migrations.RunPython.noop)]
