from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


class Category(index.Indexed, models.Model):
    """A bank category: a track (MBT, DBT, cross-training) or a sub-topic under one.

    Sub-topics are categories with a parent, so scores can be reported at every level.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=140, unique=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Leave empty for a top-level category such as a track."),
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="quizzes_category_unique_name_per_parent"),
        ]

    def __str__(self):
        return self.full_name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.full_name)[:120] or "category"
            slug, n = base, 2
            while Category.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("quizzes:category", kwargs={"slug": self.slug})

    @property
    def full_name(self):
        """Names a sub-topic with its parent ("MBT / Stance"); works without a parent too."""
        if self.parent_id:
            return f"{self.parent.name} / {self.name}"
        return self.name

    def descendant_ids(self):
        """This category's id and those of all categories below it (the tree is shallow)."""
        ids, frontier = {self.pk}, {self.pk}
        while frontier:
            frontier = set(Category.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - ids
            ids |= frontier
        return ids
