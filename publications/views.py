from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit
from wagtail.models import Site

from lederweb.confirm_link import confirm_link_view, object_for
from lederweb.models import SiteSettings
from lederweb.ratelimit import rate_setting
from publications.forms import OrderForm
from publications.models import Order
from publications.ordering import OrderRefused, confirm_order, place_order
from stats.counting import note_chapter


def _secretariat_email(request):
    site = Site.find_for_request(request)
    return SiteSettings.for_site(site).email if site else ""


@ratelimit(key="ip", rate=rate_setting("PUBLICATIONS_ORDER_RATE"), method="POST", block=False)
def order_view(request, publication):
    """GET shows the order form; POST saves the order, holding the copies until the address
    is confirmed from the mailed link."""
    form = OrderForm(
        request.POST if request.method == "POST" else None,
        secretariat_email=_secretariat_email(request),
    )
    status = 200
    if request.method == "POST" and request.limited:
        form.add_error(None, _("Du har sendt mange bestillinger på kort tid. Prøv igen om lidt."))
        status = 429
    elif request.method == "POST" and not form.is_valid():
        status = 400
    elif request.method == "POST":
        try:
            order = place_order(publication, form.cleaned_data)
        except OrderRefused as error:
            form.add_error("quantity", str(error))
            status = 409
        else:
            return redirect(publication.subpage_url("order_received", order.reference))
    response = publication.render(
        request, template="pages/publication_order_page.html", context_overrides={"form": form}
    )
    response.status_code = status
    return response


def order_received_view(request, publication, reference):
    """After the form (the order waits for its address to be confirmed) and after the
    confirmation (a real order)."""
    order = get_object_or_404(Order, reference=reference, publication_id=publication.pk)
    return publication.render(
        request,
        template="pages/publication_order_received.html",
        context_overrides={
            "order": order,
            "hold_minutes": settings.PUBLICATIONS_PENDING_HOLD_MINUTES,
        },
    )


def confirm_order_view(request, publication, token):
    """bestil/bekraeft/<token>/ from the mail: GET shows a button, POST confirms the address
    and the order with it. The link works while the copies are held."""
    live = Order.objects.filter(Order.live(timezone.now()), publication_id=publication.pk)
    return confirm_link_view(
        request,
        object_for(live, token, "confirm"),
        is_pending=lambda order: order.is_pending,
        confirm=confirm_order,
        outcome=lambda order: redirect(publication.subpage_url("order_received", order.reference)),
        render_page=lambda context: publication.render(
            request,
            template="pages/publication_order_confirm.html",
            context_overrides={
                "hold_minutes": settings.PUBLICATIONS_PENDING_HOLD_MINUTES,
                **context,
            },
        ),
    )


def reading_contents_view(request, publication):
    contents = publication.table_of_contents
    if not contents:
        raise Http404
    return publication.render(
        request,
        template="pages/publication_reading_contents.html",
        context_overrides={"contents": contents},
    )


def reading_chapter_view(request, publication, number):
    contents = publication.table_of_contents
    if not 1 <= number <= len(contents):
        raise Http404
    note_chapter(request, publication.pk, number)  # counted as read when the page is served
    return publication.render(
        request,
        template="pages/publication_reading_chapter.html",
        context_overrides={
            "contents": contents,
            "chapter": publication.chapters[number - 1],
            "number": number,
            "previous": contents[number - 2] if number > 1 else None,
            "next": contents[number] if number < len(contents) else None,
        },
    )
