from wagtail import hooks
from wagtail.admin.ui.components import Component

from newsletter.models import Issue
from newsletter.viewsets import delivery_viewset, issue_viewset, subscriber_viewset


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


@hooks.register("register_admin_viewset")
def register_issue_viewsets():
    return [issue_viewset, delivery_viewset]


class UpcomingIssuesPanel(Component):
    """On the dashboard: the issues composed ahead that go unless an editor pauses them."""

    name = "newsletter_upcoming"
    template_name = "newsletter/admin/upcoming_panel.html"
    order = 50

    def __init__(self, issues):
        self.issues = issues

    def get_context_data(self, parent_context):
        return {"issues": self.issues}


@hooks.register("construct_homepage_panels")
def add_upcoming_issues_panel(request, panels):
    if not issue_viewset.permission_policy.user_has_permission(request.user, "change"):
        return
    waiting = [Issue.Status.SCHEDULED, Issue.Status.MISSED, Issue.Status.PAUSED]
    issues = list(Issue.objects.filter(status__in=waiting, started_at__isnull=True)[:5])
    if issues:
        panels.append(UpcomingIssuesPanel(issues))
