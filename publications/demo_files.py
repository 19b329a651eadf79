"""Covers and PDFs for the demo publications. Covers are drawn with Pillow (DejaVu Sans where
the system has it, else Pillow's own font); PDFs are written with fpdf2 as real text, with a
title in their metadata, so search, screen readers and the page counter can read them. No
network."""

import io
import textwrap

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

COVER_SIZE = (600, 850)


def _font(size):
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _draw_title(draw, title, width, top, size, fill):
    font = _font(size)
    for line in textwrap.wrap(title, width=14):
        draw.text((40, top), line, font=font, fill=fill)
        top += int(size * 1.25)
    return top


def cover_file(title, year, colour):
    image = Image.new("RGB", COVER_SIZE, colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 640, COVER_SIZE[0], COVER_SIZE[1]), fill="white")
    _draw_title(draw, title, COVER_SIZE[0], 80, 54, "white")
    font = _font(28)
    draw.text((40, 680), "Væksthus for Ledelse", font=font, fill=colour)
    draw.text((40, 730), str(year), font=font, fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return ImageFile(buffer, name=f"forside-{year}.jpg")


class DemoPDF(FPDF):
    """A5 pages with the publication's title in the header and »Side n af N« in the footer.
    Helvetica's Windows-1252 encoding holds æ, ø, å, » « and –, so no font file is needed."""

    def __init__(self, title):
        super().__init__(format=(148, 210))  # A5 in mm
        self.core_fonts_encoding = "windows-1252"
        self.publication_title = title
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 6, self.publication_title, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Side {self.page_no()} af {{nb}}", align="C")


def pdf_file(spec, slug):
    """The demo edition of a publication: a title page, then its introduction, summary and
    chapters as text, padded to spec["pages"] pages; saved as `<slug>.pdf`."""
    title = spec["title"]
    pdf = DemoPDF(title)
    pdf.set_title(title)
    pdf.set_author("Væksthus for Ledelse")
    pdf.set_subject(spec["introduction"])
    pdf.set_lang("da")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.ln(6)
    pdf.multi_cell(0, 6, f"Væksthus for Ledelse, {spec['year']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Demoudgave – ikke den rigtige publikation.")
    sections = [("Indledning", spec["introduction"]), ("Resumé", spec["summary"])]
    sections += spec.get("chapters", [])
    for heading, text in sections:
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(0, 8, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    while pdf.page_no() < spec["pages"]:
        pdf.add_page()
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, "Denne side er tom i demoudgaven.")
    return ContentFile(bytes(pdf.output()), name=f"{slug}.pdf")
