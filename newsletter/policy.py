"""What a subscriber agrees to and how long each kind of record is kept: one place, read by the
forms, the stored consent rows, the privacy page and the purge task."""

from datetime import timedelta

# The exact wording shown next to every sign-up form and copied into each Consent row. It is
# legal text, not interface text: it is not translated, and any change gets a new version.
CONSENT_VERSION = "2026-11-27"
CONSENT_TEXT = (
    "Ja tak, send mig Lederwebs ugentlige nyhedsbrev fra Væksthus for Ledelse på e-mail. "
    "Jeg kan altid afmelde mig med ét klik nederst i hvert nyhedsbrev."
)

PRIVACY_PAGE_URL = "/privatlivspolitik/"

# A confirmation link works once and only for this long.
CONFIRMATION_LINK_VALIDITY = timedelta(days=7)

# At most one sign-up mail per address this often while the last one is unused: nobody can
# flood a stranger's inbox, and the owner is never refused (they use the mail they have).
CONFIRMATION_MAIL_INTERVAL = timedelta(days=1)

# The preferences link in a mail works this long; then the subscriber asks for a fresh one.
PREFERENCES_LINK_VALIDITY = timedelta(days=30)

# Sign-ups that are never confirmed are deleted this long after the last request.
UNCONFIRMED_RETENTION = timedelta(days=30)

# After an unsubscribe we keep only a hash of the address and the consent history, to prove
# that the withdrawal was respected, for the Danish limitation period (forældelsesloven, 3 år).
WITHDRAWAL_RETENTION_YEARS = 3
WITHDRAWAL_RETENTION = timedelta(days=365 * WITHDRAWAL_RETENTION_YEARS)
