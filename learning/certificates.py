"""Certificates of completion, with study hours: issued once per finished course or cross-training goal, as a PDF.

A certificate records that the training was completed. It is not accredited continuing-education credit and
not a clinical certification, and its wording says so, unless an administrator has recorded an accrediting
body and its approval number (``CertificateSettings``): certificates issued while they are set carry them, and
say they are accredited continuing education, still not a clinical certification.
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

from learning.models import Certificate, CertificateSettings

DISCLAIMER = gettext_lazy(
    "This certificate records completed training and its study hours. It is not accredited "
    "continuing-education credit, nor a clinical certification or licence in MBT or DBT."
)
ACCREDITED_DISCLAIMER = gettext_lazy(
    "This certificate records completed training and its study hours as continuing education approved by the "
    "body named above. It is not a clinical certification or licence in MBT or DBT."
)


def heading(certificate):
    if certificate.accredited:
        return _("Certificate of accredited continuing education")
    return _("Certificate of completion")


def accreditation_line(certificate):
    """'Approved by <body>, approval number <number>', or '' for a certificate of completion."""
    if not certificate.accredited:
        return ""
    return _("Approved for continuing education by %(body)s, approval number %(number)s") % {
        "body": certificate.accrediting_body,
        "number": certificate.approval_number,
    }


def _issue(user, lookup, title, hours):
    existing = Certificate.objects.filter(user=user, **lookup).first()
    if existing:
        return existing
    accreditation = CertificateSettings.load()
    try:
        with transaction.atomic():
            return Certificate.objects.create(
                user=user,
                holder_name=user.display_name,
                title=title,
                hours=Decimal(str(hours)),
                accrediting_body=accreditation.accrediting_body,
                approval_number=accreditation.approval_number,
                **lookup,
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

    centred(height - 4 * cm, heading(certificate), "Helvetica-Bold", 26)
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
    if certificate.accredited:
        centred(height - 14.6 * cm, accreditation_line(certificate), size=12)
    centred(4.6 * cm, _("Verification code: %(code)s") % {"code": certificate.code}, "Helvetica-Bold", 13)
    centred(3.9 * cm, _("Check it at %(url)s") % {"url": verify_url}, size=10)
    disclaimer = ACCREDITED_DISCLAIMER if certificate.accredited else DISCLAIMER
    centred(2.4 * cm, str(disclaimer), "Helvetica-Oblique", 9)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
