from lederweb.mail import templated_mail


def test_text_part_is_not_html_escaped_and_html_part_is(settings):
    settings.SECRETARIAT_FROM_EMAIL = "Sekretariatet <sekretariat@example.dk>"
    order = {"name": "<script>alert(1)</script> & Co"}

    message = templated_mail(
        "email/publication_order_confirmation",
        {"order": order, "publication": {"title": "Bog"}},
        subject="Tak\r\nBcc: x@example.org",
        to=["dorthe@example.dk"],
    )

    assert "Kære <script>alert(1)</script> & Co" in message.body
    html = message.alternatives[0].content
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "<script>" not in html
    assert message.from_email == "Sekretariatet <sekretariat@example.dk>"
    assert message.subject == "Tak Bcc: x@example.org"
