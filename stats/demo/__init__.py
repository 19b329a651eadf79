"""Demo traffic: the monthly visits of 2012 and 2013 (January–September) as exported from the
former analytics tool, imported as `import_visits` would, so the 2013 status note's figures
come out: 527.131 visits January–September 2013 against 506.088 in 2012, about 58.500 a month
in 2013 and 57.000 in 2012. Importing again replaces the same months: idempotent."""

from pathlib import Path

from stats.importing import import_file

VISITS = Path(__file__).with_name("visits-2012-2013.csv")


def load():
    import_file(VISITS)
