"""Every page type: where it may live, and that it routes, renders, edits and previews."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.models import CourseIndexPage, CoursePage, HomePage, ModulePage, TechniqueIndexPage
from tests.courses.factories import (
    CAPTIONS,
    ModulePageFactory,
    TechniqueFactory,
    make_curriculum,
    make_video,
    video_value,
)
from tests.courses.forms import every_block, module_form


class TestPageTree(WagtailPageTestCase):
    def test_parent_and_child_rules_hold_on_both_ends(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage, TechniqueIndexPage})
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, set())
        self.assertAllowedParentPageTypes(TechniqueIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TechniqueIndexPage, set())

    def test_modules_cannot_be_created_outside_a_course(self):
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(CourseIndexPage, ModulePage)
        self.assertCanCreateAt(CoursePage, ModulePage)


class TestEveryPageType(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = make_curriculum(modules=3)
        cls.technique = technique = TechniqueFactory(code="MBT-VAL", name="Empathic validation")
        cls.media = make_video()
        cls.rich_module = ModulePageFactory(
            parent=cls.tree.course,
            title="Rupture and repair",
            slug="rupture-and-repair",
            body=[
                ("text", "<h2>What a rupture is</h2><p>A strain in the alliance.</p>"),
                ("key_points", {"heading": "Key points", "points": ["Own your part."]}),
                ("callout", {"kind": "caution", "title": "Risk first", "body": "<p>Check safety.</p>"}),
                ("technique", {"technique": technique, "note": "Validate before exploring."}),
                ("video", video_value(cls.media, technique)),
            ],
        )

    def pages(self):
        return [self.tree.home, self.tree.catalogue, self.tree.glossary, self.tree.course, *self.tree.modules]

    def test_every_page_routes_renders_edits_and_previews(self):
        for page in [*self.pages(), self.rich_module]:
            with self.subTest(page=page.title):
                self.assertPageIsRoutable(page)
                self.assertPageIsRenderable(page)
                # StreamFields are drawn by the admin's JavaScript, so modules post their form data explicitly.
                post_data = None
                if isinstance(page, ModulePage):
                    post_data = module_form(page.title, page.slug, every_block(self.technique, self.media, CAPTIONS))
                self.assertPageIsEditable(page, post_data=post_data)
                self.assertPageIsPreviewable(page, post_data=post_data)

    def test_each_page_type_can_be_created_through_the_admin_form(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text

        from tests.factories import AdminFactory, HomePageFactory

        # A site administrator publishes straight away, which is what assertCanCreate expects;
        # an editor's path through clinical review is in test_authoring.
        self.client.force_login(AdminFactory(username="site-admin"))
        root = Page.get_first_root_node()
        self.assertCanCreate(
            root,
            HomePage,
            nested_form_data({"title": "Second site", "slug": "second", "lead": "", "intro": rich_text("")}),
        )
        home = HomePageFactory(parent=root, slug="third-home")
        self.assertCanCreate(home, CourseIndexPage, nested_form_data({"title": "Catalogue", "intro": rich_text("")}))
        self.assertCanCreate(home, TechniqueIndexPage, nested_form_data({"title": "Glossary", "intro": rich_text("")}))
        catalogue = CourseIndexPage.objects.child_of(home).get()
        self.assertCanCreate(
            catalogue,
            CoursePage,
            nested_form_data(
                {
                    "title": "DBT essentials",
                    "track": "dbt",
                    "estimated_hours": "7",
                    "summary": "The DBT model, its structure and its skills.",
                    "intro": rich_text("<p>Start here.</p>"),
                }
            ),
        )
        course = CoursePage.objects.get(title="DBT essentials")
        self.assertCanCreate(
            course,
            ModulePage,
            module_form("Chain analysis", "chain-analysis", every_block(self.technique, self.media, CAPTIONS)),
        )
        self.assertEqual(ModulePage.objects.get(slug="chain-analysis").get_parent().pk, course.pk)

    def test_a_course_needs_a_track_and_sensible_hours_before_review(self):
        from wagtail.test.utils.form_data import nested_form_data, rich_text

        from tests.factories import EditorFactory

        self.client.force_login(EditorFactory(username="author"))
        url = f"/admin/pages/add/courses/coursepage/{self.tree.catalogue.pk}/"
        fields = {"title": "Nowhere", "slug": "nowhere", "track": "", "summary": "", "intro": rich_text("")}
        # A draft may leave required fields empty, but not break a rule...
        response = self.client.post(url, nested_form_data({**fields, "estimated_hours": "0"}))
        self.assertContains(response, "Ensure this value is greater than or equal to 1.")
        self.assertFalse(CoursePage.objects.filter(slug="nowhere").exists())
        # ...and submitting it for review asks for everything.
        response = self.client.post(
            url, nested_form_data({**fields, "estimated_hours": "5", "action-submit": "Submit to Clinical review"})
        )
        self.assertContains(response, "This field is required.")
        self.assertFalse(CoursePage.objects.filter(slug="nowhere").exists())

    def test_a_module_shows_its_place_in_the_course_and_links_on(self):
        response = self.client.get(self.tree.modules[1].url)
        self.assertContains(response, "Module 2 of 4")
        self.assertContains(response, f'rel="prev" href="{self.tree.modules[0].url}"')
        self.assertContains(response, f'rel="next" href="{self.tree.modules[2].url}"')
        self.assertContains(response, "Name the four non-mentalizing modes.")

    def test_the_last_module_leads_back_to_the_course(self):
        response = self.client.get(self.rich_module.url)
        self.assertContains(response, "Module 4 of 4")
        self.assertContains(response, "Back to the course overview")
        self.assertNotContains(response, 'rel="next"')

    def test_a_draft_module_is_not_listed_or_counted(self):
        draft = ModulePageFactory(parent=self.tree.course, title="Unfinished module", slug="unfinished", live=False)
        course_page = self.client.get(self.tree.course.url)
        self.assertNotContains(course_page, "Unfinished module")
        self.assertContains(course_page, "4 modules")
        self.assertEqual(self.client.get(draft.url).status_code, 404)

    def test_the_course_lists_its_modules_in_order(self):
        html = self.client.get(self.tree.course.url).content.decode()
        positions = [html.index(title) for title in ("Module 1", "Module 2", "Module 3", "Rupture and repair")]
        self.assertEqual(positions, sorted(positions))

    def test_the_catalogue_filters_by_track(self):
        dbt = self.tree.course.copy(update_attrs={"title": "DBT essentials", "slug": "dbt-essentials", "track": "dbt"})
        dbt.save_revision().publish()
        catalogue_url = self.tree.catalogue.url
        self.assertContains(self.client.get(catalogue_url), "DBT essentials")
        only_mbt = self.client.get(catalogue_url + "?track=mbt")
        self.assertContains(only_mbt, "MBT essentials")
        self.assertNotContains(only_mbt, "DBT essentials")
        self.assertContains(self.client.get(catalogue_url + "?track=nonsense"), "DBT essentials")

    def test_the_menu_shows_the_catalogue_and_glossary(self):
        response = self.client.get(self.tree.home.url)
        self.assertContains(response, f'href="{self.tree.catalogue.url}"')
        self.assertContains(response, f'href="{self.tree.glossary.url}"')
