"""Reading what a page tells search engines and social media, as they would: from the head."""

import json
from dataclasses import dataclass, field

from bs4 import BeautifulSoup


@dataclass
class Head:
    title: str
    canonical: str | None
    meta: dict  # name or property -> content
    feeds: list = field(default_factory=list)  # (type, href)
    json_ld: list = field(default_factory=list)  # the things in the @graph
    raw_json_ld: list = field(default_factory=list)

    def things(self, schema_type):
        return [thing for thing in self.json_ld if thing["@type"] == schema_type]

    def thing(self, schema_type):
        found = self.things(schema_type)
        assert len(found) == 1, f"{len(found)} × {schema_type} i {self.json_ld}"
        return found[0]


def read_head(html):
    soup = BeautifulSoup(html, "html.parser")
    head = soup.head
    canonical = head.find_all("link", rel="canonical")
    assert len(canonical) <= 1, "mere end ét canonical-link"
    meta = {}
    for tag in head.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key:
            assert key not in meta, f"<meta> {key} står der to gange"
            meta[key] = tag.get("content")
    scripts = [s.string for s in head.find_all("script", type="application/ld+json")]
    things = []
    for script in scripts:
        document = json.loads(script)
        assert document["@context"] == "https://schema.org"
        things.extend(document["@graph"])
    return Head(
        title=head.title.string,
        canonical=canonical[0]["href"] if canonical else None,
        meta=meta,
        feeds=[(link["type"], link["href"]) for link in head.find_all("link", rel="alternate")],
        json_ld=things,
        raw_json_ld=scripts,
    )


def head_of(client, path, **extra):
    response = client.get(path, **extra)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return read_head(response.content.decode())
