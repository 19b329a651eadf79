"""The weekly newsletter: subscribers and their consent, issues, deliveries and sending."""
