from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Nyhedsbrev"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        # The provider's bounce and complaint webhook: connects its signal receiver.
        from newsletter import tracking  # noqa: F401
        from newsletter.models import Subscriber
        from newsletter.viewsets import NoAddPermissionPolicy

        register_permission_policy(Subscriber, NoAddPermissionPolicy(Subscriber))
