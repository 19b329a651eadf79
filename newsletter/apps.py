from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Nyhedsbrev"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from newsletter.models import Subscriber
        from newsletter.viewsets import NoAddPermissionPolicy

        register_permission_policy(Subscriber, NoAddPermissionPolicy(Subscriber))
