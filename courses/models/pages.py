from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from courses.blocks import RICH_TEXT_FEATURES, ModuleStreamBlock, iter_clips, iter_raw_clips
from courses.choices import Track
from courses.models.placements import QuizPlacement
from courses.models.requirements import ModuleRequirements
from courses.page_cache import RememberedViewRestrictionsMixin, remember
from quizzes.models import Quiz
from techniques.choices import TechniqueKind, TechniqueTrack
from techniques.models import Technique, TechniqueMoment

INTRO_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class HomePage(RememberedViewRestrictionsMixin, Page):
    """The site's front page: what the platform is for and where to start."""

    lead = models.CharField(
        _("lead"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the title."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "courses.TechniqueIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        catalogue = CourseIndexPage.objects.child_of(self).live().first()
        context["catalogue"] = catalogue
        context["courses"] = catalogue.courses() if catalogue else []
        context["glossary"] = TechniqueIndexPage.objects.child_of(self).live().first()
        return context


class CourseIndexPage(RememberedViewRestrictionsMixin, Page):
    """The course catalogue, browsable by track."""

    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_cached_paths(self):
        """The catalogue and each track's view of it, for a front cache's purge."""
        return ["/", *(f"/?track={track}" for track in Track.values)]

    def courses(self, track=None):
        """Live courses in tree order, each with `module_count` (live modules only): two queries."""
        courses = list(CoursePage.objects.child_of(self).live().order_by("path"))
        if track:
            courses = [course for course in courses if course.track == track]
        # A module's path begins with its course's path; courses are all one level deep.
        course_path_length = len(self.path) + Page.steplen
        counts = Counter(
            path[:course_path_length]
            for path in ModulePage.objects.live().descendant_of(self).values_list("path", flat=True)
        )
        for course in courses:
            course.module_count = counts[course.path]
        return courses

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        track = request.GET.get("track")
        if track not in Track.values:
            track = None
        context["track"] = track
        context["tracks"] = Track.choices
        context["courses"] = self.courses(track)
        return context


class CoursePage(RememberedViewRestrictionsMixin, Page):
    """A course in one track; its modules are its child pages, in order."""

    track = models.CharField(_("track"), max_length=10, choices=Track.choices)
    summary = models.CharField(_("summary"), max_length=300, help_text=_("One or two sentences for the catalogue."))
    intro = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)
    estimated_hours = models.PositiveSmallIntegerField(
        _("estimated hours"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    require_order = models.BooleanField(
        _("modules in order"),
        default=False,
        help_text=_("A trainee must complete each module before the next one opens."),
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("track"), FieldPanel("estimated_hours")]),
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("require_order"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.FilterField("track"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def modules(self):
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = list(self.modules())
        context["total_minutes"] = sum(module.estimated_minutes for module in context["modules"])
        return context


@dataclass(frozen=True)
class Requirements:
    """What a module asks of a trainee besides reading it: its uploaded clips (by id) and placed quizzes (ids)."""

    clips: tuple = ()
    quizzes: tuple = ()


class ModulePageQuerySet(PageQuerySet):
    def with_requirements(self):
        """Without the bodies, with each module's requirements index: for lists of many modules' statuses."""
        return self.defer_streamfields().select_related("requirements_index")

    def in_courses(self, courses):
        """The live modules of `courses`, in tree order (one query; none when there are no courses)."""
        where = models.Q()
        for course in courses:
            where |= models.Q(path__startswith=course.path, depth=course.depth + 1)
        if not where:
            return self.none()
        return self.live().filter(where).order_by("path")


class ModulePage(RememberedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A module: objectives, a body of text, comparisons, role-play video and quizzes."""

    summary = models.CharField(_("summary"), max_length=300)
    # Required, so at least one objective when the module is submitted or published; not min_num, which the
    # editor's page checks as it loads and would show in error red on a blank form. A new module starts with one
    # empty objective to fill in.
    learning_objectives = StreamField(
        [("objective", blocks.CharBlock(max_length=250, label=_("Objective")))],
        default=[("objective", "")],
        help_text=_("What a trainee can do after this module; at least one."),
        verbose_name=_("learning objectives"),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    body = StreamField(ModuleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("learning_objectives"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_objectives"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    objects = PageManager.from_queryset(ModulePageQuerySet)()

    class Meta:
        verbose_name = _("module")

    @property
    def course_path(self):
        """The tree path of the course this module sits in."""
        return self.path[: -self.steplen]

    def belongs_to(self, course):
        return self.depth == course.depth + 1 and self.path.startswith(course.path)

    def _requirements_index(self):
        """The module's ModuleRequirements when the query that loaded it brought it along, else None."""
        if not ModulePage.requirements_index.is_cached(self):
            return None
        return getattr(self, "requirements_index", None)

    def uploaded_clips(self):
        """{clip id: media id} of the module's uploaded role-play videos, paired clips included.

        Read from the requirements index when the module was loaded with it (``with_requirements``), else from
        the stored body, without loading any block's objects. Embedded (YouTube, Vimeo) clips are left out: the
        player cannot observe them.
        """
        index = self._requirements_index()
        if index is not None:
            return {clip_id: media_id for clip_id, media_id, _title in index.clips}
        return {clip_id: value["video"] for clip_id, value in iter_raw_clips(self.body.raw_data) if value.get("video")}

    def clip_titles(self):
        index = self._requirements_index()
        if index is not None:
            return {clip_id: title for clip_id, _media_id, title in index.clips}
        return {clip_id: value.get("title", "") for clip_id, value in iter_raw_clips(self.body.raw_data)}

    def placed_quiz_ids(self):
        """The ids of the quizzes placed in the module's body, in body order."""
        index = self._requirements_index()
        if index is not None:
            return tuple(index.quizzes)
        return tuple(
            block["value"]["quiz"]
            for block in self.body.raw_data
            if block["type"] == "quiz" and (block.get("value") or {}).get("quiz")
        )

    def requirements(self):
        """What completing the module asks for, besides reading its text."""
        return Requirements(tuple(self.uploaded_clips()), self.placed_quiz_ids())

    @cached_property
    def course(self):
        return CoursePage.objects.parent_of(self).first()

    def siblings(self):
        """The live modules of this module's course, in order (one query)."""
        return list(
            ModulePage.objects.sibling_of(self, inclusive=True)
            .live()
            .order_by("path")
            .only("title", "url_path", "path")
        )

    def frame(self, request):
        """(course, siblings): what the page shows around itself, remembered until the next publish (not in a
        preview, whose page may be a draft nobody else sees)."""
        if getattr(request, "is_preview", False) or self.pk is None:
            return self.course, self.siblings()
        course, siblings = remember(f"module-frame:{self.pk}", lambda: (self.course, self.siblings()))
        self.__dict__["course"] = course
        return course, siblings

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course, siblings = self.frame(request)
        position = next((i for i, sibling in enumerate(siblings) if sibling.pk == self.pk), None)
        context["course"] = course
        if position is not None:
            context["position"] = position + 1
            context["module_count"] = len(siblings)
            context["previous_module"] = siblings[position - 1] if position > 0 else None
            context["next_module"] = siblings[position + 1] if position + 1 < len(siblings) else None
        return context

    @path("")
    def module(self, request):
        return self.render(request)

    @path("captions/<str:clip_id>/")
    def captions(self, request, clip_id):
        """The WebVTT captions of one role-play video on this module, for the player's <track>."""
        for candidate, clip in iter_clips(self.body):
            if candidate == clip_id and clip.get("captions"):
                response = HttpResponse(clip["captions"], content_type="text/vtt; charset=utf-8")
                response["Cache-Control"] = "public, max-age=300"
                return response
        raise Http404("No captions here.")

    def technique_moments(self):
        """[(technique_id, clip_id, clip_title, seconds, note)] for the moments index."""
        rows = []
        for clip_id, clip in iter_clips(self.body):
            for seconds, _clock, technique, note in clip.chapters:
                rows.append((technique.pk, clip_id, clip["title"], seconds, note or ""))
        return rows

    def rebuild_technique_moments(self):
        TechniqueMoment.objects.filter(page=self).delete()
        if not self.live:
            return
        TechniqueMoment.objects.bulk_create(
            TechniqueMoment(page=self, technique_id=t, clip_id=c, clip_title=title[:255], seconds=s, note=n[:255])
            for t, c, title, s, n in self.technique_moments()
        )

    def rebuild_requirements(self):
        """Index what the live module asks, from its body (none once it is not live)."""
        self._state.fields_cache.pop("requirements_index", None)  # read the body, not an index loaded before
        ModuleRequirements.objects.filter(module=self).delete()
        if not self.live:
            return
        titles = self.clip_titles()
        clips = [[clip_id, media_id, titles.get(clip_id, "")] for clip_id, media_id in self.uploaded_clips().items()]
        ModuleRequirements.objects.create(module=self, clips=clips, quizzes=list(self.placed_quiz_ids()))

    def rebuild_quiz_placements(self):
        """Index the quizzes the live module places, once each, in body order (none once it is not live)."""
        QuizPlacement.objects.filter(module=self).delete()
        if not self.live:
            return
        placed = dict.fromkeys(self.placed_quiz_ids())
        # A block may still name a quiz that has since been deleted; the index holds only quizzes that exist.
        existing = set(Quiz.objects.filter(pk__in=placed).values_list("pk", flat=True))
        QuizPlacement.objects.bulk_create(
            QuizPlacement(module=self, quiz_id=quiz_id, position=position)
            for position, quiz_id in enumerate(quiz_id for quiz_id in placed if quiz_id in existing)
        )


class TechniqueIndexPage(RememberedViewRestrictionsMixin, RoutablePageMixin, Page):
    """The glossary of techniques, each with the role-play moments that show it."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["courses.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    TECHNIQUES_PER_PAGE = 60

    class Meta:
        verbose_name = _("technique glossary")

    def get_cached_paths(self):
        """The glossary, its filtered views and every technique's page, for a front cache's purge."""
        filters = [f"/?track={track}" for track in TechniqueTrack.values]
        filters += [f"/?kind={kind}" for kind in TechniqueKind.values]
        slugs = Technique.objects.order_by("slug").values_list("slug", flat=True)
        return ["/", *filters, *(f"/{slug}/" for slug in slugs)]

    @path("")
    def glossary(self, request):
        track = request.GET.get("track")
        track = track if track in TechniqueTrack.values else None
        kind = request.GET.get("kind")
        kind = kind if kind in TechniqueKind.values else None
        techniques = Technique.objects.annotate(
            moment_count=Count("moments", filter=models.Q(moments__page__live=True))
        ).order_by("name")
        if track:
            techniques = techniques.filter(track=track)
        if kind:
            techniques = techniques.filter(kind=kind)
        # A page of the glossary at a time, so that it stays small with hundreds of techniques; a page number out
        # of range or not a number shows the nearest page.
        techniques = Paginator(techniques, self.TECHNIQUES_PER_PAGE).get_page(request.GET.get("page"))
        filters = {key: value for key, value in (("track", track), ("kind", kind)) if value}
        return self.render(
            request,
            context_overrides={
                "techniques": techniques,
                "filter_query": urlencode(filters),
                "tracks": TechniqueTrack.choices,
                "kinds": TechniqueKind.choices,
                "track": track,
                "kind": kind,
            },
        )

    @path("<slug:slug>/", name="technique")
    def technique(self, request, slug):
        technique = get_object_or_404(Technique, slug=slug)
        moments = (
            TechniqueMoment.objects.filter(technique=technique, page__live=True)
            .select_related("page")
            .order_by("page__path", "seconds")
        )
        return self.render(
            request,
            template="courses/technique_page.html",
            context_overrides={"technique": technique, "moments": moments},
        )
