"""The demo PDFs are real documents: text a search engine or screen reader can read, the
publication's title in their metadata, and a file name from the publication's slug."""

import io

import pytest
from pypdf import PdfReader

from lederweb.text import danish_slugify
from publications.demo import PUBLICATIONS
from publications.demo_files import pdf_file


@pytest.mark.parametrize("spec", PUBLICATIONS, ids=lambda spec: spec["title"])
def test_demo_pdf_has_text_title_and_slug_name(spec):
    slug = danish_slugify(spec["title"])

    file = pdf_file(spec, slug)

    assert file.name == f"{slug}.pdf"
    reader = PdfReader(io.BytesIO(file.read()))
    assert reader.metadata.title == spec["title"]
    assert reader.metadata.author == "Væksthus for Ledelse"
    assert len(reader.pages) == spec["pages"]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert spec["title"] in text
    assert spec["introduction"] in text
    assert f"Side 2 af {spec['pages']}" in text
    for heading, body in spec.get("chapters", []):
        assert heading in text and body in text


def test_the_file_name_transliterates_danish_letters():
    spec = next(s for s in PUBLICATIONS if s["title"] == "Nærværende ledelse på afstand")
    assert pdf_file(spec, danish_slugify(spec["title"])).name == (
        "naervaerende-ledelse-paa-afstand.pdf"
    )
