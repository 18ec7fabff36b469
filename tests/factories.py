"""Factories shared by the whole suite."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles
from courses.models import HomePage

TEST_PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password(TEST_PASSWORD)


def in_group(group_name):
    """A post-generation step that puts the new user in a role's group."""

    def add(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=group_name))

    return factory.PostGeneration(add)


class TraineeFactory(UserFactory):
    role = in_group(roles.TRAINEES)


class SupervisorFactory(UserFactory):
    role = in_group(roles.SUPERVISORS)


class EditorFactory(UserFactory):
    role = in_group(roles.EDITORS)


class AdminFactory(UserFactory):
    is_staff = True
    is_superuser = True


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Training home"
    lead = "Training for MBT and DBT clinicians."


def serve_as_default_site(page):
    """Make `page` the root of the only, default site, as `seed_demo` does."""
    from wagtail.models import Site

    Site.objects.all().delete()
    return Site.objects.create(hostname="localhost", port=80, root_page=page, is_default_site=True, site_name="Test")


def make_home():
    """A fresh home page at the top of the tree, served as the default site."""
    from wagtail.models import Page

    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, slug="home", intro="<p>Welcome, clinicians.</p>")
    serve_as_default_site(home)
    return home
