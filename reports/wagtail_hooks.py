from wagtail.snippets.models import register_snippet

from reports.viewsets import StatisticsGroup

register_snippet(StatisticsGroup)
