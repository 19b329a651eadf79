from wagtail import hooks

from newsletter.viewsets import delivery_viewset, issue_viewset, subscriber_viewset


@hooks.register("register_admin_viewset")
def register_subscriber_viewset():
    return subscriber_viewset


@hooks.register("register_admin_viewset")
def register_issue_viewsets():
    return [issue_viewset, delivery_viewset]
