"""Every word list the claim ledger uses, in one place (lower case unless said otherwise).

Attribution passes, source resolution, evidence and hedges all read their words from here, so a
word added for one concern is visible to the others and no two lists share a name.
"""
from __future__ import annotations

# --- cue verbs (attributions) -----------------------------------------------------------------

# Verbs of saying, thinking and reporting. Content is their clausal complement or a quotation.
SPEECH_CUES = {
    "say", "tell", "add", "claim", "state", "explain", "write", "suggest", "reveal", "confirm",
    "acknowledge", "admit", "allege", "assert", "contend", "declare", "emphasise", "emphasize",
    "maintain", "predict", "reply", "respond", "stress", "testify", "think", "believe", "argue",
    "insist", "warn", "note", "report", "announce", "deny", "conclude", "agree", "complain",
    "comment", "observe", "remark", "mention", "recall", "concede", "boast", "vow", "pledge",
    "promise", "estimate", "fear", "hope", "expect", "find", "show", "indicate", "continue",
    "point", "caution", "charge", "repeat", "recommend", "demand", "propose", "accept", "feel",
    "worry", "suspect", "assume", "reckon", "read", "tweet", "post", "answer", "counter",
    "question", "ask", "inform", "brief",
    # ... and verbs of saying met in political news: "assured voters that ...", "reiterated that ...",
    # "lamented that ...", "reminded the crowd that ...", "shouted, '...'", "implied that ..."
    "assure", "reassure", "reiterate", "reaffirm", "affirm", "lament", "bemoan", "remind", "shout", "yell",
    "scream", "chant", "exclaim", "imply", "retweet", "recount", "quip", "joke", "retort", "proclaim",
    "underscore", "opine",
}
# Verbs of saying that only say in a saying's shape: with a quotation they introduce or follow ('"...," she
# continued', 'He concluded: "..."'), set off as a parenthesis ("The fees, she observed, are fair") or with a
# clause ("concluded that ..."); in any other use they narrate ("The rally continued for hours", "Investigators
# concluded the inquiry in May", "Astronomers observed the comet", "the city boasts a new stadium")
QUOTATION_CUES = {"continue", "conclude", "remark", "reiterate", "observe", "quip", "joke", "lament", "proclaim",
                  "assure", "boast", "caution", "exclaim"}
# ... of which these say something with an object alone too, listed as unsure claims ("reiterated her plan for bus
# lanes", "lamented the loss of the hall", "proclaimed a goal of ..."): their object is what was said
OBJECT_SAYING_QUOTATION_CUES = {"reiterate", "lament", "proclaim"}
# ... save these prepositional objects, which are sayings too ("cautioned against raising the fees", "boasted of")
QUOTATION_CUE_PREPS = {("caution", "against"), ("boast", "of"), ("boast", "about")}
# Verbs whose direct object can be the claim ("announced visa restrictions", "denied the report").
OBJECT_CUES = {
    "accuse", "announce", "describe", "deny", "reject", "recommend", "cite", "defend", "reveal", "confirm",
    "praise", "criticise", "criticize", "welcome", "blame", "question", "dispute", "condemn",
    "dismiss", "propose", "predict", "acknowledge", "admit", "support", "oppose", "call",
    "characterise", "characterize", "label", "decry", "slam", "hail", "applaud", "blast", "dub", "brand",
}
# Labels that open a paragraph with a colon but are no speaker ("UPDATE: ...", "Photo: ...").
NOT_SPEAKERS = {"update", "updated", "photo", "photos", "video", "watch", "read", "related", "note", "editor",
                "editor's", "source", "sources", "credit", "image", "caption", "correction", "warning", "breaking",
                "exclusive", "analysis", "opinion", "q", "a", "question", "answer", "listen", "see", "more", "also"}
# Verbs that name what something is: "called the bill anti-gay", "labelled it a lie" (object + complement).
NAMING_CUES = {"call", "label", "dub", "brand", "term"}
# Verbs that state a view with "Y as Z" ("views the deal as a mistake", "portrayed him as weak").
AS_CUES = {"view", "regard", "see", "portray", "paint", "cast", "consider", "treat"}
# "expressed concern that ...": the feelings whose expression is a stance (the object is the claim).
EXPRESSED_NOUNS = {"concern", "concerns", "support", "doubt", "doubts", "hope", "opposition", "frustration",
                   "confidence", "skepticism", "scepticism", "optimism", "disappointment", "anger", "regret",
                   "sympathy", "outrage", "dismay", "worry", "worries", "interest", "reservations", "alarm"}
# Nouns of saying and stance whose owner speaks ("Trump's claim that ...", "Obama's endorsement of Clinton").
NOUN_CUES = {"claim", "claims", "statement", "warning", "promise", "pledge", "criticism", "endorsement",
             "support", "opposition", "suggestion", "assertion", "allegation", "allegations", "argument",
             "insistence", "denial", "remarks", "comments", "belief", "demand", "vow", "threat", "call",
             "contention", "prediction", "admission", "accusation", "accusations", "praise", "attack", "attacks",
             "case"}
# ... and the prepositions that introduce their content ("support for", "criticism of").
NOUN_CUE_PREPS = {"for", "of", "against", "on"}
# Nouns of a view or a proposal whose possessive owner holds it, each with the prepositions that bring its
# content ("Hale's proposal for a bus lane", "her position on the levy", "his passion for flying"): listed
# as unsure claims (the ledger's broad shapes), since "the mayor's announcement of a date" may only report news.
BROAD_NOUN_CUES = {"announcement": ("of",), "proposal": ("for", "of"), "proposals": ("for", "of"),
                   "passion": ("for",), "position": ("on",), "positions": ("on",), "stance": ("on",),
                   "views": ("on",), "estimate": ("of",), "estimates": ("of",), "disagreement": ("with", "over"),
                   "disagreements": ("with", "over"), "interpretation": ("of",), "diagnosis": ("of",),
                   "rejection": ("of",), "defense": ("of",), "defence": ("of",), "embrace": ("of",),
                   "dismissal": ("of",), "plea": ("for",), "push": ("for",), "enthusiasm": ("for",),
                   "disdain": ("for",), "contempt": ("for",), "distaste": ("for",), "objection": ("to",),
                   "objections": ("to",)}
# Verbs whose prepositional object is the claim: "called for a ban", "argued for a tax".
PREP_OBJECT_CUES = {("call", "for"), ("argue", "for"), ("argue", "against"), ("agree", "with"), ("point", "to"),
                    ("campaign", "against"), ("warn", "against"), ("rail", "against"), ("advocate", "for")}
# Verbs of judging a person: "criticized Bill Clinton", "praised Sanders" state a view of the person named.
JUDGING_CUES = {"criticise", "criticize", "praise", "blast", "slam", "applaud", "blame", "condemn", "hail"}
# Object cues that are acts of saying even with a short object ("announced his candidacy", "confirmed the
# deal"), unlike "defended the plan", which is an action.
SAYING_OBJECT_CUES = {"announce", "confirm", "acknowledge", "admit", "predict", "reveal", "recommend", "propose"}
# Verbs of stance: "X endorsed Clinton", "X backs the tax bill" state where X stands.
STANCE_CUES = {"endorse", "back", "favor", "favour", "support", "oppose"}
# Verbs that take "X to do Y" ("urged the U.S. to take ...").
DIRECTIVE_CUES = {"urge", "call", "warn", "tell", "invite", "advise", "beg", "plead", "implore",
                  "promise", "vow", "pledge", "recommend", "demand"}
# Cues whose content may be a gerund clause ("suggested cutting the fares", "denied having seen it").
GERUND_CUES = {"suggest", "propose", "recommend", "deny", "admit", "acknowledge", "advocate", "mention", "recall",
               "defend", "rule", "urge"}
# Nouns of a view held by no one named ("the idea that ...", "a common refrain is that ..."); the nouns of
# saying (NOUN_CUES: "the claim that ...") need an owner, so none of them is here.
UNOWNED_VIEW_NOUNS = {"idea", "notion", "assumption", "perception", "refrain", "theory", "view", "impression"}
# Verbs of intent that state a stance only with a "to" clause and a named subject ("Sanders threatened to
# sue", "the party plans to appeal"); "you want to ..." or "it seeks to ..." are no one's claim.
INTENT_CUES = {"threaten", "plan", "intend", "refuse", "seek", "want", "agree", "aim", "hope"}
# Adjectives of eagerness through which a cue's subject speaks: "Hale was quick to point out that ...",
# "she was careful to note that ..." (not "likely"/"expected": "is likely to argue" is a forecast).
EAGER_ADJECTIVES = {"quick", "eager", "keen", "careful", "happy", "glad", "proud", "pleased", "anxious", "swift",
                    "adamant", "emphatic", "fast", "determined"}
# Verbs that need a clausal content to count as attribution (too common otherwise).
NEEDS_CLAUSE = {"show", "find", "know", "feel", "think", "expect", "hope", "continue", "point",
                "understand", "answer", "read", "add", "question", "accept", "post", "tweet",
                "indicate", "repeat", "suggest", "fear", "worry", "assume", "reckon"}
# Verbs of thinking: "I think" inside someone's answer is part of that answer, not a claim.
MENTAL_CUES = {"think", "believe", "feel", "guess", "hope", "suppose", "reckon", "assume", "expect", "know"}
# Object cues whose object is a claim even when it is short ("denied it").
CONTRARY_CUES = {"deny", "reject", "dispute", "dismiss", "condemn"}
# Cues that say something about data rather than a person's word ("the figures show").
DATA_CUES = {"show", "find", "indicate", "reveal", "suggest"}
# Data, not a source: "the results show X" is evidence for X, not someone's claim.
DATA_NOUNS = {"figures", "data", "results", "statistics", "numbers", "findings", "evidence", "records"}
# What is denied when a denial is an action ("denied AMD access"), not a rebuttal.
DENIED_THINGS = {"access", "entry", "permission", "visa", "visas", "request", "bail", "service", "funding",
                 "permit", "approval", "admission", "passage", "asylum", "parole", "licence", "license"}
# Cues that may take an indirect question and still make a claim ("explained how ...").
EXPLAINING_CUES = {"explain", "describe", "detail", "reveal", "show", "outline", "tell",
                   "emphasize", "emphasise", "stress", "underscore", "highlight"}  # "emphasizing why X is crucial"
# Passive verbs that make an impersonal claim with no source ("is believed to", "accused of").
IMPERSONAL_VERBS = {"believe", "allege", "accuse", "say", "think", "report", "describe", "suspect",
                    "claim", "rumour", "rumor", "estimate", "understand", "characterise",
                    "characterize", "consider", "expect", "fear", "suppose", "presume", "assert"}
# ... of which these hedge only before "to" ("is thought to"; not "well thought out").
IMPERSONAL_NEEDS_TO = {"think", "say", "report", "expect", "understand", "consider", "estimate",
                       "rumour", "rumor"}
# Passive cues whose content runs from the auxiliary ("is described as ...").
DESCRIBING_VERBS = {"describe", "characterise", "characterize"}
# Adverbs that turn a sentence into a hedged, unsourced claim.
IMPERSONAL_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "ostensibly",
                      "rumoredly", "seemingly"}
# Relative words that open a reporter's aside after a comma (", where China is accused ...").
WH_ASIDE = {"where", "which", "who", "whom", "whose", "when"}

# --- sources ----------------------------------------------------------------------------------

CAPITALS = {
    "beijing": "Chinese government", "washington": "U.S. government", "moscow": "Russian government",
    "london": "British government", "kyiv": "Ukrainian government", "kiev": "Ukrainian government",
    "tehran": "Iranian government", "pyongyang": "North Korean government",
    "seoul": "South Korean government", "tokyo": "Japanese government", "new delhi": "Indian government",
    "paris": "French government", "berlin": "German government", "brussels": "European Union",
    "canberra": "Australian government", "ottawa": "Canadian government", "jerusalem": "Israeli government",
    "ankara": "Turkish government", "riyadh": "Saudi government", "islamabad": "Pakistani government",
    "kabul": "Afghan government", "damascus": "Syrian government", "taipei": "Taiwanese government",
    "hanoi": "Vietnamese government", "caracas": "Venezuelan government", "havana": "Cuban government",
    "cairo": "Egyptian government", "baghdad": "Iraqi government", "rome": "Italian government",
    "madrid": "Spanish government", "manila": "Philippine government", "jakarta": "Indonesian government",
    "nairobi": "Kenyan government", "pretoria": "South African government", "brasilia": "Brazilian government",
    "mexico city": "Mexican government", "bangkok": "Thai government", "minsk": "Belarusian government",
    "warsaw": "Polish government", "budapest": "Hungarian government", "whitehall": "British government",
    "downing street": "British government", "the kremlin": "Russian government", "kremlin": "Russian government",
    "the white house": "U.S. government", "white house": "U.S. government",
}
NEWS_OUTLETS = {
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bbc", "bbc news", "cnn", "fox news",
    "nbc", "nbc news", "abc", "abc news", "cbs", "cbs news", "npr", "the new york times", "new york times",
    "the washington post", "washington post", "the guardian", "guardian", "the times", "the telegraph",
    "sky news", "gb news", "the i", "the independent", "bloomberg", "the wall street journal",
    "wall street journal", "al jazeera", "xinhua", "tass", "the economist", "politico", "axios",
    "the sydney morning herald", "sydney morning herald", "the age", "financial times", "the financial times",
    "dpa", "kyodo", "yonhap", "global times", "the global times", "daily mail", "the daily mail", "the sun",
    "le monde", "der spiegel", "usa today", "los angeles times", "the atlantic", "vox", "wikinews",
    "channel 4 news", "itv news", "the hill", "the observer", "the australian", "abc news australia",
    # news agencies run by governments are news outlets too
    "kcna", "korean central news agency", "irna", "islamic republic news agency", "sana", "wam", "spa",
    "saudi press agency", "anadolu", "anadolu agency", "ria novosti", "ria", "cctv", "cgtn", "rt", "press tv",
    "prensa latina", "vna", "vietnam news agency", "bernama", "antara", "pti", "press trust of india", "efe",
    "ansa", "mena", "petra", "qna", "kuna", "fars", "tasnim", "sputnik", "people's daily",
}
# The last word of an outlet's name ("the Daily Herald", "Channel 5 News", "Fox Television").
OUTLET_NAME_WORDS = {"herald", "times", "post", "gazette", "journal", "tribune", "telegraph", "chronicle",
                     "observer", "express", "mirror", "daily", "news", "newspaper", "broadcasting", "broadcaster",
                     "television", "tv", "radio", "magazine", "review", "standard", "inquirer", "courier",
                     "register", "globe", "bee", "dispatch", "sentinel", "enquirer", "examiner", "bulletin"}
OUTLET_NOUNS = {"newspaper", "media", "outlet", "broadcaster", "paper", "press", "tabloid", "magazine",
                "agency", "reporter", "reporters", "journalist", "journalists", "report", "reports", "website"}
# Nouns that name a written source, studies and data included ("the report", "a study", "the letter").
WRITTEN_SOURCE_NOUNS = {
    "report", "study", "letter", "document", "documents", "figures", "data", "survey",
    "results", "statement", "research", "analysis", "poll", "paper", "findings", "review",
    "memo", "email", "records", "filing", "ruling", "judgment", "guidance", "policy", "audit",
    "assessment", "estimate", "estimates", "statistics", "census", "article", "articles",
    "book", "website", "notice", "order", "questionnaire", "investigation", "inquiry", "minutes",
    "complaint", "lawsuit", "suit", "indictment", "affidavit", "petition", "transcript", "warrant", "verdict",
    "motion", "memorandum", "dossier", "manifesto", "proposal", "draft", "polls", "average", "averages",
    "summary", "summaries", "emails", "e-mail", "e-mails", "memos", "letters", "filings"}
# Heads through which their owner speaks ("Cornyn's statement", "the senator's spokesman").
VOICE_NOUNS = {"words", "office", "spokesperson", "spokesman", "spokeswoman"}
GOVERNMENT_NOUNS = {"government", "ministry", "department", "administration", "office", "cabinet",
                    "parliament", "congress", "senate", "council", "authorities", "authority", "regime",
                    "police", "military", "army", "court", "prosecutors", "prosecution", "crown", "state",
                    "commission", "embassy", "agency", "white", "kremlin", "nasa", "who", "un", "eu",
                    "nato", "pentagon", "treasury", "officials", "official", "spokesperson", "spokesman",
                    "spokeswoman", "minister", "secretary", "ambassador", "president", "governor",
                    "senator", "mayor", "chancellor", "premier"}
# Of those, the ones that are the government itself when no name is given ("the ministry said").
GOVERNMENT_BODIES = {"government", "ministry", "administration", "department", "office", "authorities", "police",
                     "military", "army", "navy", "prosecutors", "prosecution", "regime", "cabinet", "parliament",
                     "congress", "senate", "embassy", "treasury", "pentagon", "kremlin", "judiciary"}
# Nouns for an organisation that speaks ("the union said", "the company said").
ORGANISATION_NOUNS = {"union", "company", "firm", "charity", "party", "campaign", "association", "foundation",
                      "organisation", "organization", "university", "hospital", "club", "board", "bank",
                      "corporation", "coalition", "alliance", "network", "institute", "society", "church",
                      "league", "federation", "group", "team", "committee", "business", "manufacturer",
                      "airline", "retailer", "publisher", "school", "museum", "agency", "council"}
# People who speak for an organisation when it is named with them ("Gateway executives").
VOICE_PLURALS = {"executives", "officials", "spokespeople", "representatives", "leaders", "managers",
                 "directors", "staff", "employees", "lawyers", "attorneys", "members"}
# Definite plurals that stand for a research team named before ("the researchers said").
RESEARCH_NOUNS = {"researchers", "scientists", "authors", "investigators", "team", "academics"}
RESEARCH_ORG_WORDS = {"university", "institute", "college", "laboratory", "lab", "school", "centre", "center",
                      "hospital", "academy", "foundation", "observatory"}
GROUP_NOUNS = {"critics", "officials", "experts", "residents", "inmates", "researchers", "scientists",
               "activists", "analysts", "witnesses", "sources", "people", "supporters", "opponents",
               "campaigners", "observers", "diplomats", "doctors", "teachers", "parents", "students",
               "lawmakers", "legislators", "protesters", "protestors", "locals", "villagers", "workers",
               "authors", "organisers", "organizers", "investigators", "economists", "advocates", "groups",
               "detainees", "refugees", "victims", "families", "members", "leaders", "insiders", "aides",
               "others", "many", "some", "most", "several", "commentators", "academics"}
ROLE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "ambassador", "president",
              "governor", "senator", "mayor", "professor", "doctor", "dr", "chief", "director", "chairman",
              "chairwoman", "chair", "ceo", "administrator", "coach", "prosecutor", "judge", "lawyer",
              "barrister", "campaigner", "researcher", "leader", "official", "premier", "chancellor",
              "commissioner", "general", "captain", "head", "founder", "member", "author", "expert",
              "scientist", "analyst", "attorney", "sheriff", "inspector", "manager", "principal"}
# Titles written before one person's name ("Pope Francis", "Senator Lane"): "the pope" alone is that person when
# the article writes the title before no other name.
TITLE_WORDS = ROLE_NOUNS | {"pope", "pontiff", "bishop", "archbishop", "cardinal", "rabbi", "imam", "king", "queen",
                            "prince", "princess", "emperor", "sultan", "sheikh", "reverend", "pastor"}
# Capitalised words that belong to organisations and places, never to a person's name.
NOT_NAME_WORDS = GOVERNMENT_NOUNS | WRITTEN_SOURCE_NOUNS | OUTLET_NOUNS | {
    "news", "times", "post", "council", "office", "party", "union", "group", "centre", "center", "university",
    "institute", "committee", "association", "foundation", "bank", "company", "house", "street"}
# abbreviated titles before a name, as the role a later description names ("Sen. Lane" ... "the senator")
TITLE_ABBREVIATIONS = {"sen": "senator", "gov": "governor", "rep": "representative", "sec": "secretary",
                       "secy": "secretary", "gen": "general", "pres": "president", "atty": "attorney",
                       "lt": "lieutenant", "prof": "professor", "amb": "ambassador", "supt": "superintendent",
                       "adm": "admiral", "col": "colonel", "capt": "captain", "sgt": "sergeant",
                       "congressman": "representative", "congresswoman": "representative",
                       "congressperson": "representative"}
# words that make a role another one ("former President X" is not "the president", "Vice President X" neither)
RANK_WORDS = frozenset({"former", "ex", "vice", "deputy", "assistant", "acting", "associate", "lieutenant", "under",
                        "outgoing", "incoming", "late", "onetime", "one-time", "retired", "interim", "co",
                        "then", "erstwhile", "would-be"})
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}
PLURAL_PRONOUNS = {"they", "them", "we"}
FEMALE_TITLES = {"ms", "mrs", "miss", "madam", "dame", "lady", "sister"}
MALE_TITLES = {"mr", "sir", "lord", "brother"}
# Capitalised words before a surname that are not a given name (case as written).
NOT_GIVEN_NAMES = {
    "The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "Professor", "Prof", "Sir", "Dame", "Lord", "Lady", "Senator",
    "President", "Minister", "Secretary", "Governor", "Ambassador", "Judge", "Justice", "General", "Chief",
    "Director", "Council", "Office", "Department", "Ministry", "Party", "Prime", "Home", "Foreign", "State",
    "Labour", "Republican", "Democrat", "Democratic", "Conservative", "Liberal", "Officer", "Captain", "Coach",
    "Administrator", "Spokesperson", "Spokesman", "Spokeswoman", "Commissioner", "Mayor", "Rep", "Sen",
    "According", "Said", "Says", "By", "When", "While", "After", "Before", "But", "And", "If", "In", "On",
}

# --- evidence ---------------------------------------------------------------------------------

STUDY_NOUNS = {"study", "report", "survey", "research", "analysis", "poll", "review", "findings",
               "results", "audit", "census", "investigation", "inquiry", "experiment", "figures",
               "data", "statistics", "assessment"}
# Records an article can cite as evidence (letters, memos, filings), as opposed to studies.
RECORD_NOUNS = {"letter", "document", "documents", "memo", "email", "records", "filing", "ruling",
                "transcript", "guidance", "contract", "statement", "files", "emails", "cable"}
# A record counts as evidence when the article cites it: as the subject of a verb of saying or
# showing, or described as seen, obtained or leaked.
CITING_VERBS = {"say", "read", "show", "state", "reveal", "suggest", "indicate", "find", "warn", "note",
                "confirm", "conclude", "recommend", "describe", "add", "outline", "list"}
CITED_MARKS = {"leaked", "seen", "obtained", "published", "internal", "confidential", "released", "court"}
# Words in a written source's name that make it a record rather than a study.
RECORD_SOURCE_WORDS = {"letter", "document", "memo", "records", "statement"}
EXPERT_WORDS = {"professor", "dr", "dr.", "doctor", "researcher", "scientist", "expert", "economist",
                "analyst", "academic", "specialist", "epidemiologist", "physician", "lecturer"}
OFFICIAL_WORDS = {"secretary", "minister", "spokesperson", "spokesman", "spokeswoman", "president",
                  "ambassador", "governor", "senator", "administrator", "official", "officials", "mayor",
                  "prime", "chancellor", "prosecutor", "government", "ministry", "department", "office",
                  "police", "commissioner", "chief", "ceo", "director", "agency", "nasa", "administration",
                  "crown", "court", "council", "authorities"}
# People who saw or took part: what they say is first-hand testimony.
WITNESS_WORDS = {"inmates", "witnesses", "residents", "survivors", "victims", "detainees", "refugees",
                 "parents", "patients", "member", "members", "eyewitness", "eyewitnesses", "campaigner",
                 "families", "workers", "students", "locals", "villagers", "witness", "resident", "survivor",
                 "victim", "coach", "captain", "player", "players", "teammate", "participant", "participants",
                 "passenger", "passengers", "driver", "neighbour", "neighbor", "neighbours", "neighbors",
                 "mother", "father", "son", "daughter", "wife", "husband", "relative", "relatives", "patient",
                 "student", "worker", "employee", "employees", "volunteer", "volunteers", "protester",
                 "protesters", "attendee", "attendees", "customer", "customers", "owner", "farmer", "farmers"}
# What the article's own reporter saw: "a reporter saw", "Wikinews observed".
OBSERVING_CUES = {"saw", "observed", "witnessed", "noticed", "watched", "found", "counted", "visited"}
REPORTER_WORDS = {"reporter", "reporters", "correspondent", "wikinews", "journalist", "journalists", "we"}
# Where a claim is made that makes it an official statement ("told a daily briefing").
OFFICIAL_SETTINGS = {"briefing", "conference", "communique", "communiqué", "release", "statement", "hearing"}
# Verbs whose small counts are still measurements ("killing seven", "arrested four").
HARM_VERBS = {"kill", "injure", "wound", "arrest", "detain", "evacuate", "rescue", "hospitalise",
              "hospitalize", "displace", "infect", "lose", "strike", "hurt"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}
TIME_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "second",
              "minute", "hour", "day", "week", "month", "year", "decade"}
# A number after one of these labels something rather than measuring it.
NOT_A_MEASURE_BEFORE = {"section", "sections", "article", "clause", "chapter", "paragraph", "version", "v",
                        "no", "no.", "number", "aged", "age", "ages", "room", "route", "flight", "page",
                        "pages", "rule", "amendment", "title", "resolution", "bill", "highway", "interstate"}
LARGE_NUMBER_WORDS = {"dozens", "hundreds", "thousands", "millions", "billions", "million", "billion",
                      "thousand", "hundred", "trillion"}

# --- hedges -----------------------------------------------------------------------------------

HEDGE_VERBS = {"believe", "allege", "accuse", "suppose", "rumour", "rumor", "estimate", "suspect",
               "appear", "seem", "claim", "think", "presume", "describe", "assert", "expect", "report", "suggest"}
# ... of which these hedge in the passive only before "to"/"as".
HEDGE_NEEDS_TO = {"think", "report", "expect", "estimate", "describe"}
ACCUSING_VERBS = {"accuse", "allege"}  # an accusation is unproven whoever makes it
HEDGE_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "possibly",
                 "probably", "potentially", "perhaps", "likely", "unlikely", "seemingly", "arguably",
                 "ostensibly", "presumably", "maybe"}
HEDGE_ADJECTIVES = {"supposed", "alleged", "suspected", "purported", "so-called", "apparent", "possible",
                    "likely", "potential", "unconfirmed", "presumed", "unverified"}
# Hedges that say the claim is second-hand or unproven (surer hedges than "possibly").
HEARSAY_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "ostensibly"}
HEARSAY_NOUNS = {"reports", "rumours", "rumors", "speculation"}
# Nouns that present the clause after them as feared, alleged or rumoured ("allegations that ...").
SPECULATION_NOUNS = {"concerns", "fears", "allegations", "claims", "rumours", "rumors", "speculation",
                     "suspicions", "suggestions"}
TENTATIVE_VERBS = {"suggest"}  # "the data suggests": active, still tentative
HEDGE_MODALS = {"may", "might", "could"}
# "about/around/roughly" hedge only before a number.
APPROXIMATORS = {"about", "around", "roughly", "approximately", "nearly", "almost", "some", "estimated", "up"}
# Endings of common nouns for people ("voters", "donors", "activists", "Republicans", "residents",
# "employees", "congressmen"): a noun without one, and in no list of speakers, holds no views.
PERSON_NOUN_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "an", "ans", "ant", "ants", "ent",
                       "ents", "ee", "ees", "man", "men", "woman", "women", "ive", "ives", "ic", "ics", "crat",
                       "crats", "ite", "ites", "ate", "ates", "als")
PEOPLE_NOUNS = {"people", "person", "public", "electorate", "voters", "crowd", "audience", "base", "establishment",
                "majority", "minority", "community", "faithful", "elite", "staff", "everyone", "family", "families",
                "friend", "friends", "ally", "allies", "side", "camp", "fan", "fans", "youth", "adults", "children",
                "men", "women", "guy", "guys", "folks", "colleague", "colleagues", "partner", "partners", "wing",
                "troops", "personnel", "boy", "boys", "girl", "girls", "kids", "percent", "%", "half", "third",
                "quarter", "share", "number", "headline", "headlines", "email", "emails", "tweet", "tweets", "ad",
                "ads", "message", "messages", "post", "posts", "arm"}
# "economics", "demographics", "politics": -ics words that are fields, not people
NOT_PEOPLE_ICS = {"demographics", "economics", "politics", "statistics", "dynamics", "mechanics", "optics",
                  "ethics", "basics", "logistics", "metrics", "physics", "tactics", "graphics"}

# --- broad attributions (listed in the ledger as unsure claims; lessons never quiz them) ---------

# Verbs and the preposition whose object is what someone speaks or thinks about, or stands for
# ("talked about the record", "voted for Carson", "pushed for a ban", "responded to questions").
BROAD_PREP_CUES = {("talk", "about"), ("speak", "about"), ("ask", "about"), ("write", "about"),
                   ("complain", "about"), ("worry", "about"), ("think", "about"), ("warn", "about"),
                   ("joke", "about"), ("testify", "about"), ("tweet", "about"), ("care", "about"),
                   ("speak", "of"), ("comment", "on"), ("elaborate", "on"), ("focus", "on"),
                   ("insist", "on"), ("refer", "to"), ("respond", "to"), ("point", "to"), ("object", "to"),
                   ("vote", "for"), ("vote", "against"), ("push", "for"), ("vouch", "for"), ("press", "for"),
                   ("lobby", "for"), ("fight", "for"), ("apologize", "for"), ("apologise", "for"),
                   ("side", "with"), ("disagree", "with"), ("reflect", "on"), ("opt", "for"),
                   ("boast", "about"), ("brag", "about"), ("hint", "at"), ("touch", "on"),
                   ("comment", "about"), ("campaign", "for"), ("campaign", "on"), ("harp", "on"), ("dwell", "on"),
                   ("caution", "against"), ("turn", "against"), ("inveigh", "against"), ("push", "against"),
                   ("speak", "against"), ("opine", "on"), ("allude", "to"), ("identify", "with"),
                   ("empathize", "with"), ("sympathize", "with"), ("rail", "about"), ("stump", "for"), ("lash", "at")}
# A verb and its object that state a stance together, with the preposition that brings what it is on ("took issue
# with the plan", "took aim at the mayor", "found fault with the bill")
STANCE_OBJECT_IDIOMS = {("take", "issue"): "with", ("take", "aim"): "at", ("take", "exception"): "to",
                        ("find", "fault"): "with"}
# Verbs of judging, stance and saying whose object is the view ("denounced the plan", "lambasted Trump").
BROAD_OBJECT_CUES = {"denounce", "attack", "lambaste", "assail", "ridicule", "mock", "question", "endorse",
                     "back", "support", "oppose", "prefer", "like", "love", "hate", "rebut", "dismiss",
                     "discuss", "mention", "tout", "promote", "champion", "advocate",
                     "share", "tweet", "post", "raise", "outline", "lay", "list", "stress",
                     "emphasize", "emphasise", "highlight", "deride", "derides", "fault", "challenge",
                     "tell", "say", "answer", "repeat", "echo", "cite", "acknowledge", "want", "need",
                     "propose", "plan", "demand", "urge", "predict",
                     "accuse", "blame", "praise", "criticize", "criticise", "slam", "blast", "defend",
                     "congratulate", "reference", "invoke", "downplay", "embrace",
                     # "the company reported a loss", "Hale reported raising $2 million": what a filing or a
                     # statement gives out
                     "report"}
# Verbs of intent and stance with a "to" clause, whatever the subject ("the campaign plans to ...").
BROAD_INTENT_CUES = {"want", "plan", "intend", "refuse", "seek", "hope", "aim", "decline", "threaten",
                     "promise", "vow", "pledge", "agree", "wish", "prefer", "like", "love", "hate", "expect",
                     "offer", "urge", "encourage", "call", "beg", "ask"}
# Of the broad object cues, the verbs of stance whose short object is still a view ("endorsed her",
# "opposes abortion", "backed the deal"); unsure claims, since "backed the car" is no view.
BROAD_STANCE_CUES = {"endorse", "back", "support", "oppose", "champion", "favor", "favour"}
# Adjectives of stance after a copula, with the prepositions that bring what the stance is on ("is worried about
# the cost", "was critical of the plan"); "that" marks those whose clause is the view ("is confident that ...").
STANCE_ADJECTIVES = {"confident": ("that", "of", "about"), "adamant": ("that", "about"), "certain": ("that",),
                     "sure": ("that",), "worried": ("that", "about"), "concerned": ("that", "about", "over", "with"),
                     "skeptical": ("that", "of", "about"), "sceptical": ("that", "of", "about"),
                     "critical": ("of",), "supportive": ("of",), "optimistic": ("that", "about"),
                     "pessimistic": ("that", "about"), "hopeful": ("that", "about", "of"), "wary": ("of",),
                     "opposed": ("to",), "proud": ("that", "of"), "unhappy": ("that", "with", "about"),
                     "angry": ("that", "about", "at", "over"), "upset": ("that", "about", "over", "with"),
                     "frustrated": ("that", "with", "by"), "disappointed": ("that", "with", "in", "by"),
                     "fearful": ("that", "of"), "afraid": ("that",), "doubtful": ("that", "about"),
                     "enthusiastic": ("about",), "dismissive": ("of",), "suspicious": ("of",),
                     "furious": ("that", "about", "at", "over", "with"), "convinced": ("that",),
                     # ... and feelings about what the "by" phrase names ("was dismayed by the vote", which the parse
                     # reads as a passive), or a manner of holding a view ("is upbeat about the plan")
                     "dismayed": ("that", "by", "at"), "angered": ("that", "by"), "impressed": ("by", "with"),
                     "unimpressed": ("by", "with"), "troubled": ("that", "by"), "pleased": ("that", "by", "with"),
                     "delighted": ("that", "by", "with"), "alarmed": ("that", "by", "at"),
                     "shocked": ("that", "by", "at"), "outraged": ("that", "by", "at"),
                     "appalled": ("that", "by", "at"),
                     "horrified": ("that", "by", "at"), "disturbed": ("that", "by"), "encouraged": ("that", "by"),
                     "heartened": ("that", "by"), "thrilled": ("that", "by", "with"), "upbeat": ("about",),
                     "unapologetic": ("about",), "bullish": ("on", "about"), "bearish": ("on", "about")}
# Nouns of stance after a copula, with the prepositions that bring what the stance is on ("is a vocal advocate of
# the levy", "has been a pointed critic of the plan", "remains a proponent of reform"); read by their lemma.
STANCE_ROLE_NOUNS = {"advocate": ("of", "for"), "proponent": ("of",), "critic": ("of",), "opponent": ("of",),
                     "supporter": ("of",), "defender": ("of",), "champion": ("of",), "backer": ("of",),
                     "fan": ("of",), "foe": ("of",), "skeptic": ("of",), "sceptic": ("of",)}
# Verbs that give out a noun of saying or stance, whose subject is its owner ("issued a statement saying
# ...", "made a call for a recount", "voiced support for the plan").
LIGHT_SAYING_VERBS = {"issue", "release", "make", "voice", "express", "offer", "renew", "repeat", "deliver",
                      "send", "post", "publish", "put", "give", "lodge", "file", "register"}
# Verbs whose "that" clause is no one's view ("made sure that", "means that", "seems that").
NOT_BROAD_CUES = {"make", "ensure", "mean", "seem", "appear", "matter", "be", "have", "do", "get", "go", "come",
                  "happen", "require", "cause", "let", "help", "take", "give", "put", "keep", "turn", "prove",
                  "depend", "look", "sound", "feel", "become", "remain", "stay", "use", "find", "spend", "try",
                  "need", "win", "lose", "run", "challenge", "focus"}
# What a study, poll or record shows ("a new poll shows ...", "the report found that ..."): listed as
# the study's unsure claim (it is evidence too, which the evidence pass finds on its own).
DATA_SAYING_CUES = {"show", "find", "suggest", "indicate", "reveal", "confirm", "conclude"}
DATA_SOURCE_NOUNS = {"poll", "survey", "study", "report", "analysis", "review", "audit", "census", "investigation",
                     "inquiry", "research", "data", "figure", "result", "finding", "statistic", "number",
                     "record", "document", "memo", "filing", "count", "tally", "estimate", "model", "forecast",
                     "projection", "video", "footage", "article", "story", "average", "index", "ranking",
                     "recording", "tape", "photo", "image", "email", "letter", "chart", "map"}

# --- impressions and polls (recall passes: unsure claims, listed in the ledger only) -------------

# Verbs of impression: "Trump seemed to take hope from ...", "the race appears close".
IMPRESSION_VERBS = {"seem", "appear"}
# Passive verbs of view with "as": "the states are widely seen as Clinton strongholds".
SEEN_AS_VERBS = {"see", "view", "regard", "perceive", "consider", "portray", "describe", "characterize",
                 "characterise", "paint", "cast"}
# What an opening "in" phrase names when the sentence reports its figures ("In a Fox poll, Cruz had ...").
POLL_NOUNS = {"poll", "survey", "study"}  # lemmas
