"""The shared server-drawn charts (lederweb/charts.py) and PDF printing (lederweb/pdf.py)."""

import io
import re

from django.template import Context, Template
from pypdf import PdfReader

from lederweb.charts import comparison_chart, horizontal_bars, nice_ceiling, number
from lederweb.pdf import html_to_pdf, static_file

MONTHS = comparison_chart(
    "Besøg pr. måned",
    ["jan.", "feb.", "mar."],
    [58_100, 61_250, 57_000],
    [56_000, 55_500, 59_900],
    names=("2013", "2012"),
)
PAGES = horizontal_bars("Mest besøgte sider", ["Forside", "Artikler"], [12_345, 678])


def render(*charts):
    source = (
        '{% load static chart_tags %}<!doctype html><html lang="da"><head><meta charset="utf-8">'
        '<title>Diagrammer</title><link rel="stylesheet" href="{% static "css/print.css" %}">'
        "</head><body><h1>Diagrammer</h1>{% for c in charts %}{% chart c %}{% endfor %}"
        "</body></html>"
    )
    return Template(source).render(Context({"charts": charts}))


def test_danish_numbers_and_axis_tops():
    assert number(527131) == "527.131"
    assert number(58.5) == "58,5"
    assert nice_ceiling(61_250) == 80_000
    assert nice_ceiling(0) == 1


def test_a_chart_is_one_titled_image_with_its_figures_in_a_table():
    html = render(MONTHS, PAGES)
    svgs = re.findall(r'<svg class="chart__image" role="img" aria-labelledby="([^"]+)"', html)
    assert len(svgs) == 2
    for labelled_by in svgs:
        assert f'<title id="{labelled_by}">' in html
    assert "<figcaption" in html and '<th scope="col">2012</th>' in html
    assert re.search(r'<th scope="row">feb\.</th>\s*<td[^>]*>61.250</td>\s*<td[^>]*>55.500', html)
    assert html.count("<rect") >= 6 + 2  # six month bars, two page bars
    # Nothing the strict CSP would block.
    assert "style=" not in html and "<script" not in html and "<style" not in html


def test_the_pdf_is_a4_with_page_numbers_and_the_figures_as_text():
    pdf = html_to_pdf(render(MONTHS, PAGES))
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    text = "".join(p.extract_text() for p in reader.pages)
    assert "61.250" in text and "12.345" in text
    assert f"Side 1 af {len(reader.pages)}" in text


def test_the_pdf_reads_collected_static_files_with_hashed_names(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "print.8db312cb8bd9.css").write_text("@page { size: A5; }")
    assert static_file("css/print.8db312cb8bd9.css") == str(tmp_path / "css/print.8db312cb8bd9.css")
    assert static_file("css/print.css").endswith("static/css/print.css")  # not collected
    assert static_file("../secret.txt") is None
    html = '<html><head><link rel="stylesheet" href="/static/css/print.8db312cb8bd9.css">'
    page = PdfReader(io.BytesIO(html_to_pdf(html + "</head><body>A5</body></html>"))).pages[0]
    assert round(float(page.mediabox.width)) == 420  # A5: the collected file was read


def test_the_svg_coordinates_are_numbers_the_browser_reads_in_any_language():
    # Widths and positions that are not whole numbers: Danish formatting would write
    # "338,0", which a browser refuses (no bar drawn).
    chart = horizontal_bars("Svar", ["Topleder", "Mellemleder", "Institutionsleder"], [5, 6, 1])
    html = render(chart)
    svg = html[html.index('<svg class="chart__image"') : html.index("</svg>")]
    attributes = re.findall(r'\b(x|y|x1|x2|y1|y2|width|height|viewBox|dy)="([^"]*)"', svg)
    assert attributes
    assert all(re.fullmatch(r"[-\d. ]+", value) for _name, value in attributes), attributes
    assert "{#" not in html and "#}" not in html  # no template comment shows
