from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The site's front page: what the platform is for and where to start."""

    lead = models.CharField(
        _("lead"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences under the title."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
