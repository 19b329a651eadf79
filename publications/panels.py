from wagtail.admin.panels import Panel


class PublicationSummaryPanel(Panel):
    """Read-only figures for editors: printed, sent, reserved and in stock, and the PDF's
    page count and size."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "publications/admin/summary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["stock"] = page.stock() if page.pk else None
            context["page"] = page
            return context
