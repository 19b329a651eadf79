"""The admin's external link chooser (rich text »Link«), routed in place of Wagtail's own
(lederweb/urls.py): Wagtail's link field raises AttributeError, a 500, on a POST without the
field (`None.startswith`); here a missing address is an empty one, answered with the form's
own »required« message."""

from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.choosers import ExternalLinkChooserForm, URLOrAbsolutePathField
from wagtail.admin.views.chooser import ExternalLinkView


class LinkField(URLOrAbsolutePathField):
    def to_python(self, value):
        return super().to_python(value or "")


class ExternalLinkForm(ExternalLinkChooserForm):
    url = LinkField(required=True, label=_("URL"))


external_link_chooser = never_cache(
    require_admin_access(ExternalLinkView.as_view(form_class=ExternalLinkForm))
)
