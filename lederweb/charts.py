"""Charts drawn on the server as SVG: no JavaScript, no inline style (the public site's CSP
allows neither), only presentation attributes. Each chart is rendered by
`components/chart.html` (`{% chart chart %}`, lederweb/templatetags/chart_tags.py) as a
`<figure>` whose SVG is one image with a title (`role="img"`) and whose figures follow in a
table, so a screen reader gets the numbers and a PDF (lederweb/pdf.py) gets vectors.

Three shapes: `bar_chart` (one series, vertical bars), `comparison_chart` (two series side by
side per label, e.g. visits per month this year against last year) and `horizontal_bars`
(a ranking or a funnel: one bar per row, longest first as given).
"""

from dataclasses import dataclass, field
from itertools import count

# Colours with at least 3:1 contrast against white (WCAG 1.4.11) and against each other's
# lightness, so that the two series of a comparison differ in print on grey too.
COLOURS = ("#1d4f7c", "#c05a00")
GRID = "#6b6b6b"
TEXT = "#1a1a1a"

WIDTH = 640
HEIGHT = 280
MARGIN_LEFT = 64
MARGIN_RIGHT = 12
MARGIN_TOP = 12
MARGIN_BOTTOM = 40
ROW_HEIGHT = 26
LABEL_WIDTH = 220

_ids = count(1)


def number(value):
    """Danish thousands separator: 527131 -> "527.131"; 58.5 -> "58,5"."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{int(value):,}".replace(",", ".")


def nice_ceiling(value):
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above value (axis top)."""
    if value <= 0:
        return 1
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


@dataclass
class Series:
    name: str
    values: list
    colour: str = COLOURS[0]


@dataclass
class Chart:
    """What the template draws. `kind` is "columns" or "rows"; geometry is computed here so
    the template only writes attributes."""

    title: str
    labels: list
    series: list
    kind: str = "columns"
    description: str = ""
    value_heading: str = "Antal"
    label_heading: str = "Emne"
    chart_id: str = field(default_factory=lambda: f"diagram-{next(_ids)}")

    @property
    def top(self):
        return nice_ceiling(max((max(s.values, default=0) for s in self.series), default=0))

    @property
    def width(self):
        return WIDTH

    @property
    def height(self):
        if self.kind == "rows":
            return MARGIN_TOP + ROW_HEIGHT * len(self.labels) + MARGIN_TOP
        return HEIGHT

    @property
    def legend(self):
        return self.series if len(self.series) > 1 else []

    @property
    def table_rows(self):
        """[(label, [formatted value per series])] for the figures table."""
        return [
            (label, [number(s.values[i]) for s in self.series])
            for i, label in enumerate(self.labels)
        ]

    def columns(self):
        """Bars, grid lines and labels of a column chart."""
        plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
        plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
        slot = plot_width / max(len(self.labels), 1)
        bar_width = slot * 0.8 / len(self.series)
        top = self.top
        bars = []
        for s_index, s in enumerate(self.series):
            for i, value in enumerate(s.values):
                bar_height = plot_height * value / top
                bars.append(
                    {
                        "x": round(MARGIN_LEFT + slot * i + slot * 0.1 + bar_width * s_index, 1),
                        "y": round(MARGIN_TOP + plot_height - bar_height, 1),
                        "width": round(bar_width, 1),
                        "height": round(bar_height, 1),
                        "colour": s.colour,
                    }
                )
        labels = [
            {"x": round(MARGIN_LEFT + slot * (i + 0.5), 1), "text": label}
            for i, label in enumerate(self.labels)
        ]
        grid = [
            {"y": round(MARGIN_TOP + plot_height * (1 - share), 1), "text": number(top * share)}
            for share in (0, 0.25, 0.5, 0.75, 1)
        ]
        return {
            "bars": bars,
            "labels": labels,
            "grid": grid,
            "label_y": HEIGHT - MARGIN_BOTTOM + 18,
            "left": MARGIN_LEFT,
            "right": WIDTH - MARGIN_RIGHT,
        }

    def rows(self):
        """Bars of a horizontal bar chart, one row per label, with its value at the end."""
        plot_width = WIDTH - LABEL_WIDTH - MARGIN_RIGHT - 70
        values = self.series[0].values
        top = max(values, default=0) or 1
        return [
            {
                "y": MARGIN_TOP + ROW_HEIGHT * i,
                "text_y": round(MARGIN_TOP + ROW_HEIGHT * i + ROW_HEIGHT * 0.65, 1),
                "label": _shorten(label),
                "x": LABEL_WIDTH,
                "width": round(max(plot_width * value / top, 1), 1),
                "height": ROW_HEIGHT - 6,
                "value_x": round(LABEL_WIDTH + max(plot_width * value / top, 1) + 6, 1),
                "value": number(value),
                "colour": self.series[0].colour,
            }
            for i, (label, value) in enumerate(zip(self.labels, values, strict=True))
        ]


def _shorten(label, length=34):
    label = str(label)
    return label if len(label) <= length else label[: length - 1] + "…"


def bar_chart(title, labels, values, *, name="Antal", label_heading="Emne", description=""):
    return Chart(
        title, list(labels), [Series(name, list(values))], description=description,
        value_heading=name, label_heading=label_heading,
    )  # fmt: skip


def comparison_chart(
    title, labels, current, previous, *, names, label_heading="Måned", description=""
):
    """Two series per label: `names` = (current, previous), e.g. ("2013", "2012")."""
    return Chart(
        title,
        list(labels),
        [Series(names[0], list(current), COLOURS[0]), Series(names[1], list(previous), COLOURS[1])],
        description=description,
        label_heading=label_heading,
    )


def horizontal_bars(title, labels, values, *, name="Antal", label_heading="Emne", description=""):
    return Chart(
        title, list(labels), [Series(name, list(values))], kind="rows",
        description=description, value_heading=name, label_heading=label_heading,
    )  # fmt: skip
