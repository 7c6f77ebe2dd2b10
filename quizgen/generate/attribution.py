"""Attribution: who claims what ("Who said …?", "What did X say?", sources ↔ claims, name the speaker)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from quizgen import wordnet
from quizgen.analysis.attributions.firstnames import given_name_gender
from quizgen.analysis.attributions.resolve import FEMALE_NOUNS, MALE_NOUNS, PERSON_WORDS
from quizgen.fastre import Keyed
from quizgen.generate.base import (
    QUOTES,
    Context,
    article_memo,
    attribution_support,
    by_identity,
    cite,
    clause_shorten,
    cut_contrast,
    drop_final_period,
    expletive_it,
    honorific_name_forms,
    in_quotation,
    inner_quotes,
    make_item,
    mojibake,
    name_in_complement,
    name_re,
    name_tokens,
    named,
    norm,
    overlap,
    paragraph_at,
    person_like,
    plausible_source,
    quote,
    sentence_at,
    sentence_case,
    shuffled_options,
    source_label,
    source_mid,
    starts_with_pronoun,
    support_for,
    truncate,
    unquote,
    without_job_word,
    without_suffix,
    word_matches,
)
from quizgen.generate.distractors import (
    _facts,
    _killed,
    _surname,
    _title_gender,
    clean_person_option,
    gender_of,
    length_matched,
    near_spelt_surname,
    not_a_speaker,
    quantity_label,
    role_class,
    same_entity,
    seeded,
    source_distractors,
    sources_for_claim,
    spelt_alike,
    stem_genders,
    surname_of_two,
)
from quizgen.model import CONFIDENT, Analysis, Article, Attribution, Entity, Item, Span, Support

SKILL = "attribution"
_CLAUSE_CUES = re.compile(
    r"^(say|says|said|saying|tell|tells|told|claim\w*|argu\w*|not\w*|add\w*|stat\w*|believ\w*|report\w*|"
    r"suggest\w*|insist\w*|explain\w*|writ\w*|wrote|warn\w*|den\w*|assert\w*)\b"
    # "argued for", "warned against", "wrote about": the verb takes a noun phrase, no clause of its own
    # (judged blind, J5: "the extrajudicial assassination of American citizens" asked about as a claim)
    r"(?!\s+(?:for|against|about|of)\b)",
    re.I,
)


_DANGLING = re.compile(r"^(to|of|for|and|but|or|with|in|on|at|by|from|as|than)\b")
_PAST = {"say": "said", "says": "said", "tell": "told", "tells": "told", "have": "has", "are": "is",
         "were": "was", "do": "does", "write": "wrote", "writes": "wrote", "think": "thought"}


_PARTICIPLES = {"saying": "said", "arguing": "argued", "adding": "added", "noting": "noted", "claiming": "claimed",
                "insisting": "insisted", "stating": "stated", "warning": "warned", "telling": "told",
                "writing": "wrote", "explaining": "explained", "suggesting": "suggested", "calling": "called",
                "asserting": "asserted", "contending": "contended", "maintaining": "maintained"}
_AUXILIARIES = frozenset("would could should will can may might must did was had is has does shall".split())
_IRREGULAR_PAST = frozenset("told said wrote thought made gave found knew took felt met led put set".split())


# verbs that report what someone said, wrote or thought: "who shows how ill-equipped …" or "who
# suggest that …" (figures) asks about no one's words
_SPEECH_CUES = re.compile(
    r"^(?:(?:has|have|had)\s+)?(say|says|said|tell|tells|told|claim\w*|argu\w*|not(?:e|es|ed)|add\w*|stat(?:e|es|ed|ing)|"
    r"believ\w*|insist\w*|explain\w*|writ\w*|wrote|warn\w*|den(?:y|ies|ied)|assert\w*|accus\w*|"
    r"prais\w*|criticis\w*|criticiz\w*|announc\w*|describ\w*|urg\w*|call(?:s|ed)?|predict\w*|estimat\w*|"
    r"promis\w*|complain\w*|acknowledg\w*|admit\w*|declar\w*|repl\w*|respond\w*|tweet\w*|recall\w*|"
    r"conced\w*|confirm\w*|reject\w*|dismiss\w*|blam\w*|question\w*|ask\w*|demand\w*|vow\w*|pledg\w*|"
    # what a body or an outlet made known ("The FBI concluded …", "the Times revealed …", "Judicial Watch reported …")
    r"reported|revealed|concluded|"
    r"thought|think\w*|fear\w*|hop\w*|expect\w*|agree\w*|disagree\w*|recommend\w*|advis\w*)\b",
    re.I,
)
# verbs of saying kept out of :data:`_SPEECH_CUES` for what is no one's words ("figures suggest that …"), which
# introduce a named person's claim all the same ("Biden suggested Mr. Trump had …", "…, saying the council had …",
# "assured the residents that …", "wondered, '…'"): speech cues for a person only
_PERSON_SPEECH_CUES = re.compile(r"^(?:(?:has|have|had)\s+)?(?:saying|suggest(?:s|ed|ing)?|assur(?:es|ed|ing)|"
                                 r"wonder(?:s|ed|ing)|proclaim(?:s|ed|ing)|point(?:s|ed|ing)?\s+out|"
                                 r"reveal(?:s|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|lament(?:s|ed|ing)?|"
                                 r"jok(?:e|es|ed|ing)|"
                                 # '"…," in the words of prosecutor Mark Tedeschi'
                                 r"in\s+the\s+words\s+of|"
                                 # "released a statement saying …", "issued a statement Tuesday saying …"
                                 r"(?:released|issued)\s+an?\s+(?:[\w-]+\s+)?statement(?:\s+\w+)?\s+saying)$", re.I)


def colon_quotation(ctx: Context, a: Attribution) -> bool:
    """Does the cue open, with a colon, the quotation that is the claim ("She continued: "…"", "Sunak defended the
    record: "…"", "with Boswell stating: "…"")? The quoted words are the speaker's whatever the verb."""
    if not a.direct or a.cue_span is None or not a.content_spans:
        return False
    between = ctx.article.text[a.cue_span.end:a.content_spans[0].start + 1]
    return _COLON_QUOTE.fullmatch(between) is not None


# from the cue to the quotation's first word: a few words at most, a colon, an opening mark
_COLON_QUOTE = re.compile(r"[^.!?\"“”\n]{0,120}:\s*[\"“‘']\s*\S?", re.S)


def speech_cue(a: Attribution) -> bool:
    """Is the cue a verb of saying or thinking (:data:`_SPEECH_CUES`), or one of :data:`_PERSON_SPEECH_CUES` with a
    person as its source?"""
    cue = a.cue.strip()
    return bool(_SPEECH_CUES.match(cue)) or (a.source_kind == "person" and _PERSON_SPEECH_CUES.match(cue) is not None)


def singular_past(body: str, plural: bool = False) -> str:
    """Make the cue agree with "Who": "say …" -> "said …", "have described" -> "has described".

    A plural source's bare verb ("critics warn") takes the -s form ("who warns").
    """
    first, _, rest = body.partition(" ")
    low = first.lower()
    if low in _AUXILIARIES:
        pass
    elif low in _PARTICIPLES:
        first = _PARTICIPLES[low]  # "arguing that …" -> "argued that …", never "arguings"
    elif low in _PAST:
        first = _PAST[low]
    elif low.endswith("ing"):
        return ""  # a participle with no past form known here: no stem
    elif plural and re.fullmatch(r"[a-z]+", low) and not low.endswith(("ed", "s")) and low not in _IRREGULAR_PAST:
        first = low + ("es" if low.endswith(("sh", "ch", "x", "o")) else "s")
    return f"{first} {rest}".strip()


_SUBORDINATE_ONLY = re.compile(r"^(?:every\s+time|each\s+time|whenever|when|while|although|though|unless|until|"
                               r"since|once|because|if|as\s+soon\s+as)\b[^,;:]*$", re.I)
_SPEAKER_IN_BODY = re.compile(r"\s(?:[A-Z][a-z]+|he|she|they)\s+(?:said|says|told|added|explained|wrote)\b")


@by_identity
def usable(a: Attribution) -> bool:
    """An attribution worth quizzing: a real source and a claim of 5+ words that stands alone
    (not "Every time you say that": a clause with no main clause is no claim)."""
    content = unquote(a.content).strip()
    n = len(content.split())
    if a.direct and len(a.content_spans) > 1:
        # a quotation "he said" interrupts: its first part is what a stem quotes
        n = len(unquote(a.content_spans[0].text).split())
    if _DANGLING.match(content) or _SUBORDINATE_ONLY.match(content.rstrip(".!?…\"”' ")):
        return False  # a content that starts mid-phrase ("to the United States …")
    if not a.direct and len(a.content_spans) > 1 and _OPENING_PHRASE.match(a.content_spans[0].text):
        return False  # judged blind (E37): "Like his comments about X, Mr. Graham said, Y's jabs were …": the
        # opening phrase and the clause read as one ("said that Like his comments about X Y's jabs …")
    if opens_inside_quotation(a.content):
        return False  # 'There was no joy" in comparison to Obama': the quotation's first part is cut off
    return (plausible_source(a) and a.source_confidence >= CONFIDENT and 5 <= n <= 80
            and (a.direct or not starts_with_pronoun(a.content)) and not speaks_through(a))


# a claim's first piece, before an interrupting "X said,": an opening phrase, no clause of its own
_OPENING_PHRASE = re.compile(r"(?:Like|Unlike|As|In|For|After|Before|With|Without|Despite|Given|Because|If|When|While|"
                             r"Although|Though|Since|Unless|Until|Once|Beyond|Besides|Under|Over|Among|Amid|"
                             r"Regardless|Aside|Apart|Instead|Rather)\b")


def opens_inside_quotation(text: str) -> bool:
    """Does ``text`` close a curly quotation it never opened ('There was no joy” in comparison to Obama')? Then
    it begins inside a quotation that opened before it, its subject cut off ('Old nominees “were stiff. …')."""
    depth = 0
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            if depth == 0:
                return True
            depth -= 1
    return False


# an indirect claim whose subject is "he" or "she" right after its cue ("Lee said she would run again")
_SELF_SUBJECT = re.compile(r"^(?:that\s+)?(he|she)\b", re.I)
# "said her party had supported …", "said his campaign would …": the speaker's own possessive opening the claim
_SELF_POSSESSIVE = re.compile(r"^(?:that\s+)?(his|her)\s+(?=[a-z])", re.I)
# between the cue and "he": a listener named or "reporters", a day, "that" (nothing with a comma)
_SELF_GAP = re.compile(r"\s+(?:(?:reporters|(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+)?"
                       r"(?:(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:that\s+)?")
# a relative clause on the speaker between dashes or commas, right after the name and running to the cue
_WHO_ASIDE = re.compile(r"\s*(?:(?P<d>—|–|--)\s*who\s[^—–\-,;:()\"“”]+(?P=d)|,\s*who\s[^—–\-,;:()\"“”]+,)\s*")
# a conjunction opening a sentence before its subject ("But he said …")
_OPENING_CONJUNCTION = re.compile(r"(?:But|And|Yet|Still|So)")
_HE_SHE_WORD = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)


@by_identity
def self_claim(ctx: Context, a: Attribution) -> bool:
    """Is an indirect claim's "he"/"she" subject surely its speaker ("Mr. Lee said he would not run")?

    Only when the speaker is a person named before the cue (or "who" right after the name, or "She"
    opening a sentence whose previous sentence opens on the speaker's name), the cue comes right before
    the claim, the article tells the speaker's gender and it is the pronoun's, and no one else the
    pronoun could point to is in sight: no other person (of that gender, or of a gender the article
    does not tell) named, nor a pronoun of that gender before the speaker's name that may point to someone
    else (the last person named before it is not the speaker), in the claim's
    sentence or the one before it (unless that one opens on the speaker's name: the speaker is its
    topic). Then "who said he would not run?" asks about one person."""
    if a.direct or a.source_kind != "person" or not a.source or a.cue_span is None or not a.content_spans:
        return False
    content = unquote(a.content).strip()
    m = _SELF_SUBJECT.match(content) or _SELF_POSSESSIVE.match(content)
    if m is None or a.source_confidence < CONFIDENT or not plausible_source(a) or speaks_through(a):
        return False
    if re.search(r"\s[-–—]\s|--|[—–]", content):
        return False  # "he would not advertise in the state - California is …": a dash's aside cut in two
    gender = "male" if m.group(1).lower() in ("he", "his") else "female"
    if not personal_name(a.source) or a.source_span is None or a.source_span.end > a.cue_span.start:
        return False  # "…, he said": the name must stand before the cue
    if (gender_of(ctx, a.source) or _person_gender(ctx, a.source)) != gender:
        return False
    text = ctx.article.text
    c_start = min(s.start for s in a.content_spans)
    if c_start < a.cue_span.end or not _SELF_GAP.fullmatch(text[a.cue_span.end:c_start]):
        return False  # only "said (that) he", "told POLITICO he", "said on Wednesday that she"
    mine = {"he", "him", "his", "himself"} if gender == "male" else {"she", "her", "hers", "herself"}
    lead = text[a.source_span.end:a.cue_span.start]
    # "Joyce — who is listed as an attorney in Illinois but does not practise law — told …": an aside on the
    # speaker alone, its subject "who" the speaker, however long, leaves the speaker the subject
    long_lead = len(lead.split()) > 12 and not _WHO_ASIDE.fullmatch(lead)
    if long_lead or {w.lower() for w in _HE_SHE_WORD.findall(lead)} & mine:
        return False  # "…, called on the senator to take back his words and said he …": whose "he"?
    if m.group(1).lower() in ("his", "her") and (len(lead.split()) > 4 or re.search(r"\b[A-Z]", lead)):
        return False  # "Reed took the stage with a shot at Haas, saying his plan …": Haas's plan
    sent = sentence_at(ctx.analysis, c_start)
    if sent is None or not sent.span.start <= a.source_span.start:
        return False
    par_start = ctx.article.paragraph(a.paragraph).start if 1 <= a.paragraph <= len(ctx.article.paragraphs) else 0
    if aside_opened(_SENTENCE_END.split(text[min(par_start, sent.span.start):a.source_span.start])[-1]):
        return False  # "Her embrace of the wage -Mrs. Lee said she would sign it-is a flashpoint": inside a dash's
        # aside, where the claim ends and the writer's sentence goes on is unsure (read from the sentence's true
        # start: the parser may end one on "-Mrs.")
    end = max(s.end for s in a.content_spans)
    if not re.match(r"[\s\"”’']*(?:[.!?]|$)", text[end:]) and not _ends_own_sentence(text[:end]) and \
            not _aside_follows(ctx, a, end) and not _writers_gloss_follows(ctx, end):
        return False  # "he's so distressed by … -- an aside -- that he's …": the claim must run to the end
    prev = next((s for s in ctx.analysis.sentences if s.index == sent.index - 1), None)
    surname = a.source.split()[-1]
    topic = prev is not None and prev.paragraph == sent.paragraph and bool(re.match(
        r"[\W]*(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}" + re.escape(surname) + r"\b",
        prev.span.text))
    said_by = a.source_text.strip()
    if said_by.lower() in ("he", "she"):
        # "She said she …" after a sentence that opens on the speaker's name, at this sentence's start (after
        # "But"/"And" at most: "But he said he …" is still the main clause's subject)
        said_gender = "male" if said_by.lower() == "he" else "female"
        opening = text[sent.span.start:a.source_span.start].strip(QUOTES + " ")
        if said_gender != gender or not topic or (opening and not _OPENING_CONJUNCTION.fullmatch(opening)):
            return False
    elif said_by.lower() == "who":
        span_text = a.source_span.text if a.source_span.text.rstrip().endswith("who") else (
            text[max(0, a.source_span.start - 60):a.source_span.end])
        if not re.search(r"\b" + re.escape(surname) + r",\s*who$", span_text.rstrip()):
            return False  # "…, who said he …" right after the speaker's own name only
    elif not (name_answer(a.source_text, a.source) or headed_by_full_name(a)):
        return False  # "Shadow home secretary Yvonne Carter said her party …": a role, then her full name
    # the sentence before may name the man "he" points to, even across a paragraph break, unless the
    # speaker opens it (its topic)
    window_start = prev.span.start if prev is not None and not topic else sent.span.start
    window_end = max(sent.span.end, max(s.end for s in a.content_spans))
    own = [a.source, a.source_text]
    subject = re.compile(r"\b(?:he|she)\b", re.I).search(text, c_start, end)  # the claim's own "he"/"she"
    for e in ctx.analysis.entities:
        if e.label != "PERSON" or not window_start <= e.span.start < window_end:
            continue
        if any(same_entity(e.text, o) for o in own if o):
            continue
        if subject is not None and subject.end() <= e.span.start < end and not (
                {w.lower() for w in _HE_SHE_WORD.findall(text[e.span.end:end])} & mine):
            # "Lee said he would beat Trump": a subject "he" never means a name its own clause goes on to
            # give, and no "he"/"him" after that name can mean it either
            continue
        if (gender_of(ctx, e.text) or _person_gender(ctx, e.text)) not in (None, gender):
            continue  # a woman named beside "he": not whom it points to
        return False
    # a pronoun of that gender before the speaker's name in the window (outside quotation marks) points
    # to someone named earlier, who may be the claim's "he" -- unless the last person named before that pronoun (of
    # its gender or of one the article does not tell) is the speaker: "Reyes pledged … He also vowed to … Reyes said
    # he would …" keeps to one man
    before = re.sub(r"\"[^\"]*\"|“[^”]*”", lambda q: " " * len(q.group()), text[window_start:a.source_span.start])
    return all(_speaker_named_last(ctx, a, window_start + m.start(), gender)
               for m in _HE_SHE_WORD.finditer(before) if m.group().lower() in mine)


# a dash or a bracket; a dash opening an aside follows a word of the sentence (not a dateline's "WASHINGTON —")
_SELF_ASIDE_MARK = re.compile(r"--?|[—–()]")
_AFTER_WORD = re.compile(r"[a-z0-9,;]\s*$")


def aside_opened(before: str) -> bool:
    """Does ``before`` (a sentence up to a speaker's name) open a dash's or a bracket's aside it does not close?"""
    open_ = False
    for m in _SELF_ASIDE_MARK.finditer(before):
        mark = m.group()
        if mark in "()":
            open_ = mark == "("
            continue
        if mark == "-" and not (before[m.start() - 1:m.start()].isspace() or before[m.end():m.end() + 1].isspace()):
            continue  # a hyphen inside a word ("non-violent")
        if not open_ and not _AFTER_WORD.search(before, 0, m.start()):
            continue  # a dateline's dash
        open_ = not open_
    return open_


def _speaker_named_last(ctx: Context, a: Attribution, at: int, gender: str) -> bool:
    """Is the last person the article names before offset ``at`` (leaving out people of the other gender) the
    speaker, so a "he"/"she" there points to the speaker, not to someone else? The speaker's surname the
    tagger missed ("Sanders promised …" opening a sentence) counts as naming the speaker there."""
    last = None
    for e in ctx.analysis.entities:
        if e.label != "PERSON" or e.span.end > at:
            continue
        if (gender_of(ctx, e.text) or _person_gender(ctx, e.text)) not in (None, gender):
            continue
        if last is None or e.span.start > last.span.start:
            last = e
    written = [w for w in _surname_written(ctx, a) if w < at]
    if written and (last is None or max(written) > last.span.start):
        return True
    return last is not None and any(same_entity(last.text, o) for o in (a.source, a.source_text) if o)


# a quotation (straight, curly or doubled single marks), blanked before looking for names outside it
_QUOTATION = re.compile(r"\"[^\"]*\"|“[^”]*”|''.*?''")


def _namesake(ctx: Context, a: Attribution) -> bool:
    """May the speaker's bare surname mean someone else: is it short or lower case, or does the article name
    another person of that surname ("Bill Clinton" beside "Hillary Clinton") or their family ("Clinton's
    husband", "the Clinton family")?"""
    surname = _last_name(a.source or "")
    if len(surname) < 3 or not surname[:1].isupper() or not personal_name(a.source or ""):
        return True
    first = a.source.split()[0].strip(".").lower() if len(a.source.split()) > 1 else None
    names = [e.text for e in ctx.analysis.entities if e.label == "PERSON"]
    names += [o.source for o in ctx.analysis.attributions if o.source_kind == "person" and o.source]
    for n in names:
        words = n.split()
        if len(words) > 1 and _last_name(n) == surname and words[0].strip(".").lower() not in _NAME_TITLES \
                and words[0].strip(".").lower() != first:
            return True
    return bool(_kin_mentions(ctx.article.text, surname))


@by_identity
def _surname_written(ctx: Context, a: Attribution) -> tuple[int, ...]:
    """Where the article writes the speaker's surname (a capitalised word, outside quotation marks) as a person
    the tagger did not mark ("Sanders promised …" at a sentence's start), when no one else in the article has
    that surname (no "Bill Clinton" beside "Hillary Clinton", no "Sarah Sanders" beside "Bernie Sanders"): none
    otherwise. Those mentions name the speaker as surely as a tagged one."""
    surname = _last_name(a.source or "")
    if _namesake(ctx, a):
        return ()
    text = _QUOTATION.sub(lambda q: " " * len(q.group()), ctx.article.text)
    tagged = [(e.span.start, e.span.end) for e in ctx.analysis.entities if e.label == "PERSON"]
    # a surname that is also a word the article writes in lower case ("Will", "Rice") is no name where a
    # sentence's own capital may have made it one ("Will the council …?")
    common = re.search(r"\b" + re.escape(surname.lower()) + r"\b", ctx.article.text) is not None
    out = []
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(surname) + r"(?![\w-])", text):
        if any(s <= m.start() < e for s, e in tagged):
            continue  # inside a tagged name: the tagged entity speaks for it
        if common and re.search(r"(?:^|[.!?:]\W*|\n\s*)$", ctx.article.text[max(0, m.start() - 4):m.start()]):
            continue
        if re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
            continue  # "Trump Tower", "Sanders Institute": a name of something else
        out.append(m.start())
    return tuple(out)


# a person the article does not name but a "he"/"she" may point to ("the man", "his wife")
_UNNAMED_MAN = re.compile(r"\b(?:man|men|boy|husband|father|son|brother|uncle|king|gentleman|grandfather|"
                          r"nephew|widower|dad|businessman|congressman|chairman|spokesman)\b", re.I)
_UNNAMED_WOMAN = re.compile(r"\b(?:woman|women|girl|wife|mother|daughter|sister|aunt|queen|lady|grandmother|"
                            r"niece|widow|mom|mum|businesswoman|congresswoman|chairwoman|spokeswoman)\b", re.I)
# an unnamed single person a "he"/"she" may mean ("another", "one user", "a resident")
_UNNAMED_ONE = re.compile(r"\b(?:[Aa]nother|[Ss]omeone|[Ss]omebody|(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w-]+\s+)?"
                          r"(?:user|voter|resident|supporter|reader|viewer|listener|netizen|caller|witness|neighbou?r|friend|"
                          r"source|official|aide|person|worker|member|student|teacher|doctor|officer|protester))\b")
_SPEECH_WORD = re.compile(r"\b(?:said|says|say|told|tells|added|wrote|writes|asked|asks|replied|explained|noted|"
                          r"argued|insisted|declared|announced|continued|respond\w*|question)\b", re.I)
# a clause the pronoun would open below another: "whether she thought …", "that he …"
_SUBORDINATE_END = re.compile(r"\b(?:whether|if|that|because|when|while|after|before|as|since|unless|until|"
                              r"although|though|where|why|how|what|who)\W*$", re.I)
# the last sure analysis made for :func:`_sure_gender`: (article, analysis, its Context of sure speakers only)
_SURE_ONLY: tuple[Article, Analysis, Context] | None = None


def _sure_gender(ctx: Context, name: str) -> str | None:
    """The person's gender by the article's evidence and the "he"/"she" the ledger is sure of: an unsure
    pronoun resolution is never evidence of the gender that makes it look sure."""
    global _SURE_ONLY
    last = _SURE_ONLY
    if last is None or last[0] is not ctx.article or last[1] is not ctx.analysis:
        sure = replace(ctx.analysis, attributions=tuple(a for a in ctx.analysis.attributions
                                                        if a.source_confidence >= CONFIDENT))
        last = _SURE_ONLY = (ctx.article, ctx.analysis, Context(ctx.article, sure, ctx.rng, ctx.kinds))
    return gender_of(last[2], name)


_GIVEN_GENDER = {"m": "male", "f": "female"}


def _person_gender(ctx: Context, name: str) -> str | None:
    """The person's gender by the article's evidence (:func:`_sure_gender`), else by the given name of
    every full name the article writes with that surname ("Clinton" beside only "Hillary Clinton"; none
    when "Bill Clinton" is there too), or of the full name a lone given name opens ("Jeb")."""
    found = _sure_gender(ctx, name)
    if found is not None:
        return found
    words = name.split()
    full = {n for n in [*(e.text for e in ctx.analysis.entities if e.label == "PERSON"),
                        *(o.source for o in ctx.analysis.attributions if o.source_kind == "person" and o.source)]
            if len(n.split()) >= 2}
    if len(words) >= 2:
        mine = {given_name_gender(name)}
    else:
        surname = _surname(name)
        mine = {given_name_gender(n) for n in full if _surname(n) == surname}
        if not mine:
            mine = {given_name_gender(n) for n in full if n.split()[0] == name}
    return _GIVEN_GENDER.get(mine.pop() or "") if len(mine) == 1 else None


def _name_shaped(text: str) -> bool:
    """Does a tagger's person read as a name: every word capitalised, none run together with a capital
    inside ("RechercheParis", a hashtag), no lowercase run ("mush hidden")?"""
    words = re.sub(r"['’]s$", "", text).split()
    return bool(words) and all(w[:1].isupper() and not re.search(r"[a-z][A-Z]", w) for w in words)


@by_identity
def pronoun_speaker_sure(ctx: Context, a: Attribution) -> bool:
    """Is the ledger's unsure "he said"/"she said" speaker surely the person it names? Yes when that
    person is named before the pronoun in its paragraph or the one before, the article's own evidence
    gives the person the pronoun's gender, and everyone else named there (a person, or another speaker
    of the article whose name the tagger missed) is by that evidence of the other gender, with no unnamed
    "man"/"woman" of the pronoun's gender in between: then no one else can be meant. A speaker named
    inside the claim's own quotation is not surely the one speaking (a speaker seldom names himself)."""
    pron = (a.source_text or "").strip().lower()
    if pron not in ("he", "she") or a.source_kind != "person" or not a.source or a.source_span is None:
        return False
    if a.source_confidence >= CONFIDENT or a.source_confidence < 0.75 or not personal_name(a.source):
        return False
    gender = "male" if pron == "he" else "female"
    if _person_gender(ctx, a.source) != gender:
        return False
    number = paragraph_at(ctx.article, a.source_span.start)
    if number is None:
        return False
    first = ctx.article.paragraph(max(1, number - 1))
    start, end = first.start, a.source_span.start
    text = ctx.article.text
    if _paragraph_opens_on(ctx, a, number):
        # "Devine said … ¶ Sanders has said he will … But he said …": a paragraph whose first sentence opens on
        # the speaker as its subject is about the speaker; a man named only in the paragraph before is not
        # whom its later "he" means (anyone named in this paragraph still is a doubt)
        start = ctx.article.paragraph(number).start
    if any(same_entity(e.text, a.source) for e in ctx.analysis.entities if e.label == "PERSON"
           and any(sp.start <= e.span.start < sp.end for sp in a.content_spans)):
        return False
    named = [e for e in ctx.analysis.entities if e.label == "PERSON" and start <= e.span.start < end]
    own = [e for e in named if same_entity(e.text, a.source)]
    # the speaker's surname written there but missed by the tagger ("Sanders hasn't said …") names them too
    written = [w for w in _surname_written(ctx, a) if start <= w < end]
    if not own and not written:
        return False
    for e in named:
        if e not in own and _name_shaped(e.text) and _person_gender(ctx, e.text) in (None, gender):
            return False
    others = {o.source for o in ctx.analysis.attributions if o.source_kind == "person" and o.source
              and not same_entity(o.source, a.source)}
    for o in others:
        surname = _last_name(o)
        if len(surname) > 2 and re.search(r"\b" + re.escape(surname) + r"\b", text[start:end]) and \
                _person_gender(ctx, o) in (None, gender):
            return False
    last_own = max([e.span.end for e in own] + [w + len(_last_name(a.source)) for w in written])
    unnamed = _UNNAMED_MAN if gender == "male" else _UNNAMED_WOMAN
    if unnamed.search(text[last_own:end]) or _UNNAMED_ONE.search(text[start:end]):
        return False
    if _role_only_person(text[last_own:end], gender):
        return False
    sent = sentence_at(ctx.analysis, a.source_span.start)
    lead = text[sent.span.start if sent is not None else start:end]
    lead = re.sub(r"\"[^\"]*\"|“[^”]*”|''.*?''", " ", lead)
    # "Another said he hoped …", "asked whether she thought …": the pronoun is in someone else's clause
    return not (_SPEECH_WORD.search(lead) or _SUBORDINATE_END.search(lead))


def _paragraph_opens_on(ctx: Context, a: Attribution, number: int) -> bool:
    """Does paragraph ``number`` open on the speaker's name as the subject of its first sentence ("Sanders has
    said …", "Sen. Ann Ruiz told …"; not "Sanders' aide", not "Sanders, he said, …"), with the pronoun ``a``'s
    source written in a later sentence of that paragraph?"""
    surname = _last_name(a.source or "")
    if a.source_span is None or _namesake(ctx, a):
        return False
    par = ctx.article.paragraph(number)
    if not re.match(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}" + re.escape(surname)
                    + r"\s+[a-z]", par.text):
        return False
    sent = sentence_at(ctx.analysis, a.source_span.start)
    opening = sentence_at(ctx.analysis, par.start)
    return sent is not None and opening is not None and sent.index > opening.index \
        and opening.span.start <= par.start


# "the actor", "the veteran comedian": someone the article names by a trade only, whom a later "he" may mean
_ROLE_ONLY = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


def _role_only_person(between: str, gender: str) -> bool:
    """Is a person named by a trade only ("In a talk with host Tom Reyes about his film, the actor said …")
    written in ``between`` (from the named person's last mention to the pronoun), outside quotation marks and
    not as an apposition right after the name (", the actor,")? Then "he"/"she" may be that person (judged
    blind, K42: the interviewer keyed as the speaker of the actor's words)."""
    other = FEMALE_NOUNS if gender == "male" else MALE_NOUNS
    bare = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", between)
    for m in _ROLE_ONLY.finditer(bare):
        if re.fullmatch(r"\W*", bare[:m.start()]):
            continue  # "Tom Reyes, the actor, …": the named person himself
        for word in m.groups():
            if word in PERSON_WORDS and word not in other and word not in ("one", "another", "person"):
                return True
    return False


def sure_speaker(ctx: Context, a: Attribution) -> Attribution:
    """The attribution with its speaker counted sure when :func:`pronoun_speaker_sure` says so (what every
    item asking who spoke tests), else unchanged."""
    return replace(a, source_confidence=CONFIDENT) if pronoun_speaker_sure(ctx, a) else a


def named_body_sure(ctx: Context, a: Attribution) -> bool:
    """Is a government body the ledger left unsure (its rule for a body's common-noun head: "The Ruritanian
    government said", "Pike's office told reporters") surely the source? Yes when the cue's own sentence writes
    the body's capitalised name as the phrase it resolved, no pronoun and no earlier mention: then the words
    are the body's, and only its exact name is less sure. Not "The budget office" (a common noun, capitalised
    only as the sentence opens): whether it counts as named is a matter of debate. Only the kind-of-source and
    how-is-it-presented items use it: a "who said" item could offer a person of that government as well."""
    if a.source_kind != "government" or a.source_span is None or a.cue_span is None:
        return False
    if not 0.75 <= a.source_confidence < CONFIDENT or a.kind_confidence < CONFIDENT:
        return False
    label = (a.source or "").strip()
    written = (a.source_text or "").strip()
    if not label[:1].isupper() or written.lower() in _PRONOUNS or label.lower() not in written.lower():
        return False
    sent = sentence_at(ctx.analysis, a.cue_span.start)
    if sent is None or not sent.span.start <= a.source_span.start < a.source_span.end <= sent.span.end:
        return False
    # "Authorities announced …", "Officials said …": a common noun capitalised only because the sentence opens
    # on it names no body (judged blind: keyed "attributed to a named source", a wrong key)
    opens = not ctx.article.text[sent.span.start:a.source_span.start].strip(" \"“‘'(")
    return not (opens and label.lower() in _COMMON_BODY_WORDS)


# common nouns for a government body or its people: capitalised only as a sentence opens, no body's name
_COMMON_BODY_WORDS = frozenset(
    "authorities authority officials official police prosecutors prosecution government administration "
    "military regime ministry department office agency agencies court courts council commission cabinet embassy "
    "army investigators regulators lawmakers legislators".split())


def sure_body(ctx: Context, a: Attribution) -> Attribution:
    """The attribution with its body counted sure when :func:`named_body_sure` says so, else unchanged."""
    return replace(a, source_confidence=CONFIDENT) if named_body_sure(ctx, a) else a


# a dash that opens an aside inside the reporter's sentence ("… in the state - California is … - took …")
_ASIDE_DASH = re.compile(r"\s+(?:-|--|–|—)\s+|\s*(?:—|–)\s*")
# after the aside: the main clause's own verb resumes ("- took to the airwaves"), not the claim's words
_RESUMED_VERB = re.compile(r"\s*(?:[a-z]{3,}ed|took|made|went|came|gave|said|told|began|ran|spent|kept|held|"
                           r"has|had|is|was)\b")


def aside_trimmed(ctx: Context, a: Attribution) -> Attribution:
    """A claim said in a participle clause ("Mr. Lee, after initially saying he would not run - the
    race is costly - entered it") that the ledger ran on into a dash's aside: the claim up to the
    dash, when after the aside the sentence's main verb resumes. Else the claim as it is."""
    if a.direct or len(a.content_spans) != 1 or not a.cue.strip().lower().endswith("ing"):
        return a
    sp = a.content_spans[0]
    m = _ASIDE_DASH.search(sp.text)
    if m is None or len(sp.text[:m.start()].split()) < 5:
        return a
    if not _aside_follows(ctx, a, sp.start + m.start()):
        return a
    cut = sp.text[:m.start()]
    return replace(a, content=cut, content_spans=(Span(sp.start, sp.start + len(cut), cut),))


def _aside_follows(ctx: Context, a: Attribution, at: int) -> bool:
    """Does a dash at ``at`` open an aside after a claim said in a participle clause ("saying"), which
    closes with a second dash in the same sentence before the main clause's verb ("- took …")?"""
    if not a.cue.strip().lower().endswith("ing"):
        return False
    text = ctx.article.text
    sent = sentence_at(ctx.analysis, at)
    opened = _ASIDE_DASH.match(text, at)
    if sent is None or opened is None:
        return False
    close = _ASIDE_DASH.search(text, opened.end(), sent.span.end)
    return close is not None and bool(_RESUMED_VERB.match(text, close.end()))


# the writer's gloss closing a sentence after a comma: a noun in apposition to the whole clause ("…, something many
# are not allowed to do") or a relative clause on its last noun ("… of 206,000 felons, who have been barred …")
_WRITERS_GLOSS = re.compile(r",\s+(?:something|a move|a step|a change|which|who)\s[^—–()\"“”';:]*[.!?]\s*$")


def _writers_gloss_follows(ctx: Context, at: int) -> bool:
    """Does the claim ending at ``at`` leave only the writer's gloss to its sentence's end ("Sanders said he would
    ensure that women … could work, something many are not allowed to do.")? Then nothing of the claim is cut: the
    gloss neither limits it ("…, but only if …", "…, unless …") nor goes on in the speaker's words."""
    sent = sentence_at(ctx.analysis, at)
    return sent is not None and sent.span.start <= at <= sent.span.end and \
        bool(_WRITERS_GLOSS.match(ctx.article.text[at:sent.span.end]))


# a claim's own words ending its sentence: a stop after a word (not an initial's, not "Mr."), then closing marks
# ("… would ''do the right thing.''", "… had “made up the story.”")
_OWN_STOP = re.compile(r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bMrs)[.!?][\"”’']*$")


def _ends_own_sentence(upto: str) -> bool:
    """Does the text up to a claim's end close its sentence with the claim's own stop (inside its closing
    quotation mark: '… would “do the right thing.”' followed by the next sentence)?"""
    return bool(_OWN_STOP.search(upto[-12:]))


@by_identity
def usable_self_claim(ctx: Context, a: Attribution) -> bool:
    """An indirect claim :func:`usable` leaves out only for its "he"/"she" subject, when that subject
    is surely the speaker (:func:`self_claim`): asked as "who said he …?" or "X said he …" (true/false),
    never shown as an option on its own."""
    if a.direct or not self_claim(ctx, a):
        return False
    content = unquote(a.content).strip()
    n = len(content.split())
    return 5 <= n <= 80 and not _SUBORDINATE_ONLY.match(content.rstrip(".!?…\"”' "))


# a person's commitment: "pledged", "vowed", "promised" and the infinitive that says what ("to shut down …")
_COMMITMENT_CUE = re.compile(r"(?:(?:has|have|had)\s+)?(?:pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed))", re.I)
_INFINITIVE = re.compile(r"to\s+[a-z][\w-]*\b")
_POINTS_BACK = re.compile(r"\b(?:such|this|these|those|that|it|them|the same)\b", re.I)


@by_identity
def commitment_claim(a: Attribution) -> bool:
    """A named person's reported pledge whose content is the infinitive after the cue ("Sanders pledged | to shut
    down private detention centers"): :func:`usable` leaves it out for its opening "to" (a content cut mid-phrase),
    but it is the cue's whole complement, and "who pledged to shut down …?" asks about one person's words."""
    if a.direct or a.source_kind != "person" or not personal_name(a.source) or a.source_confidence < CONFIDENT:
        return False
    if not _COMMITMENT_CUE.fullmatch(a.cue.strip()) or a.cue_span is None or len(a.content_spans) != 1:
        return False
    content = unquote(a.content).strip()
    if not _INFINITIVE.match(content) or not 5 <= len(content.split()) <= 40 or _POINTS_BACK.search(content):
        return False  # "to leave such spending untouched": which spending?
    gap = a.content_spans[0].start - a.cue_span.end
    return 0 <= gap <= 2 and plausible_source(a) and not speaks_through(a)


# a name written right before the common noun that heads the source ("a senior Cruz adviser", "a Trump
# campaign spokesman", "Clinton aides", "the Sanders campaign")
_NAME_BEFORE_STAFF = re.compile(
    r"(?:^|\s)([A-Z][\w’'-]*)\s+(?:[a-z][\w-]*\s+){0,2}(?:advis[eo]rs?|aides?|strategists?|staffers?|staff|"
    r"surrogates?|allies|ally|confidants?|operatives?|pollsters?|consultants?|spokes(?:man|men|woman|women|person|"
    r"people)|lawyers?|attorneys?|supporters?|backers?|donors?|associates?|friends?|loyalists?|insiders?|"
    r"volunteers?|fundraisers?|speechwriters?|campaign|team|camp|advisers)\s*$")


_SPEAKS_THROUGH_RE = re.compile(r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s*$")
_SPEAKS_THROUGH_RE2 = re.compile(r"[’']s\s")


def speaks_through(a: Attribution) -> bool:
    """Does someone speak for the named source ("Cruz's lawyers", "Fiorina's team")? Then the
    ledger's "Ted Cruz" is not who said it: no item names a speaker or a kind for it."""
    text = a.source_text or ""
    staff = _NAME_BEFORE_STAFF.search(text)
    if staff and name_tokens(staff.group(1)) & name_tokens(a.source) and \
            not name_tokens(text.split()[-1]) & name_tokens(a.source):
        return True  # "a senior Cruz adviser", "Clinton aides": the name only says whose
    m = _SPEAKS_THROUGH_RE.search(text)
    if not m or m.group(1) in name_tokens(a.source):
        return False  # no possessive role, or the source is the role ("Fiorina's team")
    return bool(name_tokens(a.source) & name_tokens(_SPEAKS_THROUGH_RE2.split(text)[0]))


@by_identity
def name_between(ctx: Context, a: Attribution) -> bool:
    """Is another person's name written between the source and its cue? ("The head of the PAC
    backing Jeb Bush, Mike Murphy, praised …": the ledger's "Jeb Bush" may be the wrong one.)"""
    if a.source_span is None or a.cue_span is None:
        return False
    lo, hi = sorted((a.source_span.end, a.cue_span.start))
    if a.source_span.start >= a.cue_span.end:
        lo, hi = a.cue_span.end, a.source_span.start
    return name_in_complement(a) or any(e.label == "PERSON" and lo <= e.span.start and e.span.end <= hi and
                                        not (name_tokens(e.text) & name_tokens(a.source))
                                        for e in ctx.analysis.entities)


@by_identity
def mention_names_another(ctx: Context, a: Attribution) -> bool:
    """Does the source as written name someone else ("Even Rendell, a stalwart Clinton" for Hillary
    Clinton), or might the canonical name be another person who shares the surname ("Mrs. Abedini"
    read as her husband, Saeed Abedini)? Then the ledger's speaker may be the wrong one."""
    if a.source_kind != "person":
        return False
    memo: dict[int, tuple[Attribution, bool]] = article_memo(  # asked again by each item type
        ctx, "attribution.mention_names_another", dict)
    hit = memo.get(id(a))
    if hit is None:
        hit = memo[id(a)] = (a, _mention_names_another(ctx, a))
    return hit[1]


def _person_names(ctx: Context) -> tuple[frozenset[str], list[tuple[int, frozenset[str]]]]:
    """The name words of the ledger's people, and each PERSON entity's start with its name words."""
    return article_memo(ctx, "attribution.person_names", lambda: (
        frozenset(t for o in ctx.analysis.attributions if o.source and o.source_kind == "person"
                  for t in name_tokens(o.source)),
        [(e.span.start, name_tokens(e.text)) for e in ctx.analysis.entities if e.label == "PERSON"]))


def _mention_names_another(ctx: Context, a: Attribution) -> bool:
    own = name_tokens(a.source)
    span = a.source_span
    written = {t for w in _CAPITALISED_WORD.findall(a.source_text or "") for t in name_tokens(w)}
    if written - own and not headed_by_full_name(a):  # no other name written: no one else named
        sourced, entities = _person_names(ctx)
        others = set(sourced) | {
            t for start, tokens in entities
            if not (span is not None and span.start <= start < span.end)  # the mention itself
            for t in tokens}
        if any(not spelt_alike(t, o) for t in (written - own) & (others - own) for o in own):
            return True  # "Ms Bauchtman" for Lydia Buchtmann is her name misspelt, not another person
    if surname_of_two(ctx.article.text, a.source) and not _titled_as_own_gender(a):
        return True  # "Mrs. Abedini" read as her husband, Saeed Abedini
    return surname_shared(ctx, a)


# a mention written as a title and the surname alone ("Mr. Trump", "Ms. Khan")
_TITLED_SURNAME = re.compile(r"(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w'’-]+)")


def _titled_as_own_gender(a: Attribution) -> bool:
    """Is the mention a title and the surname ("Mr. Trump") whose gender is that of the ledger's full name's given
    name ("Donald J. Trump")? Then the mention cannot be the namesake of the other gender (a man and a woman share
    the surname: :func:`surname_of_two`), and the ledger's name for it is the one the title fits."""
    m = _TITLED_SURNAME.fullmatch((a.source_text or "").strip())
    if m is None or m.group(2) != _last_name(a.source or ""):
        return False
    return given_name_gender(a.source or "") == ("m" if m.group(1) == "Mr" else "f")


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]+")


# words that make the words before a name something other than its modifier: an appositive or a list
# ("Even Rendell, a stalwart Clinton", "Cruz and Lee"), or a phrase the name is the object of
_NOT_A_MODIFIER = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:and|or|nor|with|of|to|by|for|from|about|than|as|like|"
                             r"said|says|told|who|whom|whose|which|that)\b", re.I)


def headed_by_full_name(a: Attribution) -> bool:
    """Does the mention end on the speaker's full name (two or more words), every other name in it part
    of the words that lead into that name ("Gowdy spokesman Jamal Ware", "Donald Trump's longtime
    confidant Roger Stone")? The last name heads the phrase: it is who speaks, whoever the other names
    are. Not when the words before hold a comma, a conjunction or a preposition (an appositive, a list)."""
    text = (a.source_text or "").strip().rstrip(",.;:")
    full = (a.source or "").strip()
    if len(full.split()) < 2 or not text.endswith(" " + full):
        return False
    lead = text[: -len(full)]
    return not _NOT_A_MODIFIER.search(lead)


def modifier_names(a: Attribution) -> list[str]:
    """The names in the words leading into a speaker's full name ("Gowdy" of "Gowdy spokesman Jamal Ware",
    "Donald Trump" of "Donald Trump's longtime confidant Roger Stone"): the speaker may speak for them,
    so they are never offered as the wrong answer to "who said …?"."""
    if not headed_by_full_name(a):
        return []
    lead = (a.source_text or "").strip().rstrip(",.;:")[: -len(a.source.strip())]
    return [re.sub(r"['’]s?$", "", m.group(0)) for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", lead)]


_KIN = r"(?:husband|wife|son|daughter|father|mother|brother|sister|dad|mom|mum|spouse|widow|widower|nephew|niece)"


def _kin_mentions(text: str, surname: str) -> list[int]:
    """Where the text speaks of the surname's family ("Clinton's husband", "the Clintons", "the Clinton
    family"): the starts of what ``re.finditer`` finds of that pattern, the pattern tried only where a match
    may start (at the surname, or at a "the" right before it), not at every character of the article."""
    sur = re.escape(surname)
    pattern = name_re(rf"\b{sur}['’]s?\s+(?:\w+\s+)?{_KIN}\b|\b(?:the|The)\s+{sur}s\b|"
                      rf"\b{sur}\s+(?:family|couple|household|siblings|brothers|sisters)\b")
    starts = set()
    at = text.find(surname)
    while at >= 0:
        starts.add(at)
        j = at
        while j > 0 and text[j - 1].isspace():  # what \s+ matches
            j -= 1
        if j < at and text[max(0, j - 3):j] in ("the", "The"):
            starts.add(j - 3)
        at = text.find(surname, at + 1)
    out: list[int] = []
    after = 0
    for at in sorted(starts):
        if at < after:
            continue
        m = pattern.match(text, at)
        if m is not None:
            out.append(m.start())
            after = m.end()
    return out


def surname_shared(ctx: Context, a: Attribution) -> bool:
    """Is the speaker written only as a surname, a title and the surname, or a pronoun, while two
    people of the article share that surname ("Bill Clinton" and "Hillary Clinton", "Clinton's husband,
    Bill", "the Clinton family")? Judged blind: "Clinton said as he introduced his wife" keyed to
    Hillary Clinton; the ledger's name for such a mention may be the other one's."""
    surname = _last_name(a.source or "")
    written = [w.strip(".,").lower() for w in (a.source_text or "").split()]
    if len(surname) < 2 or not surname[:1].isupper() or not written:
        return False
    if not (" ".join(written) in _PRONOUNS
            or all(w in _NAME_TITLES or w == surname.lower() for w in written)):
        return False  # "Hillary Clinton" as written: the speaker is named in full
    own_first = (a.source or "").split()[0].strip(".").lower()
    namesakes = [(e.span.start, e.text.split()[0].strip(".").lower()) for e in ctx.analysis.entities
                 if e.label == "PERSON" and surname in e.text and len(e.text.split()) > 1
                 and re.sub(r"['’]s?$", "", e.text.split()[-1]) == surname
                 and e.text.split()[0].strip(".").lower() not in _NAME_TITLES]
    if len({first for _, first in namesakes} | {own_first}) < 2:
        namesakes = []
    kin = _kin_mentions(ctx.article.text, surname)
    others = [at for at, first in namesakes if first != own_first] + kin
    if not others:
        return False
    if any(o.source and o.source_kind == "person" and o.source != a.source and _last_name(o.source) == surname
           for o in ctx.analysis.attributions):
        return True  # two people of the surname both speak: a bare surname may be either
    # News style names a relative in full or by first name, then gives the bare surname to the article's
    # own person (judged on J13: "Cruz said" with his wife and father named once, early, in ¶3). A namesake
    # in the claim's paragraph or the two before it (Clinton's husband introduced in ¶2, "Lind said as he
    # introduced his wife" in ¶3) leaves the bare surname doubtful.
    paras = ctx.article.paragraphs
    first = paras[max(0, a.paragraph - 3)].start if 1 <= a.paragraph <= len(paras) else 0
    last = paras[a.paragraph - 1].end if 1 <= a.paragraph <= len(paras) else len(ctx.article.text)
    return any(first <= at < last for at in others)


_LAST_NAME_RE = re.compile(r"['’]s?$")


def _last_name(name: str) -> str:
    """The last word of a name, a possessive's "'s" and closing punctuation off ("Hillary Clinton's" -> "Clinton")."""
    words = _LAST_NAME_RE.sub("", name.strip()).split()
    return words[-1].strip(".,") if words else ""


_NAME_TITLES = frozenset("mr mrs ms miss dr sen senator rep representative gov governor president mayor prof professor "
                         "secretary minister judge gen general rev father sir dame lady lord chairman "
                         "chairwoman".split())
_PRONOUNS = frozenset("he she they him her them it i we you his hers their".split())


def name_answer(text: str, source: str) -> bool:
    """An accepted written answer is a name: the full name, the surname, or a title and the surname
    ("Mr. Hale"); never a pronoun ("He"), a phrase with a comma or a lower-case word, or a mention
    with another name in it ("Even Rendell, a stalwart Clinton")."""
    ws = text.split()
    if not ws or "," in text or text.strip().lower() in _PRONOUNS:
        return False
    own = {w.strip(".").lower() for w in source.split()}
    has_name = False
    for w in ws:
        low = w.strip(".").lower()
        if not w[:1].isupper() and low not in _NAME_LINKS:
            return False
        if low in own:
            has_name = True
        elif low not in _NAME_TITLES:
            return False
    return has_name


@by_identity
def at_quote_boundary(ctx: Context, a: Attribution) -> bool:
    """Might the claim be another speaker's? Its cue is not in the sentence where the claim
    starts (a quotation running on after "Lee said.") and someone else speaks in the same
    paragraph: the ledger's speaker may be the wrong one, so no one is asked who said it."""
    if not a.content_spans:
        return True
    # the paragraphs the claim spans: its own, its cue's and its content's (a quotation that runs
    # on into the next paragraph is judged with the speakers of both)
    pars = {a.paragraph} | {n for n in (paragraph_at(ctx.article, x.start) for x in (a.cue_span, *a.content_spans)
                                        if x is not None) if n is not None}
    if a.cue_span is None or paragraph_at(ctx.article, a.cue_span.start) != a.paragraph:
        pars.add(a.paragraph - 1)  # a quotation carried on from the paragraph before, with no cue of its own
    others = [o for o in ctx.analysis.attributions if o.paragraph in pars and o.source
              and o.source != a.source and not same_entity(o.source, a.source)]
    if not others:
        return False
    if a.cue_span is None:
        return True
    claim_sent = sentence_at(ctx.analysis, min(s.start for s in a.content_spans))
    cue_sent = sentence_at(ctx.analysis, a.cue_span.start)
    return claim_sent is None or cue_sent is None or claim_sent.index != cue_sent.index


# a first-person or second-person word: in a content given as indirect speech it is the speaker's
# own words glued to the reporter's ("Kunin said that despite the tone, I think he will do it")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b")
# a claim whose subject is a pronoun pointing outside the quoted words ("He will win", "I think they
# will", "I know that's still …", "That is why …"): the stem would give "he" no antecedent
_DANGLING_PRONOUN = re.compile(
    r"^(?:(?:and|but|so|well|now|yes|no|yet)[,\s]+){0,2}(?:(?:I|we)\s+(?:really\s+)?(?:think|believe|know|hope|expect|"
    r"feel|guess|suspect|doubt|am sure|'m sure|’m sure)\s+(?:that\s+)?)?"
    r"(?:he|him|his|she|her|they|them|their|its|this|these|those(?!\s+(?:who|whom)\b)|"
    r"that(?=['’]s\b|\s+(?:is|was|will|would|has|had|means|meant|makes|made|shows|showed)\b)|it(?!(?:'s|’s|\s+is|\s+was|\s+will\s+be|"
    r"\s+would\s+be|\s+seems|\s+appears)\s+(?:[\w-]+\s+){0,2}?(?:that|to|whether|how|why|when|if)\b))\b", re.I)


@by_identity
def mixed_content(ctx: Context, a: Attribution) -> bool:
    """Is the claim's text not exactly one speaker's words? The reporter's own sentence joined to
    the next sentence's quotation ("Religious conservatives have been a solid base for him. 'They
    …'"), or, in indirect speech, first-person words glued to the reporter's framing."""
    text = ctx.article.text
    content = unquote(a.content)
    if a.direct:
        # every sentence of a quotation starts inside quotation marks, or right at the opening mark
        for sp in a.content_spans:
            seg = text[sp.start:sp.end]
            for m in re.finditer(r"(?:^|(?<=[.!?])[\"”’']?\s+)(?=[\"“‘']?[A-Z])", seg):
                at = sp.start + m.end()
                while at < sp.end and text[at] in QUOTES:
                    at += 1
                if not in_quotation(ctx.article, at):
                    return True
            # the reporter's words between two quoted pieces ('"the rule of the right is in danger" because
            # "Arab voters are coming out …"': judged blind, E42b, printed as one quotation in a who-said stem)
            for m in re.finditer(r"[\"”]\s*([A-Za-z][^\"“”]{0,80}?)\s*[\"“]", seg):
                if not in_quotation(ctx.article, sp.start + m.start(1)):
                    return True
        return False
    if _FIRST_PERSON.search(content) and not _OWN_WORDS_START.match(re.sub(r"^that\s+", "", content)):
        return True  # "that despite the fractious tone, I think he will do it": no clean quotation to give
    if quotation_inside(a.content):
        return True  # "… a solid base for him, but \"New York has …": the reporter's words run into a quotation
    return bool(re.search(r"[.!?][\"”’']?\s+[\"“]", a.content))  # a quotation after the reporter's sentence


def quoted_whole(ctx: Context, a: Attribution) -> bool:
    """Is the whole claim one quotation: it opens at or inside a quotation mark and no mark opens or
    closes within it?"""
    if len(a.content_spans) != 1:
        return False
    sp = a.content_spans[0]
    raw = ctx.article.text[sp.start:sp.end].strip()
    inner = raw.strip(QUOTES + " ,.;:")
    opens = raw[:1] in "\"“" or raw.startswith("''") or in_quotation(ctx.article, sp.start)
    return opens and not any(q in inner for q in "\"“”") and "''" not in inner


# a quotation mark that opens a clause of its own: after a comma, colon or dash, after "but"/"and", or
# before a capital ("…, but \"New York has …", "… subject, \"You fit it …")
_CLAUSE_QUOTE = re.compile(r"(?:[,;:—–-]\s*|\b(?:but|and|or|so|yet)\s+)(?:\"|''|“)|(?:\"|''|“)(?=[A-Z])")


def quotation_inside(content: str) -> bool:
    """Does a quotation open a clause inside the claim and not close in it ("although … he wrote,
    \"You fit it with …")? The claim is then the reporter's words run into someone's quoted sentence:
    shown after "said that" with its marks dropped, a capitalised "You" reads as garbled reported speech
    (judged blind). A partial quotation closing the claim ("will take time to \"cool off") reads as
    the reporter's clause."""
    body = content.strip().lstrip(QUOTES + " ")
    straight = body.count('"') + body.count("''")
    if not straight % 2 and body.count("“") == body.count("”"):
        return False
    marks = [m.start() for m in re.finditer(r"\"|''|“", body)]
    return bool(marks) and bool(_CLAUSE_QUOTE.search(body[max(0, marks[-1] - 6):marks[-1] + 3]))


_OWN_WORDS_START = re.compile(r"(?:I|I'm|I’m|You|We|My|Our|Your|Us)\b")


# a pronoun object among a quotation's first words, after a pronoun subject and its verb alone ("You fit
# it with …", "We fixed them in …"): what "it" is lies outside the quoted words. A verb of thinking
# takes a clause ("I think it is time to …"), so "it" after it is the clause's subject, judged above.
_EARLY_OBJECT = re.compile(
    r"^(?:(?:and|but|so|well|now|yes|no)[,\s]+)?(?:I|we|you|they|he|she)\s+"
    r"(?:(?:also|just|really|still|then|never|can|could|will|would|should|must|may|might|do|does|did|have|has|had|"
    r"\w+n['’]t)\s+)*(?!(?:think|thought|believe|believed|know|knew|guess|hope|expect|feel|felt|say|said|"
    r"suppose|mean|meant|see|saw|bet|doubt|wish|find|found|make|made|take|took)\b)[a-z]+\s+(?:it|them)\b", re.I)


def dangling_pronoun(a: Attribution) -> bool:
    """Does the claim start (after "that" or "I think") with a pronoun whose antecedent is outside it,
    or take one as the object of its first verb ("You fit it with other tragedies …"), or (reported
    speech) end on one ("calling for a political revolution to address them")?"""
    return starts_with_context(a.content) or (not a.direct and bool(_END_PRONOUN.search(unquote(a.content))))


# a reported claim that ends on a bare object pronoun points outside itself ("… to address them")
_END_PRONOUN = Keyed(re.compile(r"\b(?:them|it|this|these|those|him|her)\W*$", re.I))


@lru_cache(maxsize=16384)
def starts_with_context(text: str) -> bool:
    """Do the claim's first words need context: a pronoun whose antecedent is outside it?"""
    body = re.sub(r"^that\s+", "", unquote(text))
    if expletive_it(body):
        return False  # "It is a national disgrace that …": the "it" stands for the clause after it
    return bool(_DANGLING_PRONOUN.match(body) or _EARLY_OBJECT.match(body))


# cues by which the reporter sums up or judges a stance ("Sanders decries super PACs", "Putin backs
# American adversaries", "Clinton sees the issue as a way to …"): followed by a noun phrase alone,
# they report no statement a source made (judged blind: "Bernie Sanders is the source" was wrong)
_CHARACTERISING_CUE = re.compile(
    r"^(?:(?:has|have|had|also|long|often|repeatedly|effusively|sharply|loudly|openly|publicly|strongly|"
    r"fiercely|frequently|regularly)\s+)*"
    r"(?:decr(?:y|ies|ied|ying)|slam\w*|blast\w*|tout\w*|rail(?:s|ed|ing)?(?:\s+against)?|lambast\w*|"
    r"castigat\w*|denounc\w*|condemn\w*|deplor\w*|bemoan\w*|lament\w*|excoriat\w*|assail\w*|ridicul\w*|"
    r"mock(?:s|ed|ing)?|hail(?:s|ed|ing)?|champion\w*|trumpet\w*|prais\w*|critici[sz]\w*|attack\w*|"
    r"bash(?:es|ed|ing)?|applaud\w*|laud(?:s|ed|ing)?|support\w*|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|"
    r"oppos(?:e|es|ed|ing)|endors\w*|embrac\w*|see|sees|saw|view(?:s|ed)?|regard(?:s|ed)?)$", re.I)


def characterisation(a: Attribution) -> bool:
    """Is the "claim" the reporter's characterisation of a stance: a cue that sums up or judges
    ("decries", "slams", "touts", "backs", "sees … as") followed by a noun phrase alone, no clause of
    the source's own? No attribution or certainty item is asked about it."""
    if not _CHARACTERISING_CUE.match(" ".join(a.cue.split())):
        return False
    body = unquote(a.content)
    if re.match(r"that\s", body, re.I):
        return False  # "decried that the fees were too high": a statement, however framed
    return not _FINITE.search(body)


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# the day of the saying, closing the reported words ("… on Wednesday", "…, Friday night")
_WHEN_SAID = re.compile(r"(?:,\s*|\s+)(?:on\s+|late\s+|early\s+)?" + _DAY +
                        r"(?:\s+(?:morning|afternoon|evening|night))?$")
_OCCASION = (r"(?:rall(?:y|ies)|speech(?:es)?|interview|news conference|press conference|conference call|briefing|"
             r"debate|town[- ]hall(?:\s+meeting)?|campaign (?:event|stop)|hearing|appearance|forum|luncheon|"
             r"fundraiser|roundtable|statement|tweet|(?:radio|television|TV) (?:show|program|interview)|broadcast|"
             r"episode|edition)")
# the occasion of the saying, closing the reported words ("… at a Florida rally", "…, at the town hall",
# "… in an interview with CNN", "… on Twitter")
_WHERE_SAID = re.compile(
    r"(?:,\s*|\s+)(?:(?:at|during|in|on)\s+(?:an?|the|his|her|their|its|this|that|"
    r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*(?:'s|’s))\s+"
    r"(?:[\w.’'-]+\s+){0,3}?" + _OCCASION +
    # "… in Des Moines", "… with CNN", "… of HBO's “Real Time”" (judged blind, T20: "has moved on Friday's broadcast of
    # HBO's Real Time" shown as the claim)
    r"(?:\s+(?:in|at|on|with|of)\s+(?:[A-Z][\w.’'-]*(?:'s|’s)\s+)?[“\"]?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}[”\"]?)?|"
    r"(?:on|to)\s+(?:Twitter|Facebook|Instagram|reporters))$")
# the reported words look ahead to the day they name ("the ferry would start running on Friday")
_AHEAD = re.compile(r"\b(?:will|would|shall|'ll|’ll|going to|plans?\s+to|planned\s+to|is to|are to|set to|"
                    r"scheduled|expected to|next)\b", re.I)


# the reported words tell of an event, which a day can date ("the board had approved the list on Monday",
# "the pier was closed on Monday"); a state ("Obama was the founder of ISIS on Wednesday") has no day
_HAPPENED = re.compile(r"\b(?!(?:hundred|need|speed|seed|breed|indeed|proceed|red|bed|shed|wed)\b)[a-z]{2,}ed\b|"
                       r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:en|wn|ne)\b|"
                       r"\b(?:met|won|lost|left|made|took|gave|sent|held|began|came|went|ran|fell|rose|sold|"
                       r"bought|paid|spent|told|said|struck|broke|shot|hit|quit|led|found|chose|voted)\b")


@lru_cache(maxsize=16384)
def said_adverbials(text: str) -> tuple[str, bool]:
    """The reported words without the day and occasion of their saying that close them, and whether
    that reading is sure. In "Trump said Obama was the founder of ISIS on Wednesday at a Florida rally"
    the day and the rally are when and where Trump spoke (judged blind: the claim shown with them
    read as nonsense). Stripped when an occasion (a rally, an interview, a statement) closes the words
    with the day or after a comma; a day alone is the claim's own when the words look ahead to it
    ("the ferry would start running on Friday") or tell of an event it dates ("the board had approved
    the list on Monday"), and else unsure ("was the founder of ISIS on Wednesday"), as is an occasion alone."""
    body = text.rstrip(" .")
    occasion = day = comma = False
    while True:
        m = _WHERE_SAID.search(body)
        if m:
            occasion = True
        else:
            m = _WHEN_SAID.search(body)
            if m is None:
                break
            day = True
        comma = comma or m.group().startswith(",")
        body = body[:m.start()].rstrip(" ,")
    if not (occasion or day):
        return text, True
    if occasion and (day or comma) and len(body.split()) >= 3:
        return body, True
    if day and not occasion and (_AHEAD.search(body) or _HAPPENED.search(body)):
        return text, True
    return text, False


# reported words that open on a day or a prepositional phrase ("Trump said during the debate [the
# attacks] were sparked by …"): with no comma closing it, it may be when or where the words were said
_LEADING_WHEN = re.compile(r"^(?:(?:on\s+|late\s+|early\s+)?" + _DAY + r"\b|(?:last|this|earlier this|late last)\s+"
                           r"(?:week|month|year|weekend|night)\b|yesterday\b|today\b|"
                           r"(?:during|at|in|on|after|before|amid|from|over)\s)", re.I)


# a run-in heading that opens a paragraph of a list article ("Superdelegates: Clinton is backed by …"):
# one to three words before a colon, then a capitalised start
_RUN_IN_HEAD = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}:\s+(?=[A-Z])")


def reported_words(a: Attribution) -> str | None:
    """The claim as a stem or an option shows it (:func:`_reported_words`), without a run-in heading the
    article's paragraph opens on ("Superdelegates: Clinton is backed by …", judged blind, J12: the label
    read as part of the claim). A quotation keeps every word."""
    words = _reported_words(a)
    if words is None or a.direct:
        return words
    m = _RUN_IN_HEAD.match(words)
    if m is None or _FINITE.search(m.group(0)):
        return words
    return words[m.end():]


def _reported_words(a: Attribution) -> str | None:
    """The claim as a stem or an option shows it: for indirect speech after its cue ("Trump said …"),
    without the day and occasion of the saying; None when they may be the claim's own (unsure), or
    when the words open on a time or place with no comma after it, which may be the saying's."""
    if a.direct or a.cue_span is None or not a.content_spans or a.cue_span.start > a.content_spans[0].start:
        return a.content
    if opens_on_saying(a):
        return None  # "during the debate were sparked by …": the debate is where Trump said it
    text, sure = said_adverbials(a.content)
    return text if sure else None


_OPENS_ON_SAYING_RE = re.compile(r"^that\s+")


def opens_on_saying(a: Attribution) -> bool:
    """Do indirect words after their cue open on a day or a prepositional phrase with no comma after it
    ("Trump said during the debate [the attacks] were sparked by …")? It may be when or where the words
    were said, and the claim's own subject may lie before the cue."""
    if a.direct or a.cue_span is None or not a.content_spans or a.cue_span.start > a.content_spans[0].start:
        return False
    body = _OPENS_ON_SAYING_RE.sub("", unquote(a.content))
    return bool(_LEADING_WHEN.match(body)) and "," not in " ".join(body.split()[:8])


def gerund_cue(ctx: Context, a: Attribution) -> bool:
    """Is the cue a gerund after "by" or "while" whose source the ledger took from the name just before
    it ("… to change their support from Clinton by arguing that …")? Its speaker is the subject of the
    sentence's verb, not that name: the ledger's source may be the wrong one."""
    if a.cue_span is None or a.source_span is None or not a.cue.lower().endswith("ing"):
        return False
    between = ctx.article.text[a.source_span.end:a.cue_span.start]
    # the ledger's source is the noun just before the preposition ("from Clinton by arguing"), not the
    # sentence's subject ("Bolton had …, while saying …" is Bolton's)
    return bool(re.fullmatch(r"[\s,]*(?:by|while|after|before|without|when)\s+", between, re.I))


# the word before a quotation set inside the reporter's own clause: an article, a preposition or a verb
# in -ing that takes it as its object ("the absurdity of positioning \"a couple of hundred SF guys here …\"")
_OBJECT_BEFORE = re.compile(r"\b(?:the|a|an|of|to|for|as|in|on|at|by|with|from|about|his|her|their|its|this|these|"
                            r"those|called|dubbed|labell?ed|deemed|(?!(?:saying|adding|noting|insisting|warning|arguing|"
                            r"explaining|writing|telling|stating|declaring|asking|claiming)\b)[a-z]+ing)$")


def embedded_quote(ctx: Context, a: Attribution) -> bool:
    """Is the quotation set inside the reporter's clause, as the object of its words (Gorka "noting
    the absurdity of positioning \"a couple of hundred SF guys here …\" around …")? The quoted words
    are then no statement of the source's to weigh or match."""
    if not a.direct or a.cue_span is None or not a.content_spans:
        return False
    start = a.content_spans[0].start
    if a.cue_span.end > start:
        return False  # '"…," Lee said': the quotation stands before its cue
    gap = ctx.article.text[a.cue_span.end:start].rstrip(QUOTES + " ")
    return bool(gap.strip()) and bool(_OBJECT_BEFORE.search(gap))


_FAR_FROM_CUE_RE = re.compile(r"[:;]")


def far_from_cue(ctx: Context, a: Attribution) -> bool:
    """Do the indirect words lie past a colon or semicolon that closes other words after the cue
    ("Orwell explained the phenomenon …, but people keep falling for it: Socialism is …, egged on by
    suckers eager to believe the lies hucksters tell them")? Then they may be no object of the cue."""
    if a.direct or a.cue_span is None or not a.content_spans or a.cue_span.end > a.content_spans[0].start:
        return False
    gap = ctx.article.text[a.cue_span.end:a.content_spans[0].start]
    return bool(_FAR_FROM_CUE_RE.search(gap)) and len(gap.split()) > 4


# the reporter's sentence goes on past the cue with the claim's own words ("The argument would be
# aided, Devine said, by the upcoming primary calendar"), not a new clause or the speaker's description
_RUNS_ON = re.compile(r"\s*,\s*(?!(?:and|but|or|adding|saying|noting|who|whose|which|according|a|an|the|his|her|"
                      r"their|its|in\s+(?:a|an|the)\s+(?:statement|interview|e-?mail|letter|speech|news release))\b)"
                      r"(?:by|with|in|on|at|for|to|from|because|if|when|as|than|unless|until|after|before)\b")


def cut_by_cue(ctx: Context, a: Attribution) -> bool:
    """Does the claim stop at its cue while the sentence carries it on ("The argument would be aided,
    Devine said, by the upcoming primary calendar")? The words before the cue are then no whole claim."""
    if a.direct or a.cue_span is None or len(a.content_spans) != 1 or a.cue_span.start < a.content_spans[0].end:
        return False
    end = a.cue_span.end
    if a.source_span is not None and a.source_span.start >= a.cue_span.end:
        end = max(end, a.source_span.end)  # "…, said Devine, by …"
    return bool(_RUNS_ON.match(ctx.article.text, end))


@by_identity
def not_a_sourced_claim(ctx: Context, a: Attribution) -> bool:
    """Is the ledger's claim no statement a source made: the reporter's characterisation, a poll's
    finding, a claim whose speaker the ledger may have got wrong (a gerund after "by"), words past a
    colon that may be no object of the cue, or another source's statement the speaker echoes?"""
    return (characterisation(a) or poll_finding(ctx, a) or gerund_cue(ctx, a) or far_from_cue(ctx, a)
            or relayed_third_party(ctx, a) or group_speaks_as_one(a)
            or writers_aside(a) or words_as_object(a) or echoes_another_source(ctx, a))


# a claim that opens on another source and its verb of saying or finding ("that the Commission on Presidential
# Debates announced earlier Friday that …", "the state auditor had found that …", "officials said …"); only
# verb forms that are no common noun ("claims", "reports", "rules" may be a claim's subject)
_ECHOED_OPENING = re.compile(
    r"^\W*(?:that\s+)?((?:[\w.'’&-]+\s+){1,7}?)(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:announced|announces|said|says|reported|confirmed|stated|found|concluded|acknowledged|admitted|revealed|"
    r"disclosed|determined|ruled|declared|warned|estimated|predicted|claimed|told|testified|wrote)\b")
# a subject that is a pronoun (the speaker, perhaps), or words of a passive or another clause ("the money was
# found", "the man who said"): no other source's statement
_NOT_ECHO_FIRST = frozenset("i we you he she it they there this these those who what".split())
_NOT_ECHO_WORD = frozenset("is are was were be been being will would could should can may might must not to who "
                           "which whom whose where when if because".split())


def _names_a_source(ctx: Context, words: list[str]) -> bool:
    """Do the subject's words name a source ("the Commission on Presidential Debates", "Kay Moss"): a capitalised
    word past the first, or a first word of a person's or a body's name the article tags? Not "the mayor",
    "officials": the speaker may be telling what they heard, and E36 asks who said it then."""
    if any(w[:1].isupper() for w in words[1:]):
        return True
    first = words[0].strip("\"“'‘(")
    return first[:1].isupper() and any(
        e.label in ("PERSON", "ORG", "GPE", "NORP") and first in e.text.split() for e in ctx.analysis.entities)


def echoes_another_source(ctx: Context, a: Attribution) -> bool:
    """Is the claim another named source's statement that the ledger's speaker repeats ("She notes that the State
    Water Board announced … that there was a fault …"): it opens on another source's name and a verb of saying,
    announcing or finding, or the ledger has another source's cue inside it? Judged blind: a matching item
    keyed the one who noted a debate commission's announcement as its source. Asked "who said it?", the
    first source and the one repeating it are both defensible answers."""
    if not a.content_spans:
        return False
    m = _ECHOED_OPENING.match(unquote(a.content_spans[0].text))
    words = m.group(1).split() if m else []
    low = [w.lower() for w in words]
    if low and low[0] not in _NOT_ECHO_FIRST and not _NOT_ECHO_WORD.intersection(low) and _names_a_source(ctx, words):
        return True
    # the ledger's own nesting: a named source's statement (not a belief: "told friends that the candidate …
    # thought the criticism was a badge of honor" is the speaker's telling) inside the claim
    inside = [(sp.start, sp.end) for sp in a.content_spans]
    return any(o is not a and o.cue_span is not None and norm(o.source) != norm(a.source)
               and o.source[:1].isupper() and o.source_kind != "unnamed_group" and _STATEMENT_CUE.search(o.cue)
               and any(s <= o.cue_span.start < e for s, e in inside) for o in ctx.analysis.attributions)


# the cue of a statement made to others ("announced", "said", "told"), not of a belief or a feeling
_STATEMENT_CUE = re.compile(r"\b(?:announc|said|says|say\b|report|confirm|stat(?:ed|es)\b|found|conclud|acknowledg|"
                            r"admit|reveal|disclos|determin|ruled|declar|warn|estimat|predict|claim|told|tell|testif|"
                            r"wr[io]te|writes|tweet)", re.I)


# cues whose object is a name or a description, not a clause ("calls it", "described him as")
_NAMING_CUE = re.compile(r"\b(?:call(?:s|ed|ing)?|describ\w*|dub(?:s|bed|bing)?|label\w*|term(?:s|ed|ing)?|"
                         r"brand(?:s|ed|ing)?)$", re.I)


# words a clause with its own subject may start with ("most laws …", "the plan …", "there is …")
_SUBJECT_WORDS = frozenset("the a an this that these those his her their its our my your there it he she they we i "
                           "you most many some all any no every each both either neither several few more such other "
                           "one two three four five six seven eight nine ten".split())


_TAG_SPLITS_CLAUSE_RE = re.compile(r"\s*,?\s*")
_TAG_SPLITS_CLAUSE_RE2 = re.compile(r"[A-Za-z'’-]+")
_TAG_SPLITS_CLAUSE_RE3 = re.compile(r"\b(?:that|which|who)\s+$")
_TAG_SPLITS_CLAUSE_RE4 = re.compile(r"\w[\w\"”’')\]]*\s*,\s*$")


def tag_splits_clause(ctx: Context, a: Attribution) -> bool:
    """Is the reported claim only what follows a tag set off inside the sentence ("Tunnels, experts say,
    render the wall moot", "a gap that experts say renders the wall moot" with the claim "render(s) the
    wall moot")? Its subject stands before the tag: alone, the words are no statement."""
    if a.direct or len(a.content_spans) != 1 or a.cue_span is None:
        return False
    text = ctx.article.text
    start = a.content_spans[0].start
    if a.cue_span.end > start or not _TAG_SPLITS_CLAUSE_RE.fullmatch(text[a.cue_span.end:start]):
        return False
    lead = _TAG_SPLITS_CLAUSE_RE2.match(text[start:start + 30])
    if lead is None or not lead.group()[:1].islower() or lead.group().lower() in _SUBJECT_WORDS:
        return False  # "After the vote, Lee said, most laws were …": a whole clause after the tag
    first = min(a.cue_span.start, a.source_span.start if a.source_span is not None else a.cue_span.start)
    sent = sentence_at(ctx.analysis, first)
    before = text[sent.span.start if sent is not None else max(0, first - 200):first]
    if _TAG_SPLITS_CLAUSE_RE3.search(before):
        return True  # "a gap that experts say renders the wall moot": the subject is "that", before the source
    return bool(_TAG_SPLITS_CLAUSE_RE4.search(before)) and "," in text[a.cue_span.end:start]


_AFTER_CLAUSE = frozenset("and but or nor while as of in on at for to from with without by about after before since "
                          "during over under into onto than because if when where who whom whose which that until "
                          "unless though although despite amid against among between through toward towards".split())


_INDIRECT_RUNS_ON_RE = re.compile(r"[ \t]+([a-z][\w'’-]*)")


def indirect_runs_on(ctx: Context, a: Attribution) -> bool:
    """Does the reporter's sentence carry a reported claim on past the ledger's end ("noting that most
    of the money raised | would go to …")? The claim shown would be a cut phrase."""
    if a.direct or not a.content_spans:
        return False
    text = ctx.article.text
    end = max(sp.end for sp in a.content_spans)
    m = _INDIRECT_RUNS_ON_RE.match(text[end:end + 40])
    # a phrase after a whole clause leaves the clause true ("had printed copies | of the book"); a verb
    # after it shows the claim was its subject only ("most of the money raised | would go …")
    return m is not None and m.group(1) not in _RUN_ON_CUES | _AFTER_CLAUSE


def quote_ends_reporters_clause(ctx: Context, a: Attribution) -> bool:
    """Is the quotation the end of the reporter's own clause ('Lee said the tape did not give "clear
    proof that …"')? It opens on a small letter after words of the reporter's that are not just "that",
    a comma or a colon: alone, the quoted words lose the clause's subject, verb and any "not", and
    may say the opposite of what the source said (judged blind on the dev set)."""
    if not a.direct or a.cue_span is None or not a.content_spans:
        return False
    start = a.content_spans[0].start
    if a.cue_span.end > start:
        return False  # '"…," Lee said': the quotation stands before its cue
    body = ctx.article.text[start:a.content_spans[0].end].lstrip(QUOTES + " ")
    if not body[:1].islower():
        return False  # a quoted sentence of its own ('told reporters "We will …"')
    gap = ctx.article.text[a.cue_span.end:start].rstrip(QUOTES + " ")
    if a.source_span is not None and a.cue_span.end <= a.source_span.start < start:
        gap = ctx.article.text[a.source_span.end:start].rstrip(QUOTES + " ")  # "said Lee, …"
    if not re.search(r"\w", gap) and _NAMING_CUE.search(a.cue):
        return True  # 'Lee calls "a foundation of our culture"': the object of "calls", no statement
    if not re.search(r"\w", gap) or gap.endswith((",", ":", ";")):
        return False
    return not re.search(r"\bthat$", gap, re.I)


# a third party brought in after the cue whose words the quotation may be ("She said she recalls … the
# partner … admonishing the client: '…'"): a person and a verb of saying between the cue and the quote
_OTHER_PERSON = re.compile(
    r"\b(?:a|an|one|another|the|this|that|his|her|their|my|our)\s+(?:[\w-]+\s+){0,2}?(?:man|woman|boy|girl|"
    r"partner|colleague|friend|client|boss|official|aide|adviser|advisor|supporter|neighbou?r|officer|"
    r"lawyer|attorney|doctor|teacher|reporter|caller|employee|staffer|father|mother|son|daughter|husband|"
    r"wife|brother|sister|uncle|aunt|stranger|voter|judge|coach|student|someone|person|guy)s?\b|"
    r"\b(?:someone|somebody)\b", re.I)
_RELAY_VERB = re.compile(r"\b(?:tell|tells|told|telling|say|says|saying|said|ask|asks|asked|asking|"
                         r"admonish\w*|warn\w*|scold\w*|yell\w*|shout\w*|whisper\w*|remark\w*|respond\w*|"
                         r"repl(?:y|ies|ied|ying)|recall\w*|remember\w*)\b", re.I)


def relayed_third_party(ctx: Context, a: Attribution) -> bool:
    """Are the quoted words another person's, relayed by the source ("She recalled a partner telling the
    client: '…'")? Between the cue and the quotation stand a person the article does not name and a
    verb of saying or recalling: the words are the third party's, not the ledger's source's."""
    if not a.direct or a.cue_span is None or not a.content_spans:
        return False
    start = a.content_spans[0].start
    if a.cue_span.end > start:
        return False
    gap = ctx.article.text[a.cue_span.end:start]
    return bool(_OTHER_PERSON.search(gap)) and bool(_RELAY_VERB.search(gap))


_FIRST_SINGULAR = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|myself)\b")
_PLURAL_LABEL = re.compile(r"(?:s|\b(?:staff|people|police|crowd|men|women|children))$", re.I)


def group_speaks_as_one(a: Attribution) -> bool:
    """Does the ledger give first-person words ("I'm not okay with …") to a group ("aides", "officials")?
    One of them, or a person the sentence names first, said them: the ledger's source may be wrong."""
    if a.source_kind == "person" or not a.direct:
        return False
    words = re.findall(r"[A-Za-z'’-]+", a.source_text or a.source)
    if not words or words[0].lower() in ("one", "a", "an", "each", "every") or not _PLURAL_LABEL.search(words[-1]):
        return False  # "one user wrote: 'I hope …'": one person, who may say "I"
    if words[-1].lower().endswith(("ss", "us", "'s", "’s")):
        return False
    return bool(_FIRST_SINGULAR.search(unquote(a.content)))


# the writer's own aside set inside a reported claim with a dash or a bracket ("Lee noted that the fee was
# never paid ― as was true for years ― …"): the claim shown would carry the writer's confirmation
_ASIDE_MARK = re.compile(r"\s[―—–]\s?|\s-\s|--|\(")


def writers_aside(a: Attribution) -> bool:
    """Does a reported (not quoted) claim hold a dash or a bracket, where the writer may add an aside
    of their own? Its presentation is then both the source's and the article's: no item."""
    return not a.direct and bool(_ASIDE_MARK.search(a.content))


_WORDS_OBJECT = re.compile(r"^(?:that\s+)?(?:the|these|those|his|her|their|such)\s+(?:very\s+)?(?:words?|phrases?|"
                           r"terms?|expressions?|slogans?|lines?)\b", re.I)


def words_as_object(a: Attribution) -> bool:
    """Is the "claim" the object of the cue ("Obama said the words … "), words named rather than a statement?
    Shown after "who said", a quoted word inside it reads as nonsense (judged blind: 'who said the words
    "lump" the good …')."""
    return not a.direct and bool(_WORDS_OBJECT.match(unquote(a.content).strip()))


@by_identity
def who_phrase(ctx: Context, a: Attribution, max_words: int = 26) -> str | None:
    """The question body, holding the claim's main clause: a claim that opens with a long
    subordinate clause ("even if … videos did surface …, it would …") is never cut before its main
    clause; its main clause alone is quoted when that stands on its own, else None."""
    if _ONE_POINTS_BACK.search(unquote(a.content)):
        return None  # judged blind (T35): "rejected the need for one in the primaries" (a pollster): one what?
    if a.content_spans and cut_contrast(ctx.article.text, a.content, max(s.end for s in a.content_spans)):
        return None  # judged blind (T28): "who said the goal was not to 'make America great again'?" left out "but to
        # 'make America whole again'": half of a "not X but Y" misquotes the speaker
    body = _who_phrase(ctx, a, max_words)
    if body is not None and not _lifted_ok(ctx, a, body):
        # a quotation's "he"/"his" is never surely the speaker's: its sentences before the first that holds one
        # may still stand as the stem ('"The FBI resolved all of this. Their report answered all the questions…"')
        body = pronoun_free_head(ctx, a, max_words)
        if body is None or not _lifted_ok(ctx, a, body):
            return None
    if body is not None and body.split()[-1].strip(QUOTES + ",;:.").lower() in _DANGLING_LAST:
        return None  # "who announced that Clinton was careless with classified material and?": the claim was cut
    if body is None or "…" not in body or "…" in a.content:
        return body
    bare = re.sub(r"^that\s+", "", unquote(a.content)).strip()
    if not _LEADING_SUBORDINATE.match(bare):
        return body
    main = re.split(r",\s+", bare, maxsplit=1)
    if len(main) < 2:
        return None
    rest = drop_final_period(main[1])
    if (len(rest.split()) > max_words - 4 or len(rest.split()) < 4 or _DANGLING_PRONOUN.match(rest)
            or _EARLY_OBJECT.match(rest) or _FRAGMENT_START.match(rest)
            or re.match(r"(?i)(?:it|this|that|they|these|those|there)\b", rest)):
        return None
    if not a.direct and any(q in a.content for q in "\"“”"):
        return None  # the main clause may be a quotation the reporter's words led into: no "said that" for it
    verb = say_verb(ctx, a)
    body = f"{verb}, \"…{rest}\"" if a.direct else f"{verb} that {lower_first(rest)}"
    return body if _lifted_ok(ctx, a, body) else None


_THIRD_PERSON = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)


def pronoun_free_head(ctx: Context, a: Attribution, max_words: int) -> str | None:
    """A direct quotation of one piece cut before its first sentence holding a "he"/"she" word, as "said, '…'":
    the whole sentences before it, 6 to ``max_words - 4`` words, the last ending on a full stop or "!", none a
    question; None when the first sentence holds one (or the quotation has no such sentence: nothing to cut)."""
    if not a.direct or len(a.content_spans) != 1:
        return None
    sents = _SENTENCE_END.split(" ".join(unquote(a.content).split()))
    kept: list[str] = []
    for sent in sents:
        if _THIRD_PERSON.search(sent):
            break
        kept.append(sent)
    if not kept or len(kept) == len(sents):
        return None
    head = " ".join(kept).rstrip(QUOTES + " ")
    if not 6 <= len(head.split()) <= max_words - 4 or "?" in head or not head.endswith((".", "!")) or \
            any(q in head for q in "\"“”"):
        return None
    return f"{say_verb(ctx, a)}, \"{drop_final_period(head).rstrip('!')}…\""


def _lifted_ok(ctx: Context, a: Attribution, body: str) -> bool:
    """May the question body stand as the stem lifts it? Its quotation marks are paired (judged blind:
    'who wrote that Donald Trump's absurd … claim that … “has to do with Israel and whether…?'), and
    every "he"/"she" in it is either someone the body names before it or, in reported speech, surely
    the speaker: the article gives the speaker that gender, and the speaker's own mention holds no
    pronoun ("His son Donald Jr. announced … the votes he needed": the father's votes). Inside a
    quotation a "he" is never the speaker."""
    if body.count("“") != body.count("”") or body.count("\"") % 2:
        return False
    named_before = [e for e in ctx.analysis.entities if e.label == "PERSON" and not same_entity(e.text, a.source or "")]
    for m in _THIRD_PERSON.finditer(body):
        before = body[:m.start()]
        if any(name_tokens(e.text) & name_tokens(before) for e in named_before):
            continue  # "… that Clinton had told him": the stem names whom it may mean
        if _PERSON_NOUN.search(before):
            continue  # "my brother lives on the farm and he …": the body holds whom it means
        quoted = before.count("“") > before.count("”") or before.count("\"") % 2 == 1
        if a.direct or quoted or a.source_kind != "person" or not a.source:
            return False
        if a.source_confidence < CONFIDENT or (_THIRD_PERSON.search(a.source_text or "") and not (
                (a.source_text or "").strip().lower() in ("he", "she") and self_claim(ctx, a))):
            return False  # "His son Donald Jr. announced … the votes he needed": the father's votes; a bare
            # "he" speaking ("But he said he wants …") is the claim's "he" when self_claim() is sure of it
        gender = gender_of(ctx, a.source)
        if gender not in (None, "male" if m.group(1) else "female"):
            return False
        if gender is None and a.content_spans:
            # no gender the article tells: only when no one else is named in the claim's sentence
            sent = sentence_at(ctx.analysis, a.content_spans[0].start)
            if sent is None or any(sent.span.start <= e.span.start < sent.span.end for e in named_before):
                return False
    return True


_PERSON_NOUN = re.compile(r"\b(?:brother|sister|father|mother|son|daughter|wife|husband|man|woman|boy|girl|friend|"
                          r"boss|president|senator|governor|mayor|candidate|leader|minister|chairman|king|queen|"
                          r"uncle|aunt|grandfather|grandmother|partner|colleague|neighbou?r|officer|judge)\b", re.I)


# how a partial quotation may start and still read after "said,": a subject ("the only candidate who
# …", "we have …"); a verb ("gained access to …") leaves its subject outside the quotation marks
_SUBJECT_START = frozenset("the a an this these those we i you our my your their his her its there it some many most "
                           "all every each no one nobody everyone everybody nothing something everything people "
                           "he she they none both neither either few several".split())


def verb_first_quotation(a: Attribution) -> bool:
    """A partial quotation that starts with a lower-case word no subject starts with ("gained access
    to records …", "will pay for …"): "who said, '…'" would quote a predicate whose subject is not in it."""
    if not a.direct:
        return False
    first = unquote(a.content).split(" ", 1)[0]
    return first[:1].islower() and first.lower().strip(",;:") not in _SUBJECT_START


def quotation_subject(ctx: Context, a: Attribution) -> str | None:
    """The reporter's words that give a verb-first partial quotation its subject: the clause start
    after the last "that" before it, or the sentence's start ("We need to" before "make sure …"),
    when they are a short subject of a common form and name no speaker ("the panel last week")."""
    start = a.content_spans[0].start
    sent = sentence_at(ctx.analysis, start)
    if sent is None or not sent.span.start <= start < sent.span.end:
        return None
    before = ctx.article.text[sent.span.start:start].rstrip(QUOTES + " ")
    if a.cue_span is not None and sent.span.start <= a.cue_span.start < start and " that " not in before:
        # "Roe said 'will pay …'": the cue itself stands before the quotation; its subject, when it stands between
        # a plain verb of saying and the quotation ('said the board "has never …"'), is the lead
        between = ctx.article.text[a.cue_span.end:start].rstrip(QUOTES + " ").strip()
        named = _NAME_BETWEEN.fullmatch(between)
        if not _PLAIN_SAY.fullmatch(a.cue.strip()) or not (_SUBJECT_BETWEEN.fullmatch(between) or named):
            return None
        if named and (a.source_span is None or a.source_span.end > a.cue_span.start
                      or same_entity(named.group(1), a.source)):
            return None  # 'said Jones "will …"' may name the speaker after the cue: a name only after "X said"
        before = between
    else:
        named = None
    lead = before.rsplit(" that ", 1)[-1].strip() if " that " in before else before.strip()
    ws = lead.split()
    if not 1 <= len(ws) <= 7 or re.search(r"[,;:\"“”‘’()]|—|–", lead):
        return None
    first = ws[0].lower()
    if not named and (first not in _SUBJECT_START or first in {"he", "she", "they", "it", "this", "these", "those",
                                                               "his", "her", "its", "their"}):
        return None  # "they took place": whose "they"?
    if _SPEECH_CUES.match(" ".join(ws[1:])) or any(_SPEECH_CUES.match(w) for w in ws[1:]):
        return None  # a verb of saying in the lead: the sentence's structure is not the simple one
    return lower_first(lead)


# a plain verb of saying, with no object of its own ("told the crowd", "urged voters")
_PLAIN_SAY = re.compile(r"(?:(?:has|have|had)\s+)?(?:said|says|say|added|adds|argued|argues|wrote|writes|insisted|"
                        r"insists)", re.I)
# the subject of a quotation's verb written between the cue and the quotation: "the"/"a"/"there"/… and up to four
# more words, no pronoun, comma or quotation mark, not ending on a word that needs the next ("to", "of")
# or a name (one to three capitalised words) and up to two words after it ("Putin has", "Reyes")
# (never a day or a month: 'said Monday the plan "will …"', nor a capitalised function word)
_NAME_BETWEEN = re.compile(r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                           r"April|May|June|July|August|September|October|November|December|Today|Yesterday|"
                           r"Tomorrow|Last|Next|This|That|These|Those|The|A|An|In|On|At|It|He|She|They|We|There|"
                           r"Then|Now|Also|But|And)\b)"
                           r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})(?:\s+[a-z][\w-]*){0,2}(?<!\bto)(?<!\bof)")
_SUBJECT_BETWEEN = re.compile(r"(?:the|a|an|there|some|many|most|all|every|each|no|both|several|few)"
                              r"(?:\s+[\w'’-]+){0,4}(?<!\bto)(?<!\bof)(?<!\bfor)(?<!\bby)(?<!\bwith)")


_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|am|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|"
    r"won['’]t|can['’]t|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|don['’]t|doesn['’]t|didn['’]t|hasn['’]t|"
    r"haven['’]t|said|says|told|went|made|takes|took|gave|came|saw|knew|thought|found|became|left|felt|kept|held|"
    r"brought|began|ran|won|lost|paid|sent|built|spent|met|led|got|needs?|seems?)\b|\w['’](?:s|re|ll|ve|d)\b",
    re.I)


_PARTICIPLE_PHRASE_RE2 = re.compile(r"[a-z]{3,}ed")
# a capitalised word's possessive, followed by a lower-case noun ("Mr. Ailes's ouster", "Trump's wall")
# ("Trump's going to win", "Lee's not here", "Lee's a fighter": a contraction, kept)
_NAME_POSSESSIVE = re.compile(r"\b([A-Z][\w.-]*)['’]s(?=\s+(?!(?:not|been|got|gotten|a|an|the|no|very|so|just|also|"
                              r"never|always|still|already|now|here|there|back|right|done|gone)\b)[a-z]+\b(?<!ing))")
_PARTICIPLE_PHRASE_RE3 = re.compile(r"[a-z]{2,}ing")


def participle_phrase(a: Attribution) -> bool:
    """Is an indirect claim a noun phrase with a participle, no clause ("the Iranians released by the
    United States", "the officials holding the files")? A statement "X said …" needs a subject and a
    finite verb; a participle followed by "by", or an -ing word, with no finite verb anywhere, has none."""
    if a.direct:
        return False
    ws = _OPENS_ON_SAYING_RE.sub("", unquote(a.content)).split()
    # a name's possessive "'s" ("Mr. Ailes's ouster") is no "is" or "has" (judged blind, D2: "who said that eventually
    # even discussing a walkout in the event of Mr. Ailes's ouster?")
    if not ws or _FINITE.search(_NAME_POSSESSIVE.sub(r"\1", " ".join(ws))):
        return False
    low = [w.strip(",;:.\"“”") for w in ws]  # names keep their capitals: "United" is no verb
    eds = [i for i, w in enumerate(low) if _PARTICIPLE_PHRASE_RE2.fullmatch(w)]
    if any(not (i + 1 < len(low) and low[i + 1] == "by") for i in eds):
        return False  # "the council approved the plan": a past tense verb
    return bool(eds) or any(_PARTICIPLE_PHRASE_RE3.fullmatch(w) for w in low[1:])


# a cut right after a modal, an auxiliary or a subject pronoun: the clause's verb is missing
_CUT_BEFORE_VERB = re.compile(r"\b(?:would|will|could|can|should|may|might|must|shall|has|have|had|do|does|did|"
                              r"it|he|she|they|we|not)\W*…\W*$", re.I)
# words that need the next one: a cut never ends on one
_CUT_WORDS = ("of the a an to and or in for with on at by from that as than but is are was were be his her their "
              "its our my your this these those").split()
# (not the last letter of an initialism: "benefited more from the A.C.A. …" is no cut after "a", judged blind, E41c)
_CUT_AFTER_FUNCTION_WORD = re.compile(r"\s*\b(?<!\.)(?:" + "|".join(_CUT_WORDS) + r")[^\w…]*…", re.I)
_CUT_WORD_SET = frozenset(_CUT_WORDS)


_LEADING_SUBORDINATE = re.compile(r"^(?:even\s+if|even\s+though|if|although|though|while|whereas|when|whenever|"
                                  r"because|since|unless|until|after|before|as\s+long\s+as|despite|once)\b", re.I)


# words that lean on what came before in the quotation: a pronoun, "also", "too", "again", "such", "the same"
_LEANS_BACK = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themselves|it|its|"
                         r"itself|this|that|these|those|also|too|again|either|such|same|then|there|here|so|one|"
                         r"others?|another|both|former|latter|above|which|what)\b", re.I)


_EXISTENTIAL = re.compile(r"There\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|must)\b")
# where a quotation's sentences meet: a sentence's end, or an ellipsis before a capital ("… heart … I'm gonna")
_ELLIPSIS_JOIN = re.compile(r"\s*(?:…|\.\.\.)\s+(?=[A-Z])")


def quotation_sentences(text: str) -> list[str]:
    """The quotation's sentences, each stripped of quotation marks and spaces; a piece that ended at an
    ellipsis keeps no mark."""
    out: list[str] = []
    for sent in _SENTENCE_END.split(" ".join(text.split())):
        out.extend(p.strip(QUOTES + " ") for p in _ELLIPSIS_JOIN.split(sent))
    return [p for p in out if p]


def later_sentence(a: Attribution, max_words: int) -> str | None:
    """A whole later sentence of a direct quotation that stands on its own, its final stop dropped
    ("They are raising the fees. The ferry company has lost half of its passengers." -> "The ferry
    company has lost …"): a statement of 8 to ``max_words`` words (a short one is mostly a figure of
    speech whose referent is outside it: "The house of cards is falling down") opening on a capital, with
    a finite verb, no pronoun or word pointing back ("also", "such", "the same"), no question, no
    quotation inside (a phrase in quotation marks is someone's words the reader must know); None when
    no sentence after the first is such."""
    sents = quotation_sentences(unquote(a.content))
    for sent in sents[1:]:
        body = drop_final_period(sent.rstrip("!"))
        ws = body.split()
        if not 8 <= len(ws) <= max_words or body.endswith("?") or any(q in body for q in "\"“”‘") \
                or re.search(r"(?:^|\s)'", body):
            continue
        if not ws[0][:1].isupper() or ws[0].lower() in {"and", "but", "or", "so", "yet", "because", "which", "when"}:
            continue
        # "its" after the sentence's own subject is that subject's ("The ferry company has lost half of its …");
        # an opening "There is" points nowhere
        leans = [m for m in _LEANS_BACK.finditer(body) if not (m.group().lower() == "its" and m.start() > 0
                                                              and len(body[:m.start()].split()) >= 3)
                 and not (m.start() == 0 and _EXISTENTIAL.match(body))]
        opening_phrase = re.match(r"(?:By|For|With|From|As)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s", body)
        if leans or starts_with_context(body) or _FRAGMENT_START.match(body) and not opening_phrase \
                or _SENTENCE_ADVERB.match(body) or _KEEP_CONJUNCTION.match(body) or _DROP_CONJUNCTION.match(body):
            continue
        if not (_FINITE.search(body) or re.search(r"\b[a-z]{3,}(?:ed|s)\b", body)):
            continue
        return body
    return None


# a quotation that opens on a supposition ("Let's say …", "Suppose …", "Imagine …") states no claim
_SUPPOSITION = re.compile(r"(?:Let['’]s\s+say|Let\s+us\s+say|Say|Suppose|Supposing|Imagine|Assume|Assuming)\b")


def first_sentences(content: str, max_words: int) -> str | None:
    """A quotation too long for the stem, cut after its last whole sentence that fits (final stop
    dropped): "It is no small thing to close a road …. Nobody … and his office …" -> "It is no small
    thing to close a road …"; None when it fits whole or its first sentence does not, or the kept part
    is under 6 words or a question."""
    text = " ".join(content.split())
    if len(text.split()) <= max_words:
        return None
    sents = _SENTENCE_END.split(text)
    kept: list[str] = []
    for sent in sents[:-1]:
        if len(" ".join(kept + [sent]).split()) > max_words:
            break
        kept.append(sent)
    head = drop_final_period(" ".join(kept).rstrip(QUOTES + " "))
    if not kept or len(head.split()) < 6 or head.endswith("?") or not kept[-1].rstrip(QUOTES).endswith((".", "!")):
        return None
    return head.rstrip("!")


# a quotation's opening pronoun standing for someone the article names ("He will …", "Her tenure …"); not a
# contraction ("He's": is or has?)
_OPENING_PRONOUN = re.compile(r"(He|She|His|Her)\s+(?=[a-z])")


def _people_in(ctx: Context, start: int, end: int) -> list[list[Entity]]:
    """The people named between two offsets (name-shaped tagger persons), one list of mentions each."""
    groups: list[list[Entity]] = []
    for e in ctx.analysis.entities:
        if e.label != "PERSON" or not start <= e.span.start < end or not _name_shaped(e.text):
            continue
        home = next((g for g in groups if any(same_entity(x.text, e.text) for x in g)), None)
        if home is None:
            groups.append([e])
        else:
            home.append(e)
    return groups


def quoted_referent(ctx: Context, a: Attribution) -> str | None:
    """Whom a quotation's opening "He"/"She"/"His"/"Her" means, as the article writes the name ("Mr. Trump"),
    when that is plain: the one person of the pronoun's gender, the speaker aside (inside a quotation
    "he" is never the speaker), named in the quotation's paragraph or the one before, named before the
    quotation, and everyone else named there (or any other speaker of the article) of the other
    gender by the article's evidence or given name, with no unnamed "man"/"woman" of that gender there."""
    m = _OPENING_PRONOUN.match(unquote(a.content).strip())
    if m is None or not a.direct or not a.content_spans or not a.source:
        return None
    gender = "male" if m.group(1) in ("He", "His") else "female"
    c_start = min(s.start for s in a.content_spans)
    number = paragraph_at(ctx.article, c_start)
    if number is None:
        return None
    first, this = ctx.article.paragraph(max(1, number - 1)), ctx.article.paragraph(number)
    start, end = first.start, this.start + len(this.text)
    others = [g for g in _people_in(ctx, start, end) if not any(same_entity(x.text, a.source) for x in g)]
    genders = [next((x for x in (gender_of(ctx, e.text) or _person_gender(ctx, e.text) for e in g) if x), None)
               for g in others]
    mine = [g for g, x in zip(others, genders, strict=True) if x == gender]
    if len(mine) != 1 or any(x is None for x in genders):
        return None
    before = [e for e in mine[0] if e.span.end <= c_start]
    if not before or _UNNAMED_ONE.search(ctx.article.text[start:end]):
        return None
    last = before[-1]
    title = re.search(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", ctx.article.text[max(0, last.span.start - 6):last.span.start])
    titled = title is not None and (title.group(1) == "Mr") == (gender == "male")
    if _two_of_name(ctx, last.text) and not titled and len(last.text.split()) < 2:
        return None  # "Clinton" where Bill and Hillary Clinton are both named: "Mrs. Clinton" tells, "Clinton" not
    text = ctx.article.text
    for o in {o.source for o in ctx.analysis.attributions if o.source_kind == "person" and o.source}:
        surname = _last_name(o)
        if len(surname) > 2 and not any(same_entity(o, e.text) for g in [*others] for e in g) \
                and not same_entity(o, a.source) and re.search(r"\b" + re.escape(surname) + r"\b", text[start:end]):
            return None  # a speaker the tagger missed here: whom the pronoun means is not plain
    outside = text[start:c_start] + " " + text[max(s.end for s in a.content_spans):end]
    if (_UNNAMED_MAN if gender == "male" else _UNNAMED_WOMAN).search(outside):
        return None
    name = re.sub(r"['’]s$", "", last.text.strip())
    if titled and title is not None and len(name.split()) == 1:
        name = f"{title.group(1)}. {name}" if title.group(1) != "Miss" else f"Miss {name}"
    return f"{name}'s" if m.group(1) in ("His", "Her") else name


def _two_of_name(ctx: Context, name: str) -> bool:
    """Does the article name two people by this surname ("Mr. Clinton" and "Mrs. Clinton", "Bill Clinton" and
    "Hillary Clinton")? Then the surname alone in brackets may mean either."""
    surname = _surname(name)
    if surname_of_two(ctx.article.text, name):
        return True
    firsts = {e.text.split()[0] for e in ctx.analysis.entities if e.label == "PERSON" and len(e.text.split()) >= 2
              and _surname(e.text) == surname and e.text.split()[0][:1].isupper()}
    return len(firsts - set(_NAME_TITLES_CAP)) > 1


_NAME_TITLES_CAP = ("Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "President", "Senator", "Mr", "Mrs", "Ms")


def bracketed_quotation(ctx: Context, a: Attribution, max_words: int) -> str | None:
    """A quotation opening on "He"/"She"/"His"/"Her" with whom it means in brackets ('said, "[Mr. Trump]
    will crush you …"'), as a newspaper would print it, when :func:`quoted_referent` is plain; else None."""
    name = quoted_referent(ctx, a)
    if name is None:
        return None
    content = drop_final_period(unquote(a.content))
    content = _OPENING_PRONOUN.sub(lambda m: f"[{name}] ", content.strip(), count=1)
    if _SUPPOSITION.match(content):
        return None
    head = first_sentences(content, max_words - 4)
    if head is not None:
        return f"{say_verb(ctx, a)}, \"{inner_quotes(head)}…\""
    return f"{say_verb(ctx, a)}, {quote(content, max_words - 4)}"


# a verb that takes a named person or body and what it charges or credits them with ("accused Clinton of being …",
# "blamed Clinton for introducing …", "accused the Democratic National Committee of sabotaging …"): the verb
# phrase is the claim, though no clause follows it
_CHARGE_CUE = re.compile(r"(?:accus|blam|credit|prais|criticiz|criticis|fault|thank|chid|urg|ask)(?:ed|es|s)$",
                         re.I)
_CHARGED = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+|the\s+(?=[A-Z]))?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,2}"
                      r"\s+(?:of|for|with|to)\s+(?=[a-z])")


def charge_phrase(ctx: Context, a: Attribution, max_words: int) -> str | None:
    """The question body for a charge or a credit the source lays on a named person ("accused Clinton of
    being too reliant on Wall Street"), the cue right before its object, in the reporter's words; else
    None (no "accusing …": "who accusing …?" is no question)."""
    if a.direct or a.cue_span is None or not a.content_spans or not _CHARGE_CUE.match(a.cue.strip()):
        return None
    c_start, c_end = min(s.start for s in a.content_spans), max(s.end for s in a.content_spans)
    if ctx.article.text[a.cue_span.end:c_start].strip() or a.cue_span.start > c_start:
        return None
    content = unquote(a.content).strip()
    if not _CHARGED.match(content) or _FIRST_PERSON.search(content) or any(q in content for q in "\"“”"):
        return None
    if a.source_span is None or a.source_span.end > a.cue_span.start:
        return None  # "…, Sanders accused": the source must stand before its cue
    body = drop_final_period(ctx.article.text[a.cue_span.start:c_end].strip().rstrip(",;:"))
    body = singular_past(body, True)
    return truncate(body, max_words) if body and "\n" not in body else None


_WHO_PHRASE_RE = re.compile(r":\s*(?:[Tt]hat\s+)?$")
_WHO_PHRASE_RE2 = re.compile(r"That\s")
_WHO_PHRASE_RE4 = re.compile(r"\b(?:us|we|our)\b")


def _who_phrase(ctx: Context, a: Attribution, max_words: int = 26) -> str | None:
    """The question body "told reporters … that there were no …" (no "Who", no "?"), or None.

    The claim in it is exactly one attribution's content: direct speech in quotation marks, never
    the reporter's words mixed in, never a claim whose subject is a pronoun pointing outside it."""
    text = ctx.article.text
    if not a.content_spans or mixed_content(ctx, a) or opens_on_saying(a):
        return None
    if not a.direct and _CUE_INSIDE.search(unquote(a.content)):
        return None  # "data from the State Department, said that about 4 million …": the sentence's own cue
    if not a.direct and a.cue_span is not None and a.cue_span.end <= min(s.start for s in a.content_spans) and \
            _WHO_PHRASE_RE.search(text[a.cue_span.end:min(s.start for s in a.content_spans)]):
        return None  # judged blind (K30): '"This is the lie that Ted's campaign is built on," Rubio said: That
        # Cruz is more conservative …': after the colon, the writer's gloss of what the speaker calls a lie
    if not a.direct and _WHO_PHRASE_RE2.match(unquote(a.content).strip()):
        return None  # the same gloss, its "That" taken into the claim
    if dangling_pronoun(a) and not (self_claim(ctx, a) and not _END_PRONOUN.search(unquote(a.content))):
        # "he" is the speaker only when self_claim() is sure of it; a quotation may still be asked by a
        # later sentence of it that stands on its own
        later = later_sentence(a, max_words - 4) if a.direct else None
        if later:
            return f"{say_verb(ctx, a)}, \"…{later}\""
        return bracketed_quotation(ctx, a, max_words) if a.direct else None
    if cut_by_cue(ctx, a):
        return None  # "who said that the argument would be aided?": aided by what the sentence goes on to say
    charge = charge_phrase(ctx, a, max_words)
    if charge is not None:
        return charge
    if participle_phrase(a) and not label_call(ctx, a):
        return None  # "X said the prisoners released by the city.": no clause to judge
    if not a.direct and ((subjectless(a.content, objects=False) and not commitment_claim(a))
                         or conjunction_start(a.content) is None):
        return None  # "Sexton said, made him question …": the claim's subject was cut off
    if not a.direct and _REPORTER_RUNS_ON.search(unquote(a.content)):
        return None  # "… very hard for Romney to attend, but downplayed the issue": the reporter's words
    if verb_first_quotation(a):
        # "… that the panel last week 'gained access to …'": the quotation with its subject, or nothing
        lead = quotation_subject(ctx, a)
        if lead is None or "," in lead:
            return None  # judged blind (K41): "noted in an op-ed Thursday, the leading GOP candidate 'has …'" gave
            # "said that Thursday, the leading GOP candidate …": the subject ran back over the writer's comma
        rest = max(4, max_words - 6 - len(lead.split()))
        return f"{say_verb(ctx, a)} that {lead} {quote(drop_final_period(unquote(a.content)), rest)}"
    c_start = min(s.start for s in a.content_spans)
    c_end = max(s.end for s in a.content_spans)
    cue = a.cue_span
    bare = _OPENS_ON_SAYING_RE.sub("", unquote(a.content))
    if not a.direct and quoted_whole(ctx, a):
        # the ledger's indirect claim is a quotation ("said \"the fund is empty\""): shown in its marks
        return f"{say_verb(ctx, a)}, {quote(drop_final_period(bare), max_words - 4)}"
    own_words = _OWN_WORDS_START.match(bare) or (
        bare[:1].isupper() and bare.split(" ", 1)[0].lower() in _COMMON_FIRST | {"all"})
    if own_words and not a.direct and cue is not None and cue.start < c_start:
        # "Baker said (that) You have all these people …": the speaker's own words, so a quotation
        verb = singular_past(a.cue.strip(), True)
        return f"{verb}, {quote(drop_final_period(bare), max_words - 4)}" if verb else None
    if (
        cue is not None
        and not a.direct
        and cue.start < c_start
        and not a.cue.lower().startswith("according")
        and (a.source_span is None or a.source_span.end <= cue.start)
        and c_start - cue.end <= 60
    ):
        body = text[cue.start:c_end]
        if _FIRST_PERSON.search(body) or _WHO_PHRASE_RE4.search(text[cue.end:c_start]):
            return None  # "promised us lower taxes and my bill has gone up": the writer's words, not the source's
        if "\n" not in body and body.count('"') % 2 == 0 and body.count("“") == body.count("”"):
            # "who" takes a singular verb whatever the source ("Cruz's lawyers defend" -> "who defends")
            agreed = singular_past(body.strip(), True)
            return truncate(drop_final_period(agreed.rstrip(",;:")), max_words) if agreed else None
    content = drop_final_period(unquote(a.content))
    if a.direct and _SUPPOSITION.match(content):
        return None  # "Let's say they're in the majority …": a supposition, no claim of the speaker's
    if a.direct:
        head = first_sentences(content, max_words - 4)
        if head is not None:
            return f"{say_verb(ctx, a)}, \"{inner_quotes(head)}…\""
        return f"{say_verb(ctx, a)}, {quote(content, max_words - 4)}"
    if claim_like(a):
        if far_from_cue(ctx, a):
            return None  # "Orwell explained …: Socialism is …, egged on by … the lies hucksters tell them"
        content = conjunction_start(_OPENS_ON_SAYING_RE.sub("", content)) or ""
        if not content or subjectless(content):
            return None  # "said that itself to be …": the object of a verb the stem leaves out
        if _SENTENCE_ADVERB.match(content):
            return None  # "said that Still Republicans …": the sentence's own opening word, capital and all
        content = _quoted_opening_lowered(ctx, a, content)
        return f"{say_verb(ctx, a)} that {truncate(lower_first(content), max_words - 2)}"
    return None


# indirect words that run on into the reporter's: a second verb with no subject after "but"/"and"
# ("Trump has said that … it would be very hard for Romney to attend, but downplayed the issue"), or
# another party's view ("…, but for Republicans, it is a smoking gun")
_REPORTER_RUNS_ON = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:then\s+|also\s+|later\s+)?"
                               r"(?:[a-z]{3,}ed|said|told|wrote|took|made|gave)\b(?!\s+(?:by|that)\b)|"
                               r",\s*but\s+(?:for|to)\s+(?:many\s+|most\s+|some\s+)?[A-Z]")


# a capitalised word that opens the writer's sentence, not the claim ("Still Republicans … could use it, Lee said")
_SENTENCE_ADVERB = re.compile(r"(?:Still|However|Also|Now|Instead|Meanwhile|Indeed|Moreover|Nonetheless|"
                              r"Nevertheless|Besides|Otherwise|Thus|Hence|Then|Again|Anyway|Finally|Ultimately)\b")
_COMMON_FIRST = frozenset("there the a an it this these those that we they he she our their his her its in on at "
                          "if when while after before as for some many most all no not every each one there's "
                          "it's we're they're by with from without to during under over since until".split())
# more words that never start a name, lower case inside a sentence ("said that given Sanders' success …")
_LOWER_INSIDE = _COMMON_FIRST | frozenset("given despite although though because unless whether once even only just "
                                          "many several both either neither any "
                                          # a figure's opening words ("said that More than 1.5 million …", T32)
                                          "more less fewer nearly almost roughly about half".split())


def _quoted_opening_lowered(ctx: Context, a: Attribution, content: str) -> str:
    """'"Boots on the ground" would be appropriate, Carson said': the quoted phrase opens the writer's sentence,
    so its capital is the sentence's; inside "who said that …?" it is lower case (judged blind, E41: "who said that
    Boots on the ground …?"), unless the word is a name (capitalised elsewhere inside a sentence, or a name's)."""
    raw = a.content.lstrip()
    m = re.match(r"[\"“‘']([A-Z][a-z]+)\b", raw)
    if m is None and a.content_spans:
        # "Teenage undergraduates … might not be so lucky, according to Jason Delisle": unquoted words opening
        # the writer's sentence carry its capital too (K42 snapshot: "who said that Teenage undergraduates …?")
        sent = sentence_at(ctx.analysis, a.content_spans[0].start)
        opens = sent is not None and not ctx.article.text[sent.span.start:a.content_spans[0].start].strip(" \"“‘'")
        m = re.match(r"([A-Z][a-z]+)\b", raw) if opens else None
    if m is None or not content.startswith(m.group(1)):
        return content
    word = m.group(1)
    if any(word in e.text.split() for e in ctx.analysis.entities):
        return content
    if re.search(r"[a-z,;]\s+[\"“‘']?" + word + r"\b", ctx.article.text):
        return content  # written with its capital mid-sentence: a name
    return word.lower() + content[len(word):]


def lower_first(text: str) -> str:
    """"There is …" inside a sentence is "there is …"; names ("Trump", "I") keep their capital."""
    first = text.split(" ", 1)[0]
    if first.lower().replace("’", "'") in _LOWER_INSIDE and first[:1].isupper():
        return first[:1].lower() + text[1:]
    if re.fullmatch(r"[A-Z][a-z]{2,}ing", first) and " " in text:
        return first[:1].lower() + text[1:]  # "Bringing the show back … feels …": a gerund subject, no name
    return text


def claim_like(a: Attribution) -> bool:
    """The content is a statement on its own (quoted, or after "say"/"according to"), not an object."""
    return (a.direct or bool(_CLAUSE_CUES.match(a.cue.strip())) or a.cue.lower().startswith("according")
            or declared_clause(a))


# "declared" (and "has declared"): a verb of saying that takes either a clause ("declared Marsh was a leader of the
# plot") or only an object ("declared victory", "declared a state of emergency")
_DECLARED_CUE = re.compile(r"(?:(?:has|have|had)\s+)?declar(?:e|es|ed|ing)$", re.I)
# a relative word before the verb: the verb is inside an object's own clause ("war on the group that has killed …")
_RELATIVE_WORD = frozenset("that which who whom whose where when".split())


def declared_clause(a: Attribution) -> bool:
    """Does "declared" introduce a clause of its own: a subject, then a finite verb within its first six words and
    before any relative word ("declared Ivo Marsh was a leader of the plot", "declared that the results were
    final")? Not an object alone ("declared victory", "declared war on the group that has killed …")."""
    if a.direct or not _DECLARED_CUE.match(a.cue.strip()):
        return False
    body = re.sub(r"^that\s+", "", unquote(a.content).strip())
    if subjectless(body):
        return False
    words = body.split()[:6]
    for i, w in enumerate(words):
        bare = w.strip(",;:\"“”‘’'()").lower()
        if bare in _RELATIVE_WORD and i > 0:
            return False
        if i > 0 and _FINITE.fullmatch(bare):
            return True
    return False


_FRAGMENT_START = re.compile(r"^(?:who|which|whom|whose|to|and|but|or|has|have|had|is|are|was|were|being|of|for|"
                             r"with|by|from|as|than|because|if|why|how|what|when|where)\b", re.I)


# a sentence's end, not an abbreviation's full stop ("… if Mr. Obama opted …" is one sentence)
# the cheap test first: most positions follow no full stop, so the abbreviations are looked at only after one
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bJr\.)(?<!\bSr\.)"
                           r"(?<!\bMrs\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\b[A-Z]\.)\s+(?=[A-Z\"“])")


@lru_cache(maxsize=4096)
def claim_text(a: Attribution, max_words: int = 16) -> str | None:
    """A source's claim as an option: a whole statement ("China does not seek to replace the U.S."),
    its first sentence, shortened only at a clause boundary; None when the content is no statement
    on its own ("who show …", "has announced …", the object of "described")."""
    if not claim_like(a) or characterisation(a):
        return None
    words = reported_words(a)
    if words is None:
        return None  # "… on Monday": the day of the claim or of its saying, unsure
    content = conjunction_start(re.sub(r"^that\s+", "", unquote(words))) or ""
    content = _SENTENCE_END.split(content)[0]
    if _QUOTE_AND_PARTICIPLE.search(words):
        return None  # judged blind: 'The struggle continues" and vowing to compete …' is no sentence
    if _FRAGMENT_START.match(content) or len(content.split()) < 4 or title_like(content) or subjectless(content) \
            or word_list(content):
        return None  # "who show …", "made him doubt …": no subject of its own
    if _WH_START.match(content) or open_ended(content):
        return None  # "why many … had not passed", "areas … include": no statement
    if _CUE_INSIDE.search(content):
        return None  # "data from the State Department, said that about 4 million …" (of "Salceda, citing data
        # from …, said that …"): the sentence's own cue inside the claim, no statement of anyone's
    short = clause_shorten(content, max_words)
    return sentence_case(short) if short else None


_TITLE_SMALL = frozenset("a an the of and or in on at to for with by from as de la".split())

# a list item: a word or three, no clause ("non-Latino", "hill people")
_LIST_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_WORD_LIST = re.compile(rf"{_LIST_ITEM}(?:\s*,\s*(?:(?:and|or)\s+)?{_LIST_ITEM}|\s+(?:and|or)\s+{_LIST_ITEM})+")


# a verb of saying after a comma, outside quotation marks, with "that" after it: the sentence's cue, left inside
_CUE_INSIDE = re.compile(r"^[^\"“”]*,\s+(?:said|says|told \w+|added|argued|noted|wrote)\s+that\b")


@lru_cache(maxsize=4096)
def word_list(text: str) -> bool:
    """Is the text a bare list of words ("Latino, non-Latino, Mexican, non-Mexican, Caucasian"), three items
    or more and no finite verb: a label, not a statement to match with its speaker (judged blind, J11)?"""
    bare = unquote(text).strip().strip(",;:.!?\"“”‘’' ")
    if not _WORD_LIST.fullmatch(bare) or _FINITE.search(bare):
        return False
    return len(re.split(r"\s*,\s*|\s+(?:and|or)\s+", bare)) >= 3


@lru_cache(maxsize=4096)
def title_like(text: str) -> bool:
    """Is the text a title ("A Child's First Book of Trump"), not a clause? Most of its words
    are capitalised, or it is one word run together ("TrumpNation")."""
    ws = re.findall(r"[A-Za-z][\w'’-]*", unquote(text))
    if len(ws) <= 1:
        return True
    big = [w for w in ws if w.lower() not in _TITLE_SMALL]
    return bool(big) and sum(w[:1].isupper() for w in big) >= 0.7 * len(big)


_TITLED = re.compile(r"\b(?:book|books|novel|memoir|film|movie|show|song|album|titled|entitled|called|named|"
                     r"dubbed|headlined)\W*$", re.I)


def titled_work(ctx: Context, a: Attribution) -> bool:
    """Is the content a work's title: after "book", "titled", "called" ("his book 'TrumpNation'")? Never a
    label the source gave ("has called climate change a hoax …": :func:`label_call`)."""
    if not a.content_spans:
        return True
    start = a.content_spans[0].start
    return bool(_TITLED.search(ctx.article.text[max(0, start - 30):start])) and not label_call(ctx, a)


# what a source called something: an object of one to four words (never a pronoun, nor "for"/"on" of "called for",
# "called on") and then its label, "a"/"an" and a word in lower case ("climate change a hoax …")
_LABELLED = re.compile(r"(?![Hh]im\b|[Hh]er\b|[Ii]t\b|[Tt]hem\b|[Tt]his\b|[Tt]hat\b|[Tt]hese\b|[Tt]hose\b|[Mm]e\b|"
                       r"[Uu]s\b|[Yy]ou\b|\w+self\b|\w+selves\b|for\b|on\b|off\b|up\b|out\b|in\b|back\b|to\b)"
                       r"(?:[\w'’.-]+\s+){1,4}?(?:a|an)\s+[a-z]")


def label_call(ctx: Context, a: Attribution) -> bool:
    """Is the claim a label the source gave, in the reporter's words ("Trump has called climate change a hoax
    perpetrated by …")? The cue "called" right before the content, the content an object and its label: asked
    as "who has called climate change a hoax …?", though no clause follows the cue."""
    if a.direct or a.cue_span is None or not a.content_spans:
        return False
    if not re.fullmatch(r"(?:(?:has|have|had)\s+)?(?:called|calls)", a.cue.strip(), re.I):
        return False
    content = unquote(a.content).strip()
    if ctx.article.text[a.cue_span.end:a.content_spans[0].start].strip() or "\n" in content:
        return False
    return _LABELLED.match(content) is not None and not title_like(content) and not _FIRST_PERSON.search(content)


def matching_pairs(ctx: Context, picked: list[Attribution]) -> tuple[list[str], list[str], list[list[int]]]:
    """Prompts (sources), shuffled options (their claims) and the key pairs of a matching item."""
    prompts = [source_label(a) for a in picked]
    claims = [claim_option(ctx, a) or "" for a in picked]  # callers pick only sources whose claim is a statement
    order = list(range(len(claims)))
    ctx.rng.shuffle(order)
    # no claim beside its own source (a key of 0-0, 1-1, 2-2 reads as unshuffled, judged blind): reshuffled
    # by the seeded rng, or turned one place on
    for _ in range(8):
        if all(o != i for i, o in enumerate(order)):
            break
        ctx.rng.shuffle(order)
    else:
        order = [(i + 1) % len(order) for i in range(len(order))]
    options = [claims[i] for i in order]
    answer = [[i, order.index(i)] for i in range(len(picked))]
    return prompts, options, answer


def _generic(label: str) -> bool:
    """"People", "Others", "Woman": no answer a student can pick out as a source."""
    words = label.lower().split()
    return len(words) == 1 and (words[0] in {"people", "others", "some", "many", "someone", "somebody", "media"}
                                or not words[0].endswith("s") and not label[:1].isupper())


@by_identity
def gives_speaker(a: Attribution, body: str) -> bool:
    """Does a question body name its speaker ("… , Lee said, …") or say "X said" past its own
    cue? Then the stem gives the answer away."""
    names = name_tokens(a.source) | name_tokens(a.source_text) | name_tokens(source_label(a))
    return bool(names & name_tokens(body)) or bool(_SPEAKER_IN_BODY.search(" " + body.split(" ", 1)[-1]))


_DATA_WORDS = frozenset("poll polls survey surveys figures data numbers statistics records estimates projections "
                        "count counts results study studies report reports census tally".split())


def relay_is_data(relay: str) -> bool:
    """Is the "relay" data ("Polls", "figures from the census")? Data never relays a person's words."""
    return bool(set(re.findall(r"[a-z]+", relay.lower())) & _DATA_WORDS)


def relay_ok(relay: str) -> bool:
    """A relay that can pass on someone's words: a named outlet or agency, not data or a lower-case
    phrase ("polls", "the figures")."""
    return bool(relay.strip()[:1].isupper()) and not relay_is_data(relay)


_SHARED_VIEW = re.compile(r"(?:^|[.;!?]\s+|\n)\W*(?:Like|Just like|As did|Along with|Echoing)\s+[A-Z][^.;\n]{0,40},|"
                          r"\b(?:as did|echoing|joining|along with)\s+[A-Z][a-z]")


# a speaker named as one of a group that made the claim ("Democrats -- including Clinton -- accused …")
_ONE_OF_MANY = re.compile(r"\b(?:including|among them|such as|notably|especially|like)\s*(?:--|—|–|,)?\s*$", re.I)
_MEMBER_NAMED = re.compile(r"\b(?:including|among them|such as)\b", re.I)
# the words just said credited to someone else: "X attributed this to Y", "she heard it from Y", "a story Y first told"
_PASSED_ON = re.compile(r"\b(?:attribut|credit)(?:ed|es|ing) (?:this|that|it|the (?:account|remark|story|quote|"
                        r"comment|claim|anecdote|words?)) to\b|"
                        r"\b(?:heard|learned|learnt|got) (?:this|that|it|the story) from\b", re.I)


# a relative clause in the reporter's words giving another source's view
_OTHERS_SAY = re.compile(r",\s+(?:which|who|whom)\b[^,]*\b(?:said|say|says|reported|believed?|believes)\b")


_WHO_SAID_RE = re.compile(r"\d")


def who_said(ctx: Context, a: Attribution) -> Item | None:
    """MC: "According to ¶N, who …?" with other sources of the article as distractors."""
    asked = who_said_stem(ctx, a)
    if asked is None:
        return None
    stem, body, sups, sup = asked
    keyed = source_label(a)
    groups = [source_label(o) for o in ctx.analysis.attributions if o.source_kind == "unnamed_group"
              and not (o.source or "").isupper()]  # "WHO" is a named body the ledger calls a group
    gender = None
    if stem_genders(body):
        # "who promised her entire program …", "who described himself as …": every option must fit
        # the pronoun, so all are of the keyed person's gender, as the article tells it
        gender = gender_of(ctx, a.source) if a.source_kind == "person" else None
        if gender is None:
            return None
    got = speaker_options(ctx, a, 6, stem=stem, avoid=groups + modifier_names(a), gender=gender)
    if got is None:
        return None  # "As a woman …" keyed to a person the article shows of no gender, or of another
    # judged blind (J2): "EB-5", a visa programme the tagger took for a body, offered as a speaker
    # a name garbled in the text ("Stefan KA\u0303\x83…") is skipped for the next one, not printed
    distractors = [d for d in got if not (_generic(d) or d.lower() in _GROUP_WORDS or _WHO_SAID_RE.search(d)
                                          or garbled(d))][:3]
    if len(distractors) < 3:
        return None
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    via = f" (as reported by {a.relay})" if a.relay else ""
    explanation = f"{cite(sup)} — the article attributes this to {keyed}{via}."
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, sups,
                     difficulty="easy" if a.direct else "medium")


def condition_cut(ctx: Context, a: Attribution) -> bool:
    """Does a condition or a reason open right before the claim's words, outside them ('He said that if "the final
    ruling requires us to …, we will appeal."')? The claim shown without its "if" says what was never said."""
    return bool(a.content_spans) and _CONDITION_BEFORE.search(
        ctx.article.text[max(0, a.content_spans[0].start - 16):a.content_spans[0].start]) is not None


# a condition or a reason opening right before the claim's words ("said that if \"…\"", "said that when …")
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|whenever|whether|once|until|because|although|though)\s*"
                               r"[\"“'‘]?\s*$", re.I)


@by_identity
def who_said_stem(ctx: Context, a: Attribution) -> tuple[str, str, list[Support], Support] | None:
    """The "According to ¶N, who …?" stem of :func:`who_said` (with its body, the supports naming the speaker
    and the claim's support), when every test of the claim and its speaker passes; None otherwise."""
    if a.source_confidence < CONFIDENT or at_quote_boundary(ctx, a) or (a.relay and not relay_ok(a.relay)):
        return None  # the keyed speaker must be sure; "as reported by Polls" is no parse to trust
    if mention_names_another(ctx, a) or not_a_sourced_claim(ctx, a):
        return None
    if title_like(a.content) or word_list(a.content) or titled_work(ctx, a):
        return None  # "TrumpNation", a book's title: no claim
    if condition_cut(ctx, a):
        return None
    body = who_phrase(ctx, a)
    if body is not None and gives_speaker(a, body):
        return None
    if body is not None and not a.direct and re.match(r"^[\w'’-]+,\s(?![\"“])", body):
        return None  # judged blind (J2): "who argues, there are other tools …": a cue set inside the sentence
        # ("If this fails, Mr. C argues, there are …") leaves half of the claim before it
    sup = attribution_support(ctx.article, a)
    if body is None or sup is None or not (speech_cue(a) or colon_quotation(ctx, a)) or a.source_kind == "document":
        return None
    if _SHARED_VIEW.search(ctx.article.text[max(0, sup.start - 80):sup.end]):
        return None  # "Like Corker, Menendez also rejected …": two people said it, so two options are right
    if re.match(r"\W*(?:who|whom|whose|which)\b", sup.text):
        return None  # judged blind (K41): the cited passage "who told Congress when asked …" leaves out whom "who"
        # stands for, so neither it nor the explanation shows the speaker
    if a.source_span is not None and (_ONE_OF_MANY.search(ctx.article.text[max(0, a.source_span.start - 40):
                                                                            a.source_span.start])
                                      or _MEMBER_NAMED.search(a.source_text)):
        return None  # judged blind (K36): "Democrats -- including Clinton -- accused Trump of …" keyed Clinton, while
        # Clinton's campaign manager, quoted next, is one of those Democrats too
    if _PASSED_ON.search(ctx.article.text[sup.end:sup.end + 300].split("\n", 1)[0]):
        return None  # judged blind (E36): "Mr. Ross said Mr. Obama had told … Mr. Ross attributed this to Malcolm
        # Hoenlein": the account is Hoenlein's too, and he tells it himself later; two options are right
    if _FRAGMENT_START.match(re.sub(r"^that\s+", "", unquote(a.content))) and not a.direct and not commitment_claim(a):
        return None  # "who explained why: Potential benefits …"
    body = cut_cleanly(a, body)
    if body is None:
        return None
    if not a.direct and _OTHERS_SAY.search(body):
        return None  # "…, which French officials have said was responsible …": another source's words inside
    named_at = naming_support(ctx, a, sup)
    if named_at is None:
        return None
    sups, where = named_at
    # a quotation ending in its own question or exclamation mark ('… all those stories, right?"') ends the stem
    # itself (judged blind, K37: '…right?"?')
    stem = f"According to {where}, who {body}{_stem_mark(body)}"
    keyed = source_label(a)
    if name_tokens(keyed) & name_tokens(body) or name_between(ctx, a) or _generic(a.source or keyed):
        return None
    # all options of one form: named sources beside a named source ("Others" among three names
    # gives the answer away); another unnamed group is never offered beside an unnamed group (they
    # may be the same people), so an unnamed group gets no who-said item
    if a.source_kind == "unnamed_group" or _generic(keyed) or keyed.lower() in _GROUP_WORDS:
        return None
    return stem, body, sups, sup


@by_identity
def cut_cleanly(a: Attribution, body: str) -> str | None:
    """The question body as a stem shows it: a cut never ends on a word that needs the next one, and
    a body cut before its verb, between an owner and what is owned, or (a paraphrase) before the claim's
    own verb is None; a final comma or stop is dropped. For "who said …?" and "give the person's name"
    alike."""
    if "…" in body:  # every test of a cut matches at an ellipsis: a body with none is cut nowhere
        # judged blind (P1): '"… because he's the party nominee … I…"': a next piece of the quotation cut after a word
        # or two reads as a glitch; the stem ends where the piece before it ends
        body = _STUB_PIECE.sub(r" …\1", body)
        while _ends_on_function_word(body) and _CUT_AFTER_FUNCTION_WORD.search(body):
            # "… the future of…?": a cut never ends on a word that needs the next one
            body = _CUT_AFTER_FUNCTION_WORD.sub("…", body, count=1).replace(" …", "…")
        if _CUT_AT_OWNER.search(body):
            return None  # "… following deposing Muammar Gaddafi's…?": cut between an owner and what is owned
        if _CUT_BEFORE_VERB.search(body):
            return None  # judged blind (J3): "… and suggested that it would…?": a clause cut before its verb
        if that_clause_cut(body):
            return None  # judged blind (T7): "who thought that … and that the result, as he later explained…?": the
            # last "that" clause cut before its verb, an aside left open
        if not a.direct and cut_in_own_words(body):
            return None  # "who said Trump's tweet saying African-Americans will vote … while…?": the claim's own
            # verb ("meant that …") lay past the cut, so the stem never said what was said
    # 'who said that Carson is a "good, decent man,"?'; an abbreviation keeps its stop ("replace the U.S.?")
    return _FINAL_STOP.sub("", body)


_CUT_AT_OWNER = re.compile(r"\w['’]s\W*…")
# a last piece of one or two words between a joining "…" and the cut's own "…" at the end
_STUB_PIECE = re.compile(r" … [^\s…]+(?: [^\s…]+)?…([\"”’'])$")
# an aside a cut leaves open at the end of a clause (", as he later explained…", ", who …")
_OPEN_ASIDE = re.compile(r",\s*(?:as|who|which|where|when|according)\b[^,]*$", re.I)
_PAST_VERB = re.compile(r"\b[a-z]{2,}ed\b")


def that_clause_cut(body: str) -> bool:
    """Is the body cut ("…") inside its last "that" clause right after the clause's subject, an aside left open or not
    ("and that the result, as he later explained…")? A clause with a verb before the cut stays."""
    at = body.rfind("…")
    if at < 0:
        return False
    head = body[:at]
    starts = [m.end() for m in re.finditer(r"\bthat\s+", head)]
    if not starts:
        return False
    tail = _OPEN_ASIDE.sub("", head[starts[-1]:])
    # a subject of a few words and nothing after it ("the result"): a longer run may hold a verb no list knows ("prices
    # rose sharply …")
    return 0 < len(tail.split()) <= 4 and not _FINITE.search(tail) and not _PAST_VERB.search(tail)
_FOLDS_ODDLY = frozenset("\u0130\u0131\u017f\u212a")  # letters re.I matches to ASCII ones ("ſ" to "s")


def _ends_on_function_word(body: str) -> bool:
    """Can :data:`_CUT_AFTER_FUNCTION_WORD` match in ``body``: does some "…" follow (after no word character
    and no other "…") a whole word of :data:`_CUT_WORDS`, in any case? Read with str methods: the pattern,
    tried at every character with IGNORECASE, cost more than the rest of a who-said item. A body holding a
    letter :data:`_FOLDS_ODDLY` is left to the pattern."""
    if not body.isascii() and not _FOLDS_ODDLY.isdisjoint(body):
        return True
    at = body.find("…")
    while at >= 0:
        j = at
        while j > 0 and body[j - 1] != "…" and not (body[j - 1].isalnum() or body[j - 1] == "_"):
            j -= 1
        k = j
        while k > 0 and (body[k - 1].isalnum() or body[k - 1] == "_"):
            k -= 1
        if k < j and body[k:j].lower() in _CUT_WORD_SET and not (k > 0 and body[k - 1] == "."):
            return True  # (not the last letter of an initialism, "A.C.A. …", as the pattern)
        at = body.find("…", at + 1)
    return False
_FINAL_STOP = re.compile(r"(?<![A-Z]\.[A-Z])[,;:.]+(?=[\"”’']*$)")


def asks_who(ctx: Context, a: Attribution) -> bool:
    """Will the attribution skill ask who made this claim ("According to ¶5, who said …?", "Give the
    person's name")? Then a name gap on the same sentence keying the same person asks it twice."""
    if a.source_confidence < CONFIDENT or not (speech_cue(a) or colon_quotation(ctx, a)):
        return False
    if not_a_sourced_claim(ctx, a):
        return False
    body = who_phrase(ctx, a)
    return body is not None and not gives_speaker(a, body)


_GROUP_WORDS = frozenset("others some many critics officials activists experts people observers analysts residents "
                         "voters supporters opponents".split())


def personal_name(label: str) -> bool:
    """A person's name as written ("Madeleine Kunin", "Dr. Mary Poe"), not a group ("Cruz's lawyers",
    "his aides") or a role ("the governor")."""
    ws = label.split()
    if not ws or "'s" in label or "’s" in label:
        return False
    if not ws[-1][:1].isupper():
        return False  # "Cruz lawyers", "his aides": the head is a common noun
    return all(w[:1].isupper() or w.lower() in _NAME_LINKS for w in ws)


# "what X called …": the naming verb's object is "what", so the words after it name no complement
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w.'’-]+\s+){0,8}$")
_NAME_LINKS = frozenset("de da del der di du la le van von bin ibn el al jr. jr sr. sr".split())


def _pronoun_mention(a: Attribution) -> bool:
    """Is the speaker's mention at the cue a bare "he"/"she" the ledger (or :func:`pronoun_speaker_sure`) resolved
    surely to a person? Its lower-case head is no group's ("Cruz's lawyers"): the person is named in an earlier
    sentence, which the item cites, as "who said …?" does."""
    return (a.source_text or "").strip().lower() in ("he", "she") and a.source_confidence >= CONFIDENT


def name_the_source(ctx: Context, a: Attribution) -> Item | None:
    """Short answer: name the person who made a claim (surname accepted)."""
    if a.source_kind != "person" or not personal_name(a.source) or not (
            (a.source_text or a.source).rstrip(",. ").split()[-1][:1].isupper() or _pronoun_mention(a)):
        return None  # "Cruz's lawyers" is a group: no "person's name" to give (a sure "he"/"she" stands for one)
    if a.source.isupper() or len(a.source.split()) < 2:
        return None  # judged blind (J2): a transcript's "WALLACE:" accepted only "WALLACE", not "Chris Wallace"
    if mention_names_another(ctx, a):
        return None  # "Even Rendell, a stalwart Clinton": the ledger's speaker may be the wrong one
    if not_a_sourced_claim(ctx, a):
        return None  # "who decries super PACs?": the reporter's summary of a stance, no claim of a source
    if a.source_confidence < CONFIDENT or object_of_verdict(ctx, a) or (
            a.cue.strip().endswith("ing") and a.cue.strip().lower() not in _PARTICIPLES
            and not _SPEECH_CUES.match(a.cue.strip())):
        return None  # "praised Cruz for showing '…'": the quoted words are the praiser's, not Cruz's
    if condition_cut(ctx, a):
        return None  # 'said that if "the ruling requires …, we will appeal"': the stem would drop the "if"
    if _NAMING_CUE.search(a.cue) and a.source_span is not None and _WHAT_BEFORE.search(
            ctx.article.text[max(0, a.source_span.start - 80):a.source_span.start]):
        return None  # judged blind: "to denounce what Malcolm Turnbull called North Korea's 'reckless, provocative,
        # dangerous' actions" asked "who called North Korea's '…' actions?": a stem with no complement
    body = who_phrase(ctx, a)
    sup = attribution_support(ctx.article, a)
    if body is None or sup is None or gives_speaker(a, body) or not_a_statement(ctx, a, body):
        return None  # "who said that why many …?", "who said areas … include?": no statement (judged blind)
    if not a.direct and re.match(r"^[\w'’-]+,\s(?![\"“])", body):
        return None  # judged blind (E41c): "who said, that Mrs. Clinton, who has had a similar emphasis …?" of "It is
        # no surprise, Mr. Garin said, that …": a cue set inside the sentence leaves half of the claim before it
    body = cut_cleanly(a, body)  # "… which is why we…?": cut as "who said …?" never is
    if body is None:
        return None
    named_at = naming_support(ctx, a, sup)
    if named_at is None:
        return None
    sups, where = named_at
    stem = f"According to {where}, who {body}{_stem_mark(body)} Give the person's name."
    name = without_job_word(a.source)  # "Comedian Sarah Silverman": the name is "Sarah Silverman"
    accepted = [name]
    parts = without_suffix(name).split()  # "Brent Bozell III": "Bozell" is the surname, never "III"
    if len(parts) > 1 and " ".join(parts) != name:
        accepted.append(" ".join(parts))
    if len(parts) == 3 and re.fullmatch(r"[A-Z]\.?", parts[1]):
        accepted.append(f"{parts[0]} {parts[2]}")  # "Donald J. Trump": "Donald Trump" is his first and last name
    # the surname alone only when no other person of the article bears it ("Trump" for Eric Trump in an
    # article about Donald Trump's gifts would credit the wrong Trump: judged blind)
    people = {without_job_word(e.text.strip()) for e in ctx.analysis.entities if e.label == "PERSON"} | \
        {without_job_word(o.source) for o in ctx.analysis.attributions if o.source_kind == "person" and o.source}
    shared = len(parts) > 1 and any(len(p.split()) > 1 and p.split()[-1] == parts[-1]
                                    and p.split()[0].rstrip(".") not in (parts[0], "Mr", "Mrs", "Ms", "Dr")
                                    and not p.startswith(parts[0][:1] + ".") for p in people)
    if shared:
        # "Clinton" alone may be Bill or Hillary: the stem asks for the first and last name, so the
        # natural answer "Clinton" is not marked wrong against a question that never asked for more
        # (judged blind: only "Hillary Clinton" accepted, Bill Clinton also in the article)
        stem = stem.replace("Give the person's name.", "Give the person's first and last name.")
    # how the article itself names the person: "Ban" and "Mr. Ban" for "Ban Ki-moon" written "Mr. Ban", never
    # the given name "Ki-moon" alone (judged blind)
    titled, given = honorific_name_forms("\n".join(p.text for p in ctx.article.paragraphs), " ".join(parts))
    if len(parts) > 1 and not shared and parts[-1] not in given:
        accepted.append(parts[-1])
    if not shared:
        accepted.extend(f for f in titled if f not in accepted)
    for other in ctx.analysis.attributions:
        # other mentions of the person as written, when they are names ("Mr. Hale", never "He")
        if shared and parts[0].lower() not in other.source_text.lower():
            continue  # "Mr. Trump" may be either Trump
        if other.source_text.strip() in given:
            continue
        if other.source == a.source and other.source_text and name_answer(other.source_text, a.source):
            if norm(other.source_text) not in {norm(x) for x in accepted} and len(other.source_text) < 60:
                accepted.append(other.source_text)
    if name != a.source and norm(a.source) not in {norm(x) for x in accepted}:
        accepted.append(a.source)  # the job word too, as the article wrote it ("Comedian Sarah Silverman")
    # the longer forms of the name the article writes ("Luis Inacio Lula da Silva" for "Inacio Lula"): judged blind
    # (W3), a student's "Lula da Silva" was refused
    whole = re.compile(rf"(?<![\w-]){re.escape(' '.join(parts))}(?![\w-])")
    for e in ctx.analysis.entities:
        text = without_job_word(e.text.strip())
        if e.label != "PERSON" or len(text) >= 60 or not whole.search(text):
            continue
        words = text.split()
        # and its tails from the name's last word on ("Lula da Silva"), a family name written with its particles
        tails = [" ".join(words[i:]) for i in range(1, len(words) - 1)
                 if words[i][:1].isupper() and parts[-1] in words[i:]]
        for form in (text, *tails):
            if norm(form) not in {norm(x) for x in accepted}:
                accepted.append(form)
    explanation = f"{cite(sup)} — {name} is the source."
    return make_item(SKILL, "short_answer", stem, [], accepted, explanation, sups)


def what_did_say(ctx: Context, a: Attribution) -> Item | None:
    """MC: "According to the article, which of these did X say?" with other sources' claims; claims
    of up to 16 words, or of up to 22 when the shorter ones give no item (a speech of long sentences)."""
    if not a.source[:1].isupper():
        return None  # "which of these did Newspaper say?": a common noun is no name to ask about
    if a.source_kind in ("government", "organisation"):
        return None  # a body speaks through its people: "which of these did Chinese government say?" offered what the
        # foreign ministry's spokeswoman, Hua Chunying, said, as true of the government as the key (seen in the e2e
        # teacher's lesson of the shared Pompeo article)
    sup = attribution_support(ctx.article, a)
    if sup is not None and _RELAYED_BY.search(sup.text):
        return None  # judged blind (J4): '"…," Grayson said, according to Frankel.' asked as what Frankel said
    short = _what_did_say(ctx, a, 16)
    if short is not None or a.source_kind != "person":
        return short  # an outlet's long "claims" are mostly the reporter's narration it is credited with
    return _what_did_say(ctx, a, _LONG_OPTION)


_LONG_OPTION = 22
# a speech verb and "according to" in one passage: words one person says another said
_RELAYED_BY = Keyed(re.compile(r"\b(?:said|says|told|wrote|added)\b[^.;]{0,40}?,?\s+according\s+to\b|"
                         r"\baccording\s+to\b[^.;]{0,80}\b(?:said|says|told|wrote)\b", re.I))


def _what_did_say(ctx: Context, a: Attribution, max_words: int) -> Item | None:
    sup = attribution_support(ctx.article, a)
    if sup is None or not named(a) or a.relay:
        return None
    keyed = claim_option(ctx, a, max_words)
    if keyed is None or not_a_sourced_claim(ctx, a) or embedded_quote(ctx, a):
        return None
    own = [o.content for o in ctx.analysis.attributions if o.source == a.source]
    pool = [p for p in seeded(ctx, others_claims(ctx, a, own, max_words)) if norm(p) != norm(keyed) and not garbled(p)]
    distractors = length_matched(keyed, pool, 3, ratio=1.7)
    # judged blind (W2): "The raids, carried out by 300 Iraqi commandos and backed by American soldiers" keyed as what
    # Kurilla said, beside "The ledgers … recovered from the insurgent command centers": a subject cut from its verb
    # says nothing. Each option is parsed (:func:`has_clause`) only once the item is otherwise made
    while len(distractors) == 3 and has_clause(keyed) and not all(has_clause(d) for d in distractors):
        pool = [p for p in pool if p not in distractors or has_clause(p)]
        distractors = length_matched(keyed, pool, 3, ratio=1.7)
    label = source_label(a)
    if len(distractors) < 3 or not has_clause(keyed):
        # X's own claims from other paragraphs as distractors ("In ¶3, which of these did X say?") were
        # judged blind, twice, as two defensible answers: the item tests finding a paragraph. None.
        return None
    stem = f"According to the article, which of these did {_with_article(ctx, a, label)} say?"
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    explanation = f"{cite(sup)}. The other statements come from other sources in the article."
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup])


@lru_cache(maxsize=4096)
def has_clause(text: str) -> bool:
    """Does the option, parsed alone, hold a clause: a verb at its root with a subject of its own ("Indications are
    that …", "It is a treasure trove"), not a noun phrase ("The ledgers … recovered from the centers")?"""
    from quizgen.generate.key_detail import _parsed_sentence

    doc = _parsed_sentence(unquote(text).strip())
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return any(r.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")
                                                 for c in r.children) for r in roots)


def _with_article(ctx: Context, a: Attribution, label: str) -> str:
    """A body's name as the article writes it in a sentence: "the Associated Press", "the Pentagon" (a
    person's name, or a body the article names without "the", as it is)."""
    if a.source_kind == "person" or not label[:1].isupper() or label.lower().startswith("the "):
        return label
    text = ctx.article.text
    with_the = len(re.findall(rf"\b[Tt]he {re.escape(label)}\b", text))
    return f"the {label}" if with_the and with_the * 2 >= len(re.findall(rf"\b{re.escape(label)}\b", text)) else label


def others_claims(ctx: Context, a: Attribution, own: list[str], max_words: int = 16) -> list[str]:
    """Claims of the article's other named sources, as options, that the keyed source never made."""
    pool = []
    for o in ctx.analysis.attributions:
        if o.source == a.source or not usable(o) or o.relay == a.source:
            continue
        if same_entity(o.source, a.source) or _one_person_twice(o, a):
            continue  # "AP" beside the keyed "Associated Press": one source, two right answers
        if not_a_sourced_claim(ctx, o) or embedded_quote(ctx, o):
            continue  # "Clinton by arguing that …": the words may be the keyed source's own
        if not named(o) or o.source_kind == "document":
            continue  # "researchers say …" may include the keyed researcher: only other named sources
        if any(overlap(o.content, c) >= 0.3 for c in own):
            continue
        if name_tokens(a.source) & name_tokens(o.content):
            continue
        text = claim_option(ctx, o, max_words)
        if text:
            pool.append(text)
    return pool


@by_identity
def _content_paragraphs(ctx: Context, a: Attribution) -> set[int]:
    """The paragraphs a claim's words and cue stand in."""
    spans = [s for s in (a.cue_span, *a.content_spans) if s is not None]
    return {n for s in spans for n in (paragraph_at(ctx.article, s.start), paragraph_at(ctx.article, s.end - 1))
            if n is not None} | {a.paragraph}


def mixes_body_and_person(picked: list[Attribution], a: Attribution) -> bool:
    """Would ``a`` put a government or organisation beside a person in one matching item? A person
    may speak for that body (a ministry's spokesperson), so either could be matched with her claim."""
    bodies = ("government", "organisation")
    kinds = {p.source_kind for p in picked}
    return (a.source_kind in bodies and "person" in kinds) or (a.source_kind == "person" and bool(kinds & set(bodies)))


# a group the article does not name by the trade of its members ("experts say", "analysts said"), and the
# words of a named person's introduction that make her one of that trade ("conservative economist Aparna
# Mathur, who studies tax policy at the … Institute")
_EXPERT_GROUP = re.compile(r"\b(?:experts?|analysts?|economists?|scholars?|researchers?|observers?|strategists?|"
                           r"historians?|scientists?|specialists?|academics?|professors?|pollsters?)\b", re.I)
_EXPERT_ROLE = re.compile(r"\b(?:expert|analyst|economist|scholar|researcher|observer|strategist|historian|"
                          r"scientist|specialist|academic|professor|pollster|fellow|think tank|institute|university|"
                          r"studies|studied|researches)\b", re.I)


def may_be_one_of(ctx: Context, group: Attribution, person: Attribution) -> bool:
    """May a named person be one of a group the article leaves unnamed ("experts say" beside "economist
    Aparna Mathur")? Then a matching item could pair either with the group's claim (judged blind on J15)."""
    if group.source_kind != "unnamed_group" or person.source_kind != "person":
        return False
    if not _EXPERT_GROUP.search(source_label(group)):
        return False
    span = person.source_span
    if span is None:
        return False
    sent = sentence_at(ctx.analysis, span.start)
    around = sent.span.text if sent is not None else ctx.article.text[max(0, span.start - 150):span.end + 150]
    first = re.search(rf"\b{re.escape(_surname(person.source))}\b", ctx.article.text)
    if first is not None:
        intro = sentence_at(ctx.analysis, first.start())
        if intro is not None:
            around += " " + intro.span.text
    return _EXPERT_ROLE.search(around) is not None


def _one_person_twice(p: Attribution, a: Attribution) -> bool:
    """May two sources of a matching item be one person: the same surname, or two spellings of it
    ("Labbot" / "Elise Labott")? Two bodies' names that only end alike ("the Post", "the Times") are not."""
    x, y = source_label(p), source_label(a)
    person = "person" in (p.source_kind, a.source_kind) or len(x.split()) == 1 or len(y.split()) == 1
    return person and near_spelt_surname(x, y)


def _bare_phrase(text: str) -> bool:
    """A short quoted phrase with no verb a word list or an "-ed" shows and no subject pronoun ("certain fringes
    of the internet"): no claim to match. Longer quotations are taken as clauses (their verbs are too many to
    list: "TV shows never die")."""
    words = text.split()
    return len(words) <= 6 and not _FINITE.search(text) and not re.search(r"\b[a-z]{3,}ed\b", text) and \
        not re.search(r"\b(?:I|we|you|he|she|they|it)\b", text, re.I)


def match_sources(ctx: Context, attributions: list[Attribution]) -> Item | None:
    """Matching: 3–4 sources ↔ one claim each, no claim made by two of them."""
    picked: list[Attribution] = []
    for a in sorted(attributions, key=lambda a: not claim_like(a)):
        if not named(a) and a.source_kind != "unnamed_group" or claim_option(ctx, a) is None:
            continue
        if quantity_label(source_label(a)) or (a.source_kind == "unnamed_group" and not person_like(a)):
            continue  # "Three-fourths" of poll respondents, "an ambitious goal": no source to match
        if a.source_kind == "person" and (not_a_speaker(ctx.article.text, a.source) or mention_names_another(ctx, a)):
            continue
        if a.source_confidence < CONFIDENT or a.kind_confidence < CONFIDENT or titled_work(ctx, a):
            continue  # a pair a close reader could dispute, or a book's title for a claim
        if embedded_quote(ctx, a):
            continue  # "positioning 'a couple of hundred SF guys here …'": quoted words, no claim to match
        if a.direct and _bare_phrase(unquote(a.content)):
            continue  # judged blind (K34): "Certain fringes of the internet" matched as a claim: a phrase
        if mixes_body_and_person(picked, a):
            continue
        if any(may_be_one_of(ctx, p, a) or may_be_one_of(ctx, a, p) for p in picked):
            continue  # "experts say" beside an economist the article quotes: she may be one of them
        if any(same_entity(source_label(p), source_label(a)) for p in picked) or len(unquote(a.content).split()) > 30:
            continue
        if any(_one_person_twice(p, a) for p in picked):
            continue  # "Labbot" (the article's typo) beside "Elise Labott": one person, two prompts
        if any(overlap(p.content, a.content) >= 0.25 for p in picked):
            continue
        if sources_for_claim(ctx, a.content) - {a.source, a.relay}:
            continue
        picked.append(a)
        if len(picked) == 4:
            break
    if len(picked) < 3:
        return None
    found = [attribution_support(ctx.article, a) for a in picked]
    sups = [s for s in found if s is not None]
    if len(sups) != len(found):
        return None
    prompts, options, answer = matching_pairs(ctx, picked)
    explanation = "; ".join(f"{cite(s, 12)} ({p})" for s, p in zip(sups, prompts, strict=True))
    stem = "Match each source with a claim it makes in the article."
    return make_item(SKILL, "matching", stem, options, answer, explanation, sups, prompts=prompts)


# a name a speaker echoes, follows or joins ("Biden, echoing Erdogan, called on …"): not the sentence's speaker
_ECHO_WORDS = (r"\b(?:echo(?:ing|ed)|joining|following|like|unlike|as did|in line with|agreeing with|responding to|"
               r"rebutting|contradicting)\s+")
_ECHOED = re.compile(_ECHO_WORDS, re.I)


def _echoed_name(token: str) -> re.Pattern[str]:
    """The echo words, then up to three capitalised words ending on ``token``."""
    return name_re(rf"{_ECHO_WORDS}(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(token)}\b", re.I)


def end_sentence(text: str) -> str:
    """The text with one full stop at its end: none added after a quotation that ends on its own ('a "boldfaced
    lie."'), judged blind on K34 ('… lie.".'); a comma the quotation closed on in the writer's sentence is dropped
    ('was “made of the same stuff,”' ends 'stuff”.', not 'stuff,”.')."""
    text = re.sub(r"[,;:]+([\"\u201d\u2019']+)$", r"\1", text)
    return text if re.search(r"[.!?][\"\u201d\u2019']*$", text) else text + "."


_SAID_TRUE_FALSE_RE = re.compile(r"^(?:(?:has|have|had|also|still|once)\s+)*[\w'’-]+,?\s+")
_SAID_TRUE_FALSE_RE2 = re.compile(r"[\"\u201c]")
_SAID_TRUE_FALSE_RE3 = re.compile(r"\b[a-z]{3,}ed\b")
_SAID_TRUE_FALSE_RE4 = re.compile(r"(\S+)\s*…")


# a quotation opening on a determiner in small letters ("the strongest agenda …", "a plan that …"), and the relative
# word that may open a clause inside it
_DETERMINER_OPENING = re.compile(r"(?:the|a|an|our|their|his|her|its|my|your|this|these|those)\s")
_RELATIVE_INSIDE = re.compile(r"\s(?:that|which|who|whom|whose|where)\s")
_ED_VERB = re.compile(r"\b(?!(?:hundred|need|speed|seed|breed|indeed|proceed|red|bed|shed|wed)\b)[a-z]{3,}ed\b")


def noun_phrase_quotation(content: str) -> bool:
    """Is the quotation a noun phrase whose only verb is in its own relative clause ("the strongest progressive
    agenda that any political party has ever seen")? Printed as what someone said, it is a fragment. (The verbs
    are counted by the word list of :data:`_FINITE` and "-ed" forms, not "hundred": a verb of neither reads as
    none.)"""
    body = unquote(content).strip().lstrip(QUOTES + " ")
    if not _DETERMINER_OPENING.match(body):
        return False
    m = _RELATIVE_INSIDE.search(body)
    if m is None or _FINITE.search(body[:m.start()]):
        return False
    # one verb in all, the relative clause's: "the wall that they built has failed" is a statement
    return len(_FINITE.findall(body)) + len(_ED_VERB.findall(body)) <= 1


def said_true_false(ctx: Context, a: Attribution, *, truthful: bool,
                    used_liars: set[str] | None = None) -> Item | None:
    """True/false: "In ¶N, X said …" with the real source (true) or another of the article's
    sources who made no such claim (false): one of the same kind (a person for a person), nearest in
    the article, never one of ``used_liars`` (a lesson does not key the same person false twice)."""
    if demonstrative_start(a.content) or demonstrative_inside(a.content) or (
            starts_with_context(a.content) and not _SPEAKER_PRONOUN.match(unquote(a.content))):
        return None  # "… believes that threshold will be reached", "… said they will": no referent in the stem
        # ("Hale said he would …": "he" is the speaker, kept)
    body = who_phrase(ctx, a, 45)
    sup = attribution_support(ctx.article, a)
    if body is None or sup is None or not named(a) or not (speech_cue(a) or colon_quotation(ctx, a)):
        return None
    if demonstrative_start(_SAID_TRUE_FALSE_RE.sub("", body)):
        return None  # "believes that threshold will be reached": the ledger read "that" as the conjunction
    if "…" in body and a.direct:
        # a long quotation (or two parts of one) is cut "…": its first whole sentence is a statement
        # to judge, as said; a cut one is none (judged: "cut mid-sentence")
        sent = quoted_sentence(ctx, a, 40)
        if sent is not None:
            body = f"{say_verb(ctx, a)}, {quote(sent, 44)}"
    if gives_speaker(a, body):
        return None  # "In ¶3, Lee said that …, Lee said": the stem already says who
    if demonstrative_inside(body) or _POINTS_BACK_NOUN.search(_SAID_TRUE_FALSE_RE2.split(body, maxsplit=1)[0]):
        return None  # judged blind (K34): 'called that report Friday a "boldfaced lie"': which report?
    if not_a_statement(ctx, a, body) or title_like(a.content) or word_list(a.content) or titled_work(ctx, a):
        return None  # "X said that why …", "… changes include.", a work's title: nothing to judge
    if a.direct and not _FINITE.search(unquote(a.content)) and not _SAID_TRUE_FALSE_RE3.search(body):
        return None  # 'Briggs said, "a terrible situation even worse"': a phrase, no statement to judge
    if a.direct and noun_phrase_quotation(a.content):
        return None  # 'Lee said, "the strongest agenda that any party has ever seen"': a phrase, its verb the
        # relative clause's (read on a train lesson)
    if any(m.group(0) not in ctx.article.text for m in _SAID_TRUE_FALSE_RE4.finditer(body)):
        return None  # a statement cut mid-sentence ("it's a good….") is no statement to judge
    if not a.source[:1].isupper():
        return None  # "the media have said …": a named outlet may be one of them, so no false version either
    if mention_names_another(ctx, a) or not_a_sourced_claim(ctx, a):
        return None
    if common_noun_source(ctx, a, source_label(a)):
        return None  # "Sources said …": a student may count the paper itself as a source (judged blind)
    claim_sentence = sentence_at(ctx.analysis, sup.start)
    whole = claim_sentence.span.text if claim_sentence is not None else sup.text
    if _ECHOED.search(whole) and any(_echoed_name(t).search(whole) for t in name_tokens(a.source)):
        return None  # judged blind (J8): "Biden, echoing Erdogan, called on Kurds …" credited to Erdogan: the
        # name after "echoing" is not the speaker, and the ledger may have taken it for one
    speaker = a
    if not truthful:
        gender = None
        if stem_genders(body):
            # "Al Roe promised her entire program …": a false statement never gives itself away by grammar
            gender = gender_of(ctx, a.source) if a.source_kind == "person" else None
            if gender is None:
                return None
        if gives_own_role(a):
            return None  # '"When I was a senator, I voted …"' given to one never a senator is false on its face
        others = speaker_options(ctx, a, 6, gender=gender) or []
        liar = plausible_liar(ctx, a, others, used_liars or set())
        if liar is None:
            return None
        speaker = liar
        if common_noun_source(ctx, liar, source_label(liar)):
            return None
        if gender is not None and (liar.source_kind != "person"
                                   or _title_gender(ctx.article.text, _surname(liar.source)) != gender):
            # "Paloma Wu said he expects …": the real speaker's "he" given to someone the article never
            # titles as a man ("Mr. Wu") reads as a mismatch or a third person (judged blind; a gender
            # read from pronouns near a name is not sure enough for this)
            return None
    who = source_mid(speaker)
    if name_tokens(who) & name_tokens(body):
        return None
    if not truthful and name_tokens(speaker.source) & name_tokens(whole):
        return None  # the "false" speaker is named in the claim's own sentence: it may be theirs too (J8)
    named_at = naming_support(ctx, a, sup)
    if named_at is None:
        return None
    sups, where = named_at
    # "In ¶13, Lee believes …" reads badly: a view is "according to" the paragraph
    opening = "According to" if _VIEW_CUE.match(a.cue.strip()) else "In"
    # 'a "boldfaced lie."' keeps its own full stop inside the quotation mark (judged blind: '… lie.".')
    stem = end_sentence(f"{opening} {where}, {who} {body}")
    real = source_label(a)
    explanation = (f"{cite(sup)} — the article attributes this to {real}." if truthful else
                   f"{cite(sup)} — the article attributes this to {real}, not to {source_label(speaker)}.")
    return make_item(SKILL, "true_false", stem, ["True", "False"], 0 if truthful else 1, explanation, sups,
                     difficulty="easy")


_WH_START = re.compile(r"^(?:why|what|how|whether|if|who|whom|whose|when|where|which)\b", re.I)
# a clause never ends on a word that needs its object or complement ("… changes include.", "… plans to.")
_OPEN_END = frozenset("a an the to of in on at by for from with about into onto over under than as like such "
                      "include includes including included and or but nor that which whose whether if because "
                      "is are was were be been being am their its our my your said says called named".split())


_OPEN_ENDED_RE = re.compile(r"[\w'’-]+")


def open_ended(text: str) -> bool:
    """Does the content stop where its clause needs more ("areas where Sanders wants to see changes
    include", "… such as")?"""
    t = unquote(text).strip()
    if t.endswith((":", "—", "–", "-")):
        return True
    words = _OPEN_ENDED_RE.findall(t)
    return bool(words) and words[-1].lower() in _OPEN_END


def not_a_statement(ctx: Context, a: Attribution, body: str) -> bool:
    """Is the content no declarative statement to judge: a wh-clause or indirect question ("explaining
    why many … had not been passed"), a clause with no subject of its own, or one cut where it needs
    more ("… changes include:")? Judged blind: "Clinton said that why many …"."""
    content = re.sub(r"^that\s+", "", unquote(a.content).strip().lstrip("\"“‘'(")).strip()
    content = _DROP_CONJUNCTION.sub("", content)  # "But the port has …" is shown without its "But"
    if not a.direct and (_WH_START.match(content) or _FRAGMENT_START.match(content) or subjectless(content)):
        return True
    if open_ended(a.content) or open_ended(body):
        return True
    if a.content_spans:
        after = ctx.article.text[a.content_spans[-1].end:a.content_spans[-1].end + 3].lstrip(" \"”’'")
        if after.startswith(":"):
            return True  # the content introduces a list the ledger left out
    return False


_COMMON_SOURCES = frozenset("sources source officials official aides aide advisers adviser advisors advisor insiders "
                            "staff staffers spokesman spokeswoman spokesperson authorities police witnesses "
                            "lawmakers leaders organizers organisers investigators prosecutors researchers "
                            "scientists economists strategists operatives donors".split())


def common_noun_source(ctx: Context, a: Attribution, label: str) -> bool:
    """Is the source a bare common noun ("Sources", "Officials"), no one a student can tell apart
    from the other people and papers of the article? Judged blind: "sources said" of a Post headline."""
    words = re.sub(r"^(?:the|a|an|some|many|two|three|several)\s+", "", label.strip(), flags=re.I).split()
    if len(words) != 1:
        return False
    w = words[0].lower().strip(".,")
    if w in _COMMON_SOURCES or w in _GROUP_WORDS or a.source_kind == "unnamed_group":
        return True
    # a plural the article also writes in lower case ("sources said"): a common noun, not a name
    return w.endswith("s") and re.search(rf"\b{re.escape(w)}\b", ctx.article.text) is not None


def naming_support(ctx: Context, a: Attribution, sup: Support) -> tuple[list[Support], str] | None:
    """The support of an item on a claim and where the stem points: the claim's own span and paragraph,
    and, when the claim gives its speaker only as a pronoun ("…, she said") and the span never names
    them, the sentence before it that does (judged blind: "she said" in ¶10, Whitman named in ¶9).
    None when no such sentence is in the claim's paragraph or the one before it."""
    where = f"¶{sup.paragraph}"
    # a bare quotation whose speaker the ledger took from an earlier sentence (no source nor cue in the
    # cited span; judged blind: '"I'm a college graduate, but …"' cited alone, its speaker named before it)
    bare = a.source_span is None or not (sup.start <= a.source_span.start and a.source_span.end <= sup.end)
    if bare and a.source_kind not in ("person", "organisation", "government"):
        return None
    if not bare and ((a.source_text or "").strip().lower() not in _PRONOUNS or a.source_kind != "person"):
        return [sup], where
    tokens = name_tokens(a.source or "")
    if not tokens or tokens & name_tokens(sup.text):
        return [sup], where
    best = None
    for s in ctx.analysis.sentences:
        if s.span.end > sup.start:
            break
        p = paragraph_at(ctx.article, s.span.start)
        if p is not None and sup.paragraph - 1 <= p <= sup.paragraph and tokens & name_tokens(s.span.text):
            best = s
    if best is None:
        return None
    first = support_for(ctx.article, best.span.start, best.span.end)
    if first is None:
        return None
    if first.paragraph != sup.paragraph:
        where = f"¶{first.paragraph}–{sup.paragraph}"
    return [first, sup], where


def garbled(text: str) -> bool:
    """Mojibake ("GÃ¼len" read as Latin-1), also where the text writes "Ã" as "A" and a combining tilde."""
    return mojibake(text)


def spread(ctx: Context, made: list[tuple[Item, Attribution | None]]) -> list[Item]:
    """Items in their order, except that one built on a sentence an earlier item already uses, or a
    third keyed to the same person, waits until the others: judged blind, three "who said" items all
    answered "Trump" in one lesson, and two items on one sentence, while other candidates went unused."""
    first: list[Item] = []
    later: list[Item] = []
    per_person: Counter[str] = Counter()
    used: set[int] = set()
    asked: list[tuple[str, set[int]]] = []
    total: Counter[str] = Counter()
    for it, a in made:
        sents = {s.index for sup in it.support if (s := sentence_at(ctx.analysis, sup.start)) is not None}
        person = norm(a.source) if a is not None and a.source else ""
        if person and it.kind != "matching" and any(sents & s for p, s in asked if p == person):
            continue  # the same speaker keyed on the same quotation twice: one item reveals the other
        if person and it.kind != "matching":
            asked.append((person, sents))
        # "According to ¶N, who …?": the answer is the person (not "which of these did X say?")
        asks_who_ = it.kind in ("multiple_choice", "short_answer") and bool(re.match(r"According to ¶\d+, who\b",
                                                                                      it.stem))
        if person and asks_who_ and total[person] >= 3:
            continue  # a fourth item keyed to one speaker: the answer pattern gives itself away (judged blind)
        if garbled(it.stem) or any(garbled(o) for o in (*it.options, *it.prompts)):
            continue  # "the realÃ¢€world concerns": mojibake printed in a stem
        if asks_who_:
            total[person] += 1
        if (person and per_person[person] >= 2) or (it.kind != "matching" and sents & used):
            later.append(it)
            continue
        first.append(it)
        if person:
            per_person[person] += 1
        if it.kind != "matching":
            used |= sents
    return first + later


def same_speaker_sentence(ctx: Context, made: list[tuple[Item, Attribution | None]], it: Item, a: Attribution) -> bool:
    """Does an item already made, keyed to ``a``'s speaker, rest on a sentence ``it`` rests on (the naming sentence
    a "he said" item cites too)? :func:`spread` drops ``it`` then: a loop taking one item per person takes another
    claim of the person instead."""
    person = norm(a.source) if a.source else ""
    if not person or it.kind == "matching":
        return False
    sents = {s.index for sup in it.support if (s := sentence_at(ctx.analysis, sup.start)) is not None}
    return any(b is not None and norm(b.source or "") == person and other.kind != "matching"
               and sents & {s.index for sup in other.support if (s := sentence_at(ctx.analysis, sup.start)) is not None}
               for other, b in made)


# the last article's candidates: the attribution and sourcing skills both ask for them (each with its own
# Context on the same article and analysis); the objects themselves are the key, held so none is reused
_LAST_CANDIDATES: tuple[Article, Analysis, tuple[Attribution, ...]] | None = None


def _candidates(ctx: Context) -> list[Attribution]:
    """The attributions worth asking about, best first (:func:`_find_candidates`, once per analysis)."""
    global _LAST_CANDIDATES
    last = _LAST_CANDIDATES
    if last is not None and last[0] is ctx.article and last[1] is ctx.analysis:
        return list(last[2])
    found = _find_candidates(ctx)
    _LAST_CANDIDATES = (ctx.article, ctx.analysis, tuple(found))
    return found


def _find_candidates(ctx: Context) -> list[Attribution]:
    """The attributions worth asking about, best first."""
    # a source with another person's name between it and its cue may be the wrong one: not asked about
    # nor one whose claim sits at a quote boundary where it may be another speaker's, nor one whose
    # mention names someone else ("Even Rendell, a stalwart Clinton")
    # nor the reporter's characterisation of a stance ("decries super PACs"), nor a poll's finding
    every = [a if usable(a) or not usable_self_claim(ctx, t := aside_trimmed(ctx, a)) else t
             for a in (sure_speaker(ctx, b) for b in ctx.analysis.attributions)]
    atts = [a for a in every
            if (usable(a) or usable_self_claim(ctx, a) or commitment_claim(a)) and not name_between(ctx, a)
            and not at_quote_boundary(ctx, a)
            and not mention_names_another(ctx, a) and not not_a_sourced_claim(ctx, a)
            and not object_of_verdict(ctx, a) and not joined_across_writer(ctx, a)
            and not recipient_source(ctx, a) and not piece_of_another(ctx, a) and not told_by_another(ctx, a)
            and not shared_act(ctx, a) and not said_in_doubt(ctx, a) and not cut_mid_word(ctx, a)
            and clean_person_option(source_label(a)) is not None]  # no "RaÃol M. Grijalva" printed as a key
    return sorted(atts, key=lambda a: (not named(a), a.relay is not None, a.paragraph))


def cut_mid_word(ctx: Context, a: Attribution) -> bool:
    """Does the claim's text end inside a hyphenated word ("urged the two countries to co" of "co-operate")? The
    parse split the word; a stem would print half of it (judged blind, W7: "who urged the two countries to co?")."""
    if not a.content_spans:
        return False
    end = a.content_spans[-1].end
    return re.match(r"-[A-Za-z]", ctx.article.text[end:end + 2]) is not None


# the writer unsure the words were said at all ("statements she reportedly made asserting that …")
_SAYING_HEDGE = re.compile(r"\b(?:reportedly|allegedly|purportedly|supposedly|reputedly|rumou?red)\b", re.I)
# a speaker saying the words given as theirs are not: "were misquoted", "I have not said what I'm quoted as saying"
_DISOWNED = re.compile(r"\bmisquot\w*|\bout of context\b|\b(?:never|not|n[’']t)\s+(?:said|say|says)\b"
                       r"|\bquoted as saying\b", re.I)
DISOWN_REACH = 3  # paragraphs after the claim in which the speaker's saying the words are not theirs counts


def said_in_doubt(ctx: Context, a: Attribution) -> bool:
    """Is it in doubt that the source said it at all: the writer hedges the saying between source and cue ("she
    reportedly made asserting that …"), or the source says soon after, by name, that the words are not theirs (judged
    blind, W1: "who asserted that AIDS was a laboratory-created ailment?" keyed Maathai, who in the next paragraphs
    says her comments "were misquoted": "I have not said what I'm quoted as saying")?"""
    text = ctx.article.text
    if a.source_span is not None and a.cue_span is not None:
        lo, hi = sorted((a.source_span.start, a.cue_span.start))
        if _SAYING_HEDGE.search(text, lo, max(hi, a.cue_span.end)):
            return True
    if not a.source or not a.content_spans:
        return False
    end = a.content_spans[-1].end
    for b in ctx.analysis.attributions:
        if b.source == a.source and b.content_spans and b.content_spans[0].start >= end and \
                b.paragraph - a.paragraph <= DISOWN_REACH and \
                (_DISOWNED.search(b.content) or _DISOWNED.search(b.cue)):
            return True
    return False


_POLL_SOURCE = re.compile(r"\b(?:polls?|surveys?|exit polls?|focus groups?)\b", re.I)
# a group of respondents as the subject of the cue ("the public overall says", "most voters say",
# "43 percent say"): what they say is a poll's count of answers, not one source's claim
_RESPONDENTS = re.compile(
    r"\b(?:the public|voters|respondents|Americans|adults|those (?:polled|surveyed|asked)|"
    r"people (?:polled|surveyed|asked)|(?:majority|majorities|plurality|most|half|two-thirds|one-third|"
    r"third|quarter)s? of|percent|per cent)\b|%", re.I)


@by_identity
def poll_finding(ctx: Context, a: Attribution) -> bool:
    """Is the claim a poll's finding: its source is the poll ("a Reuters/Ipsos poll … the public overall
    says …"), or the cue's subject is a group of respondents ("most voters say", "43 percent say")? A
    statistic about respondents, not a source's claim (judged blind: keyed "named source", with "people
    the article does not name" as defensible)."""
    if _POLL_SOURCE.search(a.source_text or "") or _POLL_SOURCE.search(a.source or ""):
        return True
    if a.relay and relay_is_data(a.relay):
        return True
    if a.cue_span is None or (a.content_spans and a.cue_span.start > a.content_spans[0].start):
        return False  # "…, most voters say" after the claim: its subject follows the cue
    sent = sentence_at(ctx.analysis, a.cue_span.start)
    start = sent.span.start if sent is not None else max(0, a.cue_span.start - 80)
    subject = re.split(r"[,;:—–(]", ctx.article.text[start:a.cue_span.start])[-1]
    return bool(_RESPONDENTS.search(subject))


def first_asked_sentences(ctx: Context, n: int = 3) -> set[int]:
    """Indices of the sentences the first ``n`` attribution candidates rest on (no item is built):
    another skill's item on one of them would ask about the same sentence again."""
    out = set()
    for a in _candidates(ctx)[:n]:
        s = sentence_at(ctx.analysis, a.content_spans[0].start) if a.content_spans else None
        if s is not None:
            out.add(s.index)
    return out


_MAX_TRUE_FALSE = 4
_MAX_NAME_THE_SOURCE = 2
_MAX_PER_FORM = 2


def generate(ctx: Context) -> list[Item]:
    """Attribution candidates, best first."""
    made: list[tuple[Item, Attribution | None]] = []
    order = _candidates(ctx)
    if ctx.allows("multiple_choice"):
        # a lesson uses two or three of these at most: the best dozen candidates are plenty
        for a in order[:12]:
            it = who_said(ctx, a)
            if it:
                made.append((it, a))
        # "which of these did X say?" on a claim a who-said item already asks about is a
        # near-duplicate the quality gate drops: only claims not asked about yet
        taken = {(sp.start, sp.end) for it, _ in made for sp in it.support}
        for a in order[:12]:
            sup = attribution_support(ctx.article, a)
            if sup is not None and (sup.start, sup.end) in taken:
                continue
            it = what_did_say(ctx, a)
            if it:
                made.append((it, a))
                taken.update((sp.start, sp.end) for sp in it.support)
    # a true/false or short-answer item on a claim a who-said item already asks about is a
    # near-duplicate the quality gate drops: claims not asked about yet come first, then people
    # not keyed twice already
    asked = {(sp.start, sp.end) for it, _ in made for sp in it.support}
    keyed = Counter(norm(a.source) for _, a in made if a is not None and a.source)

    def fresh_first(atts_: list[Attribution]) -> list[Attribution]:
        def is_asked(a: Attribution) -> tuple[bool, bool]:
            sup = attribution_support(ctx.article, a)
            return sup is not None and (sup.start, sup.end) in asked, keyed[norm(a.source)] >= 2
        return sorted(atts_, key=is_asked)

    def claim_asked(a: Attribution) -> bool:
        sup = attribution_support(ctx.article, a)
        return sup is not None and (sup.start, sup.end) in asked

    if ctx.allows("true_false"):
        # true and false statements in turn, each about a claim no item asks about yet (one already
        # asked about is a near-duplicate the quality gate drops): up to two of each
        true_first = ctx.rng.random() < 0.5
        n_tf = 0
        keys: Counter[int] = Counter()  # answers keyed so far: True and False balanced (judged blind: four keyed False)
        liars: set[str] = set()
        for a in fresh_first(order):
            if claim_asked(a):
                continue
            truthful = keys[0] < keys[1] or (keys[0] == keys[1] and true_first)  # the key behind next
            it = said_true_false(ctx, a, truthful=truthful, used_liars=liars)
            if it is None and keys[0] == keys[1]:
                # the keys are level: the other key keeps them within one (a claim whose speaker has no
                # plausible false speaker still gets its true statement, and the reverse)
                it = said_true_false(ctx, a, truthful=not truthful, used_liars=liars)
            if it and it.answer == 0 and copies_article(ctx, it):
                # a true statement copied word for word is answered by matching: the false version
                # (another speaker) asks for reading, else none (judged blind); never a second False
                # more than the Trues
                it = (said_true_false(ctx, a, truthful=False, used_liars=liars)
                      if a.source_kind == "person" and keys[1] <= keys[0] else None)
            if it and keys[it.answer] > keys[1 - it.answer]:
                it = None  # the other key is behind: a lesson's true/false items stay balanced
            if it:
                made.append((it, a))
                asked.update((sp.start, sp.end) for sp in it.support)
                keys[it.answer] += 1
                if it.answer == 1:
                    liars.add(_liar_of(it))
                n_tf += 1
            if n_tf == _MAX_TRUE_FALSE:
                break
    if ctx.allows("matching"):
        it = match_sources(ctx, order)
        if it:
            made.append((it, None))
    if ctx.allows("short_answer"):
        # "give the person's name": two at most, keyed to two different people (the same name typed
        # twice teaches guessing), each on a claim no other item asks about
        named_people: set[str] = set()
        for a in fresh_first(order):
            if claim_asked(a) or norm(a.source) in named_people:
                continue
            it = name_the_source(ctx, a)
            if it and not same_speaker_sentence(ctx, made, it, a):
                made.append((it, a))
                asked.update((sp.start, sp.end) for sp in it.support)
                named_people.add(norm(a.source))
                if len(named_people) == _MAX_NAME_THE_SOURCE:
                    break
    if ctx.allows("multiple_choice"):
        # "how does the article give what X said?": one keyed "quoted" and one "reported" at most, each on
        # a claim no other item here asks about (its stem names the speaker: a who-said answer given away)
        forms: Counter[str] = Counter()
        speakers: dict[str, str] = {}  # speaker -> the form keyed for them
        asked.update((sp.start, sp.end) for it, _ in made for sp in it.support)
        # each on another speaker first; then, while fewer than two are made (an article quoting one or two people),
        # a speaker's second with the other form: "quoted" for one of X's statements, "reported" for another
        for second in (False, True):
            for a in fresh_first(order):
                if claim_asked(a) or sum(forms.values()) >= (2 if second else 2 * _MAX_PER_FORM):
                    continue
                before = speakers.get(norm(a.source))
                if before is not None and not second:
                    continue
                it = quoted_or_reported(ctx, a)
                form = quote_form(ctx, a) if it else None
                if it and forms[form or ""] < _MAX_PER_FORM and before != form and before not in ("", "twice"):
                    forms[form or ""] += 1
                    speakers[norm(a.source)] = "twice" if before is not None else form or ""
                    made.append((it, a))
                    asked.update((sp.start, sp.end) for sp in it.support)
        # "which verb introduces X's statement?": one, on a claim no other item here asks about
        for a in fresh_first(order):
            if claim_asked(a):
                continue
            it = chosen_cue(ctx, a)
            if it:
                made.append((it, a))
                break
    out = [replace(it, stem=curl_doubled(it.stem), options=tuple(curl_doubled(o) for o in it.options))
           for it in spread(ctx, made)]
    return [it for it in out if not unbalanced_quotes(it.stem)]


# a pair of doubled apostrophes around words: an opening one after a space or the start, a closing one
# after a word or a stop and before a space, a stop or the end ("are ''profoundly irresponsible''?")
_DOUBLED_PAIR = re.compile(r"(?<![\w'’.,;:!?])''(?=[\w‘“])([^'\n]*?[\w.,!?])''(?![\w'])")


def curl_doubled(text: str) -> str:
    """Quotation marks a text writes as two apostrophes (''profoundly irresponsible'') as real ones:
    “…” in the stem's own words, ‘…’ inside a quotation the stem quotes. A doubled apostrophe that does
    not pair this way is left, and :func:`unbalanced_quotes` drops the item."""
    if "''" not in text or "'" * 3 in text:
        return text

    def curl(m: re.Match[str]) -> str:
        before = text[:m.start()]
        inside = before.count("\"") % 2 == 1 or before.count("“") > before.count("”")
        return f"‘{m.group(1)}’" if inside else f"“{m.group(1)}”"

    return re.sub(r"([.!?][”’])\.$", r"\1", _DOUBLED_PAIR.sub(curl, text))


_UNBALANCED_QUOTES_RE = re.compile(r"[\w.,!?]\"(?:\s|$|[,.;:])")
_UNBALANCED_QUOTES_RE2 = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Za-z])")
_UNBALANCED_QUOTES_RE3 = re.compile(r"(?<=[\w.,!?])'(?!\w)")


def unbalanced_quotes(text: str) -> bool:
    """Does the text open a quotation it never closes ("called the moment ''a display of panic."), or
    print quotation marks as two apostrophes? Judged blind: a broken stem."""
    if "''" in text or "``" in text:
        return True
    if text.count("\"") % 2 or text.count("“") != text.count("”"):
        return True
    if text.count("‘") > text.count("’"):
        return True
    first = text.find("\"")
    if first > 0 and _UNBALANCED_QUOTES_RE.match(text[first - 1:first + 2]):
        return True  # judged blind (K35): 'All that Glitters is Not Gold" was to be a "cautionary tale': a
        # quotation's closing mark first, the text cut inside it
    # a straight single mark opening a quotation (after a space or a bracket, before a letter: "People say,
    # 'It doesn't …", judged blind on J15) with no mark after it that could close it (after a word or a
    # stop: "matter,' and", "voters' anger"); a year's "'90s" opens nothing
    opening = _UNBALANCED_QUOTES_RE2.search(text)
    return opening is not None and _UNBALANCED_QUOTES_RE3.search(text[opening.end():]) is None


# a sentence-initial conjunction kept in a ledger's content ("But California has seen …"): after
# "said that" it is dropped; "So"/"Or"/"Nor" may start a phrase ("So far", "Or else"), so no claim
_DROP_CONJUNCTION = re.compile(r"^(?:But|And|Yet)\s+(?=\S)")
_KEEP_CONJUNCTION = re.compile(r"^(?:So|Or|Nor|Plus)\b")


def conjunction_start(text: str) -> str | None:
    """The claim without a capitalised conjunction it starts with ("But California …" -> "California
    …"), or None when that conjunction cannot simply be dropped ("So far …")."""
    if _KEEP_CONJUNCTION.match(text):
        return None
    m = _DROP_CONJUNCTION.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    return None if rest.startswith(",") else rest


# words in writing: a cue that writes ("wrote", "posted", "tweeted") or a claim from an email or letter
_WRITTEN_CUE = re.compile(r"^(?:(?:has|have|had)\s+)?(?:wr[io]te|writ\w*|post(?:s|ed|ing)|tweet\w*|e-?mail(?:s|ed)|"
                          r"text(?:s|ed)|messag(?:es|ed))\b", re.I)


_WRITING_NOUN = (r"(?:e-?mails?|letters?|memos?|tweets?|posts?|text messages?|notes?|op-eds?|columns?)\b"
                 r"(?!\s+(?:story|stories|server|servers|scandal|controversy|account|address|issue|probe|case))")
_IN_WRITING_AT = re.compile(r"^\s*(?:(?:on|late|early|last)\s+\w+\s+|\w+ly\s+)?(?:in|by|via)\s+"
                            r"(?:an?|his|her|their|its|the|one|another)\s+(?:[\w-]+\s+){0,3}?" + _WRITING_NOUN, re.I)
_IN_WRITING_FIRST = re.compile(r"^\W*(?:In|By|Via)\s+(?:an?|his|her|their|its|the|one|another)\s+(?:[\w-]+\s+){0,3}?"
                               + _WRITING_NOUN + r"[^,]{0,40},")


_SAY_VERB_RE = re.compile(r"(?:said|says|say)$", re.I)


def say_verb(ctx: Context, a: Attribution) -> str:
    """"wrote" for words in writing (an email, a letter, a post: the ledger's cue "wrote", "posted",
    "tweeted", or "said in an email"), else "said"."""
    cue = a.cue.strip()
    if _WRITTEN_CUE.match(cue):
        return "wrote"
    if a.cue_span is not None and _SAY_VERB_RE.match(cue):
        sent = sentence_at(ctx.analysis, a.cue_span.start)
        after = ctx.article.text[a.cue_span.end:a.cue_span.end + 80]
        before = ctx.article.text[sent.span.start:a.cue_span.start] if sent is not None else ""
        # "said in an email", "In a letter, X said": the writing right at the cue, not "said in the spring,
        # when the private server email story broke" (judged blind: "who wrote" for words spoken)
        if _IN_WRITING_AT.match(after) or _IN_WRITING_FIRST.match(before):
            return "wrote"
    return "said"


# words a clause never starts with when it has its own subject: a modal or auxiliary ("would create …"),
# a relative pronoun ("who has made …"), a common past or present verb ("made him doubt …")
_NO_SUBJECT_FIRST = frozenset(
    "would could should will shall can may might must did does do is are was were has have had been being "
    "who whom whose which made makes make gave gives told tells said says took takes came comes went goes got "
    "gets kept keeps left leaves led leads put puts set sets brought brings found finds knew knows thought "
    "thinks felt feels meant means became becomes began begins showed shows helped helps called calls "
    "won't wouldn't can't couldn't shouldn't isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't "
    "don't".split())
_OBJECT_PRONOUN = frozenset("him her them us me it himself herself themselves itself".split())
# a claim never starts with a reflexive or an object-only pronoun when it has a subject of its own
# ("her" and "it" may start one: "her plan would …", "it would …")
_OBJECT_START = frozenset("him them me whom himself herself itself themselves ourselves myself yourself "
                          "yourselves oneself".split())


@lru_cache(maxsize=16384)
def subjectless(text: str, objects: bool = True) -> bool:
    """Does the claim (after a leading "that") start with no subject of its own: a verb, modal,
    auxiliary, participle or relative pronoun ("made him doubt …", "would create …", "forcing her
    to …", "who has …")? Shown after "X said" it would borrow a subject the ledger cut off."""
    body = re.sub(r"^that\s+", "", unquote(text).strip().lstrip("\"“‘'(")).strip()
    ws = [w.strip(",;:.\"“”‘’'") for w in body.split()[:3]]
    if not ws or not ws[0]:
        return True
    first = ws[0]
    if objects and first.lower().replace("’", "'") in _OBJECT_START:
        # "itself to be an unbiased review …" (of "claimed itself to be …"): the object of a verb
        # left behind, no clause when shown alone (``objects=False``: shown after its own cue)
        return True
    if not first[:1].islower():
        return False  # "California has …", "The new pier …": a capitalised word starts a subject
    low = first.lower().replace("’", "'")
    if low in _NO_SUBJECT_FIRST:
        return True
    nxt = ws[1].lower() if len(ws) > 1 else ""
    if re.fullmatch(r"[a-z]{3,}(?<!e)ed", low) and low not in _SUBJECT_START:
        return True  # "approved the plan", "forced him to …": a past verb or participle
    if re.fullmatch(r"[a-z]{2,}(?:s|ing)", low) and nxt in _OBJECT_PRONOUN:
        return True  # "makes him …", "forcing her to …": a verb with its object, no subject
    if nxt in _OBJECT_PRONOUN | _SUBJECT_START and only_a_verb(low):
        return True  # judged blind (J12): "said closed primaries -- those open … -- deny many energized
        # independents …" left "deny many …": a verb in its plain form, then its object
    return False


def cut_in_own_words(shown: str) -> bool:
    """Does ``shown`` (a stem's body: "said that …") end "…" outside any quotation mark, on a paraphrase whose
    subject holds a participle's clause before any finite verb ("who said Trump's tweet saying African-Americans
    will vote for him because of … while…?": the claim's own verb, "meant that …", came after the cut)? The stem
    then never says what was said. A quotation cut short is the speaker's words, and its start says what was
    said; "the vote would decide the future of…" shows its verb."""
    if not shown.endswith("…"):
        return False
    if shown.count("“") - shown.count("”") + shown.count("\"") % 2 > 0:
        return False
    words = re.sub(r"^[\w'’-]+(?:\s+that)?\s+", "", shown.rstrip("…")).split()
    for w in words:
        w = w.strip(",;:").lower()
        if _FINITE.fullmatch(w):
            return False
        if len(w) > 4 and w.endswith("ing"):
            return True
    return False


def only_a_verb(word: str) -> bool:
    """Is the word in WordNet only as a verb, in its plain form ("deny", "discourage"), never a noun or
    an adjective ("people", "voters", "most")? False without WordNet."""
    wn = wordnet.load()
    if wn is None or not wn.senses(word, "VERB") or wn.base_form(word, "VERB") != word:
        return False
    return not any(wn.senses(word, pos) for pos in ("NOUN", "ADJ", "ADV"))


# ---------------------------------------------------------------- whole sentences of long quotations

# the words between two parts of a quotation end a sentence ("…,” Cruz said on Monday. “What …"): the
# first part is then a whole sentence of its own, not a clause the second part completes
_SENTENCE_BREAK_GAP = re.compile(r"[.!?][\"”’']?\s*[\"“‘']?\s*$")


def quoted_sentence(ctx: Context, a: Attribution, max_words: int = 40) -> str | None:
    """The first whole sentence of a direct quotation too long to show whole ("We're going to have to
    do things that we never did before." of a quotation running on "And …"): a sentence the speaker said
    as written, never cut mid-phrase. It must end inside the quotation's first part, or that part must
    end where the reporter's sentence ends ('"…,” Cruz said. “What …"'); it must start with a capital,
    hold a finite verb, open on no subordinate clause or pronoun pointing outside it, and keep 5 to
    ``max_words`` words. None otherwise."""
    if not a.direct or not a.content_spans:
        return None
    text = ctx.article.text
    sp = a.content_spans[0]
    first = unquote(text[sp.start:sp.end])
    pieces = _SENTENCE_END.split(first)
    if len(pieces) > 1:
        sent = pieces[0]
    elif len(a.content_spans) > 1 and _SENTENCE_BREAK_GAP.search(text[sp.end:a.content_spans[1].start]):
        sent = first
    else:
        return None
    sent = drop_final_period(" ".join(sent.split()))
    n = len(sent.split())
    if not 5 <= n <= max_words or not sent[:1].isupper() or "…" in sent or "..." in sent:
        return None
    if sent.count("\"") % 2 or sent.count("“") != sent.count("”") or "(" in sent or "[" in sent:
        return None
    if (_LEADING_SUBORDINATE.match(sent) or _SUBORDINATE_ONLY.match(sent) or _FRAGMENT_START.match(sent)
            or starts_with_context(sent) or title_like(sent) or not _FINITE.search(sent)):
        return None
    if sent.split()[-1].lower().strip(",;:") in _DANGLING_LAST:
        return None
    return sent


# words a sentence never ends on ("… with classified material and"); "in", "to", "that" may ("safe to swim in")
_DANGLING_LAST = frozenset("the a an of and or but which whose than my our their your".split())


def claim_option(ctx: Context, a: Attribution, max_words: int = 16) -> str | None:
    """A source's claim as an option: :func:`claim_text`, or else the first whole sentence of a long
    quotation (:func:`quoted_sentence`); None for a scrap no teacher would print: a quotation mark left
    open or typed as two apostrophes, or a first word pointing outside the option ("It may be …", judged
    blind on J4)."""
    got = _claim_option(ctx, a, max_words)
    if got is not None and (unbalanced_quotes(got) or starts_with_context(got) or _RELAY_INSIDE.search(got)):
        return None
    return got


# another source's report inside the option ("Local news outlets, the Associated Press reports that Hess …",
# judged blind on J7): two voices spliced, no one's claim
_RELAY_INSIDE = re.compile(r"[,;]\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}\s+"
                           r"(?:reports?|reported|says|said|writes|wrote|notes|noted)\s+(?:that\b|[a-z])")


# the object of a denial or a rejection ("denied the accusations through a spokeswoman, …"): the cue, a content
# opening on a determiner, and no verb in it before its first comma
_DENIAL_CUE = re.compile(r"^(?:den\w*|dismiss\w*|reject\w*|refut\w*|disput\w*)\b", re.I)
_DETERMINER_START = re.compile(r"^(?:the|a|an|these|those|this|that|his|her|their|its|our|such|any|all)\s", re.I)
_VERB_LIKE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|"
                        r"do|does|did|\w+ed|\w+n't)\b", re.I)


def denied_object(a: Attribution) -> bool:
    """Is the content the object of "denied", "dismissed" or "rejected", no statement of its own ("the
    accusations through a spokeswoman, dismissing O'Donnell as …", judged blind on K35 as a matching option)?"""
    if a.direct or not _DENIAL_CUE.match(a.cue.strip()):
        return False
    text = re.sub(r"^that\s+", "", unquote(a.content).strip())
    if text != unquote(a.content).strip() or not _DETERMINER_START.match(text):
        return False  # "denied that the board …": a clause
    return _VERB_LIKE.search(text.split(",", 1)[0]) is None


@by_identity
def _claim_option(ctx: Context, a: Attribution, max_words: int) -> str | None:
    if denied_object(a):
        return None
    if joined_across_writer(ctx, a):
        return None  # a real quotation joined to the writer's own words is no one's claim
    if quote_ends_reporters_clause(ctx, a):
        return None  # 'said the tape did not give "clear proof …"': alone, the quoted words lose the "not"
    if tag_splits_clause(ctx, a) or indirect_runs_on(ctx, a):
        return None  # "Tunnels, experts say, render …", "most of the money raised | would go …": a cut phrase
    if a.direct and quote_runs_on(ctx, a):
        return None  # '"… we should have seen" it coming': the quoted words are no whole statement
    if not a.direct and _SELF_SUBJECT.match(unquote(a.content).strip()):
        return None  # "He would not run" as an option: whose "he"?
    if any(_RELATIVE_PIECE.match(unquote(c.text)) for c in a.content_spans[1:]):
        # judged blind: "Mr. Rubio's time is quickly running out who are offering … assessments": the
        # second piece is a relative clause on the source ("according to his supporters, who …"), and
        # the two pieces spliced make no sentence
        return None
    got = claim_text(a, max_words)
    if got is not None or not a.direct or characterisation(a):
        return got
    sent = quoted_sentence(ctx, a, max_words)
    return sentence_case(sent) if sent else None



# a piece of a claim that cannot follow the piece before it: a relative clause on what the interruption
# held ("according to his supporters, | who are offering …")
_RELATIVE_PIECE = re.compile(r"^\W*(?:who|whom|whose|which)\b", re.I)


_RUN_ON_CUES = frozenset("said says told added explained wrote noted asked replied continued insisted argued he she "
                         "they according".split())


_QUOTE_RUNS_ON_RE = re.compile(r"[a-z][\w'’-]*")


def quote_runs_on(ctx: Context, a: Attribution) -> bool:
    """Does the reporter's sentence carry the quotation's words on past its closing mark ('"… we should
    have seen" it coming')? Then the quoted words end mid-clause."""
    if not a.content_spans:
        return False
    text = ctx.article.text
    at = max(s.end for s in a.content_spans)
    while at < len(text) and (text[at] in QUOTES or text[at] == " "):
        at += 1
    m = _QUOTE_RUNS_ON_RE.match(text[at:])
    return m is not None and m.group().lower() not in _RUN_ON_CUES


# ---------------------------------------------------------------- judged blind, set A (x_attr)

def _word_mentions(text: str, key: str) -> list[int]:
    """Where ``key`` stands in the text as whole words: no word character nor apostrophe right before
    it, no word character right after (a word character is a letter, a digit or "_"); each mention
    after the end of the one before."""
    out: list[int] = []
    if not key:
        return out
    size, at = len(key), text.find(key)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + size:at + size + 1] or " "
        if not (before.isalnum() or before in "_'’") and not (after.isalnum() or after == "_"):
            out.append(at)
            at = text.find(key, at + size)
        else:
            at = text.find(key, at + 1)
    return out


# "the death of four Americans: Ambassador Chris Stevens, …", "killed were …, including …": a list of the dead
_DEATH_LIST = re.compile(r"\b(?:deaths?|killed|killing|dead|died|slain|murdered|lives|victims?|casualties|"
                         r"fallen)\b[^:;]{0,80}(?::|\bincluding\b|\bamong them\b|\bnamely\b|\bwere\b)", re.I)
_VICTIM_BEFORE = re.compile(r"\bvictims?\s+(?:[A-Z][\w.'’-]*\s+){0,2}$", re.I)
_DEAD_AFTER = re.compile(r"^(?:,\s+(?:[\w.'’-]+\s+){0,8}?)?(?:and\s+(?:[A-Z][\w.'’-]*\s+){1,3})?,?\s*"
                         r"(?:who\s+)?(?:were|was|had been)\s+(?:all\s+)?(?:killed|slain|murdered|shot dead)\b")


def reported_dead(ctx: Context, name: str) -> bool:
    """Does the article report the person killed or dead: named in a list of the dead ("the death of four
    Americans: …, Sean Smith, and … Glen Doherty"), as a victim ("Benghazi victim Sean Smith"), or as
    the distractor checks see it? Judged blind: the victims of the attack a story is about were offered as
    people who might have blamed it on a video."""
    text = ctx.article.text
    if _killed(text, name) or name in _facts(ctx).dead:
        return True
    for at in _word_mentions(text, name):
        sent = sentence_at(ctx.analysis, at)
        start = sent.span.start if sent is not None else max(0, at - 200)
        if _DEATH_LIST.search(text[start:at]) or _VICTIM_BEFORE.search(text[max(0, at - 40):at]):
            return True
        if _DEAD_AFTER.match(text[at + len(name):at + len(name) + 120]):
            return True
    return False


_STAFF_BY = re.compile(r"\b(?:reporting|editing|edited|writing|written|compiled|produced|research|contributing)"
                       r"\s+by\b", re.I)


_CREDITED_STAFF_RE = re.compile(r"\s*\(?\s*By\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_CREDITED_STAFF_RE2 = re.compile(r"\s*\(?\s*(?:Contributing|Contributors?|Additional reporting)\s*:", re.I)
_CREDITED_STAFF_RE3 = re.compile(r"[^.\n]{0,60}\bcontributed\s+(?:to\s+this|reporting)\b")


def credited_staff(ctx: Context, name: str) -> bool:
    """Is the person a reporter or editor of the article's credit line ("(Reporting by …; Editing by
    Leslie Adler)", a byline "By …", "… contributed to this report")? No speaker of the story."""
    text = ctx.article.text
    for at in _word_mentions(text, name):
        start = text.rfind("\n", 0, at) + 1
        seg = text[start:at]
        if len(seg) < 400 and _STAFF_BY.search(seg):
            return True
        if _CREDITED_STAFF_RE.match(seg):
            return True
        if _CREDITED_STAFF_RE2.match(seg):
            return True  # "Contributing: Nicole Gaudiano." under the story
        tail = text[at + len(name):at + len(name) + 100]
        if _CREDITED_STAFF_RE3.match(tail):
            return True
    return False


_FEMALE_SELF = re.compile(r"\b(?:as|I'm|I’m|I am|I was|being)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
                          r"(?:woman|mother|mom|wife|daughter|grandmother|sister|girl|Latina|lady|widow|"
                          r"businesswoman|congresswoman|chairwoman|spokeswoman)\b", re.I)
_MALE_SELF = Keyed(re.compile(r"\b(?:as|I'm|I’m|I am|I was|being)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
                        r"(?:man|father|dad|husband|son|grandfather|brother|boy|widower|"
                        r"businessman|congressman|chairman|spokesman)\b", re.I))


def quote_gender(a: Attribution) -> str | None:
    """The gender the speaker gives of themself in a direct quotation ("As a woman and as a Latina …"):
    a man offered as its speaker is ruled out by the quotation itself."""
    if not a.direct:
        return None
    text = unquote(a.content)
    f, m = bool(_FEMALE_SELF.search(text)), bool(_MALE_SELF.search(text))
    return "female" if f and not m else "male" if m and not f else None


@by_identity
def unfit_speaker(ctx: Context, name: str) -> bool:
    """A name never offered as one who might have said something: the article reports the person dead,
    the person is on the credit line, or the article says the name is a thing's (:func:`defined_as_thing`)."""
    return reported_dead(ctx, name) or credited_staff(ctx, name) or defined_as_thing(ctx, name)


# "<name> is a …": the words after it up to a clause's end, a relative pronoun or a preposition; the last is
# the head noun ("Dalton Brody is a Washington, DC, gifts and accessories store, which sells …" -> "store")
_DEFINED_AS = (r"\s+(?:is|was)\s+(?:a|an)\s+((?:[\w'’-]+,?\s+){0,8}?[\w'’-]+)"
               r"(?=\s*(?:[.;:!?]|,?\s+(?:which|that|who|whose|where|in|on|of|at|from|for|with|by|near|based|owned|run|"
               r"located)\b))")
# a clause of its own inside those words ("is a Democrat, and he said nothing."): no head noun of the name's
# ("gifts and accessories store" joins two nouns: no clause)
_CLAUSE_WORDS = frozenset("but he she they it we i you his her their said says was is were are has have had "
                          "not".split())
_NOUN_PERSON = 18  # WordNet's lexicographer file noun.person
# how every match of a name and :data:`_DEFINED_AS` goes on right after the name
_IS_A_AFTER = re.compile(r"\s+(?:is|was)\s+(?:a|an)\s+")


def _written_before(text: str, words: str, pattern: re.Pattern[str]) -> bool:
    """Do ``words`` stand anywhere in ``text`` (overlapping or not) with ``pattern`` matching right after them?"""
    at = text.find(words)
    while at >= 0:
        if pattern.match(text, at + len(words)):
            return True
        at = text.find(words, at + 1)
    return False


def defined_as_thing(ctx: Context, name: str) -> bool:
    """Does the article define the name as a thing: "<name> is a … <noun>" whose head noun has no sense that
    is a person in WordNet ("Dalton Brody is a Washington, DC, gifts and accessories store")? Judged by a
    helper's strict read: a gift shop the article names was offered as a person who might have said a quote."""
    wn = wordnet.load()
    if wn is None:
        return False
    written = name.strip()
    if written and not _written_before(ctx.article.text, written, _IS_A_AFTER):
        # no "<name> is a"/"was an" anywhere: no match, and no pattern compiled for the name (a new one for each
        # name, compiled afresh for every new article, cost more than the rest of the who-said options)
        return False
    for m in re.finditer(re.escape(written) + _DEFINED_AS, ctx.article.text):
        words = [w.strip(",").lower() for w in m.group(1).split()]
        if any(w in _CLAUSE_WORDS for w in words) or re.search(r",\s+(?:and|or)\b", m.group(1)):
            continue
        head = words[-1]
        senses = wn.senses(wn.base_form(head, "NOUN") or head, "NOUN")
        if senses and all(s.lexname != _NOUN_PERSON for s in senses):
            return True
    return False


# a regnal number after a name ("King George III", "Henry VIII"): a monarch or pope of history, no one of the story
_REGNAL = re.compile(r"\s+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b")
# a year before 1950, or a century, in the sentence: a mention of history
_OLD_TIME = re.compile(r"\b(?:1[0-8]\d\d|19[0-4]\d)s?\b|\bcentur(?:y|ies)\b", re.I)
# words right before a name that make it no subject ("injustices of Jim Crow", "land granted by …", "Trump's")
_NOT_SUBJECT_BEFORE = re.compile(r"(?:\b(?:of|to|with|by|about|like|than|against|from|for|toward|towards|on|at|in|"
                                 r"into|over|under|between|among|the|a|an)\s+|['’]s\s+)$", re.I)
# a verb right after a name, past an appositive or a relative clause ("Tom Hale voted", "Ruth Sommer has not …",
# "Dana Voss, the developer, said")
_ACTS_AFTER = re.compile(
    r"(?:,[^,.;:!?\"“”]{1,80},|,)?\s+(?:(?:also|then|later|now|never|still|has|have|had|is|was|were|will|would|could|"
    r"can|did|does|do|may|might|must|should|said|says|told|tells|took|takes|made|makes|met|meets|went|goes|came|"
    r"comes|got|gets|gave|gives|won|wins|lost|loses|ran|runs|led|leads|left|leaves|spoke|speaks|wrote|writes|"
    r"became|becomes|began|begins|held|holds|kept|keeps|sent|sends|saw|sees|thought|thinks|knew|knows|found|"
    r"finds|put|puts|set|sets|paid|pays|sold|sells|bought|buys|brought|brings|stood|stands|fought|fights|heard|"
    r"hears|built|builds|drew|draws|chose|chooses|grew|grows|rose|rises|fell|falls|drove|drives|flew|flies|"
    r"taught|teaches|caught|spent|spends|wins|hit|hits|let|lets|read|reads|cut|cuts|shot|shoots|sang|sings|"
    r"wore|wears|fled|flees|sought|seeks|struck|strikes|swore|swears|joined|joins|helps|plays|works|lives|"
    r"owns|runs|leads|serves|heads|plans|wants|hopes|faces)\b|[a-z]+ed\b)")
# a role word right before the name ("Council member Tom Hale", "lawyer Nora Quist", "author Ann Lee"), or an
# appositive or relative clause right after it ("Paul Garner, who runs …", "Dana Voss, the developer"), or an
# office or team of theirs ("Carl Dunmore's presidency", "Lee's campaign")
_ROLE_BEFORE = re.compile(r"(?:\b|(?:^|[.!?]\s+)[A-Z])(?:[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|person)|member|"
                          r"chief|head|aide|adviser|advisor|candidate|nominee|judge|coach|officer|captain|director)"
                          r",?\s+$")
# the agent of a passive ("the plans were drawn by Ann Lee", "written … by Dana Malloy"): one who acted
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en|wn|de|ht|lt|nt)\s+(?:[\w'’-]+\s+){0,4}?by\s+$")
_ROLE_AFTER = re.compile(r",\s+(?:a|an|the|who|whose|his|her|their|its|[A-Z][\w.'’-]*['’]s)\s|"
                         r"['’]s\s+(?:[a-z]+\s+)?(?:presidency|administration|campaign|government|office|staff|team|"
                         r"company|firm|party|lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?)\b")


@by_identity
def takes_part(ctx: Context, name: str) -> bool:
    """Does the article present the person as taking part in its story: shown acting (a mention is the subject of
    a verb: "Tom Hale voted …") or given a role ("Council member Tom Hale", "Paul Garner, who runs …"), and no
    figure of its history (a regnal number, "King George III"; every mention in a sentence of a year before 1950;
    one of the famous dead)? Judged blind: "Jim Crow" (a term), King George III and Thomas Jefferson (a line of
    a property's history) offered as people who might have spoken. Only people the ledger gives no claim are
    asked this: a speaker takes part."""
    text = ctx.article.text
    name = name.strip()
    if not name or _REGNAL.match(text, text.find(name) + len(name)) or name in _facts(ctx).dead:
        return False
    surname = name.split()[-1]
    mentions = [(at, name) for at in _word_mentions(text, name)]
    mentions += [(at, surname) for at in _word_mentions(text, surname) if not any(m <= at < m + len(name)
                                                                                  for m, _ in mentions)]
    now = False
    for at, key in mentions:
        if _REGNAL.match(text, at + len(key)):
            return False
        sent = sentence_at(ctx.analysis, at)
        if sent is not None and _OLD_TIME.search(sent.span.text):
            continue  # a mention of history
        now = True
        before = text[max(0, at - 40):at]
        if _ROLE_BEFORE.search(before) or _ROLE_AFTER.match(text, at + len(key)) or _AGENT_BEFORE.search(before):
            return True
        if not _NOT_SUBJECT_BEFORE.search(before) and _ACTS_AFTER.match(text, at + len(key)):
            return True
    return now and role_class(text, name) is not None


def speaker_options(ctx: Context, a: Attribution, n: int, **kw: object) -> list[str] | None:
    """:func:`source_distractors`, never a person reported dead nor one of the credit line; with the
    gender a quotation gives of its speaker ("as a woman …") every option of that gender; a person the ledger
    gives no claim only when the article shows them taking part in the story (:func:`takes_part`). None when
    the keyed person's gender does not match it or is not known."""
    gender = kw.pop("gender", None)
    said = quote_gender(a)
    if said is not None:
        if a.source_kind != "person" or gender_of(ctx, a.source) != said or gender not in (None, said):
            return None
        gender = said
    got = source_distractors(ctx, a, n + 6, gender=gender, **kw)  # type: ignore[arg-type]
    speakers, people = article_memo(ctx, "attribution.speakers_and_people", lambda: (
        frozenset(norm(source_label(o)) for o in ctx.analysis.attributions),
        frozenset(norm(e.text) for e in ctx.analysis.entities if e.label == "PERSON")))
    return [d for d in got if not unfit_speaker(ctx, d)
            and (norm(d) in speakers or norm(d) not in people or takes_part(ctx, d))][:n]


_VERDICT_VERB = re.compile(
    r"\b(?:prais|accus|criticiz|criticis|thank|credit|commend|laud|fault|blam|slam|attack|mock|applaud|"
    r"congratulat|condemn|rebuk|chid|scold|hail|ridicul|denounc|chastis|castigat|lambast|berat|taunt|"
    r"salut|compliment|admir|respect|reward|honou?r|knock|ding|jab|needl|chastiz)\w*\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}$", re.I)


_OBJECT_OF_VERDICT_RE = re.compile(r"\s*,?\s*(?:for|of|as|over|on)\b")


def object_of_verdict(ctx: Context, a: Attribution) -> bool:
    """Is the source the object of another's praise or criticism ("Pence praised Cruz for showing 'the
    courage of his convictions'", "accused Cruz of '…'")? The quoted words are then the praiser's, or
    the praiser's characterisation of the source: judged blind, keyed to Cruz, a wrong key."""
    if a.source_span is None:
        return False
    text = ctx.article.text
    before = text[max(0, a.source_span.start - 60):a.source_span.start]
    after = text[a.source_span.end:a.source_span.end + 40]
    if not _OBJECT_OF_VERDICT_RE.match(after):
        return False
    return bool(_VERDICT_VERB.search(before))


_JOINED_ACROSS_WRITER_RE = re.compile(r"[\"“]\s*[\w'’-]+(?:\s+[\w'’-]+)?\s*$")
_JOINED_ACROSS_WRITER_RE2 = re.compile(r"[\"“”]|''|``")
_JOINED_ACROSS_WRITER_RE4 = re.compile(r"[.!?]\s+\S")


def joined_across_writer(ctx: Context, a: Attribution) -> bool:
    """Are the parts of the claim joined across the writer's own words? Parts of one quotation are shown
    joined ("… … …") only when what stands between them is the speaker's cue ('," Beck said. "', '," said
    Ann Lee, a teacher at the school. "'), in one paragraph, with no words of the writer's after the cue's
    sentence ends; judged blind: Carter's "we need to shift to plentiful coal" joined to the columnist's own
    "We're sorry, but it didn't work out"."""
    spans = sorted(a.content_spans, key=lambda s: s.start)
    if len(spans) < 2:
        return False
    text = ctx.article.text
    names = name_tokens(a.source) | name_tokens(a.source_text)
    for x, y in zip(spans, spans[1:], strict=False):
        # '… News. “That is why …': a word or two past the opening mark the ledger left out are quoted words
        gap = _JOINED_ACROSS_WRITER_RE.sub("\"", text[x.end:y.start])
        inner = gap.strip(" \t,;:.!?\"'“”‘’")
        if not inner:
            continue  # one quotation the ledger split at its punctuation
        if "\n" in gap or _JOINED_ACROSS_WRITER_RE2.search(inner):
            return True  # another paragraph, or another quotation between the parts
        low = {w.lower() for w in _OPEN_ENDED_RE.findall(inner)}
        cue_word = a.cue.strip().split()[0].lower() if a.cue.strip() else ""
        has_cue = bool(low & _GAP_CUES) or cue_word in low
        has_speaker = bool(low & {"he", "she", "they", "i", "we"}) or bool(names & name_tokens(inner))
        if not (has_cue and has_speaker):
            return True
        # '," Santos said over the phone. The ACLU won't …': the writer's sentence after the cue's
        if _JOINED_ACROSS_WRITER_RE4.search(_ABBREVIATION.sub("A", inner)):
            return True
    return False


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|St|Jr|Sr|Rev|Calif|Fla|Mass|"
                           r"Ill|Mich|Penn|Va|Wash|Ariz|Colo|Conn|Ga|Md|Minn|Mo|Nev|Okla|Ore|Tenn|Tex|Wis|No|"
                           r"Inc|Corp|Co|Ltd|[A-Z])\.")
_GAP_CUES = frozenset("said says say told tells added adds wrote writes continued explained noted argued insisted "
                      "asked replied declared recalled warned".split())


_VERBATIM_MIN = 6


def copies_article(ctx: Context, item: Item) -> bool:
    """Does a true/false statement copy the article word for word (its words past "In ¶N, X said" stand
    in the paragraph as written)? "True" is then found by matching, not reading: judged blind."""
    body = re.sub(r"^(?:In|According to) ¶[\d–-]+,\s*", "", item.stem)
    words = [w.lower() for w in re.findall(r"[\w'’-]+", body)]
    # past the speaker's name and the verb: the first lower-case "said"-like word
    cut = next((i for i, w in enumerate(words) if _SPEECH_CUES.match(w) or w in {"wrote", "told"}), None)
    if cut is None:
        return False
    rest = words[cut + 1:]
    if len(rest) < _VERBATIM_MIN:
        return False
    para = " ".join(w.lower() for sup in item.support
                    for w in re.findall(r"[\w'’-]+", ctx.article.text[max(0, sup.start - 300):sup.end + 300]))
    return " ".join(rest) in para


# ---------------------------------------------------------------- quoted or reported

# a quotation in a paragraph: curly marks, or straight double marks in pairs
_QUOTED_RUN = re.compile(r"“[^“”]*”|\"[^\"]*\"")
# any mark that may open or close a quotation (an apostrophe inside a word is none: "Trump's", "don't")
_ANY_QUOTE_MARK = re.compile(r"[\"“”«»‘]|''|(?<![A-Za-z])'|'(?![A-Za-z])|(?<![A-Za-z])’")


def _quoted_runs(text: str) -> list[tuple[int, int]] | None:
    """The quotations of a paragraph as (start, end) offsets with their marks; None when its marks do not
    pair up (a quotation running on from or into another paragraph, a stray or single mark)."""
    runs = [(m.start(), m.end()) for m in _QUOTED_RUN.finditer(text)]
    rest = text
    for s, e in reversed(runs):
        rest = rest[:s] + " " * (e - s) + rest[e:]
    return None if _ANY_QUOTE_MARK.search(rest) else runs


def _only_statement_of_paragraph(ctx: Context, a: Attribution) -> bool:
    """Is ``a`` the one attribution whose words stand in its paragraph (the ledger's view), its words
    all in that paragraph? Then "what X said in ¶N" points to one statement."""
    n = a.paragraph
    if _content_paragraphs(ctx, a) != {n}:
        return False
    return all(o is a or n not in _content_paragraphs(ctx, o) for o in ctx.analysis.attributions)


_QUOTE_FORMS = {
    "quoted": "It quotes {x}'s exact words, inside quotation marks.",
    "reported": "It reports {x}'s point in the writer's own words, with no quotation marks.",
    "partial": "It puts {x}'s point in the writer's own words, quoting only a phrase or two.",
    # judged blind: "It names X as the speaker but does not say what X said" was a throwaway nobody picked;
    # this one a skimmer may take for the quoted form, and a close reader sees the article never says so
    "written": "It quotes {x}'s exact words and says they come from a written statement.",
    # where a written source is named near: the ledger gives the words to X, no relay, so never second-hand
    "retold": "It quotes another person retelling what {x} said.",
}
# a written source ("in a statement", "an email", "tweeted", "a letter"): named near the words asked about,
# or beside their speaker's name, the words may come from it: "they come from a written statement" is
# then no sure wrong option
_WRITTEN_SOURCE = re.compile(
    r"\b(?:statements?|written|wr[io]te|writes|writing|letters?|e-?mails?|e-?mailed|tweet\w*|twitter|posted|"
    r"posts?|facebook|instagram|memos?|memorandum|releas\w*|documents?|filings?|op-?eds?|columns?|essays?|"
    r"blogs?|texted|text messages?|transcripts?|notes?|affidavits?|testimony)\b", re.I)
# a report named near the paragraph asked ("said in a report released Tuesday")
_REPORT_NEAR = re.compile(r"\breports?\b", re.I)
# a cue of spoken words: only then can "a written statement" be wrong for sure
_SPOKEN_CUE = re.compile(r"(?:(?:has|have|had)\s+)?(?:said|says|say|told|tells|added|adds)", re.I)
# words of a paragraph outside its quotation that are no more than its source and cue ("Trump said at one
# point", "Lee, the mayor, told reporters on Monday")
_MAX_FRAME_WORDS = 12


def quote_form(ctx: Context, a: Attribution) -> str | None:
    """"quoted" when ``a``'s paragraph gives its words whole inside quotation marks, with no more
    words outside them than the source and cue; "reported" when the paragraph has no quotation mark
    at all and is one or two sentences the claim fills; else None (a quotation of a phrase or two
    inside the writer's words is a matter of degree: never keyed)."""
    if a.cue_span is None or not a.content_spans or a.source_span is None:
        return None
    par = ctx.article.paragraph(a.paragraph)
    runs = _quoted_runs(par.text)
    if runs is None:
        return None
    spans = [(s.start - par.start, s.end - par.start) for s in a.content_spans]
    if any(s < 0 or e > len(par.text) for s, e in spans):
        return None
    cue = (a.cue_span.start - par.start, a.cue_span.end - par.start)
    if not runs:
        if a.direct:
            return None
        # the claim, its source and cue fill the paragraph: nothing else there the stem could mean
        covered = {i for s, e in (*spans, cue, (a.source_span.start - par.start, a.source_span.end - par.start))
                   for i in range(s, e)}
        outside = "".join(ch if i not in covered else " " for i, ch in enumerate(par.text))
        return "reported" if len(outside.split()) <= _MAX_FRAME_WORDS else None
    if not a.direct:
        return None
    # every quotation of the paragraph is the claim's, and the claim's words are all inside them
    inside = {i for s, e in runs for i in range(s, e)}
    for s, e in spans:
        words = [m for m in re.finditer(r"\w+", par.text[s:e])]
        if not words or any(s + m.start() not in inside for m in words):
            return None
    if any(not any(s - 2 <= rs and re_ <= e + 2 or rs <= s and e <= re_ for s, e in spans) for rs, re_ in runs):
        return None  # a quotation the ledger does not count as the claim's: another statement, or a title
    if any(cue[0] < re_ and rs < cue[1] for rs, re_ in runs):
        return None
    src = (a.source_span.start - par.start, a.source_span.end - par.start)
    for rs, _ in runs:
        lead = re.search(r"(\w+)\s*$", par.text[:rs])
        if lead and not (src[0] <= lead.start(1) < src[1] or cue[0] <= lead.start(1) < cue[1]):
            return None  # judged blind (K30): 'They want to "create an economy that works …," Sanders said': the
            # quotation runs on from the writer's words, a phrase quoted inside them
    outside = "".join(ch if i not in inside else " " for i, ch in enumerate(par.text))
    return "quoted" if len(re.findall(r"\w+", outside)) <= _MAX_FRAME_WORDS else None


def _surely_spoken(ctx: Context, a: Attribution, verb: str) -> bool:
    """Is "they come from a written statement" surely false of ``a``: a cue of spoken words ("said",
    "told"), no written source nor report named in its paragraph or the two before, and no written source
    in any paragraph naming the speaker?"""
    if verb != "said" or not _SPOKEN_CUE.fullmatch(a.cue.strip()):
        return False
    near = [p.text for p in ctx.article.paragraphs if a.paragraph - 2 <= p.number <= a.paragraph]
    if any(_WRITTEN_SOURCE.search(t) or _REPORT_NEAR.search(t) for t in near):
        return False
    # a statement of the speaker's elsewhere ("Lind's office released a statement …") may be where the
    # words come from: no paragraph naming the speaker names a written source
    last = _last_name(source_label(a))
    return bool(last) and not any(word_matches(p.text, last) and _WRITTEN_SOURCE.search(p.text)
                                  for p in ctx.article.paragraphs)


_QUOTE_FORM_STEM = re.compile(r"In ¶\d+(?:–\d+)?, how does the article give what .+ (?:said|wrote)\?")


def is_quote_form_item(it: Item) -> bool:
    """Is ``it`` a :func:`quoted_or_reported` item ("In ¶N, how does the article give what X said?")? A lesson takes
    one only to reach its 10 items: judged blind five times over four sets (T4, D3, the last stop's dev sets, SF,
    J11), the question fits neither the attribution tag nor the certainty tag a teacher maps it to."""
    return it.kind == "multiple_choice" and bool(_QUOTE_FORM_STEM.fullmatch(it.stem))


_QUOTE_LED = re.compile(r"^\s*[\"“‘']")
# a paragraph that sets up an excerpt of another piece ("McCrummen reports:", "The woman's enthusiasm is recorded in
# detail:", "The Post wrote:"): a word of reporting or of a piece, then a colon ending the paragraph
_EXCERPT_SETUP = re.compile(r"\b(?:report(?:s|ed)?|writes|wrote|written|recorded|recounts|recounted|describes|"
                            r"described|article|piece|story|column|excerpt|passage|post|blog|profile|feature)\b"
                            r"[^.!?]*:\s*$", re.I)


def in_relayed_excerpt(ctx: Context, number: int) -> bool:
    """Is paragraph ``number`` part of an excerpt the article reprints from another piece: it and every paragraph
    back to the setup open on a quotation mark, and the setup ends on a colon after a word of reporting or of a
    piece ("McCrummen reports:")? The words there are how that piece gives them, not how this article does."""
    for p in range(number - 1, 0, -1):
        text = ctx.article.paragraph(p + 1).text
        if not _QUOTE_LED.match(text):
            return False
        setup = ctx.article.paragraph(p).text
        if not _QUOTE_LED.match(setup):
            return _EXCERPT_SETUP.search(setup) is not None
    return False


def quoted_or_reported(ctx: Context, a: Attribution) -> Item | None:
    """MC: "In ¶N, how does the article give what X said?": X's exact words in quotation marks, or X's
    point in the writer's own words. Keyed only where the marks make it certain (the paragraph holds
    this one statement: all of it quoted, its source and cue aside, or no quotation mark at all)."""
    if not named(a) or a.relay or a.source_kind not in ("person", "organisation", "government"):
        return None  # judged blind (J1): "what Times wrote", "Times's point": an outlet's words are a
        # piece's, often an old one, and its short name reads badly in every option
    if a.source_confidence < CONFIDENT or not _SPEECH_CUES.match(a.cue.strip()) or not a.source[:1].isupper():
        return None
    if not _only_statement_of_paragraph(ctx, a) or embedded_quote(ctx, a) or titled_work(ctx, a):
        return None
    if in_relayed_excerpt(ctx, a.paragraph):
        return None  # judged blind (T37): the words as another outlet's piece gives them, which the article reprints
    form = quote_form(ctx, a)
    sup = attribution_support(ctx.article, a)
    if form is None or sup is None or sup.paragraph != a.paragraph:
        return None
    said = re.sub(r"^that\s+", "", unquote(a.content).strip())
    if form == "reported" and (not said or _WH_START.match(said) or _FRAGMENT_START.match(said) or open_ended(said)):
        # judged blind: "Groberg then went on to explain what he likes …" gives no point of his (a wh-clause,
        # not :func:`not_a_statement` whole: "just because … did not mean …" is a point in the writer's words)
        return None
    x = source_mid(a)
    if not x[:1].isupper():
        return None  # "the government's exact words": only a name reads well in every option
    verb = say_verb(ctx, a)
    stem = f"In ¶{a.paragraph}, how does the article give what {x} {verb}?"
    forms = {k: v.format(x=x) for k, v in _QUOTE_FORMS.items()}
    if verb == "wrote":
        forms["retold"] = forms["retold"].replace(" said.", " wrote.")
    del forms["retold" if _surely_spoken(ctx, a, verb) else "written"]
    keyed = forms[form]
    distractors = [v for k, v in forms.items() if k != form]
    ctx.rng.shuffle(distractors)
    options, answer = shuffled_options(ctx.rng, keyed, distractors)
    how = ("puts the words inside quotation marks" if form == "quoted" else
           "gives the point with no quotation marks, in its own words")
    explanation = f"{cite(sup)} — the article {how}."
    # how the article gives a person's words, quoted or in its own: attribution. (Judged blind: under "attribution" a
    # misfit twice, T4 and D3; then under "certainty" a misfit on every set since, SF, J11, T8, T9, and all five of
    # D4 and D5, whose judges, briefed with the design card's tags, named attribution the fit.)
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup], difficulty="easy")


# ---------------------------------------------------------------- the cue the writer chose

# verbs of saying that tell how the words were said (not the plain "said", "told", "added"): the stems,
# matched in any inflection, and their past and present forms
_CHOSEN_CUES = {
    "insist": ("insisted", "insists"), "claim": ("claimed", "claims"), "admit": ("admitted", "admits"),
    "warn": ("warned", "warns"), "argu": ("argued", "argues"), "boast": ("boasted", "boasts"),
    "complain": ("complained", "complains"), "acknowledg": ("acknowledged", "acknowledges"),
    "jok": ("joked", "jokes"), "predict": ("predicted", "predicts"), "vow": ("vowed", "vows"),
    "promis": ("promised", "promises"), "declar": ("declared", "declares"), "suggest": ("suggested", "suggests"),
    "assert": ("asserted", "asserts"), "conced": ("conceded", "concedes"), "lament": ("lamented", "laments"),
    "stress": ("stressed", "stresses"), "explain": ("explained", "explains"), "recall": ("recalled", "recalls"),
}
# "…, as Sanders has acknowledged": the source of a writer's aside
_AS_ASIDE = re.compile(r"(?:^|[\s,(—–-])as\s+(?:[A-Z][\w.'’-]*\s+)?$")
# words that share a stem with a cue but are no form of it ("claimant", "promising")
_CUE_STEM_WORD = re.compile(r"[a-z]+")


def _cue_stems_in(text: str) -> set[str]:
    """The cue stems any word of ``text`` starts with ("insisting" -> "insist", "arguments" -> "argu")."""
    found = set()
    for w in _CUE_STEM_WORD.findall(text.lower()):
        for stem in _CHOSEN_CUES:
            if w.startswith(stem):
                found.add(stem)
    return found


def chosen_cue(ctx: Context, a: Attribution) -> Item | None:
    """MC: "In ¶N, which verb introduces X's statement?" when the writer chose a verb that tells how
    the words were said (insisted, admitted, warned …). The distractors are such verbs of the same
    tense that no word of the paragraph is a form of (not "argued" beside "an argument"): one option
    stands in the paragraph, and it is the cue of X's one statement there."""
    if not named(a) or a.relay or a.source_confidence < CONFIDENT or a.cue_span is None or a.source_span is None:
        return None
    if not a.source[:1].isupper() or not _only_statement_of_paragraph(ctx, a):
        return None
    cue = ctx.article.text[a.cue_span.start:a.cue_span.end]
    low = cue.lower()
    key_stem = next((s for s, forms in _CHOSEN_CUES.items() if low in forms), None)
    if key_stem is None or cue != a.cue.strip() or in_quotation(ctx.article, a.cue_span.start):
        return None
    if a.source_span.end > a.cue_span.start and a.source_span.start < a.cue_span.end:
        return None
    if _AS_ASIDE.search(ctx.article.text[max(0, a.source_span.start - 12):a.source_span.start]):
        return None  # judged blind (E41): "The numbers changed over the summer, as Sanders has sometimes
        # acknowledged": the writer's statement, which Sanders is said to grant; no statement of his introduced
    tense = _CHOSEN_CUES[key_stem].index(low)
    par = ctx.article.paragraph(a.paragraph).text
    present = _cue_stems_in(par)
    if present & set(_CHOSEN_CUES) != {key_stem}:
        return None  # two such verbs in the paragraph: which one is "X's statement"'s may be argued
    pool = [forms[tense] for stem, forms in _CHOSEN_CUES.items() if stem not in present]
    distractors = seeded(ctx, pool)[:3]
    if len(distractors) < 3:
        return None
    sup = attribution_support(ctx.article, a)
    if sup is None or sup.paragraph != a.paragraph:
        return None
    x = source_mid(a)
    if not x[:1].isupper():
        return None
    stem = f"In ¶{a.paragraph}, which verb does the article use to introduce {x}'s statement?"
    options, answer = shuffled_options(ctx.rng, low, distractors)
    explanation = (f"{cite(sup)} — the writer chose \"{low}\", which tells how the words were said; the other "
                   "verbs are not in the paragraph.")
    return make_item(SKILL, "multiple_choice", stem, options, answer, explanation, [sup], difficulty="easy")


# a quotation's closing mark, then a participle clause joined to it ('"The struggle continues" and vowing …')
_QUOTE_AND_PARTICIPLE = re.compile(r"[\"”’']\s*,?\s*(?:and|while|before|after)\s+[a-z]+ing\b")
# the words right before a source that make it the one spoken to, not the speaker ("emailed supporters
# saying", "wrote in an email to supporters", "told reporters"); "according to" names a source
_TO_RECIPIENT = re.compile(
    r"(?:(?<!according )(?<!due )(?<!thanks )\bto|\b(?:told|tells|tell|emailed|e-mailed|texted|messaged|"
    r"assured|reassured|urged|thanked|informed|reminded))\s+(?:(?:the|his|her|their|its|our|some|"
    r"all|many)\s+(?:[\w'’-]+\s+)?)?$", re.I)


_RECIPIENT_SOURCE_RE = re.compile(r"[.!?;:\"“”\n]")


def recipient_source(ctx: Context, a: Attribution) -> bool:
    """Is the source the one the words were said to, not their speaker? Judged blind: "The Vermont senator
    emailed supporters saying: 'The struggle continues'" keyed to "Supporters". The ledger's source stands
    right after "emailed"/"told"/"to" in the cue's sentence."""
    if a.source_span is None:
        return False
    text = ctx.article.text
    before = text[max(0, a.source_span.start - 40):a.source_span.start]
    before = _RECIPIENT_SOURCE_RE.split(before)[-1]
    return bool(_TO_RECIPIENT.search(before))


# a cue whose subject stands right before or after it: '"Grizzly Adams?" Maddow repeated', '… said Ann Lee'
_OTHER_CUES = ("said|says|say|told|tells|added|adds|wrote|writes|continued|explained|noted|argued|insisted|asked|"
               "replied|declared|recalled|warned|repeated|responded|answered|interjected|interrupted|countered|"
               "shot back|quipped|joked|laughed|retorted")
_NAME_THEN_CUE = re.compile(rf"^\W*((?:[A-Z][\w'’.-]*\s+){{1,3}})(?:{_OTHER_CUES})\b")
_CUE_THEN_NAME = re.compile(rf"^\W*(?:{_OTHER_CUES})\s+((?:[A-Z][\w'’.-]*\s*){{1,3}})")


# right after a claim, another named speaker's cue closing it: ", former President Bill Clinton said", ", Hale told
# reporters"; not a clause of its own (", though Fiorina said she …", ", Rubio said only that …", ", Lee wrote a blog")
_TOLD_BY = re.compile(r"[\"”’']?\s*,\s*(?:(?!(?:though|although|but|and|while|as|when|after|before|because|since|"
                      r"so|yet|or)\b)[a-z][\w'’-]*\s+){0,3}((?:[A-Z][\w'’.-]*\s+){1,4})(?:said|says|told|tells|added|wrote|writes|"
                      r"explained|claimed|argued|recalled|insisted)\b(?!\s+(?:that|he|she|they|it|we|I|only|his|her|their|"
                      r"a|an)\b)")


_TITLE_DOT = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.")


# "lagged behind many Democrats in calling for …", "joined Republicans in saying …": others made the claim too
_SHARED_ACT = re.compile(r"\b(?:join(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+\w+)?\s+behind|trail(?:s|ed|ing)?|"
                         r"follow(?:s|ed|ing)?|echo(?:es|ed|ing)?|led|lead(?:s|ing)?|was\s+among|were\s+among)\b"
                         r"[^.;:!?]{0,80}\bin\s+$", re.I)


def shared_act(ctx: Context, a: Attribution) -> bool:
    """Is the cue the act of the speaker and others together ("Clinton lagged behind many Democrats in calling for
    the legalization of same-sex marriage", "Lee joined other mayors in urging …")? Then "who called for …?" has
    more than one defensible answer (judged blind, T19: keyed Clinton, "many Democrats" as fair)."""
    if a.cue_span is None:
        return False
    sent = sentence_at(ctx.analysis, a.cue_span.start)
    start = sent.span.start if sent is not None else max(0, a.cue_span.start - 120)
    return _SHARED_ACT.search(ctx.article.text[start:a.cue_span.start]) is not None


def told_by_another(ctx: Context, a: Attribution) -> bool:
    """Does another named person's cue follow the claim in its sentence ("Hillary Clinton thinks the government
    requires too many tests, former President Bill Clinton said")? The claim is then that person's report of the
    source's view, and "who thinks …?" has two defensible answers (judged blind, t5)."""
    if not a.content_spans:
        return False
    end = max(sp.end for sp in a.content_spans)
    m = _TOLD_BY.match(ctx.article.text, end)
    if not m:
        return False
    if any(w.endswith(".") and not (_TITLE_DOT.fullmatch(w) or len(w) == 2) for w in m.group(1).split()):
        return False  # "…, according to the Associated Press.  Weaver told …": a sentence ends before the cue
    teller = name_tokens(m.group(1))
    # "Bill Clinton" is not "Hillary Clinton"; a bare "Clinton" may be
    return bool(teller) and not teller <= (name_tokens(a.source) | name_tokens(a.source_text))


def piece_of_another(ctx: Context, a: Attribution) -> bool:
    """Is a quotation of several pieces joined to words another speaker said? Judged blind: Clinton's
    '"… a lot of different people…" Clinton said. "Grizzly Adams?" Maddow repeated.' joined as one
    quotation of Clinton's. True when, right after a piece (or between two), a cue stands with a named
    subject who is not the source."""
    if len(a.content_spans) < 2:
        return False
    text = ctx.article.text
    names = name_tokens(a.source) | name_tokens(a.source_text)
    spans = sorted(a.content_spans, key=lambda s: s.start)
    for i, x in enumerate(spans):
        stop = spans[i + 1].start if i + 1 < len(spans) else x.end + 80
        after = text[x.end:stop].split("\n")[0]
        after = re.split(r"[\"“]", after.lstrip(" \t\"”’'"), maxsplit=1)[0]
        for rx in (_NAME_THEN_CUE, _CUE_THEN_NAME):
            m = rx.match(after)
            if m and name_tokens(m.group(1)) and not name_tokens(m.group(1)) & names:
                return True
    return False


# cues of a view rather than of words: "In ¶13, Lee believes …" reads badly, "According to ¶13, …" does not
_VIEW_CUE = re.compile(r"^(?:(?:has|have|had|also|still)\s+)*(?:believ\w*|think\w*|thought|fear\w*|hop(?:e|es|ed|ing)|"
                       r"expect\w*|agree\w*|disagree\w*|feel\w*|felt|know\w*|knew|want\w*|wish\w*|doubt\w*|"
                       r"suspect\w*|worr\w*|consider\w*|assum\w*|see|sees|saw|view\w*)\b", re.I)
# "that threshold will be reached": "that" + a bare singular noun + a verb is a demonstrative pointing back
_DEMONSTRATIVE = re.compile(
    r"^\W*(?:that|this|these|those|such)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!s)\s+(?:will|would|is|was|has|"
    r"had|can|could|should|may|might|must|does|did|won't|isn't|wasn't|hasn't|remains|seems|appears|means|"
    r"makes|will not)\b")
_NOT_A_NOUN = frozenset("the a an his her their its our my your some any no every each one this that these those "
                        "he she it they we i you there".split())


_DEMONSTRATIVE_START_RE = re.compile(r"^\W*(?:this|these|those|such)\b", re.I)
_DEMONSTRATIVE_START_RE2 = re.compile(r"[\w'-]+")


def demonstrative_start(content: str) -> bool:
    """Does the claim open on a demonstrative pointing back outside it ("that threshold will be reached",
    "this will hurt")? A bare singular noun after "that" cannot follow the conjunction "that" ("that voters
    will" can), so only such a noun counts."""
    text = unquote(content).strip()
    m = _DEMONSTRATIVE.match(text)
    if m is None:
        return bool(_DEMONSTRATIVE_START_RE.match(text))
    words = _DEMONSTRATIVE_START_RE2.findall(m.group(0))
    return words[1].lower() not in _NOT_A_NOUN


# "this/these/those" + a noun, or "that" + a singular noun closing a phrase ("repeat that mistake"; "that
# mistakes were" is the conjunction), inside a claim: a thing named before the claim; times are no such thing
# "called that report …", "dismissed these claims as …": the writer's words before a quotation point back
_POINTS_BACK_NOUN = re.compile(r"\b(?:that|this|these|those)\s+(?:\w+\s+)?(?:reports?|stor(?:y|ies)|claims?|"
                               r"statements?|articles?|remarks?|comments?|allegations?|accounts?|accusations?|"
                               r"charges?|criticisms?|questions?|suggestions?|rumou?rs?)\b", re.I)
_DEMONSTRATIVE_INSIDE = re.compile(
    r"(?:^|\s)(?:(?:[Tt]his|[Tt]hese|[Tt]hose)\s+(?P<n1>[a-z][\w-]*)|[Tt]hat\s+(?P<n2>[a-z][\w-]*(?<!s)))"
    r"(?=\s*(?:$|[.,;:!?)]|\s(?:and|or|but|in|on|at|to|for|of|with|by|from|again|anymore|before|after|"
    r"because|if|when)\b))")
_DEICTIC_TIME = frozenset("year week month time morning afternoon evening night day weekend season summer fall "
                          "autumn spring winter point way moment era decade century".split())


# the speaker's "he"/"she" said to be someone ("he is the first black president", "she was a nurse")
_SELF_IDENTITY = re.compile(r"\b(?:he|she)(?:['’]s|\s+(?:is|was|has\s+been|had\s+been))\s+(?:not\s+)?(?:the|a|an)\b",
                            re.I)


# a pronoun "one" after "for", "need", "hire" …, ending the claim or before a phrase of time or place ("rejected the
# need for one in the primaries": a pollster, named before the claim)
_ONE_POINTS_BACK = re.compile(r"\b(?:for|need|needs|needed|hire|hired|without|another)\s+(?:a\s+new\s+)?ones?"
                              r"(?=\W*$|\s*[,;:]|\s+(?:in|at|on|during|before|after|by|from|this|last|next)\b)", re.I)


def demonstrative_inside(content: str) -> bool:
    """Does the claim point back outside itself with a demonstrative inside it ("vowed not to repeat that
    mistake": which mistake?)? A statement to judge true or false must say what it is about (judged blind
    on J15). "this year" and the like point at the time of writing, not outside the claim."""
    for m in _DEMONSTRATIVE_INSIDE.finditer(unquote(content)):
        noun = (m.group("n1") or m.group("n2")).lower()
        if noun not in _DEICTIC_TIME and noun not in _NOT_A_NOUN:
            return True
    return False


# a first-person claim of a role or a body ("When I was a senator", "as governor, I", "our campaign"):
# given to another speaker, it is false on its face
_OWN_ROLE = re.compile(
    r"\b(?:we|our|ours|us)\b|"
    r"\b(?:I|my|me)\b(?:\W+\w+){0,6}?\W+(?:senator|governor|mayor|president|secretary|congress\w*|"
    r"representative|senate|house|campaign|administration|office|state|district|city|company|party|"
    r"chairman|chair|director|chief|judge|attorney|minister|general|candidate|nominee|voted|served|elected)\b|"
    r"\b(?:when I was|as (?:a |an |the )?\w+(?:\s+\w+)?,? I|I served|I voted|I ran|I was elected)\b", re.I)


def gives_own_role(a: Attribution) -> bool:
    """Does a quotation give its speaker's own role or body ("when I was a senator", "our campaign"), or reported
    words say what the speaker is ("… due to the fact that he is the first black president", judged blind, T34)? A
    false version given to someone else would be false from its own words (a plan, "he would raise the ferry fares",
    may still be another's)."""
    if a.direct:
        return bool(_OWN_ROLE.search(unquote(a.content)))
    return bool(_SELF_IDENTITY.search(unquote(a.content)))


def plausible_liar(ctx: Context, a: Attribution, names: list[str], used: set[str]) -> Attribution | None:
    """Among the article's other sources named in ``names``, the one to give the claim to in a false
    statement: of the same kind as the real speaker (a person for a person), never one already used,
    speaking nearest the claim (the same part of the article)."""
    best: tuple[int, int, int] | None = None
    out = None
    for i, o in enumerate(ctx.analysis.attributions):
        if not o.source or o.source_kind != a.source_kind:
            continue
        label = source_label(o)
        if label not in names or label in used or speaks_for_other(ctx, o.source, a.source):
            continue
        if tied_to_named_body(ctx, o.source, a.content):
            continue  # "Bill Sammon [of Fox News] has rejected a Fox News proposal": false on its face
        if abs(o.paragraph - a.paragraph) <= 1 and _shared_point(o.content, a.content):
            continue  # "In ¶27, Bush said the United States should play a leadership role …" (Clinton's words),
            # while Bush says in ¶26 that without "our leadership" it won't happen: his point too, arguably
        key = (abs(o.paragraph - a.paragraph), names.index(label), i)
        if best is None or key < best:
            best, out = key, o
    return out


_LONG_WORD = re.compile(r"\b[a-z]{6,}\b")
_PLAIN_LONG = frozenset("because should before against around people really though through without whether "
                        "another little always something nothing anything everything during between".split())


def _shared_point(x: str, y: str) -> bool:
    """Do two claims share a long word of small letters (its first six letters: "leadership", "leader"), not a
    common one? Then a speaker of the one may be read as making the other's point."""
    def stems(t: str) -> set[str]:
        return {w[:6] for w in _LONG_WORD.findall(unquote(t)) if w not in _PLAIN_LONG}
    return bool(stems(x) & stems(y))


def _liar_of(item: Item) -> str:
    """The speaker a false statement names: the label after "not to" in its explanation."""
    m = re.search(r", not to (.+)\.$", item.explanation)
    return m.group(1) if m else ""


@by_identity
def speaks_for_other(ctx: Context, x: str, y: str) -> bool:
    """Is either of two sources named right beside the other ("Clinton's spokeswoman Jen Pike", "Pike, a
    Clinton aide")? One may speak for the other: a claim moved between them may be true of both. (Kept for
    the lesson: each false statement asks it of every other speaker.)"""
    text = ctx.article.text
    for one, other in ((x, y), (y, x)):
        a, b = _surname(one), _surname(other)
        if len(a) < 3 or len(b) < 3:
            continue
        for m in word_matches(text, a):  # r"\bSURNAME\b", found with str.find
            near = text[max(0, m.start() - 50):m.end() + 50]
            if word_matches(near, b) and _STAFF_WORD.search(near):
                return True
    return False


# a post held for someone else: "Clinton's spokeswoman", "communications director for the Lee campaign"
_STAFF_WORD = re.compile(r"\b(?:spokes(?:man|woman|person)|aides?|advis[eo]rs?|director|manager|chair(?:man|woman)?|"
                         r"press secretary|staff(?:er)?|lawyer|attorney|surrogate|strategist|"
                         r"representative)\b", re.I)


def tied_to_named_body(ctx: Context, name: str, claim: str) -> bool:
    """Is the person named beside an organisation the claim itself names ("Ray Hale, an editor at WXYZ
    News" for "… rejected a WXYZ News proposal")? Given that claim, he would be acting against his own
    body: a false statement false on its face, or one a reader could think true."""
    orgs = sorted({e.text for e in ctx.analysis.entities if e.label == "ORG" and len(e.text) > 2
                   and re.search(rf"\b{re.escape(e.text)}\b", claim)})
    sur = _surname(name)
    if not orgs or len(sur) < 3:
        return False
    text = ctx.article.text
    for m in re.finditer(rf"\b{re.escape(sur)}\b", text):
        near = text[max(0, m.start() - 60):m.end() + 60]
        if any(re.search(rf"\b{re.escape(o)}\b", near) for o in orgs):
            return True
    return False


# a claim opening on "he"/"she" most often speaks of its speaker ("Hale said he would …")
_SPEAKER_PRONOUN = re.compile(r"^\W*(?:that\s+)?(?:he|him|his|she|her)\b", re.I)


_STEM_MARK_RE = re.compile(r"[?!][\"”’']*$")


def _stem_mark(body: str) -> str:
    """The question mark a who-said stem ends on, none when the quotation closing it ends on its own question or
    exclamation mark ('… all those stories, right?"'; judged blind, K37: '…right?"?')."""
    return "" if _STEM_MARK_RE.search(body) else "?"

