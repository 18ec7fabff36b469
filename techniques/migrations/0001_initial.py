"""The technique taxonomy moves out of ``courses`` into a room of its own, keeping its tables.

State only: the tables ``courses_technique`` and ``courses_techniquemoment`` were created by
``courses/0002`` and stay as they are; ``courses/0006`` drops the models from the courses app's state
and moves their content types here, so permissions, search entries and references carry over.
"""

import django.core.validators
import django.db.models.deletion
import modelsearch.index
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Technique',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(help_text='A short stable tag, e.g. MBT-SRE or DBT-CHAIN.', max_length=20, unique=True, validators=[django.core.validators.RegexValidator('^[A-Z][A-Z0-9-]*$', 'Use capital letters, digits and hyphens, e.g. MBT-SRE.')], verbose_name='code')),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('slug', models.SlugField(help_text="Used in the glossary's address.", max_length=40, unique=True, verbose_name='slug')),
                        ('track', models.CharField(choices=[('mbt', 'MBT'), ('dbt', 'DBT'), ('shared', 'Shared')], max_length=10, verbose_name='track')),
                        ('kind', models.CharField(choices=[('therapist_move', 'Therapist move'), ('patient_state', 'Patient state'), ('skill', 'Skill'), ('flag', 'Cross-model flag')], default='therapist_move', max_length=20, verbose_name='kind')),
                        ('definition', models.CharField(max_length=220, verbose_name='one-line definition')),
                        ('explanation', wagtail.fields.RichTextField(blank=True, verbose_name='explanation')),
                    ],
                    options={
                        'verbose_name': 'technique',
                        'verbose_name_plural': 'techniques',
                        'db_table': 'courses_technique',
                        'ordering': ['name'],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='TechniqueMoment',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('clip_id', models.CharField(max_length=80)),
                        ('clip_title', models.CharField(max_length=255)),
                        ('seconds', models.DecimalField(decimal_places=2, max_digits=8)),
                        ('note', models.CharField(blank=True, max_length=255)),
                        ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='technique_moments', to=settings.WAGTAIL_PAGE_MODEL)),
                        ('technique', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='moments', to='techniques.technique')),
                    ],
                    options={
                        'db_table': 'courses_techniquemoment',
                        'ordering': ['page__path', 'clip_id', 'seconds'],
                    },
                ),
            ],
        ),
    ]
