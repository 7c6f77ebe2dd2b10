"""Lines that are printed with an article but are not its body: never quizzed.

Photo captions and credits, keyword/tag lines, bylines, datelines, section headings and
"Read more"/"Subscribe" boilerplate. The rules are word lists and regular expressions (no
parser: ingest must stay light), written to under-trigger: a short body sentence with a
verb stays in the body.
"""
from __future__ import annotations

import re

# A line that starts like a caption ("This photo taken on June 2, 2019 shows ...").
_CAPTION_START = re.compile(
    r"""^\s*[("\u201c]?(?:
        (?:this|a)\s+(?:file\s+)?(?:photo(?:graph)?|picture|image|handout\ photo)
            \s+(?:taken|made|shows?|released|provided|distributed|obtained|dated)\b
      | in\ this\ (?:file\ )?(?:photo(?:graph)?|picture|image|handout|video\ grab|still\ image)\b
      | file\ photo\b
      | FILE\s*[-\u2013\u2014:]\s
      | (?:photo(?:graph)?|picture|image|caption|pictured|above|main\ image)s?\s*:
      | (?:credit|image\ credit|photo\ credit)s?\s*:
      | (?:photo(?:graph)?|picture|image)s?\s+(?:by|courtesy\ of|credit)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_NAME = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
# A credit at the end of a line: "... via Getty Images", "(AP Photo/Evan Vucci)", "REUTERS/Jane Doe".
_CREDIT_END = re.compile(
    rf"""(?:
        \bvia\ Getty\ Images?(?:\s*/\s*{_NAME})?
      | /\s*Getty\ Images?(?:\s*/\s*{_NAME})?
      | \((?:AP|AFP|EPA|Reuters|REUTERS)\ ?(?:Photo|Images?|Pool)?\s*/[^()]{{1,60}}\)
      | \bAP\ Photo\s*/\s*{_NAME}
      | \b(?:REUTERS|AFP|EPA(?:-EFE)?|Shutterstock|Alamy)\s*/\s*{_NAME}
      | \b[A-Z]{{2,}}(?:\s+[A-Z]{{2,}}){{0,3}}\s*/\s*(?:AFP|AP|EPA|REUTERS|Reuters|Getty)\b
      | \((?:Photo|Image|Picture|Credit)(?:\ by)?[:\ ][^()]{{1,60}}\)
      | \b(?:Photo|Image|Picture)\ (?:by|courtesy\ of|credit:?)\ {_NAME}
    )\W*$""",
    re.VERBOSE,
)

_BOILERPLATE = re.compile(
    r"""^\s*[\[(]?(?:
        read\ (?:more|also|next|the\ full\ story)\b | related(?:\ (?:articles?|stories|coverage|content))?\s*:
      | more\ (?:from\ [\w\ .&'-]{1,30}$|on\ this\ story|stories)\b | most\ (?:read|popular)\b
      | recommended(?:\ for\ you)?\s*$
      | subscribe\b | sign\ (?:up|in)\ (?:for|to|now|here|today)\b | log\ ?in\ to\b
      | register\ (?:now|for\ free)\b
      | (?:our|free|daily|weekly)?\s*newsletters?\s*(?::|$)
      | advertisement\b | sponsored(?:\ content)?\s*$ | ad\s*$ | scroll\ to\ continue\b
      | click\ here\b | share\ (?:this|on|via)\b | share\s*$ | follow\ (?:us|@|me)\b | like\ us\ on\b
      | continue\ reading\b | story\ continues\b | skip\ (?:to|ad)\b
      | listen\ to\ (?:this|the)\ (?:article|story)\b
      | watch\s*: | video\s*: | (?:reporting|writing|editing|additional\ reporting)\ by\b
      | contact\ (?:the\ )?(?:author|reporter)\b | (?:e-?mail|tweet)\ (?:the\ author|us)\b
      | copyright\s*(?:\u00a9|\(c\)|\d{4}) | all\ rights\ reserved\b | \u00a9 | \(c\)\s*\d{4}
      | (?:this\ (?:article|story)\ (?:was\ )?(?:originally\ )?(?:first\ )?(?:published|appeared|updated))\b
      | (?:originally\ )?published\s*: | updated\s*: | posted\s*: | last\ (?:modified|updated)\s*:
      | (?:tags?|keywords?|topics?|filed\ under|categories|category)\s*:
      | get\ the\ (?:latest|app)\b | download\ the\ app\b | support\ (?:our|independent)\ journalism\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_CAP = r"(?:[A-Z][\w.'\u2019-]*|de|van|von|da|del|al|bin|and|of|the|for|at|&)"
# "By Jane Doe", "By JANE DOE and Li Wei, Reuters", "By Jane Doe | Staff Writer"
_BYLINE = re.compile(
    rf"^\s*(?:by|BY|By)\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\w.'\u2019-]*(?:\s+{_CAP})*"
    rf"(?:\s*[,|\u2013\u2014;-]\s*{_CAP}(?:\s+{_CAP})*)*\s*$"
)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december then now midday noon tonight today the".split()
)
# "WASHINGTON (Reuters) -", "LONDON, June 2 (AP) \u2014", "KABUL \u2013"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\u2019 -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z.&' ]{1,30}\))?\s*[-\u2013\u2014:]+\s*$"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_ONLY = re.compile(
    rf"^\s*(?:(?:published|updated|posted)\s+(?:on\s+)?)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_MD_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")

# Words that make a comma-separated line a sentence rather than a tag list.
_VERBS = frozenset(
    """is are was were be been being am has have had do does did will would shall should can could may
    might must said says say told tells tell added adds according announced announces reported reports
    called calls made makes make took takes take gave gives give got gets get went goes go came comes come
    saw sees see knew knows know thought thinks think found finds find asked asks became becomes remains
    remained seems seemed wants wanted needs needed includes included continued continues""".split()
)
# Words that rarely appear in a tag list but often in a sentence fragment.
_FUNCTION = frozenset(
    "the a an this that these those which who whom whose what when where while because if then than so but "
    "he she they we i you it his her their our its him them us me my your there here not no".split()
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'\u2019-]*")
_TERMINAL = ('.', '!', '?', '"', '\u201d', "'", '\u2019', ':', ';', ')')


def is_tag_line(line: str) -> bool:
    """A short comma-separated list of keywords with no verb ("Mike Pompeo, China, sanctions")."""
    s = line.strip()
    if not s or len(s) > 200 or s[-1] in ".!?:;" or '"' in s or "\u201c" in s:
        return False
    items = [i.strip() for i in re.split(r"\s*[,;|\u2022\u00b7]\s*", s)]
    if len(items) < 3 or any(not i for i in items):
        return False
    for item in items:
        words = _WORD.findall(item)
        if not words or len(words) > 4 or len(item.split()) > 5:
            return False
        lowered = [w.lower() for w in words]
        if any(w in _VERBS or w in _FUNCTION for w in lowered):
            return False
        # a lowercase past-tense form ("prices rose, wages dropped") reads as a clause
        if any(w.islower() and len(w) > 4 and w.endswith("ed") for w in words):
            return False
        if lowered[0] in {"and", "or"}:
            return False
    return True


def classify_line(line: str) -> str | None:
    """What kind of set-aside line ``line`` is, or None when it may be body text.

    Kinds: ``caption``, ``credit``, ``tags``, ``byline``, ``dateline``, ``boilerplate``,
    ``heading``, ``rule``.
    """
    s = line.strip()
    if not s:
        return None
    if _MD_RULE.match(s):
        return "rule"
    if _MD_IMAGE.match(s):
        return "caption"
    if _MD_HEADING.match(s):
        return "heading"
    words = len(s.split())
    if words <= 80 and _CAPTION_START.match(s):
        return "caption"
    if words <= 80 and _CREDIT_END.search(s):
        return "credit" if words <= 8 else "caption"
    if words <= 30 and _BOILERPLATE.match(s):
        return "boilerplate"
    if words <= 12 and _BYLINE.match(s) and not _has_verb(s) and s.split()[1].lower() not in _NOT_NAMES:
        return "byline"
    if words <= 10 and (_DATELINE.match(s) or _DATE_ONLY.match(s)):
        return "dateline"
    if is_tag_line(s):
        return "tags"
    return None


def _has_verb(s: str) -> bool:
    return any(w.lower() in _VERBS for w in _WORD.findall(s))


def ends_sentence(line: str) -> bool:
    """Does ``line`` end like a finished sentence (so the next line starts a new unit)?"""
    return line.rstrip().endswith(_TERMINAL)


def byline_name(line: str) -> str:
    """The byline without its leading "By " ("By Jane Doe, Reuters" -> "Jane Doe, Reuters")."""
    return re.sub(r"^\s*by\s+", "", line.strip(), flags=re.IGNORECASE)
