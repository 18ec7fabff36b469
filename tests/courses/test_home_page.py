from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import HomePage
from tests import factories


class TestHomePage(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()

    def test_lives_only_at_the_top_of_the_tree(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_is_routable_renderable_editable_and_previewable(self):
        self.assertPageIsRoutable(self.home)
        self.assertPageIsRenderable(self.home)
        self.assertPageIsEditable(self.home)
        self.assertPageIsPreviewable(self.home)

    def test_shows_its_lead_and_introduction(self):
        response = self.client.get(self.home.url)
        self.assertContains(response, "Training for MBT and DBT clinicians.")
        self.assertContains(response, "Welcome, clinicians.")
        self.assertContains(response, "not a clinical certification")
