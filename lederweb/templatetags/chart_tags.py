from django import template

from lederweb.charts import number

register = template.Library()


@register.inclusion_tag("components/chart.html")
def chart(chart):
    """A chart from lederweb/charts.py: SVG with a title, and its figures as a table."""
    return {"chart": chart}


@register.filter
def danish_number(value):
    """527131 -> "527.131", as the status note writes figures."""
    if value is None or value == "":
        return "–"
    return number(value)
