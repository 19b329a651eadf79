"""`manage.py status_report 2013 --period 1.1-30.9` from the demo content: the note's figures."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

pytestmark = pytest.mark.django_db

ARTICLES = [
    ("Træn din innovationsmuskel", "Væksthus 3", "19.12.12"),
    ("Da krigen sluttede", "Væksthus 1+2+3", "11.01.13"),
    ("Postmand Per og den pæne pige", "Væksthus 2", "01.02.13"),
    ("Vinderopskrifter på innovation", "Væksthus 2", "08.02.13"),
    ("Når dialogen driller", "Væksthus 1+2+3", "01.03.13"),
    ("Topchefer sendt på værksted", "Væksthus 1", "22.03.13"),
    ("Her er den bedste idé til forandring", "Væksthus 3", "27.03.13"),
    ("Frivillige skal også ledes", "Væksthus 3", "19.04.13"),
    ("Ny publikation: Sådan leder du på afstand", "Væksthus 3", "03.05.13"),
    ("Hjælp dine medarbejdere til at blive ledere", "Bestyrelse", "07.06.13"),
    ("Hold talenterne varme", "Bestyrelse", "21.06.13"),
]


def flat(text):
    return re.sub(r"\s+", " ", text)


def assert_holds_the_notes_figures(text):
    text = flat(text)
    assert "527.131 besøg" in text and "506.088" in text
    assert re.search(r"ca\. 58\.\d{3} besøg", text)
    subscribers = re.search(r"var der (\d+\.\d{3}) abonnenter.*?året før \((\d+\.\d{3})\)", text)
    now, before = (int(n.replace(".", "")) for n in subscribers.groups())
    assert 23_000 < now < 23_500 and 20_500 < before < 21_500
    assert "Facebook: 2.375 følgere (året før 1.950)" in text
    assert "Twitter/X: 694 følgere (året før 265)" in text
    assert "Trykt i 5.000 eksemplarer, heraf er 4.400 udsendt" in text
    assert "Trykt i 7.000 eksemplarer, heraf er 2.000 udsendt" in text
    for title, marking, date in ARTICLES:
        assert f"{title} ({marking})" in text
        assert f"Udgivet d. {date}" in text
    assert text.count("Udgivet d.") == len(ARTICLES)
    assert "Ugebrevet A4" in text and "Ledere der lykkes" in text  # a mention, a reprint
    # "tre dialogmøder for ca. 120 deltagere": the attendance the editors recorded
    for number, day in ((1, "28. maj"), (2, "4. juni"), (3, "18. juni")):
        meeting = f"Dialogmøde {number}: Nærværende ledelse på afstand, {day} 2013: 40 deltagere"
        assert meeting in text


def test_the_2013_note_as_html_and_pdf(demo_content, tmp_path):
    html = tmp_path / "status.html"
    call_command("status_report", "2013", "--period", "1.1-30.9", "--out", str(html))
    assert_holds_the_notes_figures(html.read_text())

    pdf = tmp_path / "status.pdf"
    call_command("status_report", "2013", "--period", "1.1-30.9", "--out", str(pdf))
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert_holds_the_notes_figures(text)
    assert f"Side 1 af {len(reader.pages)}" in text


def test_a_bad_period_is_explained(db, tmp_path):
    with pytest.raises(CommandError, match="D.M-D.M"):
        call_command("status_report", "2013", "--period", "jan-sep", "--out", "x.pdf")
    with pytest.raises(CommandError, match="findes"):
        call_command("status_report", "2013", "--period", "1.1-31.9", "--out", "x.pdf")
