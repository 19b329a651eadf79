"""How many subscribers the newsletter had at any moment, from each subscriber's own confirm
and unsubscribe times (not a counter that could drift): subscribed at a moment means
confirmed by then and not unsubscribed by then.

An unsubscribed row is deleted after WITHDRAWAL_RETENTION (policy.py), so figures more than
three years back lose the ones who left since. Bounces and provider stops carry no time of
their own (sending.py, tracking.py): they count as subscribers until they unsubscribe."""

from django.db.models import Count, Q

from newsletter.models import Subscriber


def subscribed_at(moment):
    return Q(confirmed_at__lte=moment) & (
        Q(unsubscribed_at__isnull=True) | Q(unsubscribed_at__gt=moment)
    )


def subscribers_at(*moments):
    """The number of subscribers at each moment (aware datetimes), in one query."""
    if not moments:
        return []
    counts = Subscriber.objects.filter(confirmed_at__isnull=False).aggregate(
        **{f"at_{i}": Count("pk", filter=subscribed_at(m)) for i, m in enumerate(moments)}
    )
    return [counts[f"at_{i}"] for i in range(len(moments))]
