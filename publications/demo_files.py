"""Covers and PDFs for the demo publications. Covers are typographic, drawn with Pillow
(lederweb.demo.illustrations); PDFs are written with fpdf2 as real text, with a
title in their metadata, so search, screen readers and the page counter can read them. No
network."""

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from fpdf import FPDF

from lederweb.demo.illustrations import cover
from lederweb.demo.site import SECTIONS


def cover_file(title, year, sections):
    """A typographic cover in the colour of the publication's one Væksthus (naming it), or in
    Lederweb's own colour when it is for several."""
    vaeksthus = sections[0] if len(sections) == 1 else None
    names = {section["number"]: section["title"] for section in SECTIONS}
    return ImageFile(
        cover(title, year, vaeksthus, names.get(vaeksthus, "")), name=f"forside-{year}.jpg"
    )


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
