"""A web page's own account of itself: JSON-LD, OpenGraph and ``<meta>`` tags.

News pages carry structured data for search engines: the headline, the authors (people), the
publisher (the outlet), the date and often the whole body (``articleBody``) or its length
(``wordCount``). That data is used for the title, author and outlet, and to check the body that
was extracted from the markup (see :func:`quizgen.ingest.html.article_from_html`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting", re.I)
_NOT_ARTICLE_TYPES = frozenset(
    "product offer softwareapplication mobileapplication videogame book course event jobposting recipe "
    "realestatelisting searchresultspage collectionpage itemlist faqpage qapage profilepage sportsevent"
    .split()
)
_WORD_COUNT = re.compile(r"""["']wordCount["']\s*:\s*["']?(\d{2,6})\b""")
MAX_JSON = 2_000_000  # characters of one JSON-LD block read at most
# outlet names that are really sections, places or page furniture ("U.S.", "Hosted")
_NOT_OUTLETS = frozenset(
    "hosted u.s. us u.s us. uk world news home politics business opinion sport sports video videos live "
    "latest top stories entertainment tech technology science health lifestyle culture local national "
    "international article articles blog blogs story stories homepage index main default untitled".split()
)
# author strings that are not people
_NOT_PEOPLE = re.compile(
    r"^(?:staff|staff writer|editor|editors|editorial|admin|administrator|web desk|news desk|desk|"
    r"the editors|editorial board|contributor|guest|anonymous|unknown|null|none)$|"
    r"\b(?:inc|llc|ltd|gmbh|plc|corp|corporation|company|media|group|news|network|press|publishing|"
    r"newspaper|magazine|times|post|journal|herald|tribune|gazette|daily|weekly|radio|tv|television|"
    r"broadcasting|welle|nast)\b\.?$",
    re.I,
)


# news agencies: a wire story's byline names the agency, which is not the outlet that ran it
_AGENCIES = frozenset((
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse", "pti",
    "press trust of india", "ani", "ians", "dpa", "efe", "ansa", "kyodo", "xinhua", "yonhap", "bloomberg",
    "upi", "press association", "pa media", "aap", "the canadian press",
))
_MONTHS_AND_DAYS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december monday tuesday wednesday thursday friday saturday sunday".split()
)


@dataclass
class PageMeta:
    """What the page says about itself (every field may be missing)."""

    headline: str = ""
    authors: list[str] = field(default_factory=list)
    declares_author: bool = False  # the structured data names an author (maybe only an organisation)
    publisher: str = ""
    site_name: str = ""
    date: str = ""
    body: str = ""  # articleBody
    word_count: int = 0  # wordCount
    og_title: str = ""
    og_type: str = ""
    description: str = ""  # og:description or <meta name=description>: often the article's first sentence
    meta_author: str = ""
    html_title: str = ""
    types: list[str] = field(default_factory=list)  # every JSON-LD @type seen

    @property
    def is_article(self) -> bool:
        return any(_ARTICLE_TYPES.search(t) for t in self.types) or self.og_type.lower() == "article"

    @property
    def not_article_type(self) -> str:
        """The declared kind of a page that says it is not an article ("Product"), else ""."""
        if self.is_article:
            return ""
        for t in self.types:
            if t.lower() in _NOT_ARTICLE_TYPES:
                return t
        if self.og_type.lower() in ("product", "product.item", "video.movie", "music.song", "book", "profile"):
            return self.og_type
        return ""

    def outlet_names(self) -> list[str]:
        return [n for n in (self.publisher, self.site_name) if n]


def read_page_meta(root: Any) -> PageMeta:
    """Read JSON-LD scripts, OpenGraph and ``<meta>`` tags from an lxml document (before scripts go)."""
    meta = PageMeta()
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = (script.text or "").strip()
        if not text or len(text) > MAX_JSON:
            continue
        try:
            data = json.loads(text, strict=False)
        except ValueError:
            try:  # a trailing comma or a stray semicolon is common
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", text.rstrip(";")), strict=False)
            except ValueError:
                continue
        _read_json_ld(data, meta)
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        value = _clean(el.get("content") or "")
        if not value:
            continue
        if key == "og:title" and not meta.og_title:
            meta.og_title = value
        elif key == "og:site_name" and not meta.site_name:
            meta.site_name = value
        elif key == "og:type" and not meta.og_type:
            meta.og_type = value
        elif key in ("og:description", "description", "twitter:description") and len(value) > len(meta.description):
            meta.description = value
        elif key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator") \
                and not meta.meta_author and not value.startswith("http"):
            meta.meta_author = value
        elif key in ("article:published_time", "datepublished", "date") and not meta.date:
            meta.date = value
    if not meta.word_count:
        # a page's data layer (an inline script) often gives the count: "wordCount":"1461"
        for script in root.iter("script"):
            m = _WORD_COUNT.search(script.text or "")
            if m:
                meta.word_count = int(m.group(1))
                break
    title = root.find(".//title")
    if title is not None:
        meta.html_title = _clean(title.text_content())
    return meta


def _objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 6:
        return []
    if isinstance(data, list):
        return [o for d in data[:200] for o in _objects(d, depth + 1)]
    if isinstance(data, dict):
        found = [data]
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (list, dict)):
                found += _objects(data[key], depth + 1)
        return found
    return []


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k for k in kinds if isinstance(k, str)]


def _read_json_ld(data: Any, meta: PageMeta) -> None:
    for obj in _objects(data):
        kinds = _types(obj)
        meta.types.extend(kinds)
        if not any(_ARTICLE_TYPES.search(k) for k in kinds):
            continue
        if not meta.headline:
            meta.headline = _clean(_text(obj.get("headline")) or _text(obj.get("name")))
        if not meta.authors:
            meta.authors = people(obj.get("author"))
        if obj.get("author"):
            meta.declares_author = True
        if not meta.publisher:
            meta.publisher = _clean(_name(obj.get("publisher")))
        if not meta.date:
            meta.date = _clean(_text(obj.get("datePublished")))
        body = _text(obj.get("articleBody"))
        if body and len(body) > len(meta.body):
            meta.body = body
        count = obj.get("wordCount")
        if isinstance(count, str) and count.strip().isdigit():
            count = int(count.strip())
        if isinstance(count, int) and 0 < count < 1_000_000 and not meta.word_count:
            meta.word_count = count


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0]
    return ""


def _name(value: Any) -> str:
    if isinstance(value, list):
        return next((n for n in (_name(v) for v in value) if n), "")
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def people(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value; organisations and addresses left out."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            if any(t in ("Organization", "NewsMediaOrganization", "Corporation") for t in _types(item)):
                continue
            name = _text(item.get("name"))
        else:
            name = _text(item)
        for part in re.split(r"\s*(?:,|;|\||\band\b|&)\s*", _clean(name)):
            part = re.sub(r"^by\s+", "", part, flags=re.I).strip()
            agency = part.lower() in _AGENCIES
            if (agency or is_person_name(part)) and part not in out:
                out.append(part)
    return out


def is_person_name(name: str) -> bool:
    """Could ``name`` be a person's name (not an outlet, a desk or an address)?"""
    if not name or len(name) > 60 or "@" in name or "/" in name or name.startswith("http"):
        return False
    words = name.split()
    if not 1 <= len(words) <= 5 or _NOT_PEOPLE.search(name.strip()):
        return False
    if len(words) == 1 and (name.lower().strip(".") in _MONTHS_AND_DAYS or name.isupper()):
        return False
    if re.search(r"\w\.(?:com|org|net|co|uk|in|au)\b|\bfor\b|\bof the\b", name, re.I):
        return False
    return any(ch.isalpha() for ch in name)


def is_outlet_name(name: str) -> bool:
    """Could ``name`` be the outlet's name (not a section, a place or "Hosted")?"""
    s = _clean(name)
    if not s or len(s) > 80 or s.lower().strip(" .") in _NOT_OUTLETS or s.lower() in _NOT_OUTLETS:
        return False
    return sum(ch.isalpha() for ch in s) >= 2 and not s.startswith("http")


def _clean(text: str) -> str:
    import html

    return re.sub(r"\s+", " ", html.unescape(text or "")).strip()


_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022:-]{1,2}\s+|\s*\|\s*")
_DATE_PART = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{4}$")
_SECTIONS = frozenset(
    "opinion analysis news review reviews sport sports video live exclusive editorial commentary world "
    "politics business breaking watch podcast explainer feature features culture tech technology science "
    "health entertainment home latest".split()
)


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def site_words(url: str | None, names: list[str]) -> set[str]:
    """Folded names the site goes by: its outlet names and the stem of its host ("dw" for dw.com)."""
    out = {_fold(n) for n in names if n}
    if url:
        host = (urlsplit(url).hostname or "").lower()
        parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "news", "com", "org", "net",
                                                          "co", "uk", "gov", "edu", "au", "ca", "de", "in")]
        out.update(_fold(p) for p in parts)
    return {w for w in out if w}


def clean_title(title: str, site: set[str]) -> str:
    """Drop site names, dates and section labels stuck to a title ("Opinion | X | DW | 19.01.2020")."""
    title = _clean(title)
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATORS.findall(title)

    def junk(part: str) -> bool:
        f = _fold(part)
        return (not f or f in site or any(s and (f.startswith(s) or s.startswith(f)) and len(f) >= 2
                                          and abs(len(f) - len(s)) <= 4 for s in site)
                or bool(_DATE_PART.match(part.strip())) or part.strip().lower() in _SECTIONS)

    # only from the ends, and only where the separator is a bar or a spaced dash
    lo, hi = 0, len(parts)
    while hi - lo > 1 and junk(parts[hi - 1]) and seps[hi - 2].strip() in ("|", "-", "\u2013", "\u2014", "||", "::"):
        hi -= 1
    while hi - lo > 1 and junk(parts[lo]) and seps[lo].strip() in ("|", "-", "\u2013", "\u2014", ":", "||", "::"):
        lo += 1
    if (lo, hi) == (0, len(parts)):
        return title
    out = parts[lo]
    for i in range(lo + 1, hi):
        out += seps[i - 1] + parts[i]
    return out.strip()
