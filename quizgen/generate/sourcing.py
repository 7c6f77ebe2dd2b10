"""Sourcing: named vs unnamed sources, claims relayed by a news outlet, what kind of source speaks."""
from __future__ import annotations

import functools
import random
import re
from dataclasses import replace

from quizgen.analysis.lexicon import OBJECT_CUES, SPEECH_CUES, STANCE_CUES
from quizgen.analysis.quotes import find_quotes
from quizgen.analysis.sources import is_outlet_name
from quizgen.fastre import Keyed
from quizgen.generate.attribution import (
    claim_text,
    first_asked_sentences,
    mention_names_another,
    name_between,
    personal_name,
    relay_ok,
    sure_body,
    sure_speaker,
    takes_part,
    usable,
    usable_self_claim,
    who_phrase,
)
from quizgen.generate.base import (
    Context,
    article_memo,
    attribution_support,
    by_identity,
    cite,
    in_quotation,
    inner_quotes,
    literal_matches,
    make_item,
    name_re,
    name_tokens,
    norm,
    quote,
    sentence_at,
    sentence_case,
    shuffled_options,
    source_label,
    source_mid,
    support_for,
    support_span,
    truncate,
    word_matches,
)
from quizgen.generate.certainty import object_gapped
from quizgen.generate.distractors import (
    clean_person_option,
    implausible_filler,
    no_person_here,
    not_a_speaker,
    same_entity,
    thing_words,
)
from quizgen.generate.inference import relay_name, relayed_only
from quizgen.model import CONFIDENT, UNSURE, Attribution, Item, Span, Support

SKILL = "sourcing"

# One claim, one kind: six categories that cannot overlap, each saying what it means. "Named"
# separates the first three from an unnamed source; people are never documents or outlets.
OFFICIAL = "A named government or organisation, or a named person speaking for one (an official or spokesperson)"
# a research body, whose people are experts as much as its officials: "head of the Tax Policy Center",
# "director of the Brookings Institution", "a fellow at the Cato Institute", "the think tank"
_RESEARCH_BODY = re.compile(r"\b(?:[A-Z][\w&-]*\s+)+(?:Center|Centre|Institute|Institution|Foundation)\b|"
                            r"\bthink[- ]tanks?\b|\bUniversity\b|\bCollege\b|\bresearch (?:group|center|centre)\b")
# an expert telling what they saw or heard, not giving an opinion: "recalled", "a historian who attended …"
_RECALLS = re.compile(r"(?:recall|remember|describ|recount)", re.I)
_WAS_THERE = re.compile(r"\b(?:who|which) (?:had )?(?:attended|was (?:there|present|in the room|at)|witnessed|saw|"
                        r"took part|sat in)\b|\beyewitness|\bwho (?:had )?been (?:there|present)\b", re.I)
PARTICIPANT = "A named person who saw or took part in the events (a witness, player, member or resident)"
EXPERT = "A named expert giving an opinion (a scientist, professor or analyst)"
DOCUMENT = "A document (a study, letter, court filing or official record)"
OUTLET = "A news outlet (a newspaper, broadcaster or news agency)"
UNNAMED = "An unnamed person or group (the article does not say exactly who)"
SELF = "A named person giving their own view or account, speaking for no government or organisation"
# for each keyed category, distractors that no close reader could defend for that kind of source
# A named person's kind is asked among the kinds of people (judged blind: with "VanderSloot said" in
# the stem, "a document", "a news outlet" and "an unnamed source" fell away at once); the keyed role is
# the only one the article's words around the name give (person_role), so the other roles are wrong
_DISTRACTORS = {
    OFFICIAL: (EXPERT, DOCUMENT, UNNAMED),
    PARTICIPANT: (OFFICIAL, EXPERT, UNNAMED),
    EXPERT: (OFFICIAL, PARTICIPANT, UNNAMED),
    DOCUMENT: (PARTICIPANT, EXPERT, UNNAMED),
    OUTLET: (PARTICIPANT, EXPERT, UNNAMED),
    UNNAMED: (OFFICIAL, EXPERT, DOCUMENT),
    # a person speaking for themselves beside one speaking for a body: the line the two kinds draw is the
    # question; a witness's or an expert's kind is never offered (both speak for themselves too)
    SELF: (OFFICIAL, DOCUMENT, UNNAMED),
}
_DOCUMENT_HEADS = frozenset("study studies report reports letter letters memo memos filing filings record records "
                            "survey surveys document documents paper papers articles journal audit review "
                            "analysis data figures lawsuit lawsuits suit suits "  # a suit: a court filing
                            # an official record of an inquiry ("an FBI summary of its investigation") and a sworn
                            # statement filed with a court ("the affidavit")
                            "summary summaries affidavit affidavits".split())
_ROLE_WORDS = {
    OFFICIAL: ("secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "president", "senator",
               "governor", "mayor", "ambassador", "official", "ceo", "chief executive", "chairman",
               "chairwoman", "administrator", "commissioner", "congressman", "congresswoman", "lawmaker",
               "chancellor", "head of", "prosecutor", "press secretary", "campaign manager",
               "chief of staff", "representative", "officer", "deputy", "sen", "rep", "gov",
               # offices that speak for a government: "Clark County Sheriff Joe Lombardo", "Michigan Attorney
               # General Bill Schuette", "Senate Minority Whip Dick Durbin", "House Speaker Paul Ryan"
               "sheriff", "attorney general", "whip", "house speaker", "speaker of the house"),
    EXPERT: ("professor", "researcher", "scientist", "expert", "analyst", "economist", "specialist",
             "historian", "academic", "lecturer", "epidemiologist", "scholar", "strategist", "chemist",
             "physicist", "biologist", "geologist", "ecologist", "psychologist", "sociologist", "virologist",
             "climatologist", "statistician", "political scientist",
             # an academic department ("a chairman of the political science department at Troy …": the title
             # says official, the department expert; judged blind, T32)
             "political science", "science department", "economics department", "history department",
             "department of political", "department of economics", "department of history", "law school",
             # an institution of learning: its "director" or "head" may be an expert as much as an official
             "university", "college", "institute", "think tank", "academy", "debate"),
    # (no "coach": one announcing his side's team speaks for it as much as he takes part; judged blind, W7)
    PARTICIPANT: ("witness", "eyewitness", "resident", "survivor", "team member", "player",
                  "student", "victim", "passenger", "protester", "participant",
                  "teacher", "farmer", "driver", "owner", "captain", "attendee", "visitor"),
}

# a claim opening on the writer's own concession, before a closing "according to X"
_CONCEDED = re.compile(r"(?:even\s+if|even\s+though|although|though|while|whereas|despite)\b[^,]{3,},", re.I)


# words that make a close reader call a source an expert though no expert title is written ("Dr.
# Mary Poe, director of the Centre for Coastal Research"): no other category is keyed for it
_EXPERT_HINTS = re.compile(r"\b(?:dr|phd|ph\.d|research(?:er|ers|ing)?|laborator(?:y|ies)|"
                           r"cent(?:re|er)s? for|school of|faculty|fellow)\b", re.I)


def mentions(ctx: Context, a: Attribution) -> list[str]:
    """The words around each mention of the source's name: its title before (the name's own noun
    phrase: "former Texas governor Rick Perry", never "Terrorism experts rebuke Trump"), its
    apposition after ("John Smith, a chemist,", never "Trump, who met experts")."""
    return [a.source_text, *_mentions_in(ctx.article.text, tuple(sorted({a.source_text, a.source})))]


@functools.lru_cache(maxsize=1024)
def _mentions_in(text: str, names: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for name in names:
        if not name or len(name) < 4:
            continue
        for m in literal_matches(text, name):
            # not "… young voters, and Sanders told" (another clause) nor "'… the senator,' said Bob" (a quotation)
            window = _ABBREV.sub(r"\1", text[max(0, m.start() - 60):m.start()])  # "Sen. Ted Cruz"
            window = _INITIALISM.sub(lambda x: x.group(1).replace(".", ""), window)  # "Former U.N. Ambassador"
            before = _title_run(re.split(r"[.!?][\"”’']?\s|[,;:]\s*|[\"“”()]", window)[-1].split())
            after = text[m.end():m.end() + 80]
            appos = re.split(r"[,;:!?]|\.(?:\s|$)", after[2:])[0] if after.startswith(", ") else ""
            if re.match(r"\s*(?:who|whom|whose|which|that|said|says|told|and|but|or|as|when|while|if)\b",
                        appos, re.I):
                appos = ""  # a clause about the person, not a title
            out.append(" ".join(before) + " " + name + " " + " ".join(appos.split()[:8]))
    return tuple(out)


_ABBREV = re.compile(r"\b(Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Prof|Capt|Gov|Atty)\.")
_ANONYMOUS_HEADS = frozenset("official officials source sources aide aides spokesperson spokesman spokeswoman "
                             "diplomat diplomats insider insiders familiar".split())
# the plural of people who give opinions ("analysts", "critics"): unnamed when the sentence names none of them
_UNNAMED_OPINION_HEADS = frozenset("analysts experts critics observers economists historians scholars".split())
_RELAYED_BY_OUTLET = re.compile(r"\b(?:officials?|aides?|sources?|spokes\w+|advisers?|people familiar|"
                                r"anonymous|anonymity)\b", re.I)
_DIRECTOR = re.compile(r"\bdirector\b", re.I)
_INITIALISM = re.compile(r"\b((?:[A-Z]\.){2,})(?=\s)")  # "U.N.", "U.S." inside a title: no sentence end
_TITLE_WORDS = frozenset(
    "of the a an former chief senior deputy vice press campaign state general attorney party county precinct "
    "protest assistant acting interim executive head leader founder co-founder manager lieutenant sergeant "
    "judge justice rep sen gov dr mr mrs ms prof democratic republican independent top then-".split())


_ROLE_TOKENS = frozenset(x for ws in _ROLE_WORDS.values() for phrase in ws for x in phrase.split())


def _title_word(w: str) -> bool:
    """May the word belong to the title in front of a name ("Secretary", "of", "former", "farmer")?"""
    low = w.lower().strip(".'’")
    roles = _ROLE_TOKENS
    if low.endswith("s") and low[:-1] in roles:
        return False  # "Terrorism experts rebuke Trump": a plural role names other people
    return w[:1].isupper() or low in _TITLE_WORDS or low in roles or low.startswith(("ex-", "then-"))


def _title_run(words: list[str]) -> list[str]:
    """The contiguous run of title words right before a name: stops at a verb or any other word."""
    run: list[str] = []
    for w in reversed(words[-8:]):
        if not _title_word(w):
            break
        run.insert(0, w)
    return run


_BODY_LEADER = re.compile(r"\b(?:council|party|opposition|majority|minority|house|senate|union|chamber|assembly|"
                          r"committee|parliamentary|group)\s+leaders?\b|\bleaders?\s+of\s+the\b")


_PARTY_ROLE = re.compile(r"\b(?:(?:precinct|ward|block|party|campaign|county)\s+captain|organi[sz]er|volunteer|"
                         r"activist|campaigner|canvasser|delegate)s?\b", re.I)


_ROLE_RES = {category: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")
             for category, words in _ROLE_WORDS.items()}


def person_role(ctx: Context, a: Attribution) -> str | None:
    """OFFICIAL, EXPERT or PARTICIPANT when the article's words around the person's name say so and
    say only one of them ("Secretary of State Mike Pompeo", "John Smith, a chemist,"); else None."""
    found = set()
    around = mentions(ctx, a)
    for context in around:
        low = f" {context.lower()} "
        for category, role_re in _ROLE_RES.items():
            if role_re.search(low):
                found.add(category)
        if _BODY_LEADER.search(low):
            found.add(OFFICIAL)  # "the council leader", not "a prominent evangelical leader"
    if len(found) != 1:
        return None
    if any(_DIRECTOR.search(c) for c in mentions(ctx, a)):
        return None  # a think tank's, project's or university's director: expert or official, either is arguable
    category = found.pop()
    if any(_PARTY_ROLE.search(c) for c in around):
        return None  # "a precinct captain", "a protest organiser": takes part, or speaks for a campaign
    if any(_FORMER.search(c) for c in around):
        return None  # "former governor Madeleine Kunin", "a onetime rival": speaking for no body now
    latest = _latest_year(ctx)
    if any(int(y) < latest for c in around for y in _YEAR.findall(c)):
        return None  # judged blind (T14): "Clinton's 2008 campaign manager" in a story of 2016, keyed as speaking for
        # an organisation: a post of a past year, over now
    if any(_OWN_VIEW.search(c) or _OPERATIVE.search(c) for c in around):
        return None  # a donor or a company head giving his own view, a party's strategist: no one kind fits
    if category == EXPERT and any(_EXPERT_OF_A_BODY.search(c) for c in around):
        return None  # "Rita Vale, chief economist of the Valley consumer survey", on its findings: an expert or
        # a named person speaking for the body, both defensible (judged blind)
    if category == PARTICIPANT and any(_COMMAND_RANK.search(c) for c in around):
        return None  # judged blind (W5): "Captain Larry Burt, commander of the US helicopter mission" keyed as one who
        # took part: an officer in command speaks for his force as well
    if category == EXPERT and any(_ONE_OF_A_SIDE.search(c) for c in around):
        return None  # judged blind (W4): "the school's defenders such as training specialist Joe Leuer" keyed an
        # expert's opinion: one of a side in the dispute (here the school's own staff) speaks for it, not as an expert
    if category == EXPERT and any(_EXPERT_FOR_A_BODY.search(c) for c in around):
        return None  # "Guy Cecil, chief strategist of Priorities USA": speaks for his group, not as an expert
    if category != EXPERT and any(_EXPERT_HINTS.search(c) for c in around):
        return None  # "Dr. Mary Poe, director of a research centre": an expert as much as an official
    if category == OFFICIAL and _among_experts(ctx, a):
        return None  # judged blind (T6): "some liberal economists - including a minority of the Fed's own
        # policy-making committee - warn …", then "Lael Brainard, a Fed governor, said": an expert's view too
    return category


# an officer's rank or command ("Capt.", "commander of the mission", "Lt. Col."): in the field, and for a force
_COMMAND_RANK = re.compile(r"\b(?:Capt\.|Captain(?=\s+[A-Z])|[Cc]ommander|[Cc]ommanding|Col\.|Colonel|Lt\.|"
                           r"Lieutenant|Maj\.|Gen\.|Sgt\.|Sergeant|Admiral|Adm\.|Brigadier|officer in charge)")
# (a title before a name, "Captain Ann Reyes"; never a team's "the England captain", who plays)


# one of a side the article names ("the school's defenders such as …", "critics, including …", "allies like …")
_ONE_OF_A_SIDE = re.compile(r"\b(?:defenders|supporters|critics|opponents|allies|backers|advocates|detractors|"
                            r"champions|foes)\b,?\s+(?:such\s+as|like|including|among\s+them)\b", re.I)


# "some economists warn", "many analysts, including …": a group of experts the article speaks of
_EXPERT_GROUP = re.compile(r"\b(?:economists|analysts|experts|scholars|scientists|researchers|academics|"
                           r"professors|specialists)\b", re.I)


def _among_experts(ctx: Context, a: Attribution) -> bool:
    """Does the claim's paragraph, before the source, or the paragraph before it speak of a group of experts
    outside quotations (the official quoted next may be one of them)?"""
    if a.source_span is None:
        return False
    para = ctx.article.paragraph(a.paragraph)
    texts = [ctx.article.text[para.start:a.source_span.start]]
    if a.paragraph > 1:
        texts.append(ctx.article.paragraph(a.paragraph - 1).text)
    return any(_EXPERT_GROUP.search(_QUOTED.sub(" ", t)) for t in texts)


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


# an expert who holds a post in a body whose work he comments on ("chief economist of the … survey",
# "senior analyst at the … bureau", "lead researcher for the … institute"): he speaks for it as much as
# he gives an expert's opinion
_EXPERT_OF_A_BODY = re.compile(
    r"\b(?:chief|lead|head|principal|senior|deputy|top)\s+(?:economists?|analysts?|scientists?|researchers?|"
    r"statisticians?|investigators?|pollsters?|forecasters?)\b|"
    r"\b(?:economists?|analysts?|scientists?|researchers?|statisticians?|directors?|spokes(?:man|woman|person|men|"
    r"women|people))\s+(?:of|for|with|at)\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,6}?(?:survey|poll|index|report|study|"
    r"institute|bureau|agency|department|office|ministry|bank|fund|reserve|commission|board|council|association|"
    r"foundation|service|authority|administration)s?\b", re.I)
# an expert's title tied to a campaign or organisation: its insider, not an independent expert
_EXPERT_FOR_A_BODY = re.compile(
    r"(?i:strategist|adviser|advisor|pollster|consultant)s?\s+"
    r"(?i:for|of|to|with)\s+(?:(?i:the|a|an|his|her|their)\s+)?(?:[A-Z]|(?i:campaign|super pac|party|white house))")
# a person the article gives a stake or a trade, not a post: a donor or the head of a company speaks for
# himself on politics, not for his firm (judged blind: "a billionaire head of an … company" keyed as an
# official speaking for an organisation)
_OWN_VIEW = re.compile(r"\b(?:billionaires?|millionaires?|donors?|megadonors?|philanthropists?|investors?|"
                       r"fundraisers?|bundlers?|entrepreneurs?|business\s*(?:m[ae]n|wom[ae]n|owners?|leaders?)|"
                       r"compan(?:y|ies)|firms?|corporations?|inc|llc|retailer|manufacturer|maker|"
                       # "Sam Adler, Votely's owner", "the founder of Pollwise": he speaks for his firm as much as
                       # for himself (judged blind: "took part" keyed, "speaking for an organisation" as defensible)
                       r"(?:co-?)?(?:owners?|founders?|proprietors?)\s+of|['’]s?\s+(?:co-?)?(?:owners?|founders?|proprietors?))\b",
                       re.I)
# a party's or campaign's hired hand (judged blind: "a Republican communications strategist" keyed as an
# expert like a scientist hides his side; an official of the party he is not): no item
_OPERATIVE = re.compile(r"\b(?:strategists?|operatives?|consultants?|pollsters?|advis[eo]rs?|spin doctors?|"
                        r"lobbyists?|political director)\b", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _latest_year(ctx: Context) -> int:
    """The latest year the article writes (0 for none), found once per article: asked for every role looked at."""
    return article_memo(ctx, "sourcing.latest_year",
                        lambda: max((int(y) for y in _YEAR.findall(ctx.article.text)), default=0))
_FORMER = re.compile(r"\b(?:former|formerly|ex-|onetime|one-time|erstwhile|retired|then-|one time)|"
                     # "a national security official under Presidents Reagan and George W. Bush", "who served as
                     # …": a post in an administration named by its head, which may be long over (judged blind, E42)
                     r"\bserved\s+(?:as|in|under|on)\b|\bunder\s+(?:former\s+)?(?:[Pp]residents?|[Pp]rime\s+[Mm]inisters?|"
                     r"[Gg]overnors?|Gov\.)\s+(?-i:[A-Z])", re.I)
# rules, laws and filings are documents, whatever the ledger calls them ("Federal Election
# Commission regulations"); data (polls, figures) is no one category: no item
_RULE_HEADS = frozenset("regulation regulations rule rules law laws statute statutes guideline guidelines "
                        "filing filings ruling rulings order orders bill bills code codes policy policies "
                        "act constitution treaty contract records document documents report reports "
                        "study letter memo".split())
# (records are an official record, a document: "Dorne County land records indicate …", "according to Federal
# Communications Commission records")
_DATA_HEADS = frozenset("poll polls survey surveys figures data numbers statistics estimates "
                        "projections count counts".split())
# officials and spokespeople of a body: "Officials in both cities insist …" is an unnamed person
# as much as the named city speaking, unless the article says they were not named
_OFFICIAL_HEADS = frozenset("official officials spokesperson spokespeople spokesman spokeswoman spokesmen "
                            "authorities aides aide staff staffers representatives officers administrators "
                            "leaders leadership ministers diplomats police".split())
_ANONYMOUS = re.compile(r"\b(?:unnamed|anonymous|anonymity|not (?:be )?(?:named|identified)|declined to be "
                        r"(?:named|identified)|not authori[sz]ed to speak)\b", re.I)


_HEAD_RE = re.compile(r"\s+(?:of|from|in|at|who|that|with|for|close|familiar|on)\s+")
_HEAD_RE2 = re.compile(r"[a-z][a-z'’-]*")


def _head(phrase: str) -> str:
    """The head noun of a source phrase ("Officials in both cities" -> "officials")."""
    core = _HEAD_RE.split(phrase.lower().strip())[0]
    ws = _HEAD_RE2.findall(core)
    return ws[-1] if ws else ""


def _of_a_body(phrase: str, head: str) -> bool:
    """Does the phrase tie the officials to a body ("Officials in both cities", "White House aides",
    "city officials")? Bare "officials" or "senior officials" do not."""
    low = phrase.strip().lower()
    before, _, after = low.partition(head)
    if re.match(r"\s*(?:of|in|from|at|for|with|on)\s", after):
        return True
    mods = [w for w in re.findall(r"[\w'’-]+", phrase[:len(before)]) if w.lower() not in _PLAIN_MODIFIERS]
    return bool(mods)


_PLAIN_MODIFIERS = frozenset("the some several many two three four five a few other senior top current local "
                             "unnamed anonymous".split())


# a source that is one of two joined by "and"/"or" ("Trump and his aides … telling O'Reilly that 'I'm …'",
# "the mayor or her aides"): two kinds of source share the claim, and no one category fits it
_JOINED_BEFORE = re.compile(
    r"\w[.'’]?\s+(?:and|or|nor|&)\s+(?:(?:his|her|their|its|has|the|other|some|several|top)\s+)?$", re.I)
_JOINED_AFTER = re.compile(r"^(?:,?\s+(?:and|or|nor)|\s*&)\s+(?!(?:said|says|told|added|wrote)\b)\S", re.I)


_BELIEF_CUE = re.compile(r"\s*(?:is\s+|are\s+|was\s+|were\s+)?(?:believ|think|thought|fear|suspect|hope|feel|felt|"
                         r"assum|worr|doubt|expect|reckon|imagin|wonder)", re.I)


_JOINED_SOURCE_RE = re.compile(r"[.!?;:\n\"“”]")
_JOINED_SOURCE_RE2 = re.compile(r"\s(?:and|or|&)\s+(\S+)")


def joined_source(ctx: Context, a: Attribution) -> bool:
    """Is the claim's source one of two joined in one phrase ("X and his aides said", "aides and X")?"""
    if a.source_span is None:
        return False
    text = ctx.article.text
    before = text[max(0, a.source_span.start - 40):a.source_span.start]
    after = text[a.source_span.end:a.source_span.end + 40]
    before = _JOINED_SOURCE_RE.split(before)[-1]
    inner = _JOINED_SOURCE_RE2.search(a.source_span.text)
    if inner is not None and (a.source_kind == "person" or inner.group(1)[:1].islower()):
        return True  # "Ray Dorn and his aides" as one source phrase (a body's own name, "Health and Human
        # Services", joins capitalised words)
    return bool(_JOINED_BEFORE.search(before)) or bool(_JOINED_AFTER.match(after))


def source_category(ctx: Context, a: Attribution) -> str | None:
    """The one category of a claim's source, or None when it is not certain."""
    if a.kind_confidence < CONFIDENT or a.source_confidence < UNSURE:
        return None
    if _BELIEF_CUE.match(a.cue or ""):
        return None  # judged blind (K31): "how deeply Washington believes Beijing has penetrated …" keyed a named
        # government: a belief the writer ascribes is no claim that source gives
    if joined_source(ctx, a):
        return None  # judged blind (J16): "Trump and has aides … telling O'Reilly that 'I'm …'" keyed "unnamed"
    head = _head(a.source_text or a.source)
    if a.source_kind != "person" and head in _OUTLET_WORK_HEADS and _outlet_owns(ctx, a.source_text or a.source, head):
        # "a POLITICO analysis of FEC records", "a Washington Post review": the outlet's own work is a
        # news outlet's report everywhere (as the evidence items key it), never a document here
        return OUTLET
    if a.source_kind != "person" and head in _DATA_HEADS:
        return None  # "polls show …": data, not a person, and not plainly a document either
    if a.source_kind != "person" and head in _RULE_HEADS and "'s " not in a.source_text and "’s " not in a.source_text:
        return DOCUMENT  # "Federal Election Commission regulations": a document, never "unnamed"
    if a.source_kind == "unnamed_group":
        after = ctx.article.text[a.source_span.end:a.source_span.end + 40] if a.source_span else ""
        if head in _OFFICIAL_HEADS and (_of_a_body(a.source_text or a.source, head)
                                        or re.match(r"\s+(?:of|in|from|at|for|with)\s", after)):
            sup = attribution_support(ctx.article, a)
            if sup is None or not _ANONYMOUS.search(sup.text):
                return None  # "Officials in both cities insist": the named cities speak, or unnamed people
        # "an unnamed person or group" only for the heads of anonymous sourcing ("officials", "a source",
        # "people familiar with …"): judged blind on kept-aside articles, 0 of 3 others were right
        # ("Three people", a poll's figure, a named Twitter user)
        if head in _ANONYMOUS_HEADS:
            return UNNAMED
        # "Analysts said …", "Critics say …": people who give opinions, none named in the sentence (not "Analysts,
        # including Ray Holt, said", nor "analysts at Harbour Bank", who may speak for it)
        if head in _UNNAMED_OPINION_HEADS and not re.match(r",?\s+(?:of|in|from|at|for|with|including)\s", after):
            sent = sentence_at(ctx.analysis, a.source_span.start) if a.source_span else None
            if sent is not None and a.source_span is not None and not any(
                    (e.label == "PERSON" and sent.span.start <= e.span.start < sent.span.end)
                    or (e.label == "ORG" and a.source_span.start <= e.span.start < a.source_span.end)
                    for e in ctx.analysis.entities):
                return UNNAMED  # ("Goldman Sachs analysts" may speak for the bank: no key)
        return None
    if a.source_kind == "news_outlet":  # a named outlet; "the media" is no one outlet
        sup = attribution_support(ctx.article, a)
        if sup is None or _RELAYED_BY_OUTLET.search(sup.text):
            return None  # "an anonymous Republican official told the Post": the outlet relays someone
        if outlet_as_actor(ctx, a):
            return None  # "The Ledger asked a court to unseal …": an actor in the story, not a source of it
        if _person_of_that_name(ctx, a.source):
            return None  # "'…,' Bloomberg told New York magazine" where the article names Michael Bloomberg: the
            # man, whom the ledger took for the news agency (drops set: his quotation keyed "a news outlet")
        if _AGENCY.search(a.source_text or a.source) and not _NEWS_AGENCY.search(a.source_text or a.source) \
                and not is_outlet_name(a.source):
            return None  # "the National Police Agency": a government's agency, whatever the ledger guessed
        return OUTLET if a.source[:1].isupper() else None
    if a.source_kind == "document":
        # "a leaked internal letter", not "Cornyn's statement" (a named person's words) or "the website"; the head
        # noun before "of …" names the document too ("an FBI summary of its investigation"), but not a review or an
        # analysis of something ("a review of … Valley Times transcripts": whose review, perhaps an outlet's own?)
        last = a.source_text.lower().split()[-1:] if a.source_text else []
        head = _head(a.source_text)
        if "'s " in a.source_text or "’s " in a.source_text or not last or (
                last[0] not in _DOCUMENT_HEADS and (head not in _DOCUMENT_HEADS or head in _OUTLET_WORK_HEADS)):
            return None
        return DOCUMENT
    if a.source_kind in ("government", "organisation"):
        # a named body (the Home Office) speaks through someone; "officials" alone is unnamed. Not
        # when the words around it say expert ("Stanford University's debate director"): the
        # options offer no expert beside an official, and a close reader could argue for one
        written = (a.source_text or a.source).split()
        if written and written[0].lower() in _INDEFINITE:
            return None  # judged blind (T7): "a Republican administration" keyed a named government: "a" names none
        if written and written[-1].islower() and not any(w[:1].isupper() for w in written[1:]):
            return None  # judged blind (K41): "Former prosecutors said …" keyed a named government: the one capital
            # is the sentence's first letter, and former prosecutors speak for no body (unnamed people, if anything)
        around = mentions(ctx, a)
        if any(_ROLE_RES[EXPERT].search(f" {c.lower()} ") for c in around) or any(
                _EXPERT_HINTS.search(c) for c in around) or _among_experts(ctx, a):
            return None
        return OFFICIAL if a.source[:1].isupper() or a.source_text[:1].isupper() else None
    if a.source_kind == "person":
        role = person_role(ctx, a)
        if _candidate(ctx, a) and not (role == OFFICIAL and _titled_official(ctx, a)):
            return None  # a candidate speaks for himself: no category fits
        if role == OFFICIAL and _on_the_trail(ctx, a.paragraph) and (
                _candidate(ctx, a) or _RIVALS.search(ctx.article.title)):
            return None  # judged blind (T24): "Gov. Kasich replied" at a debate, on a football game: a candidate on the
            # stage speaks for himself, not for his state
        return role if role is not None or not speaks_for_self(ctx, a) else SELF
    return None


# a campaign's stage: a candidate there speaks as a candidate, whatever office he holds
_ON_THE_TRAIL = re.compile(r"\b(?:debates?|rall(?:y|ies)|campaign\s+(?:event|stop|trail)|stump\s+speech|"
                           r"victory\s+(?:party|speech)|caucus\s+night|primary\s+night)\b", re.I)


# a headline about the race's rivals ("Republican Presidential Candidates Give …"): its office-holders speak as such
_RIVALS = re.compile(r"\b(?:candidates|hopefuls|contenders|nominees|rivals)\b", re.I)


def _on_the_trail(ctx: Context, number: int) -> bool:
    """Does the paragraph, or the one before it, set its words on a campaign's stage (a debate, a rally)?"""
    return any(_ON_THE_TRAIL.search(ctx.article.paragraph(n).text)
               for n in (number - 1, number) if 1 <= n <= len(ctx.article.paragraphs))


# determiners that name no one body ("a Republican administration", "another agency", "some companies")
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several", "many", "certain"})


# any word near a person's name that ties the person to a body, an office, a trade or a field: then
# "speaking for no government or organisation" may be wrong, or an expert's kind as right
_TIES = re.compile(
    r"\b(?:spokes\w+|officials?|president|vice|chair\w*|director|chief|ceo|head|founder|executive|manager|"
    r"senator|sen|rep|gov|governor|mayor|secretary|minister|ambassador|lawmakers?|congress\w*|representative|"
    r"legislator|council\w*|commissioner|sheriff|judge|justice|prosecutor|attorney|lawyer|counsel|officer|"
    r"candidate|nominee|campaign|party|committee|adviser|advisor|aide|staff\w*|strategist|consultant|pollster|"
    r"operative|lobbyist|member|leader|activist|organi[sz]er|volunteer|delegate|donor|billionaire|investor|"
    r"businessm[ae]n|businesswom[ae]n|owner|employee|worker|professor|researcher|scientist|expert|analyst|"
    r"economist|scholar|historian|fellow|dr|university|college|institute|center|centre|foundation|"
    r"association|union|group|company|firm|corporation|agency|department|office|administration|government|"
    r"white house|pentagon|police|army|military|general|colonel|pastor|bishop|priest|rabbi|imam|host|anchor|"
    r"columnist|editor|reporter|journalist|correspondent|commentator|writer|author|blogger|former|ex|"
    r"first lady|king|queen|prince|princess|pope|radio|tv|television|show|program|programme|podcast|news|"
    r"network|magazine|newspaper|website|site|channel|magnate|mogul|tycoon|speaker|state|city|county|presiden\w*|election|elected|office|running|"
    r"investor|stock|shares|boardroom|confidant|confident|friend|ally|allies|"
    r"leads|led|heads|headed|runs|chairs|chaired)\b", re.I)
# a body owning the person ("Google's Laszlo Bock") or a post at one after the name ("…, a manager at Google")
_OWNED_BY = re.compile(r"[A-Z][\w&.-]*['’]s\s+(?:[\w-]+\s+){0,4}$")
_GROUP_VOICE = re.compile(r"\b(?:we|our|ours|us|ourselves)\b", re.I)


_WHEN_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
                        r"May|June|July|August|September|October|November|December)\b")
# (a stop after a title or an initial, "Mr. Obama's council", "George W. Bush", is no break: judged blind, K42)
_PHRASE_BREAK = re.compile(r"[;:!?\"“”()\n]|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\b[A-Z])\.|"
                           r"\s[-–—]\s|[—–]")


def _noun_phrase_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The words that describe the person named at ``start``-``end``: back to the last stop or quotation
    mark, taking one comma's piece before the name ("a spokeswoman, Anna White") and its own; forward
    through an apposition or a "who" clause set off by commas ("Ann White, a Facebook spokeswoman,"),
    at most 90 characters each way."""
    back = text[max(0, start - 90):start]
    cut = max((m.end() for m in _PHRASE_BREAK.finditer(back)), default=0)
    back = back[cut:]
    pieces = back.split(",")
    lo = start - len(",".join(pieces[-2:])) if len(pieces) > 1 else start - len(back)
    fwd = text[end:end + 90]
    hi = end
    if fwd.startswith(","):
        stop = _PHRASE_BREAK.search(fwd)
        piece = fwd[:stop.start() if stop else len(fwd)]
        second = piece.find(",", 1)
        hi = end + (second if second > 0 else len(piece))
    return lo, hi


# the article's own words on who the person is, after the name: "Jo Marsh, who has lived by the quay …",
# "Jo Marsh, 64, …", "Jo Marsh, a mother of two, …", "Jo Marsh of Dover"
_DESCRIBED = re.compile(r",\s+(?:who\s|whose\s|an?\s|\d{1,3}\s*,)|\s+of\s+[A-Z]")


def _tied(words: str) -> bool:
    """Do the words tie a person to an office, a body, a trade or a field: :data:`_TIES`, or any role word
    the other kinds of source are keyed on ("a precinct captain", "a team member")?"""
    low = f" {words.lower()} "
    return bool(_TIES.search(words) or any(r.search(low) for r in _ROLE_RES.values()) or _PARTY_ROLE.search(words)
                or _BODY_LEADER.search(low) or _EXPERT_HINTS.search(words) or _OPERATIVE.search(words)
                or _OWN_VIEW.search(words))


def speaks_for_self(ctx: Context, a: Attribution) -> bool:
    """Is a named person surely giving their own view or account, for no government or organisation?
    Only when the ledger is sure of the person, the person is no candidate, the claim speaks for no
    "we", and no word within the sentence around any mention of the person's name ties them to an
    office, a body, a trade or a field (:data:`_TIES`), nor does a body own the name ("Google's Bock"); and the
    article says who the person is ("Jo Marsh, who has lived by the quay …"): a bare name tells nothing of
    whom she may speak for."""
    if a.source_kind != "person" or not a.source or a.source_confidence < CONFIDENT or \
            a.kind_confidence < CONFIDENT or not personal_name(a.source) or len(a.source.split()) < 2:
        return False
    if _candidate(ctx, a) or _titled_official(ctx, a) or _GROUP_VOICE.search(a.content):
        return False
    text = ctx.article.text
    surname = a.source.split()[-1]
    hits = _whole_word_spans(text, surname)
    if not hits:
        return False
    described = False
    for start, end in hits:
        lo, hi = _noun_phrase_around(text, start, end)
        described = described or bool(_DESCRIBED.match(text[end:end + 40]))
        sent = sentence_at(ctx.analysis, start)
        if sent is not None and not any(e.label == "PERSON" and sent.span.start <= e.span.start < sent.span.end
                                        and not same_entity(e.text, a.source) for e in ctx.analysis.entities):
            lo, hi = min(lo, sent.span.start), max(hi, sent.span.end)  # no one else named here: all of it is theirs
        if _tied(text[lo:hi]) or _OWNED_BY.search(text[max(lo, start - 40):start]):
            return False
        if re.match(r"\s+[A-Z]", text[end:end + 3]) and not _WHEN_WORD.match(text[end:end + 12].strip()):
            return False  # "Aaron Klein Investigative Radio": the name opens a body's or a show's
        if any(e.label in ("ORG", "NORP") and lo <= e.span.start < hi for e in ctx.analysis.entities):
            return False  # "Facebook's founder, Mark Zuckerberg,": a body beside the name, which he may speak for
    return described


# a candidate or businessman speaking for himself: no sourcing category fits him
_CANDIDATE = re.compile(r"\b(?:candidates?|nominees?|hopefuls?|front-?runners?|businessm[ae]n|businesswom[ae]n|"
                        r"contenders?|challengers?|presidential race|running for|campaign(?:ed|ing)? for)\b", re.I)


def _is_word_char(ch: str) -> bool:
    """A character ``\\w`` matches (a letter, a digit or "_")."""
    return ch.isalnum() or ch == "_"


@by_identity  # (the text and the name by value): a name is looked for again for each claim of its speaker
def _whole_word_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in the text with a word boundary (``\\b``) at both ends, each after the
    end of the one before: what ``re.finditer(rf"\\b{re.escape(name)}\\b", text)`` finds, found with
    str.find (a pattern that opens with a boundary is tried at every character of the article)."""
    out: list[tuple[int, int]] = []
    if not name:
        return out
    first, last = _is_word_char(name[0]), _is_word_char(name[-1])
    size, at = len(name), text.find(name)
    while at >= 0:
        before = at > 0 and _is_word_char(text[at - 1])
        end = at + size
        after = end < len(text) and _is_word_char(text[end])
        if before != first and after != last:
            out.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out  # (kept by the memo: callers only read it)


_CANDIDATE_RE = re.compile(r"[.!?;]\s")


@by_identity
def _candidate(ctx: Context, a: Attribution) -> bool:
    """Does the article call the person a candidate, nominee, hopeful or businessman near any
    mention of his name ("Republican presidential candidate Donald Trump", "Trump, the front-runner")?"""
    text = ctx.article.text
    for name in {a.source, a.source_text, (a.source or "").split()[-1] if a.source else ""}:
        if not name or len(name) < 4 or not name[:1].isupper():
            continue
        for start, end in _whole_word_spans(text, name):
            before = _CANDIDATE_RE.split(text[max(0, start - 50):start])[-1]
            after = _CANDIDATE_RE.split(text[end:end + 60])[0]
            if _CANDIDATE.search(before) or (after.startswith(",") and _CANDIDATE.search(after)):
                return True
    return False


_OFFICE = re.compile(r"\b(?:Sen|Senator|Rep|Representative|Gov|Governor|Mayor|Secretary|Minister|President|"
                     r"Congressman|Congresswoman)\.?\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


_PUBLIC_OFFICE = re.compile(r"\b(?:secretary|minister|senator|governor|mayor|ambassador|congressman|congresswoman|"
                            r"lawmaker|representative|sen|rep|gov|prosecutor|commissioner|chancellor|spokes\w+|"
                            r"press secretary|official|councill?or|legislator|attorney general|white house)\b")
_BODY_HEAD = re.compile(r"\b(?:president|chair(?:man|woman|person)?|head|director|founder|ceo|chief)\s+of\b|"
                        r"\b(?:chief executive|ceo|chairman|chairwoman|founder|director|executive|fellow)\b")


def _public_office(ctx: Context, a: Attribution) -> bool:
    """Does the article give the person a public office or a spokesperson's post ("Defense Secretary
    Ash Carter", "DFA spokesman Neil Sroka") and no post at the head of a firm or group ("president of
    Wealth-X", "chief executive")? Only then is "an expert" plainly wrong beside "an official"."""
    around = [f" {c.lower()} " for c in mentions(ctx, a)]
    return any(_PUBLIC_OFFICE.search(c) for c in around) and not any(_BODY_HEAD.search(c) for c in around)


def _titled_official(ctx: Context, a: Attribution) -> bool:
    """Does a current office title stand in the person's own noun phrase ("Sen. Ted Cruz")?"""
    text = ctx.article.text
    name = a.source_text or a.source
    return any(_OFFICE.search(text[max(0, m.start() - 40):m.start()]) and not _FORMER.search(
        text[max(0, m.start() - 50):m.start()]) for m in literal_matches(text, name)) if name else False


_OUTLET_NAME = re.compile(
    r"\b(?:told|tells|tell|telling|said to|speaking to|in an interview with|wrote in|writing in|on)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Times|Post|Radio|TV|Television|Herald|Guardian|Journal|Telegraph|Mail|"
    r"Tribune|Press|Magazine|Daily|Gazette|Chronicle|Observer|Independent|Express|Mirror|Sun|Standard|"
    r"BBC|CNN|Reuters|AP|AFP|NPR|ABC|NBC|CBS|Fox|MSNBC|Sky|Bloomberg|Politico|Axios|Al Jazeera)\b")


_OUTLET_WORD = re.compile(r"\b(?:to|with|in|on|told)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}(?:television|radio|newspaper|"
                          r"channel|broadcaster|news agency|news site|TV|magazine)\b", re.I)


# an outlet that relays the claim ("…, reported the Washington Examiner", "according to the Examiner"): the
# claim reaches the reader through it (judged blind, K42: "a news outlet" as defensible as the speaker's kind)
_RELAYED_BY = re.compile(r"\b(?:reported|reports|reporting|according to|citing|cited by|via)\s+(?:by\s+)?(?:the\s+)?"
                         r"(?:[A-Z][\w.&'’-]*\s+){0,3}(?:News|Times|Post|Radio|TV|Herald|Guardian|Journal|Telegraph|"
                         r"Tribune|Press|Magazine|Daily|Gazette|Chronicle|Observer|Independent|Examiner|Beacon|Hill|"
                         r"Caller|Bee|Star|Register|Inquirer|Dispatch|Review|Enquirer|Monitor|Wire|Atlantic|Slate|Vox|"
                         r"BBC|CNN|Reuters|AP|AFP|NPR|ABC|NBC|CBS|Fox|MSNBC|Sky|Bloomberg|Politico|POLITICO|Axios|"
                         r"Breitbart|HuffPost|BuzzFeed|Mediaite)\b")


# words given in an interview to a named outlet or journalist ("telling Mic in an interview published on Monday",
# "in an interview with Mic"): the outlet relays them (judged blind, T23: "a news outlet" as defensible as the speaker)
_INTERVIEWED_BY = re.compile(r"\b(?:told|telling|tells|tell)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}in\s+an?\s+"
                             r"(?:[\w-]+\s+){0,2}interview\b|\b[Ii]n\s+an?\s+(?:[\w-]+\s+){0,2}interview\s+(?:with|for|on)\s+"
                             r"(?:the\s+)?[A-Z]")


# words going on from the paragraph before ("Richards added", "she continued")
_GOES_ON = re.compile(r"\b(?:added|adds|adding|continued|continues|went\s+on|goes\s+on)\b")


def _outlet_before(ctx: Context, sup) -> bool:
    """Does the passage go on with words the paragraph before relays through an outlet ("…, reported the Washington
    Examiner." then "Richards added, …")? Then "a news outlet" is defensible too (judged blind, T25)."""
    if not _GOES_ON.search(sup.text) or not 2 <= sup.paragraph <= len(ctx.article.paragraphs):
        return False
    before = ctx.article.paragraph(sup.paragraph - 1)
    whole = support_for(ctx.article, before.start, before.start + len(before.text))
    return whole is not None and _outlet_in(ctx, whole)


def _outlet_in(ctx: Context, sup) -> bool:
    """Does the passage name a news outlet the source spoke to ("told Sky News") or one that relays the claim
    ("…, reported the Washington Examiner")? Then "a news outlet" is a defensible answer too and cannot be a
    distractor."""
    return bool(_OUTLET_NAME.search(sup.text) or _OUTLET_WORD.search(sup.text)
                or _RELAYED_BY.search(sup.text) or _INTERVIEWED_BY.search(sup.text)) or any(
        o.source_kind == "news_outlet" and o.source_span is not None and sup.start <= o.source_span.start < sup.end
        for o in ctx.analysis.attributions)


def _whole_sentence(ctx: Context, a: Attribution, sup: Support) -> Support:
    """The sentence that holds the claim, when it holds only this source's words ("By this time,
    'her skin was weeping …', according to the Sydney Morning Herald" rather than a quotation
    starting "her skin …"); else the claim's own span."""
    sent = sentence_at(ctx.analysis, sup.start)
    if sent is None or not (sent.span.start <= sup.start and sup.end <= sent.span.end):
        return sup
    if len(sent.span.text.split()) > 45 or any(
            o.source != a.source and o.source_span is not None and sent.span.start <= o.source_span.start
            < sent.span.end for o in ctx.analysis.attributions):
        return sup
    whole = support_span(ctx.article, sent.span)
    return whole if whole is not None else sup


_IN_A_DOCUMENT = Keyed(re.compile(
    r"\b(?:wrote|writes|writing|written|said|says|argued|argues|stated|states|noted|notes)\s+(?:\w+\s+){0,3}?in\s+"
    r"(?:a|an|the|his|her|their|its|this|last\s+week's)\s+(?:[\w-]+\s+){0,2}?(?:essay|letter|op-ed|column|book|"
    r"memo|memoir|report|article|paper|post|blog|filing|brief|affidavit|motion|lawsuit|complaint|petition|"
    r"submission|email|e-mail|note)s?\b", re.I))


# words put in writing: an email, memo or letter the article says was written, released or obtained
# (judged blind: "McDonough wrote in a September 16, 2012 email" keyed as a person speaking for a
# government; "a document" is at least as right)
_IN_WRITING = re.compile(
    r"\b(?:wrote|writes|written|writing)\b|\b(?:in|by|from|to|with)\s+(?:a|an|the|his|her|their|its|this|that|one)\s+"
    r"(?:[\w,'’-]+\s+){0,5}?(?:e-?mails?|memos?|memorandum|letters?|filings?|reports?|notes?|cables?|"
    r"messages?|texts?|essays?|op-eds?|columns?|books?|briefs?|affidavits?|lawsuits?|complaints?|petitions?|"
    r"submissions?|transcripts?|documents?)\b|\b(?:e-?mails?|memos?|letters?|documents?|cables?)\s+"
    r"(?:\w+\s+){0,3}?(?:released|obtained|made public|published|leaked)\b", re.I)
# "he told the court in his filing", "Delaney argued in the state's brief": the paragraph puts its speaker's
# words in a document
_TOLD_IN_A_DOCUMENT = re.compile(
    r"\b(?:told|tells|wrote|writes|said|says|argued|argues|stated|states|noted|notes|contended|contends|"
    r"asserted|asserts|claimed|claims)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:his|her|their|its|the\s+(?:[\w'’-]+\s+)?|"
    r"a|an)\s*(?:[\w-]+\s+){0,2}?(?:filing|brief|affidavit|motion|lawsuit|complaint|petition|submission|"
    r"letter|memo|report)s?\b", re.I)


def _filed_in_paragraph(ctx: Context, a: Attribution) -> bool:
    """Does the claim's paragraph say its speaker (by name or "he"/"she") made the case in a filing, a brief or a
    letter ("…, he told the court in his filing")?"""
    par = next((p for p in ctx.article.paragraphs if p.number == a.paragraph), None)
    if par is None:
        return False
    names = {w for w in (a.source or "").split() if len(w) >= 3 and w[:1].isupper()}
    for m in _TOLD_IN_A_DOCUMENT.finditer(par.text):
        before = par.text[max(0, m.start() - 40):m.start()]
        if re.search(r"\b(?:he|she|they)\s+$", before, re.I) or any(re.search(
                r"\b" + re.escape(n) + r"\b", before) for n in names):
            return True
    return False


# an exclamation ("… is the greatest!!!"): praise or a cry, nothing a source can be checked for
_PRAISE = re.compile(r"!\W*$|!!")


def unquote_marks(text: str) -> str:
    return text.strip().strip("\"“”‘’' ")


def _source_cut_off(ctx: Context, a: Attribution, sup: Support) -> bool:
    """Would the stem, which quotes the passage cut at 45 words, lose the source or its cue
    ("…, according to a report from the SITE Intelligence Group")?"""
    kept = truncate(sup.text, 45)
    if not kept.endswith("…"):
        return False
    ends = [s.end for s in (a.source_span, a.cue_span) if s is not None]
    if not ends:
        return True
    need = len(ctx.article.text[sup.start:max(ends)].split())
    return need > len(kept.rstrip("…").split())


# how many items may key one kind, each about a different source (a lesson shows a contrast first:
# the lesson picks among them)
_PER_KIND = 3


def writers_own_clause(a: Attribution, sup: Support) -> bool:
    """Does the passage shown hold, beside the attribution (its source, cue and content), a clause of six or more
    words with a verb of its own ("…, the PBS debate moderators didn't ask her about it")? The writer then says
    something of his own in the same sentence, and "this claim" may be either."""
    spans = [sp for sp in (a.source_span, a.cue_span, *a.content_spans) if sp is not None]
    if not spans:
        return False
    start, end = min(sp.start for sp in spans), max(sp.end for sp in spans)
    outside = [sup.text[:max(0, start - sup.start)], sup.text[max(0, end - sup.start):]]
    for part in outside:
        words = re.findall(r"[A-Za-z][\w'’-]*", part)
        if len(words) < 6 or not _FINITE_VERB.search(part):
            continue
        if _SAID_TOO.search(part) or _NOT_OWN_CLAUSE.match(part):
            continue  # "De Blasio said … and said, '…'", "Asked if there had been …,", "…, who's engaged in …"
        return True
    return False


# a reported claim that turns on "but" to a verdict on what it reported ("…, but the efforts leave much to be desired",
# "…, but the results fall short"): whose verdict, the source's or the writer's, the sentence does not say
_VERDICT_TAIL = re.compile(r",\s+but\s+(?:the|these|those|this|that|such|its|their)\s+(?:\w+\s+){0,2}(?:leaves?|left|"
                           r"falls?|fell|remains?|remained|is|are|was|were|seems?|seemed|appears?|appeared|has|have|had)"
                           r"\b", re.I)


def verdict_tail(sentence: str) -> bool:
    """Does the sentence, out of quotation marks, turn on "but" to a verdict on what it reports?"""
    return _VERDICT_TAIL.search(re.sub(r"[\"“][^\"”]*[\"”]", " ", sentence)) is not None


# words that make a part of the sentence another report, not the writer's own clause
_SAID_TOO = re.compile(r"\b(?:said|says|say|saying|noting|noted|notes|adding|added|adds|told|tells|asked|according|"
                       r"wrote|writes|called|calls|argued|argues)\b", re.I)
# a question put to the source, or a relative clause about someone named: no claim of the writer's
_NOT_OWN_CLAUSE = re.compile(r"[\s\W]*(?:(?:when\s+)?asked|in\s+response|responding|who|whom|whose|which)\b", re.I)


# a finite verb of the writer's own clause ("didn't ask", "is", "has emerged"): a form of "be", "have" or "do", a
# modal or a negation (not a participle: "After the failed coup last summer, …" is no clause)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|does|do|did|will|would|could|should|may|might|must|"
                          r"(?:did|does|do|wo|ca|would|could|should|is|are|was|were|has|have|had)n['’]t)\b", re.I)


# a story, report or book through which a source's words come ("a New York Times story in which Democratic sources
# said …", "a report that quoted officials as saying …")
_RELAYED_STORY = re.compile(r"\b(?:story|stories|report|reports|article|piece|column|interview|book|broadcast|"
                            r"segment)\s+(?:in\s+which|that\s+quoted|quoting|citing|where)\b", re.I)
_CONTENT_WORD = re.compile(r"[a-z][a-z'’-]{3,}")


def _claim_shown(content: str, shown: str) -> bool:
    """Does the passage as the stem shows it (cut at 45 words) hold most of the claim's own words in that passage?
    Then "this claim" is on the page; else the stem shows only the writer's part of the sentence."""
    words = set(_CONTENT_WORD.findall(content.lower()))
    if not words:
        return True
    seen = set(_CONTENT_WORD.findall(shown.lower()))
    return len(words & seen) >= 0.6 * len(words)


def kind_of_source(ctx: Context) -> list[Item]:
    """MC: "What kind of source gives this claim?" with six categories that cannot overlap."""
    items = []
    seen: set[str] = set()  # the sources asked about
    kinds: list[str] = []  # the kind keyed for each
    # the lede last: a passage quoting it would give away the main-idea item; a sentence the first
    # "who said" items ask about after the others (judged blind: one sentence under three items)
    asked = first_asked_sentences(ctx)

    def at(a: Attribution) -> int:
        s = sentence_at(ctx.analysis, a.content_spans[0].start) if a.content_spans else None
        return s.index if s is not None else -1

    # a "he said" the ledger left unsure whose speaker is plain (:func:`sure_speaker`) is asked as any other, and
    # so is a government body its own sentence names ("The Ruritanian government said …", :func:`sure_body`)
    atts = [sure_body(ctx, sure_speaker(ctx, a)) for a in ctx.analysis.attributions]
    for a in sorted(atts, key=lambda a: (a.source_kind != "unnamed_group", at(a) in asked,
                                         a.paragraph == 1, a.paragraph)):
        own = said_of_self(ctx, a)
        if not (usable(a) or own) or a.relay or claim_text(a, 45) is None:
            continue  # "who had supported Senator Rubio": no claim to ask about
        if mention_names_another(ctx, a) or name_between(ctx, a):
            continue  # "Even Rendell, a stalwart Clinton", "responding to a message from Ann Weir, reporting"
        if (a.cue or "").lower().startswith("according") and _CONCEDED.match(unquote_marks(a.content)):
            continue  # judged blind (E37): "Even if the shows drive the owners mad, it is still a cash generator …,
            # according to an analyst": the writer's own aside run into the source's claim
        if a.paragraph == 1 and len(ctx.article.paragraphs) > 6:
            continue  # the lede restates the main idea: quoting it would give that item's answer away
        if object_gapped(ctx, a):
            continue  # "The number of people The Post reported Clinton is vetting …": a word lost
        keyed = source_category(ctx, a)
        if keyed is None or norm(a.source) in seen or len([k for k in kinds if k == keyed]) >= _PER_KIND:
            continue  # one item per source; a few per kind, each about a different source
        if keyed == DOCUMENT and _same_document(a) & seen:
            continue  # "According to an FBI summary …" then "according to the summary": one document, asked once
        sup = attribution_support(ctx.article, a)
        if sup is None or not a.content_spans:
            continue
        spans = _first_sentence_spans(ctx, a)
        if spans is None:
            continue  # a quotation running on past "Tester said." with the source named elsewhere
        if len(spans) < len(a.content_spans):
            # '"That's not Iowa," Tester said. "He's made his bed there."': the first sentence alone
            sent = sentence_at(ctx.analysis, spans[0].start)
            first = support_span(ctx.article, sent.span) if sent is not None else None
            if first is None:
                continue
            sup = first
        else:
            whole = _whole_sentence(ctx, a, sup)
            # a claim on its speaker's own "she" or "her …" is shown up to its end only: the sentence's next
            # clause ("…, and there was a strong current of opinion …") may be the writer's, and "this claim"
            # would be two
            sup = sup if own and re.search(r"\w", ctx.article.text[spans[-1].end:whole.end]) else whole
        if own and re.search(r"\w", ctx.article.text[spans[-1].end:sup.end]):
            continue
        if _PRAISE.search(unquote_marks(claim_text(a) or a.content)):
            continue  # "Ray Holt is the greatest!!!": an exclamation of praise, not a claim to source
        said = unquote_marks(" ".join(sp.text.strip() for sp in spans))
        if no_claim(said) or no_claim(unquote_marks(a.content)):
            continue  # "It will be interesting to see where we go from here": nothing to check
        sent = sentence_at(ctx.analysis, sup.start)
        around = f"{sup.text} {sent.span.text if sent is not None else ''}"
        if _TITLE_OF_A_WORK.search(around):
            continue  # "a piece entitled 'Sanders's ideas are too facile'": a title, not a claim, and the
            # stem loses its marks
        if keyed == EXPERT and (_RECALLS.match(a.cue or "") or _WAS_THERE.search(around)):
            continue  # judged blind: "Douglas Brinkley, a historian who attended the session, recalled, '…'" keyed an
            # expert's opinion; he tells what he saw there, a witness's account
        if keyed == OFFICIAL and a.source_kind == "person" and _RESEARCH_BODY.search(around):
            continue  # judged blind: "said Len Burman, head of the centrist Tax Policy Center" keyed an official
            # speaking for a body; the head of a research centre giving his view is an expert as much
        if keyed == OFFICIAL and a.source_kind == "person" and not _speaks_for_body(ctx, a, around, said):
            continue  # a governor on a friend: speaking for himself, not for his state
        if (keyed in (OFFICIAL, PARTICIPANT, EXPERT) or DOCUMENT in _DISTRACTORS[keyed]) and (
                _IN_A_DOCUMENT.search(around) or _IN_WRITING.search(around)):
            continue  # "wrote in a 2012 email", "in a memo released …": "a document" is defensible too
        if keyed in (OFFICIAL, PARTICIPANT, EXPERT) and _filed_in_paragraph(ctx, a):
            continue  # judged blind (E41): "Schuette said the judges are disallowing …. …, he told the court in
            # his filing": the paragraph puts the claim in a court filing, so "a document" is as defensible
        if keyed == OUTLET and _RELAYED_BY_OUTLET.search(around):
            continue  # "…, the Post reported, citing another anonymous source": the sentence shown gives the outlet's
            # unnamed source too, so "an unnamed person or group" is as defensible (drops set)
        if keyed in (OFFICIAL, PARTICIPANT, EXPERT, SELF) and (_outlet_in(ctx, sup) or _outlet_before(ctx, sup)):
            continue  # "Solomon told Sky News …": the outlet is the channel, not the source, but a class
            # would debate it (judged blind), offered or not
        if keyed == DOCUMENT and any(sup.start < e.end and e.start < sup.end for e in _evidence_asked(ctx)):
            continue  # "what kind of evidence … a document" asks it on this sentence: one question, never twice
        if keyed == DOCUMENT and _document_author(ctx, sup):
            continue  # "… Robby Mook wrote. … the memo stated": the named writer is as defensible a source
        if not _names_its_source(ctx, a, sup):
            continue  # the explanation would name a source the passage does not show
        if not readable_claim(spans) and not own:
            continue  # "He's made his bed there": a student cannot tell what the claim says
        if own and (a.source_span is None or not sup.start <= a.source_span.start < sup.end):
            continue  # "her country was watching …" shown without the spokeswoman it points to
        if a.source_kind == "person" and (a.source_text or "").strip().lower() in ("he", "she") and \
                not name_tokens(a.source) & name_tokens(sup.text):
            continue  # judged blind (J3): "he said in a statement" cited alone, the chairman named in ¶7
        if keyed == SELF and not name_tokens(a.source) & name_tokens(sup.text):
            continue  # "she said" shown alone: whom the passage means is another paragraph's to tell
        if a.source_kind == "person" and keyed != SELF and not role_shown(ctx, a, sup, keyed):
            continue  # "a senator" said three paragraphs up: the passage shows a named person, no more
        if re.match(r"\W*(?:who|whom|whose|which)\b", sup.text):
            continue  # "who told Congress …": the passage shown starts mid-sentence, its source cut off
        # the passage as written: a quotation in it keeps its marks (as single quotes)
        sup = _without_next_opening(ctx, sup)
        t = sup.text
        marks = quote_marks(t)
        if marks is False:
            # "… a piece arguing that “The plan is too thin.”": the sentence split left the closing mark out
            close = re.match(r"''|[\"”]", ctx.article.text[sup.end:sup.end + 2])
            if close is not None:
                sup = support_for(ctx.article, sup.start, sup.end + len(close.group())) or sup
                t = sup.text
                marks = quote_marks(t)
            if marks is False and not re.match(r"\s*(?:''|[\"“])", t):
                continue  # a quotation opening mid-passage and running on: the stem would lose its mark
        if marks is None:
            continue  # "…,' Tester said. 'He's …": marks that open and close out of step garble the stem
        if _source_cut_off(ctx, a, sup):
            continue  # "… the account pointed to the shootings …" with "according to a report" cut off
        if not a.direct and verdict_tail(t):
            continue  # judged blind (W3): "the white paper says the government has been enhancing dialogue …, but the
            # efforts leave much to be desired": the turn may be the writer's verdict; "this claim" would be two
        if writers_own_clause(a, sup):
            continue  # judged blind (J11): "on the same day that the Washington Post reports that …, the PBS debate
            # moderators didn't ask her about it": the sentence's point is the writer's; "this claim" would be two
        seen.add(norm(a.source))
        if keyed == DOCUMENT:
            seen |= _document_keys(a)
        kinds.append(keyed)
        distractors = list(_DISTRACTORS[keyed])
        if keyed == OFFICIAL and a.source_kind == "person" and not _public_office(ctx, a):
            # the president of a firm or a group's director may know the field as well as an expert does:
            # the old choices, which no close reader could defend for a named person
            distractors = [DOCUMENT, OUTLET, UNNAMED]
        options, answer = shuffled_options(ctx.rng, keyed, distractors)
        # shown whole (a sentence of at most 45 words), so the role it states is in the stem; a
        # quotation running on into the next paragraph loses its one opening mark
        inner = inner_quotes(truncate(t, 45)).replace("''", "'")
        shown = f"\"{inner}\"" if marks else quote(t, 45)
        in_passage = " ".join(ctx.article.text[max(c.start, sup.start):min(c.end, sup.end)] for c in a.content_spans
                              if c.start < sup.end and sup.start < c.end)
        cut_after_source = len(t.split()) > 45 and bool(a.source_text) and \
            a.source_text.split()[-1].lower().strip(",.") in [w.lower().strip(",.…'\"") for w in inner.split()[-8:]]
        if cut_after_source or not _claim_shown(in_passage, shown):
            continue  # judged blind (T12): "… have alarmed the Mexican government so much that it has reshuffled top
            # diplomats and, according to officials…": the passage shown stops before the officials' claim
        if _RELAYED_STORY.search(ctx.article.text[max(sup.start, (a.source_span or sup).start - 80):
                                                  (a.source_span or sup).start]):
            continue  # judged blind (T12): "… remarked upon a recent New York Times story in which Democratic sources
            # said …": the unnamed sources reach the reader through a named paper, so "a named organisation" is fair too
        stem = f"In ¶{a.paragraph} the article says: {shown} What kind of source gives this claim?"
        written = _as_written(ctx, a)
        if _CUT_RELATIVE.search(written):
            continue  # "the source is The Ledger, which.": a relative clause cut, never shown
        explanation = f"{cite(sup)} — the source is {written}."
        items.append(make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup]))
    return items


def _document_keys(a: Attribution) -> set[str]:
    """Keys a document asked about leaves in the asked set: its head noun, and when it is written "the <head>" ("the
    summary", "the FBI summary"), that too, which any later document of that head is the same one as."""
    written = (a.source_text or a.source).strip()
    head = _head(written)
    return {f"document: {head}", *([f"the document: {head}"] if written.lower().startswith("the ") else [])}


def _same_document(a: Attribution) -> set[str]:
    """The keys under which a document is one asked about before: "the summary" (or "the FBI summary") after "an
    FBI summary of its investigation", or any summary after "the summary"; "FEC records" after "state public
    records" may be another document."""
    written = (a.source_text or a.source).strip()
    head = _head(written)
    return {f"the document: {head}", *([f"document: {head}"] if written.lower().startswith("the ") else [])}


# a reported claim opening on a possessive ("said her country was watching …", "said their plan would fail")
_POSSESSIVE_START = re.compile(r"^(?:that\s+)?(?:his|her|their|its)\s+(?=[a-z])", re.I)


def said_of_self(ctx: Context, a: Attribution) -> bool:
    """Is a reported claim left out of :func:`usable` only for opening on a pronoun that the stem's whole
    sentence shows beside its speaker: the speaker's own "he"/"she" (surely the speaker,
    :func:`usable_self_claim`: "Harbour Minister Mara Quist said she would keep the road closed"), or a
    possessive ("Foreign Ministry spokeswoman Vera Lind said her country was watching …")? What kind of
    source speaks is as plain as for any claim; the claim is never shown apart from its sentence here."""
    if a.direct or usable(a):
        return False
    if usable_self_claim(ctx, a):
        return True
    content = a.content.strip()
    m = _POSSESSIVE_START.match(content)
    return m is not None and usable(replace(a, content=f"the {content[m.end():]}"))


# words that state no checkable content: a feeling or an expectation in the first person ("I hope",
# "we'll see"), "it will be interesting to see …", a question, an order ("Look at …", "Let's …")
_FEELING = re.compile(
    r"^(?:(?:and|but|so|well|oh|look),?\s+)?(?:"
    r"it(?:'ll|’ll|\s+will|\s+would|\s+is\s+going\s+to|'s\s+going\s+to|’s\s+going\s+to)\s+be\s+(?:very\s+|really\s+)?"
    r"(?:interesting|fascinating|intriguing|fun|exciting|curious)\b|"
    r"it(?:'s|’s|\s+is|\s+was)\s+(?:very\s+|really\s+|so\s+)?(?:interesting|fascinating|exciting|sad|great|nice|"
    r"wonderful|heartbreaking|tragic|unfortunate|disappointing|a shame|a pity|an honou?r|a privilege)\s+to\b|"
    r"(?:we|you)(?:'ll|’ll|\s+will|\s+shall)\s+(?:just\s+)?(?:(?:have|need)\s+to\s+)?(?:see|wait)\b|"
    r"(?:we|i)(?:'re|’re|'m|’m|\s+are|\s+am)\s+(?:just\s+)?(?:going\s+to\s+|gonna\s+)?(?:wait|see)\s+(?:and|what|how|where|whether)\b|"
    r"time\s+will\s+tell|who\s+knows|it\s+remains\s+to\s+be\s+seen|"
    r"i(?:'m|’m|\s+am|\s+was|\s+feel|\s+felt)\s+(?:so\s+|very\s+|really\s+|just\s+|deeply\s+)?(?:sad|glad|happy|"
    r"excited|thrilled|proud|sorry|honou?red|grateful|thankful|delighted|saddened|heartbroken|disappointed|"
    r"pleased|humbled|shocked|stunned|worried|hopeful|optimistic|looking forward)\b|"
    r"i\s+(?:really\s+|just\s+|do\s+|truly\s+)?(?:hope|wish|love|loved|miss|missed|feel|felt|can't wait|cannot wait|"
    r"can’t wait|look forward|pray|want to thank|thank)\b|"
    r"(?:we|i)\s+(?:wish|hope|pray)\b|"
    r"(?:we|i)(?:'ve|’ve|\s+have)\s+been\s+(?:doing\s+(?:a\s+lot\s+of\s+|some\s+)?)?(?:thinking|reflecting|"
    r"wondering)\b|"
    r"let(?:'s|’s|\s+us|\s+me)\b|"
    r"(?:don't|don’t|do not|please|imagine|remember|look at|think about|consider|vote|join|watch|listen|"
    r"stop|trust me|believe me|tell me|give me|come on|go)\b)", re.I)


_NO_CLAIM_RE = re.compile(r"^(?:that\s+)")


def no_claim(text: str) -> bool:
    """Do the words state nothing a source could be asked about: a first-person feeling or
    expectation, "it will be interesting …", a question or an order?"""
    body = _NO_CLAIM_RE.sub("", text.strip().strip("\"“”‘’' "))
    return bool(_FEELING.match(body)) or body.rstrip("\"“”‘’' .").endswith("?")


# the title of a work quoted in the passage: "a piece entitled …", "an editorial headlined …"
_TITLE_OF_A_WORK = Keyed(re.compile(r"\b(?:entitled|titled|subtitled|headlined|headline\s+(?:read|reading|was)|"
                              r"under\s+the\s+(?:head(?:line)?|title)|with\s+the\s+(?:head(?:line)?|title))\b", re.I))
# an elected politician: what he says is his own unless it is about his body's business or the
# article says he spoke for it (judged blind: a governor praising a friend keyed as speaking for a government)
_POLITICIAN = re.compile(r"\b(?:senator|sen|rep|representative|congressman|congresswoman|governor|gov|mayor|"
                         r"president(?!\s+of\b)|lawmaker|legislator|councill?or|councilman|councilwoman|"
                         r"assemblyman|assemblywoman|house speaker|speaker of the house|whip|majority leader|"
                         r"minority leader)\b", re.I)
_FOR_THE_BODY = re.compile(
    r"\b(?:in|from)\s+(?:a|an|the|his|her)\s+(?:written\s+|prepared\s+|joint\s+)?(?:statement|release|"
    r"announcement|address|speech)\b|\bstatement\b|\b(?:news|press)\s+(?:conference|briefing|release)\b|"
    r"\bbriefing\b|\b(?:office|administration|spokes\w+)\s+said\b|\btestified\b|\bannounced\b|"
    r"\btold\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:session|parliament|senate|house|congress|assembly|council|"
    r"legislature|committee|hearing|summit|meeting|conference)\b|"
    r"\b(?:speech|address)\s+(?:to|at|before)\b", re.I)
_BODY_BUSINESS = re.compile(
    r"\b(?:government|administration|law|laws|legislation|bill|bills|budget|budgets|tax|taxes|policy|policies|"
    r"permits?|department|agency|agencies|city|county|the state|state's|country|nation|national|federal|"
    r"(?-i:America)|troops|military|police|programs?|programmes?|funding|funds|regulations?|court|congress|senate|parliament|"
    r"legislature|assembly|council|election system|border|borders|immigration|migration|economy|security|"
    r"public|citizens|residents|schools|roads|health care|treaty|sanctions|war)\b", re.I)


# words of a personal matter: the speaker himself, his friends and family, another person by title
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b|\b(?i:friends?|family|wife|husband|"
                       r"sons?|daughters?|mother|father|brother|sister|kids|children|grandchildren)\b|"
                       r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")


def _speaks_for_body(ctx: Context, a: Attribution, around: str, said: str) -> bool:
    """May a named person keyed as an official be said to speak for his body? A spokesperson or an
    official always; an elected politician speaking of a personal matter (himself, a friend, another
    person by name: "Tomas Reyl is the bravest man I know") only when the claim is also about the
    body's business ("the state will close the road") or the passage says he spoke for it ("said in a
    statement")."""
    if not any(_POLITICIAN.search(c) for c in mentions(ctx, a)):
        return True
    if _FOR_THE_BODY.search(around) or _BODY_BUSINESS.search(said):
        return True
    people = [e.text for e in ctx.analysis.entities if e.label == "PERSON" and len(e.text) > 3
              and norm(e.text) != norm(a.source) and e.text not in (a.source_text or "")]
    return not (_PERSONAL.search(said) or any(p in said for p in people))


# a claim opening on a pronoun for someone or something named before it ("He's made his bed there",
# "That's not Iowa"): out of context a student cannot tell what it says. "That plan" names its referent, and so
# do "These harbour fees" and "Those who voted …" ("These will pay", "Those are", "These, she said," do not),
# "her skin was weeping" says what it claims, "it is reasonable to assume that …" points at nothing.
_POINTING_START = re.compile(
    r"^(?:he|she|they|him|them)\b|^(?:these|those)(?:\s*$|\s*[^\w\s]|'re|’re|\s+(?:are|were|is|was|will|would|have|had|can|"
    r"could|should|may|might|must|do|did|does|aren't|weren't|won't|don't|didn't)\b)|^it(?!(?:'s|’s|\s+is|\s+was|\s+will\s+be|\s+would\s+be|\s+seems|"
    r"\s+appears)\s+(?:[\w-]+\s+){0,2}?(?:that|to|whether|how|why|when|if)\b)\b|"
    r"^(?:this|that)(?:'s|’s|\s+(?:is|was|are|were|will|would|has|had|have|can|could|should|does|did|may|might|"
    r"must|isn't|wasn't|won't|doesn't|didn't)\b)", re.I)


def _first_sentence_spans(ctx: Context, a: Attribution) -> list[Span] | None:
    """The claim's parts within its first sentence: all of them when the claim is one sentence;
    the first sentence's alone when a quotation runs on past "X said." into another, and that
    sentence names the source; None when it does not."""
    spans = list(a.content_spans)
    first = sentence_at(ctx.analysis, spans[0].start)
    if first is None:
        return spans
    inside = [sp for sp in spans if first.span.start <= sp.start < first.span.end]
    if len(inside) == len(spans):
        return spans
    if a.source_span is None or not first.span.start <= a.source_span.start < first.span.end:
        return None
    return inside


_NEXT_OPENING = re.compile(r"[.!?][\"”’']*\s+(?:''|\"|“)$")


def _without_next_opening(ctx: Context, sup: Support) -> Support:
    """The passage without the next quotation's opening mark, which a sentence split may leave at
    its end ("… Ms. Boxer said. ''")."""
    m = _NEXT_OPENING.search(sup.text)
    if m is None:
        return sup
    return support_for(ctx.article, sup.start, sup.start + m.start() + 1) or sup


_READABLE_CLAIM_RE = re.compile(r"^that\s+")
_READABLE_CLAIM_RE2 = re.compile(r"[A-Za-z0-9][\w'’-]*")


def readable_claim(spans: list[Span]) -> bool:
    """Can a student read the claim on its own: six words or more, not opening on a pronoun whose
    referent lies outside it ("He's made his bed there", "That's not Iowa")?"""
    body = _READABLE_CLAIM_RE.sub("", unquote_marks(" ".join(sp.text.strip() for sp in spans)))
    return len(_READABLE_CLAIM_RE2.findall(body)) >= 6 and not _POINTING_START.match(body)


def quote_marks(text: str) -> bool | None:
    """Do the double quotation marks open and close in turn, each opening first? True when they
    pair, False when one quotation opens and runs on past the text (a quotation over several
    paragraphs), None when they are out of step (a closing mark with none open). A straight mark
    (or '') opens at the start or after a space or bracket, and closes after a word or a stop."""
    text = text.replace("''", "\"")
    depth = 0
    for i, ch in enumerate(text):
        if ch == "“":
            opening = True
        elif ch == "”":
            opening = False
        elif ch == "\"":
            opening = i == 0 or text[i - 1] in " \t\n(["
        else:
            continue
        if opening == (depth == 1):
            return None  # a second opening inside a quotation, or a closing with none open
        depth = 1 if opening else 0
    return depth == 0


def role_shown(ctx: Context, a: Attribution, sup: Support, keyed: str) -> bool:
    """Does the passage shown, or the sentence before it, state the person's role ("said Sen. Tom
    Reyes", "Reyes, a chemist,")? A role only another paragraph gives is no reason a student can
    see for "an official" over any named person."""
    first = sentence_at(ctx.analysis, sup.start)
    start = sup.start
    if first is not None:
        start = min(start, first.span.start)
        prev = [s for s in ctx.analysis.sentences if s.index == first.index - 1]
        if prev:
            start = prev[0].span.start
    last = sentence_at(ctx.analysis, max(sup.start, sup.end - 1))
    end = max(sup.end, last.span.end) if last is not None else sup.end
    names = tuple(sorted({n for n in (a.source_text, a.source) if n}))
    around = _mentions_in(ctx.article.text[start:end], names)
    role_re = _ROLE_RES.get(keyed)
    if role_re is None:
        return False
    return any(role_re.search(f" {c.lower()} ") or (keyed == OFFICIAL and _BODY_LEADER.search(f" {c.lower()} "))
               for c in around)


def _names_its_source(ctx: Context, a: Attribution, sup: Support) -> bool:
    """Does the passage shown hold the source's own mention (or a pronoun for it in its own
    sentence), and no other speaker's name before a speech verb? The explanation names the source
    the key is about: never "the source is Putin" for Trump's words."""
    if a.source_span is None:
        return False
    start = min(sup.start, a.source_span.start)
    end = max(sup.end, a.source_span.end)
    if end - start > len(sup.text) + 200:
        return False  # the source named far from the passage: which speaker is it?
    for o in ctx.analysis.attributions:
        if o.source_span is None or o.source == a.source or norm(o.source) == norm(a.source):
            continue
        if start <= o.source_span.start < end and o.content_spans and any(
                sp.start < a.content_spans[0].end and a.content_spans[0].start < sp.end for sp in o.content_spans):
            return False  # two speakers claim the same words
    return True


def only_mentioned(ctx: Context, a: Attribution) -> bool:
    """Does the source's name sit inside another source's claim ("Judicial Watch demanded that
    Obama release the records")? Then the ledger may have made a source of someone only mentioned."""
    if a.source_span is None:
        return True
    at = a.source_span.start
    return any(o is not a and o.source != a.source and any(sp.start <= at < sp.end for sp in o.content_spans)
               for o in ctx.analysis.attributions)


_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|asked|asks|wrote|writes|called|calls|tweeted|tweets|"
                     r"added|argued|argues|insisted|stated|according)\b", re.I)


_QUIET_NAMES_RE = re.compile(r"[A-Z\s.'’-]+")


def quiet_names(ctx: Context) -> list[str]:
    """People the article names who clearly say nothing in it: a PERSON entity that is no source,
    never within three words of a speech verb or next to a quotation anywhere, never the tail of a
    longer name ("Post" of "The Washington Post")."""
    text = ctx.article.text
    speakers = " ".join(f"{a.source} {a.source_text}" for a in ctx.analysis.attributions).lower()
    ents = [e for e in ctx.analysis.entities if e.label == "PERSON"]
    longer = [e.text for e in ctx.analysis.entities]
    out: list[str] = []
    for e in ents:
        # "Barack Obama's" of "Barack Obama's presidency" is offered as "Barack Obama"; "Laquan McDonald
        # 16", "Jim Urquhart / Reuters" never
        name = clean_person_option(e.text.strip()) or ""
        if not name or name in out or len(name.split()) < 2 or not name[:1].isupper():
            continue
        if implausible_filler(ctx, name, as_speaker=False):
            continue  # "San Pedro Sula" (a city), a photo credit, the teenager the story says was shot dead
        if _named_as_place(text, name):
            continue  # "Keosauqua's county, Van Buren,": a county, never one of "these people"
        if thing_words(name) or not_a_speaker(text, name) or _QUIET_NAMES_RE.fullmatch(name):
            continue  # "Space Shuttle Atlantis", "Desert Storm", "CORRECTION APPENDED": no people
        if name.lower() in speakers or any(w.lower() in speakers for w in name.split() if len(w) > 2):
            continue  # a source, or shares a name with one
        if any(o != name and o.endswith(name) for o in longer):
            continue  # a truncated name
        if any(_speech_near(text, m.start(), m.end()) for m in literal_matches(text, name.split()[-1])):
            continue
        if any(in_quotation(ctx.article, m.start()) for m in literal_matches(text, name)):
            continue  # "''Merry Christmas,'' Bill Clinton said": words inside a quotation, not a person
        if _quoted_by_pronoun_after(ctx, name):
            continue  # judged blind (J2): "… concerns Henry Crespo." then '"No one is writing songs …," he said.'
        out.append(name)
    return out


_PRONOUN_SPEAKS = re.compile(r"[\"“”]\s*,?\s*(?:he|she)\s+(?:said|says|added|adds|told|tells|wrote|writes|"
                             r"explained|noted|continued|argued)\b|\b(?:he|she)\s+(?:said|says|added|told|wrote)"
                             r"(?:\s+\w+){0,3}[,:]?\s*[\"“]", re.I)


def _quoted_by_pronoun_after(ctx: Context, name: str) -> bool:
    """Is there, in the paragraph of a mention of ``name`` (after it) or in the next one, a quotation given to
    "he" or "she", or a paragraph that opens with a quotation? The ledger may have missed whose words they
    are, and the person may be the speaker: no clean "never quoted" option."""
    pars = ctx.article.paragraphs
    for m in literal_matches(ctx.article.text, name.split()[-1]):
        for k, p in enumerate(pars):
            if not p.start <= m.start() < p.start + len(p.text):
                continue
            after = p.text[m.start() - p.start:]
            nxt = pars[k + 1].text if k + 1 < len(pars) else ""
            if _PRONOUN_SPEAKS.search(after) or _PRONOUN_SPEAKS.search(nxt) or nxt.lstrip()[:1] in ("\"", "“"):
                return True
    return False


_PLACE_NOUN_BEFORE = re.compile(r"\b(?:county|counties|city|town|township|parish|village|district|borough|state|"
                                r"province|region|hometown)(?:'s|’s)?,?\s+(?:of\s+)?$", re.I)
_PLACE_NOUN_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:County|City|Township|Parish|Village|District|Borough|Valley|"
                               r"Springs|Heights|Falls|Beach|Island|Lake|River)\b")


def _named_as_place(text: str, name: str) -> bool:
    """Does the article use the name as a place anywhere ("its county, Van Buren,", "Van Buren
    County", "the town of Keosauqua")? A place is never offered among people."""
    for m in literal_matches(text, name):
        if _PLACE_NOUN_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or \
                _PLACE_NOUN_AFTER.match(text[m.end():m.end() + 20]):
            return True
    return False


_SPEECH_NEAR_RE = re.compile(r"(?:[\"“”]|'')\W*$")
_SPEECH_NEAR_RE2 = re.compile(r"\W*(?:[\"“”:]|'')")


def _speech_near(text: str, start: int, end: int) -> bool:
    """Is a speech verb within three words of the mention, or a quotation mark right by it?"""
    before = " ".join(text[max(0, start - 60):start].split()[-3:])
    after = " ".join(text[end:end + 60].split()[:3])
    return bool(_SPEECH.search(before) or _SPEECH.search(after) or _SPEECH_NEAR_RE.search(before)
                or _SPEECH_NEAR_RE2.match(after))


def named_sources(ctx: Context) -> Item | None:
    """Which of these named people does the article quote? The distractors are names too (people it
    mentions who say nothing), never labels like "Others". Every option is clearly in or out: a clean
    name of someone quoted in their own words, or of someone who plainly never speaks and could have
    (never a place, a photo credit or the dead). Multiple select with two people quoted and two
    never quoted; else a single answer with one quoted and three never quoted; else none."""
    named_atts: dict[str, Attribution] = {}
    for a in ctx.analysis.attributions:
        if not usable(a) or a.kind_confidence < CONFIDENT or a.source_kind != "person" or not a.direct:
            continue  # every option clearly in or out: only people quoted in their own words
        if only_mentioned(ctx, a) or name_between(ctx, a) or mention_names_another(ctx, a):
            continue  # "Judicial Watch demanded that Obama release …": Obama is no source
        if len(a.source.split()) < 2 or not a.source[:1].isupper() or norm(a.source) in _GENERIC:
            continue
        if no_person_here(ctx, source_label(a)):
            continue  # "Representative RaÃol M. Grijalva": a garbled name is no option, keyed or not
        named_atts.setdefault(a.source, a)
    # judged blind: King George III and Thomas Jefferson, named in a line of a property's history, offered as
    # people the article might have quoted: only people of the story (acting, or given a role) are
    quiet = [n for n in quiet_names(ctx) if _silent(ctx, n) and not _by_unplaced_quote(ctx, n) and takes_part(ctx, n)]
    # four options, every wrong one a clean name never quoted: two quoted and two not (choose all),
    # or one quoted and three not (a single answer); judged blind, filler made up the rest
    if len(named_atts) >= 2 and len(quiet) >= 2 and ctx.allows("multiple_select"):
        kind = "multiple_select"
    elif named_atts and len(quiet) >= 3 and ctx.allows("multiple_choice"):
        kind = "multiple_choice"
    else:
        return None
    n = [named_atts[k] for k in sorted(named_atts)][:2 if kind == "multiple_select" else 1]
    q = quiet[:4 - len(n)]
    picked: list[Attribution | str] = [*n, *q]
    ctx.rng.shuffle(picked)
    options = [source_label(p) if isinstance(p, Attribution) else p for p in picked]
    keyed = [i for i, p in enumerate(picked) if isinstance(p, Attribution)]
    sups = [attribution_support(ctx.article, p) for p in n]
    if any(s is None for s in sups):
        return None
    sup_list = [s for s in sups if s is not None]
    explanation = "; ".join(f"{cite(s, 10)} ({source_label(a)} is a source)" for s, a in zip(sup_list, n, strict=True))
    explanation += "; " + ", ".join(q) + (" are" if len(q) > 1 else " is") + " only mentioned, never quoted."
    # who is quoted in their own words asks who said what and how it is given (judged blind: the sourcing
    # tag did not fit)
    if kind == "multiple_choice":
        stem = "Which of these people does the article quote (their own words in quotation marks)?"
        return make_item("attribution", kind, stem, options, keyed[0], explanation, sup_list)
    stem = ("Which of these people does the article quote (their own words in quotation marks)? "
            "Choose all that apply.")
    return make_item("attribution", kind, stem, options, keyed, explanation, sup_list)


# any form of a verb that reports words or views ("has pointed out", "urged", "accuses"): a person in
# a sentence with one may be a source the ledger missed, so is never offered as "not quoted"
_CUE_WORD = Keyed(re.compile(r"\b(?:" + "|".join(sorted(SPEECH_CUES | OBJECT_CUES | STANCE_CUES | {"urge", "point out"},
                                                   key=len, reverse=True)) + r")\w*", re.I))


def _silent(ctx: Context, name: str) -> bool:
    """Is every sentence that names the person free of quotation marks and of verbs of saying? Only
    then is "not quoted" a sure answer (judged blind: a distractor "has pointed out … 'textbook
    definition'" was quoted after all)."""
    surname = name.split()[-1]
    for sent in ctx.analysis.sentences:
        if word_matches(sent.span.text, surname) and (
                re.search(r"[\"“”]|''", sent.span.text) or _CUE_WORD.search(sent.span.text)):
            return False
    return True


# a quotation given to "he" or "she" with any verb ('"…," he mocks.', 'she quipped: "…"'): the ledger
# may not know the verb, and the person named beside it may be the speaker (judged blind, J9c)
_HE_SHE_AFTER = re.compile(r"^\W{0,3}\s*(?:he|she)\s+[a-z]+\b", re.I)
_HE_SHE_BEFORE = re.compile(r"\b(?:he|she)\s+[a-z]+(?:\s+[\w'’]+){0,3}\s*[,:]?\s*$", re.I)


def unplaced_quote_paragraphs(ctx: Context) -> set[int]:
    """The paragraphs near a quotation whose speaker the analysis may have missed: for a quotation of
    four words or more that no sure attribution covers, its paragraph and the one before; for a quotation
    beside "he/she <verb>" (surely attributed or not: the ledger may give it to the wrong person), its
    paragraph and the one before, where "he" finds whom it means. A person named there may be its speaker,
    so is never a sure "not quoted"."""
    sure = [sp for a in ctx.analysis.attributions if a.source and a.source_confidence >= CONFIDENT
            for sp in a.content_spans]
    out: set[int] = set()
    for p in ctx.article.paragraphs:
        for q in find_quotes(p.text):
            at, end = p.start + q.start, p.start + q.end
            close = q.end + (0 if q.unclosed else 1)
            if _HE_SHE_AFTER.match(p.text[close:close + 40]) or _HE_SHE_BEFORE.search(p.text[:q.open_start]):
                out |= {p.number - 1, p.number}  # "he" points back: to a name here or just before
            elif q.words(p.text) >= 4 and not any(sp.start < end and at < sp.end for sp in sure):
                out |= {p.number - 1, p.number}
    return out


def _by_unplaced_quote(ctx: Context, name: str) -> bool:
    """Is the person named in a paragraph by a quotation whose speaker may be them (see above)?"""
    near = unplaced_quote_paragraphs(ctx)
    surname = name.split()[-1]
    return any(p.number in near and word_matches(p.text, surname) for p in ctx.article.paragraphs)


_GENERIC = frozenset("others other some many critics officials activists experts people observers analysts "
                     "residents voters supporters opponents".split())


def relayed(ctx: Context) -> list[Item]:
    """True/false: the article got a claim from a news outlet's report, not from the speaker."""
    items = []
    for a in ctx.analysis.attributions:
        if not a.relay or not a.source or not usable(a) or a.kind_confidence < CONFIDENT:
            continue  # a speaker whose kind the ledger is unsure of gets no sourcing item
        if not relay_ok(a.relay):
            continue  # "Polls" never pass on what Bernie Sanders said
        sup = attribution_support(ctx.article, a)
        if sup is None:
            continue
        body = who_phrase(ctx, a, 14)
        if body is None:
            continue
        # the outlet as the article writes it mid-sentence ("the Journal", never "comes from Journal"),
        # and only when the writer reports the person's words nowhere without it
        relay = relay_name(ctx, a.relay)
        if relay is None or not relayed_only(ctx, a.source, relay):
            continue
        sent = sentence_at(ctx.analysis, sup.start)
        if sent is not None and sent.span.start <= sup.start and sup.end <= sent.span.end and len(
                sent.span.text.split()) <= 45 and a.relay.split()[-1] in sent.span.text:
            sup = support_span(ctx.article, sent.span) or sup  # the cited span shows the relay too
        stem = f"According to ¶{a.paragraph}, the article's account that {a.source} {body} comes from {relay}."
        explanation = f"{cite(sup)} — {sentence_case(relay)} relays what {a.source} said."
        items.append(make_item(SKILL, "true_false", stem, ["True", "False"], 0, explanation, [sup]))
    return items[:1]


def generate(ctx: Context) -> list[Item]:
    """Sourcing candidates."""
    items: list[Item] = []
    # "Which of these people does the article quote?": judged blind on three kept-aside sets, 10 of
    # 20 "which are sources? choose all" items left a reported source out of the key or in the
    # distractors (the ledger finds about half of all attributions on news nobody tuned for). Now
    # the keyed people are quoted in their own words and every other option is named only in
    # sentences with no quotation and no verb of saying.
    if ctx.allows("multiple_select") or ctx.allows("multiple_choice"):
        it = named_sources(ctx)
        if it:
            items.append(it)
    if ctx.allows("multiple_choice"):
        items += kind_of_source(ctx)
    if ctx.allows("true_false"):
        items += relayed(ctx)
    return items



# an outlet's own work: "a POLITICO analysis of FEC records", "a Washington Post review"
_OUTLET_WORK_HEADS = frozenset("analysis analyses review investigation examination tally count".split())
_OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Radio|TV|Television|Herald|Guardian|Journal|Telegraph|Tribune|Press|Magazine|Gazette|"
    r"Chronicle|Observer|BBC|CNN|Reuters|AP|AFP|NPR|ABC|NBC|CBS|Fox|MSNBC|Bloomberg|Politico|POLITICO|Axios|"
    r"Al Jazeera|USA TODAY|USA Today|Breitbart|HuffPost|Huffington Post)\b")


_AGENCY = re.compile(r"\bagency\b", re.I)
_NEWS_AGENCY = re.compile(r"\b(?:news|press|wire)\b", re.I)


def _person_of_that_name(ctx: Context, name: str) -> bool:
    """Does the article name a person whose surname is the outlet's name ("Michael Bloomberg" for "Bloomberg")? Then
    the name may be the person's as much as the outlet's. (The outlet's name alone tagged a person, "Politico", is
    the tagger's slip, not a person.)"""
    low = norm(name)
    return bool(low) and any(e.label == "PERSON" and norm(e.text).endswith(" " + low) for e in ctx.analysis.entities)


def _outlet_owns(ctx: Context, phrase: str, head: str) -> bool:
    """Does a news outlet do the work the phrase names: named before its head ("a POLITICO analysis")
    or after "by" ("a review by the Post")? Not "a review of available Fox transcripts": whose review
    is it?"""
    m = name_re(rf"\b{re.escape(head)}\b", re.I).search(phrase)
    if m is None:
        return False
    by = re.search(r"\bby\s+(.*)$", phrase[m.end():], re.I)
    return _outlet_named_in(ctx, phrase[:m.start()]) or (by is not None and _outlet_named_in(ctx, by.group(1)))


def _outlet_named_in(ctx: Context, phrase: str) -> bool:
    """Does the source phrase name a news outlet: a word of an outlet's name, or a news outlet the
    ledger found in the article?"""
    if _OUTLET_WORDS.search(phrase):
        return True
    low = phrase.lower()
    return any(o.source_kind == "news_outlet" and o.source and len(o.source) > 2 and o.source[:1].isupper()
               and name_re(rf"\b{re.escape(o.source.lower())}\b").search(low) for o in ctx.analysis.attributions)


# a named writer of the document: "Robby Mook wrote", "a memo from campaign manager Jo Reyes",
# "Reyes's letter", "signed by Jo Reyes"
_AUTHOR = re.compile(
    r"\b[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+)?(?:wrote|writes|has written|had written|signed|authored|penned)\b|"
    r"\b(?:written|signed|authored|sent|drafted|penned)\s+by\s+(?:[\w-]+\s+){0,4}?[A-Z][a-z]|"
    r"\b(?:memos?|memorandum|letters?|e-?mails?|notes?|essays?|op-eds?|reports?|messages?)\s+(?:from|by)\s+"
    r"(?:[\w-]+\s+){0,4}?[A-Z][a-z]|"
    r"\b[A-Z][a-z]+(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:memos?|memorandum|letters?|e-?mails?|notes?|essays?|op-eds?)\b")


def _document_author(ctx: Context, sup: Support) -> bool:
    """Does the claim's paragraph, or the one before it, give the document a named writer? Then "a
    named person who took part" is as defensible as "a document" (judged blind: a campaign memo the
    article says its campaign manager wrote)."""
    paras = [p for p in (sup.paragraph - 1, sup.paragraph) if 1 <= p <= len(ctx.article.paragraphs)]
    return any(_AUTHOR.search(ctx.article.paragraph(p).text) for p in paras)


def _evidence_asked(ctx: Context) -> list[Support]:
    """The sentences the evidence items ask "what kind of evidence?" about (drawn with their own rng, so the
    sourcing items' draws do not change)."""
    from quizgen.generate import evidence  # evidence -> certainty -> perspective -> sourcing: imported at first use

    def find() -> list[Support]:
        own = Context(ctx.article, ctx.analysis, random.Random(0), ctx.kinds)
        return [sup for it in evidence.kind_question(own) for sup in it.support]
    return article_memo(ctx, "sourcing.evidence_asked", find)


def _as_written(ctx: Context, a: Attribution) -> str:
    """The source as the article writes it in the sentence, with its article ("the memo", "a POLITICO
    analysis of FEC records"), for a thing; a name as labelled ("Robby Mook")."""
    label = source_label(a)
    if a.source_kind == "unnamed_group":
        mid = source_mid(a)  # "aides", never "the source is Aides."
        if a.source_span is not None and not re.match(r"(?:the|a|an|some|several|many|two|three)\b", mid, re.I):
            # "A senior official said …": "the source is a senior official", with the article's own determiner
            det = re.search(r"\b(the|a|an)\s+$", ctx.article.text[max(0, a.source_span.start - 6):a.source_span.start],
                            re.I)
            lead = re.match(r"(the|a|an)\s", a.source_span.text, re.I)
            found = det or lead
            if found is not None:
                return f"{found.group(1).lower()} {mid}"
        return mid
    if a.source_kind == "person" or a.source_span is None:
        return label
    text = ctx.article.text
    phrase = " ".join(a.source_span.text.split())
    before = text[max(0, a.source_span.start - 6):a.source_span.start]
    m = re.search(r"\b(the|a|an)\s+$", before, re.I)
    if m and not re.match(r"(?:the|a|an)\b", phrase, re.I):
        phrase = f"{m.group(1).lower()} {phrase}"
    if re.match(r"(?:The|A|An)\s", phrase) and not name_re(r"(?<=[a-z,;] )" + re.escape(phrase)).search(text):
        phrase = phrase[0].lower() + phrase[1:]  # "The memo stated": "the memo" inside a sentence
    return phrase if phrase[:1].islower() or phrase[:1].isupper() else label


# a source phrase cut inside a relative clause or an apposition ("The Ledger, which", "the board, who")
_CUT_RELATIVE = re.compile(r"(?:,|\b(?:which|who|whom|whose|that|where))\W*$", re.I)
# an outlet acting in the story, not reporting it: it asked a court, sued, requested, filed, sought
_ACTOR_VERB = re.compile(r"\b(?:ask(?:s|ed|ing)?|su(?:e|es|ed|ing)|request(?:s|ed|ing)?|fil(?:e|es|ed|ing)|"
                         r"sought|seek(?:s|ing)?|petition(?:s|ed|ing)?|appeal(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|"
                         r"urg(?:e|es|ed|ing)|moved|demand(?:s|ed|ing)?)\b", re.I)
_ITS_CASE = re.compile(r"\b(?:its|the (?:paper|newspaper|outlet|network)(?:'s|’s))\s+(?:own\s+)?(?:filing|lawsuit|"
                       r"suit|request|motion|petition|appeal|complaint|brief|case|challenge)s?\b", re.I)


def outlet_as_actor(ctx: Context, a: Attribution) -> bool:
    """Is the named outlet an actor in the story ("The Ledger asked a court for the documents, arguing
    …", "The Ledger, which sued the city, said …", "In its filing, the Ledger argued …") rather than the
    one reporting a claim? Then it is no source of the story: its cue is such a verb, one stands between
    its name and its cue, or the sentence speaks of its own filing or lawsuit."""
    if a.cue and _ACTOR_VERB.fullmatch(a.cue.strip().split(" ")[0]):
        return True
    if a.source_span is None:
        return False
    text = ctx.article.text
    if a.cue_span is not None and a.cue_span.start > a.source_span.end:
        if _ACTOR_VERB.search(text[a.source_span.end:a.cue_span.start]):
            return True
    sent = sentence_at(ctx.analysis, a.source_span.start)
    return sent is not None and bool(_ITS_CASE.search(sent.span.text))
