"""Covers and PDFs for the demo publications, drawn with Pillow so file size and page count
are real. No network: DejaVu Sans where the system has it (it draws æ, ø and å), else
Pillow's own font."""

import io
import textwrap

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

COVER_SIZE = (600, 850)
PDF_PAGE_SIZE = (420, 595)  # A5 at 72 dpi


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


def pdf_file(title, pages, slug):
    sheets = []
    for number in range(1, pages + 1):
        sheet = Image.new("RGB", PDF_PAGE_SIZE, "white")
        draw = ImageDraw.Draw(sheet)
        top = _draw_title(draw, title, PDF_PAGE_SIZE[0], 60, 26, "#073350")
        font = _font(16)
        draw.text(
            (40, top + 20), "Demoudgave – ikke den rigtige publikation", font=font, fill="black"
        )
        draw.text((40, PDF_PAGE_SIZE[1] - 50), f"Side {number} af {pages}", font=font, fill="black")
        sheets.append(sheet)
    buffer = io.BytesIO()
    sheets[0].save(buffer, "PDF", save_all=True, append_images=sheets[1:], resolution=72)
    return ContentFile(buffer.getvalue(), name=f"{slug}.pdf")
