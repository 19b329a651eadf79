def client_ip(request):
    """The visitor's address behind our TLS proxy: the last X-Forwarded-For entry is the one
    the proxy itself added (earlier entries come from the client and can be forged)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META["REMOTE_ADDR"]
