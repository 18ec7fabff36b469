"""Certificates of completion, with study hours: issued once per finished course or cross-training goal, as a PDF.

A certificate records that the training was completed. It is not accredited continuing-education credit and
not a clinical certification, and its wording says so.
"""

from decimal import Decimal
from io import BytesIO

from django.db import IntegrityError, transaction
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from learning.models import Certificate

DISCLAIMER = gettext_lazy(
    "This certificate records completed training and its study hours. It is not accredited "
    "continuing-education credit, nor a clinical certification or licence in MBT or DBT."
)


def _issue(user, lookup, title, hours):
    existing = Certificate.objects.filter(user=user, **lookup).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user, holder_name=user.display_name, title=title, hours=Decimal(str(hours)), **lookup
            )
    except IntegrityError:
        # Issued by a concurrent request a moment ago.
        return Certificate.objects.get(user=user, **lookup)


def issue_for_course(user, course_progress):
    """The course's certificate, issued when the course is complete; None before."""
    if not course_progress.complete:
        return None
    course = course_progress.course
    return _issue(user, {"course": course}, course.title, course.estimated_hours)


def issue_for_goal(user, meter):
    if not meter.complete:
        return None
    return _issue(user, {"goal": meter.goal}, meter.goal.title, meter.hours)


def render_pdf(certificate, verify_url):
    """The certificate as an A4 landscape PDF (bytes)."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=landscape(A4))
    pdf.setTitle(_("Certificate: %(title)s") % {"title": certificate.title})
    site_name = _("Beyond the Own Nose: MBT & DBT training")
    pdf.setAuthor(site_name)
    width, height = landscape(A4)
    pdf.setLineWidth(2)
    pdf.rect(1.2 * cm, 1.2 * cm, width - 2.4 * cm, height - 2.4 * cm)

    def centred(y, text, font="Helvetica", size=12):
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2, y, text)

    centred(height - 4 * cm, _("Certificate of completion"), "Helvetica-Bold", 26)
    centred(height - 5.3 * cm, site_name, size=13)
    centred(height - 7.5 * cm, _("This is to record that"), size=13)
    centred(height - 9 * cm, certificate.holder_name, "Helvetica-Bold", 22)
    centred(height - 10.5 * cm, _("has completed"), size=13)
    centred(height - 12 * cm, certificate.title, "Helvetica-Bold", 18)
    issued = formats.date_format(certificate.issued_at, "DATE_FORMAT")
    centred(
        height - 13.5 * cm,
        _("on %(date)s · %(hours)s study hours") % {"date": issued, "hours": certificate.hours.normalize()},
        size=13,
    )
    centred(4.6 * cm, _("Verification code: %(code)s") % {"code": certificate.code}, "Helvetica-Bold", 13)
    centred(3.9 * cm, _("Check it at %(url)s") % {"url": verify_url}, size=10)
    centred(2.4 * cm, str(DISCLAIMER), "Helvetica-Oblique", 9)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
