"""`manage.py import_visits`: history from the former analytics tool, all or nothing, the
same month again replaces it; and the demo content's 2012 and 2013 as the status note has
them."""

import io
from datetime import date

import pytest
from django.core.management import CommandError, call_command

from stats import figures
from stats.models import DailyTraffic

pytestmark = pytest.mark.django_db

YEAR_2013 = (date(2013, 1, 1), date(2013, 12, 31))


def import_visits(tmp_path, text):
    src = tmp_path / "besoeg.csv"
    src.write_text(text, encoding="utf-8")
    out = io.StringIO()
    call_command("import_visits", src=str(src), stdout=out)
    return out.getvalue()


def test_months_and_days_are_imported_and_marked_and_a_month_again_replaces_it(tmp_path):
    out = import_visits(
        tmp_path,
        "periode;besøg;sidevisninger\n2013-01;58.500;140.000\n"
        "2013-02-01;2.000;4.100\n2013-02-02;1.500;3.000\n",
    )
    assert "01.2013: 58.500 besøg" in out and "02.2013: 3.500 besøg" in out
    assert "3 rækker er indlæst" in out
    assert figures.totals(*YEAR_2013) == figures.Totals(62000, 0, 147100, imported=True)
    assert [month.imported for month in figures.by_month(*YEAR_2013)][:3] == [True, True, False]

    # February again, by the month this time, with other separators: it replaces the days.
    import_visits(tmp_path, 'Periode,Besøg,Sidevisninger,Besøgende\n2013-02,"3 600",7200,3000\n')
    assert figures.totals(*YEAR_2013) == figures.Totals(62100, 3000, 147200, imported=True)
    assert DailyTraffic.objects.count() == 2


def test_a_bad_file_imports_nothing_and_names_each_bad_line(tmp_path):
    import_visits(tmp_path, "periode;besøg;sidevisninger\n2013-03;100;200\n")
    with pytest.raises(CommandError) as error:
        import_visits(
            tmp_path,
            "periode;besøg;sidevisninger\n2013-03;999;999\n2013-13;1;1\n"
            "2013-04;mange;1\n2013-03-02;1;1\n",
        )
    message = str(error.value)
    assert "Intet er indlæst" in message
    assert "Linje 3: »2013-13« er ikke en gyldig dato." in message
    assert "Linje 4: besøg skal være et helt tal, ikke »mange«." in message
    assert "Linje 5: 03.2013 står mere end én gang i filen." in message
    assert list(DailyTraffic.objects.values_list("visits", flat=True)) == [100]
    with pytest.raises(CommandError, match="overskriften skal have kolonnerne"):
        import_visits(tmp_path, "måned;klik\n2013-03;1\n")
    with pytest.raises(CommandError, match="kan ikke læses"):
        call_command("import_visits", src=str(tmp_path / "findes-ikke.csv"))


def test_the_demo_content_has_the_status_notes_visits(demo_content):
    this_year = figures.totals(date(2013, 1, 1), date(2013, 9, 30))
    last_year = figures.totals(date(2012, 1, 1), date(2012, 9, 30))
    assert (this_year.visits, last_year.visits) == (527_131, 506_088)
    assert this_year.imported and last_year.imported
    months_2013 = figures.by_month(date(2013, 1, 1), date(2013, 9, 30))
    assert round(sum(month.visits for month in months_2013) / len(months_2013), -2) == 58_600
    months_2012 = figures.by_month(date(2012, 1, 1), date(2012, 12, 31))
    assert sum(month.visits for month in months_2012) / 12 == 57_000
    assert all(month.imported for month in months_2012 + months_2013)
