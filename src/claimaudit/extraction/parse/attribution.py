"""Which source, and which source date, a figure is attributed to.

Reports attribute in many ways; the patterns here are the general English ones, not any one
report's wording:

* a cue before the source: "according to (a March 2025 report by) the IOM", "as reported by TASS
  on June 17, 2025", "estimated by the Bank of Korea in February 2025", "per the China Council
  for ...", "data from the BLS";
* the source as the subject of a reporting verb or noun: "a June 2025 RAND Corporation report
  argues", "USDA reported that", "the CBO's February 2026 estimate";
* a parenthetical: "(FAO, 2025)", "(World Bank, April 2025)", "(per IMF)";
* a summary-table row whose last column is "Source, Month Year";
* a "Source:" note under a table or box;
* a following sentence that continues "The report estimates ...".

The functions are pure: they take the text, a sentence span and the source and date mentions
already found in it, and return ``Attribution`` values.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, Sequence

from claimaudit.extraction.parse.dates import MONTH_NAMES, find_dates
from claimaudit.extraction.parse.places import find_places
from claimaudit.extraction.parse.units import CURRENCY_CODES, currency_from_word, unit_from_form
from claimaudit.extraction.parse.sources import (
    DESCRIPTOR_NOUNS,
    VAGUE_VERB_TAIL,
    FIELD_MINISTRY,
    country_qualified_name,
    is_body_list_tail,
    looks_like_body,
)


class _Located(Protocol):
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceRef:
    """A source named in the text (registry-resolved or as written)."""

    start: int
    end: int
    text: str
    name: str
    kind: str | None = None
    vague: bool = False


@dataclass(frozen=True, slots=True)
class Attribution:
    """The source(s) of a span of text, with the source's date when stated."""

    start: int  # the whole attribution phrase
    end: int
    sources: tuple[SourceRef, ...]
    date: object | None = None  # a DateMention
    how: str = "sentence"  # sentence | parenthetical | table | note | continued | figure (the one right after it) | ...
    leading: bool = False  # opens its sentence ("According to A, ..."): governs what follows
    speaker: str | None = None  # a person who spoke for the source ("Commander Admiral X")

    @property
    def text(self) -> str:
        return ", ".join(s.text for s in self.sources)


# --- cue lexicons (general English attribution vocabulary) -----------------------------------

_REPORT_NOUNS = (
    r"report|reports|study|studies|survey|analysis|assessment|estimate|estimates|data|dataset|"
    r"figures|statistics|forecast|projection|projections|review|paper|brief|briefing|bulletin|"
    r"investigation|audit|census|yearbook|database|index|update|outlook|release|communiqu[eé]|"
    r"fact\s+sheet|overview|results|tracker|"
    r"statement|testimony|memo|memorandum|filing|article|post|tally|count|calculations?|research|"
    r"monitor|note|notes|dashboard|register|registry|scorecard|compilation|presentation|submission|newsletter|"
    r"snapshot|commentary|finding|findings|records|address|speech|interview|remarks|national\s+accounts|"
    r"notice|response|letter|document|documents|trial|poll|"
    r"(?:historical|time|statistical|data|official|long-run)\s+series|"  # (not "its T-450 series", a product line)
    r"(?-i:Prospects|Barometer)"  # ("Global Economic Prospects", "World Tourism Barometer": titles; not "its growth prospects")
)
# a figure right after a verb: "added ~USD 0.7bn" adds an amount, it reports nothing
_FIGURE_NEXT = r"\s+(?:~\s?|about\s+|some\s+|nearly\s+|over\s+|almost\s+|a\s+further\s+)?(?:[$€£\d]|[A-Z]{2,3}\$|[A-Z]{3}\s?\d)"
_REPORT_VERBS = (
    r"reports|reported|estimates|estimated|estimating|notes|noted|noting|says|said|tells|finds|found|"
    r"valued|values|notified|notifies|"
    r"shows|showed|show|indicates|indicated|suggests|suggested|warns|warned|reveals|revealed|"
    r"details|detailed|documents|documented|projects|projected|forecasts|forecast|calculates|"
    r"calculated|puts|put|states|stated|claims|claimed|announced|announces|recorded|records|"
    r"argues|argued|alleges|alleged|contends|contended|concludes|concluded|confirmed|confirms|counted|counts|assessed|assesses|"
    r"identified|identifies|observed|observes|highlighted|highlights|cites|cited|published|"
    r"tracks|tracked|measured|measures|predicts|predicted|expects|expected|believes|"
    r"expect|predict|believe|anticipate|anticipates|say|estimate|suggest|reckon|"  # (plural subjects: "Analysts at X expect")
    r"acknowledged|acknowledges|disclosed|discloses|released|releases|compiled|compiles|"
    r"assumed|assumes|surveyed|surveys|concluded|determined|determines|reckons|reckoned|"
    r"conducted|conducts|published|publishes|issued|issues|identified|"
    rf"testified|told|wrote|writes|explained|explains|described|describes|added(?!{_FIGURE_NEXT})|adds(?!{_FIGURE_NEXT})|noted|observed|"
    r"reporting|saying|showing|indicating|suggesting|warning|projecting|finding|stating|claiming|"
    r"documenting|revealing|recording|counting|advises|advised(?!\s+(?:the|a|an|on|him|her|them|clients?|investors?)\b)|recommends|recommended|"
    # (an advisory body: "the Council advises catches of"; not an adviser: "X advised the vendor")
    r"put\s+the|puts\s+the"
)
_PASSIVE_VERBS = (
    r"reported|estimated|calculated|documented|noted|stated|cited|published|projected|"
    r"forecast|compiled|recorded|measured|tracked|confirmed|announced|released|disclosed|"
    r"indicated|revealed|assessed|found|provided|presented|given|issued|commissioned|"
    r"conducted|prepared|acknowledged|claimed|counted|verified|quoted|cataloged|catalogued|"
    r"expected|valued|put|launched|assumed|polled|identified|detected"
)


def _initials(*alternations: str) -> str:
    """The first letters (lower-case) of the words of ``alternations`` ("report|reports|...")."""
    return "".join(sorted({word[0].lower() for alternation in alternations for word in alternation.split("|")}))


# the head nouns of a body named in lower case ("said the ministry", "said the company")
_BODY_NOUNS = (
    r"ministry|company|agency|bank|government|regulator|authority|commission|group|firm|office|department|"
    r"council|board|fund|institute|union|association|alliance|operator|court|police|army|military|embassy|"
    r"statement|report|survey|study|spokes(?:man|woman|person)"
)

# The first letters of CUE_BEFORE's alternatives: the look-ahead passes over other word starts
# and word ends without trying a hundred alternatives at each (half the pattern's time). An
# alternative added to CUE_BEFORE must have its first word listed here too.
_CUE_INITIALS = _initials(
    _PASSIVE_VERBS, _REPORT_NOUNS,
    "according|as|per|citing|told|said|says|added|noted|wrote|warned|estimated|reported|calculated|projected|"
    "sources|courtesy",
)
_AMOUNT_AFTER_CODE = re.compile(r"\s?\d")
# A day or month a work came out on, between its verb and its publisher: "on 1 April", "in March 2025", "on April 1, 2025"
_CUE_DAY = (
    r"(?:\d{1,2}\s+)?(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?"
)
_CUE_RELATIVE_DAY = r"(?:the\s+(?:same|previous|following|next)\s+(?:day|week|month)|(?:that|this|last)\s+(?:day|week|month)|earlier|later|today|yesterday)"
# "according to", "as reported by", "estimated by", "per", "data from", "a report by".
CUE_BEFORE = re.compile(
    rf"""\b(?=[{_CUE_INITIALS}])(?:
        according\s+to
      | (?:as\s+)?(?:{_PASSIVE_VERBS})(?:\s+(?:on|in)\s+{_CUE_DAY}|\s+{_CUE_RELATIVE_DAY})?\s+(?:by|in|from)
        # ("published on 1 April by", "published the following day by")
      | (?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:approved|adopted|authori[sz]ed)\s+by
        # "the tariff increase of 8% approved by the ERA" (not "the survey ... was approved by a committee")
      | per
      | citing
      | told
      | (?:(?<=,\s)|(?<=,["”]\s))(?:said|says|added|noted|wrote|warned)
          (?=\s+(?:(?-i:[A-Z])|the\s+(?-i:[A-Z])|the\s+(?:[a-z]+\s+)?(?:{_BODY_NOUNS})\b))
          # "..., said the World Bank", '," said Amadou Keita', ", said the health ministry" (the pattern
          # ignores case: not ", said independent observers had ...", whose words are what was said)
      | (?<=,\s)(?:estimated|reported|calculated|projected)  # "..., estimated Wood Mackenzie, and": a name and
          (?=\s+(?:the\s+)?(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:of|for|and|&|(?-i:[A-Z])[\w.&'’-]*))*(?:\s*[,.;(]|\s+(?:in|on)\s))
          # its clause's end, not an object ("..., estimated Chinese fuel subsidies at")
      | (?:{_REPORT_NOUNS})\s+(?:by|from|released\s+by|published\s+by|issued\s+by|certified\s+by|obtained\s+from)
      | (?<=\b[Ii]n\s)(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{_REPORT_NOUNS})\s+of\s+the(?=\s+(?-i:[A-Z]))
        # "In the quarterly business survey of the Kestrian Chamber of ..., 38% of firms": its author
      | (?:filings?|records|returns|documents)\s+(?:(?:filed|lodged|held|kept)\s+)?(?:with|at)  # "company filings with the Registrar"
      | sources?\s*:
      | courtesy\s+of
      | (?:figures?|numbers?|estimates?|data|statistics|totals?)\s+(?:comes?|came)\s+from  # "that 86,500 figure comes from the Board's ..."
      | (?:shared|provided|supplied|given)\s+(?:with|to)\s+(?:the\s+|us\s+|our\s+)?(?:[a-z][\w-]*\s+){{0,3}}?by
        # "information shared with the mission by several interlocutors"
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

# A person's role at the body they work for: "director of water resources at", "head of exploration at"
_ROLE = (
    r"\b(?:director|head|chief|economist|analyst|researcher|professor|fellow|spokes(?:man|woman|person)|official|"
    r"adviser|advisor|manager|officer|executive|secretary|chair(?:man|woman)?|president|coordinator|representative|"
    r"expert|specialist|strategist|trader|broker|banker|consultant|(?:cabinet|board|council|committee|lead)\s+member|councillor|"
    r"partner|actuary|scientist|statistician|engineer|founder)s?\b"  # ("Analysts at Halden Commodities expect")
)

# A body's official after its name, where they serve and their name: "'s chief economist", " country
# director for Zambia", " attache in Port Lira", "'s envoy, Ana Ruiz,"
_ROLE_SPEAKS_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_ROLE}|attach[eé]s?|envoys?|commissioners?|governors?)(?:\s+{_ROLE})?"
    r"(?:\s+(?:in|for|at|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},)?(?=\s)"
)

# A rate a body sets or publishes, written before its figure: up to three words (a year among
# them) after the body's "'s" ("the Central Bank of Kenya's rate on Monday of", "the Bank's average
# 2024 rate of"), or a word naming the rate ("the European Central Bank reference rate of")
_OWNED_RATE_WORDS = r"(?:(?:[a-z][\w-]*|(?:19|20)\d\d)\s+){0,3}"
_NAMED_RATE_WORD = r"(?:reference|exchange|official|policy|base|benchmark)\s+"
_RATE_OF = r"rate(?:\s+(?:on|at|for)\s+[\w ,]{1,30}?)?\s+of\s"

# After a source: "RAND Corporation report argues", "USDA reported", "CBO's estimate".
CUE_AFTER = re.compile(
    rf"""\A\)?(?P<poss>['’]s)?(?:\s*\([^()]{{1,40}}\))?
        (?:\s+(?:laboratory|lab|observatory|unit|team|group|centre|center)(?=\s+at\s))?  # ("(CMA) laboratory at the University of ...")
        (?:\s+at\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){{0,4}}(?=\s+[a-z]|\s*,))?  # "(CHNL) at Nord University counted"
        (?:\s+(?:Round|Wave|Phase|Edition|Issue|Volume)\s+\d{{1,3}}[a-z]?(?=[\s,]))?  # "(NSLC) Wave 3 counted": one edition of a series
        (?P<work>(?!\s+in\s+(?:1[89]|20)\d\d\b)  # (not "Ostland in 2023 in data released ...": a place, then a year)
            (?:\s+(?:[A-Z][\w-]*|\d{{1,2}}|(?:1[89]|20)\d\d|and|of|on|for|the|in)){{0,7}}?\s+(?i:{_REPORT_NOUNS})(?:\s+\d+)?
            (?:\s+(?:on|of)\s+[a-z][\w-]*(?:\s+(?:and\s+)?[a-z][\w-]*){{0,4}}\s*\([A-Z][\w-]{{1,15}}\))?  # "'s EU statistics on household budgets (EU-HBS)"
            (?=[\s,.;:]))?  # "'s April 2025 World Economic Outlook"
        (?:\s+(?:Round|Wave|Phase|Edition|Issue|Volume)\s+\d{{1,3}}[a-z]?(?=[\s,]))?  # "Market Monitor Round 7 counted"
        (?:\s+(?:project|programme|program|initiative|network|unit|team|consortium|system|platform)(?=,))?  # "(SWALIM) project, run by ..., said"
        (?P<inter>\s*,\s*(?:(?:in|on|at|through|via|according|citing|based|writing|speaking|after|
            published|released|issued|updated|dated|covering|surveying|using|drawing)\b|(?:a|an|the|which|whose)\s)
            (?:[^,;()]|,(?=\s(?:19|20)\d\d\b)){{1,90}},  # (", in a note dated March 24, 2025,": a date's comma)
          |\s*,\s*(?:run|led|managed|hosted|funded|operated|coordinated)\s+by\s+[^,;()]{{1,90}}(?:\s*\([^()]{{1,20}}\))?,
          |\s*,\s*[A-Z][\w’'-]*['’]s\s+(?:[\w-]+\s+){{0,4}}[a-z][\w-]*,  # ", Delvia's largest home insurer,"
          |\s*,\s*(?:(?:deputy|acting|former|senior|assistant|vice|interim)\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{_ROLE})[^,;()]{{1,90}}(?:\s*\([^()]{{1,20}}\))?,
            (?:\s*(?:a|an|the)\s[^,;()]{{1,100}},)?  # (and the employer's own appositive: ", a Porto-based transfer firm,")
          |\s*,\s*who\s+(?:asked|spoke|declined|requested)\b[^;()]{{1,120}}?,(?=\s+(?:said|told|added|says)\b))?
        # ", in a March 2025 paper,", ", a research lab at X,", ", led by the UNHCR (UNHCR),", ", chief
        # executive of X,", ", who asked not to be named because ..., said" (an anonymity clause)
        \s*(?:
        (?:(?:preliminary|latest|final|annual|monthly|quarterly|new|recent|own|official|revised)\s+)?
        (?:(?:\d{{1,2}}\s+)?[A-Z][a-z]+\.?\s+(?:\d{{1,2}},\s+)?\d{{4}}\s+|\d{{4}}\s+)?(?:(?!to\s)[a-z][\w-]*\s+){{0,2}}(?:{_REPORT_NOUNS})\b(?!\s+(?:arm|wing|unit|division|department|team|staff)\b)  # (not "X's research arm", nor "X to report")
      | (?:(?:center|centre|agency|office|unit|team|secretariat|service|bureau|commission|committee|laboratory|lab|observatory|
             spokes(?:man|woman|person)|official|officials|representative)\s+)?
        (?:has\s+|had\s+|have\s+|also\s+)?(?:{_REPORT_VERBS})(?:\d{{1,3}})?\b(?!(?:\s+(?:on|in)\s+{_CUE_DAY}|\s+{_CUE_RELATIVE_DAY})?\s+by\b)
        # ("the Certificate (SLHS) issued by X", "estimates published on 4 March by X": passive;
        # "stated16 that": a footnote's number glued to the verb)
      | (?:plans|planned|aims|aimed|intends|intended|targets|targeted)\s+to\b  # a body's own plan: "X plans to raise output to"
      | (?:has\s+|had\s+|also\s+)?(?:allocated|allocates|approved|pledged|disbursed|granted|earmarked|committed|budgets|budgeted)\b
        # a funder's own commitment: "The Central Emergency Response Fund allocated US$12 million"
      | (?:has\s+|had\s+)?(?:cut|raised|lowered|held|kept|left|set|increased|reduced|hiked|trimmed|revised)\s+its\b
        # a body's own decision: "The Reserve Bank of India cut its repo rate to 5.50%"
      | (?(poss){_OWNED_RATE_WORDS}|{_NAMED_RATE_WORD})(?={_RATE_OF})  # a rate the body sets or publishes (see _BODY_RATE_OF)
      | (?(poss)(?(work)(?(inter)(?!)|)|(?!))|(?!))  # "The IMF's April 2025 World Economic Outlook (on Growth)": a cited work
        # (with no aside after it: in "the IMF's October 2024 World Economic Outlook, the output gap
        # would close only in 2027," the words after the comma are no part of the citation)
    )""",
    re.VERBOSE,
)

# A reference back to the last attribution: "The report estimates ...", "The same study ...",
# "It puts Kyrgyzstan's receipts at ...".
CONTINUATION = re.compile(
    rf"""\A\W*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,2}},\s+)?(?:(?i:by|in|per|under)\s+)?  # "By country, ", "By the survey's count"
        (?:(?i:the|this|that|its|their|the\s+same|that\s+same)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+-[a-z]+)\s+){{0,2}}?
        (?:{_REPORT_NOUNS}|agency|organi[sz]ation|bank|ministry|institute|body|office|
           panel|committee|group|authors?|center|centre|fund|council|bureau|regulator|authority|commission|
           association|alliance|operator|watchdog|house|firm|company|consultancy|broker|insurer|lender|utility|carrier|
           round|wave|edition)\b  # ("The same round found": of a survey cited before)
        (?!\s+(?:of|by|from)\s+(?:the\s+)?[A-Z])  # ("In the quarterly survey of the Chamber of ...": a new source)
      | (?i:the|this)\s+(?=[A-Z])(?i:{_REPORT_NOUNS})\s+(?:also\s+|further\s+)?(?:{_REPORT_VERBS})\b  # "The Brief also estimates"
      | (?i:it|they)\s+(?:also\s+|further\s+|then\s+)?(?:{_REPORT_VERBS}|sees|see)\b  # ("It sees growth at 1.4%": a forecast)
      | (?i:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?i:{_REPORT_NOUNS})\b)  # "Its Spark25S Pacific assessment averaged"
    """,
    re.VERBOSE,
)  # lower-case nouns only: "The World Bank's brief" names a new source, it does not continue

# A pointer back inside the sentence: "Women account for 41.4% of them, according to the same
# estimates", "..., the same survey found"
SAME_WORK = re.compile(rf"\b(?i:the|that)\s+same\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_REPORT_NOUNS}|sources?)\b")

# A sentence that ends by pointing back: "..., the report said.", "..., it added."
TRAILING_CONTINUATION = re.compile(
    rf",[\"”’']?\s+(?:the\s+(?:same\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{_REPORT_NOUNS}|broker|firm|company|consultancy|insurer|lender|carrier|spokes(?:man|woman|person))|it|they|(?P<person>he|she))\s+(?:also\s+)?"
    r"(?:said|says|added|adds|noted|notes|reported|reports|estimated|estimates|found|finds|showed|shows|stated|states|wrote|writes)"
    r"[\s.\"”')\]]*\Z"
)

# "(FAO, 2025)", "[Lloyd's List, 12 March 2025]", "(Labour Force Survey (LFS), 13 May 2025)"
_PAREN = re.compile(r"\(((?:[^()]|\([^()]{1,20}\)){2,160})\)|\[([^\[\]()]{2,160})\]")
_PAREN_YEAR = re.compile(r"(?<!§)(?<!§\s)(?<!\d-)\b(?:1[89]|20)\d\d(?:[a-z]?\b)")  # "(INPE, 2024a)": the first of two 2024 works
# (not a section of a code: "(MSA; 16 U.S.C. §§1801-1891d)")
_PAREN_CUE = re.compile(r"\s*(?:per|source[sd]?:?|according\s+to|see|cited\s+in|via|data\s+from)\b", re.IGNORECASE)

# A capitalised name: words starting with a capital or digit-free acronyms, joined by connectors.
_NAME_WORD = r"(?:[A-Z][\w’'.&-]*(?:/[A-Z][\w’'.&-]*)?|[A-Z]{2,}s?)"  # ("the Shelter/NFI Cluster")
_OWNERS_DATED_WORK_BEFORE = re.compile(rf"[A-Z][\w&.-]*['’]s\s+(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\s+\Z")
# after a work's title, who runs it: "conducted for the Council by (the)", "run by"
_RUN_BY_AFTER = re.compile(
    r",?\s+(?:run|conducted|carried\s+out|compiled|produced|managed|operated)"
    r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})?\s+by\s+(?:the\s+)?"
)
# "Harbour's Leisure Time": an owner, then its work's capitalised title
_OWNER_OF_TITLED_WORK = re.compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s*\Z")
_POSSESSIVE_MONTH = re.compile(rf"['’]s\s+({MONTH_NAMES})\Z")
NAME = re.compile(
    # (connectors, then at most one "the": "Bank of the Republic", not "In Kenya the Kenya Revenue Authority")
    rf"{_NAME_WORD}(?:\s+(?:(?:(?:of|for|and|on|de|di|da|del|della|do|dos|das|du|des|la|le|van|von|der|&|\+|in)\s+)+"
    rf"(?:the\s+)?)?{_NAME_WORD})*"
)
_ITS_WORK_AFTER_CUE = re.compile(r"\s+(?:its|their)\s+(?:[\w’'-]+\s+){0,4}?[A-Z]")
_LEADING_FILLER = re.compile(
    rf"""[\s,]*(?:(?:the|a|an|its|their|recent|latest|new|annual|joint|official|preliminary|
        final|same|staff\s+of|\d{{4}}|[A-Z][a-z]+\.?\s+\d{{4}}|
        # one of a series: "Round 9 of the International Organization for Migration (IOM) ..."
        (?:[Rr]ound|[Ww]ave|[Ee]dition|[Cc]ycle|[Ii]ssue|[Vv]olume)\s+(?:\d+|[IVX]+)\s+of|
        # what was posted where: "a widely shared post on an anonymous Telegram channel"
        (?:[a-z]+\s+){{0,3}}?(?:post|posts|message|messages|video|videos|thread|tweet|tweets|clip|clips)\s+
            (?:(?:posted|shared|published|uploaded|circulated|circulating)\s+)?(?:on|by|from|in)|
        # ("market monitoring by the World Food Programme")
        (?:[a-z][\w-]*\s+){{0,2}}?(?:{_REPORT_NOUNS}|monitoring|surveillance|tracking)\s+(?:(?:maintained|compiled|run|kept|
            produced|prepared|published|released|issued|conducted|commissioned|led|funded|carried\s+out)\s+)?(?:by|from|of)|
        by|from|of|in|on)\s+)*
        # descriptors before the name: "the independent monitor Airwars" (not "the ministry of X")
        (?:(?:(?<=\bthe\s)|(?<=\ba\s)|(?<=\ban\s)|(?<=\bby\s))(?:(?!(?:of|in|for|and|or|to|from|with|on|at|by|as|that|which|who|whose|is|was|were|are|has|had|
            have|said|says|its|their)\b)[a-z][a-z-]*\s+){{1,3}}
        (?=[A-Z]))?""",
    re.VERBOSE,
)
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
# Capitalised words that name parts of a document or people's titles, not sources.
_NOT_SOURCE_NAMES = frozenset(
    "table tables figure figures appendix box section chapter note notes exhibit chart map "
    "part annex footnote page".split()
)
# measures, not bodies ("in real terms, using the GDP deflator", "as measured by the CPI"), unless the
# document defines one as a body's acronym ("the Climate Policy Initiative (CPI)")
_MEASURE_ACRONYMS = frozenset("GDP GNP GNI GVA CPI CPIH RPI RPIX HICP PPI PMI".split())
_NOT_SOURCE_START = frozenset(
    "in on at by for from to with since during between after before as and or but the a an "
    "this that these those it its they their he she we our".split()
)


_OPENING_PREPOSITIONS = frozenset({"On", "In", "At", "By", "Under", "For", "From", "With", "As", "Per", "After", "Since"})
_PERIOD_NAME = re.compile(r"(?:Q[1-4]|H[12]|FY\d{2,4}(?:/\d{2,4})?)\b")
_SERIES_PART_WORDS = frozenset({"Round", "Wave", "Edition", "Cycle", "Issue", "Volume"})


def _strip_trailing_words(name: str) -> str:
    """Drop trailing connectors and month names caught by the name pattern."""
    words = name.split()
    while words and (
        # (an acronym in capitals is a name: "(OUR, 2024)" cites the Office of Utilities Regulation)
        (words[-1].lower() in _NOT_SOURCE_START or words[-1] == "of") and not (len(words[-1]) >= 3 and words[-1].isupper())
        or all(part in _MONTH_WORDS for part in re.split(r"[-–/]", words[-1].lower().rstrip(".")))  # ("June-September")
        or len(words) > 1 and words[-1] in _SERIES_PART_WORDS  # ("DTM Round 9": the round of the DTM's)
    ):
        words.pop()
    while words and (words[0].lower() in ("the",) or len(words) > 1 and words[0] in _OPENING_PREPOSITIONS):
        words.pop(0)  # ("On PBO calculations, ...": a sentence's opening word is no part of the name)
    if words and words[0] in ("Its", "Their"):
        return ""  # "Its Spark25S Pacific assessment averaged": the work of a body named before, no name
    return " ".join(words)


def name_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The capitalised name starting at or just after ``pos`` (skipping "a March 2025 report by the")."""
    filler = _LEADING_FILLER.match(text, pos, limit)
    start = filler.end() if filler else pos
    match = NAME.match(text, start, limit)
    if not match:
        return None
    name = _strip_trailing_words(match.group())
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and last.count(".") == 1 and (len(last) > 4 or len(last) >= 3 and last[:-1].isupper()):
        name = name[:-1]  # the full stop closing the sentence ("... per the OUR."), not "U.S." or "Corp."
    if not name or re.sub(r"['’]s$", "", name.lower().rstrip(".")) in _MONTH_WORDS or name.split()[0].lower() in _NOT_SOURCE_NAMES:
        return None
    if (first := name.split()[0]) in _MEASURE_ACRONYMS and f"({first})" not in text:
        return None
    if footnote := _FOOTNOTE_GLUED.search(name):
        name = name[: footnote.start()]  # "obtained by the Panel18 show": a footnote's number after the name
    if _PERIOD_NAME.match(name):
        return None  # "commissioned in Q3, our own tally": a quarter, no body
    if name.endswith("-based"):
        return None  # "an investigation by the UK-based campaign": a descriptor, no name
    if re.search(r"\s(?:No|Nos|Number)\.?\Z", name):
        return None  # "(Legal Notice No. 146 of 2024)": a document's number, no body
    described = _DESCRIBED.match(text, match.end(), limit)
    if described:
        return name_after(text, described.end(), limit)  # "the Buenos Aires think tank Fundar"
    offset = text.find(name, match.start(), match.end())
    if offset < 0:
        return None
    return offset, body_name_end(text, offset, offset + len(name), limit)


_FOOTNOTE_GLUED = re.compile(r"(?<=[a-z]{3})\d{1,3}\Z")
# a place and a kind of body before the body's name: "the Buenos Aires think tank Fundar"
_DESCRIBED = re.compile(rf"\s+{DESCRIPTOR_NOUNS}\s+(?=[A-Z])")


def body_name_end(text: str, start: int, end: int, limit: int) -> int:
    """Where the name ``text[start:end]`` really ends: "Ministry of Energy, Mines and Quarries"
    runs on past a comma (one body's name, not a list of sources)."""
    if _BODY_IN_NAME.search(text, start, end):
        tail = _BODY_TAIL.match(text, end, limit)
        if tail and is_body_list_tail(tail.group(1)):
            end = tail.end()
            country = _PAREN_AFTER.match(text, end, limit)
            if country and _is_place_word(country.group(1)):
                end = country.end()  # "... and Quarries (Burkina Faso)"
        country = _OF_COUNTRY_AFTER.match(text, end, limit) or _COMMA_COUNTRY_AFTER.match(text, end, limit)
        if country and _is_place_word(country.group(1)):
            end = country.end()  # "Ministry of Energy and Mines of Ecuador", "[Department of Labour, Nepal, 2025]"
    elif _SUB_UNIT_END.search(text, start, end) and (university := _COMMA_UNIVERSITY_AFTER.match(text, end, limit)):
        end = university.end()  # "Rural Economics Unit, Brenna University": a unit of the university, one body
    elif _PANEL_END.search(text, start, end) and (on := _ON_COUNTRY_AFTER.match(text, end, limit)) and _is_place_word(
        re.sub(r"^the\s+", "", on.group(1))
    ):
        end = on.end()  # "the UN Panel of Experts on Libya": a panel on another country than the registry's
    return end


_PAREN_AFTER = re.compile(r"\s*\(([A-Z][^()]{1,40})\)")
_SUB_UNIT_END = re.compile(r"\b(?:Unit|Department|Centre|Center|School|Faculty|Institute|Laboratory|Division|Group)\Z")
_COMMA_UNIVERSITY_AFTER = re.compile(
    r",\s+(?:(?:the\s+)?University\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:University|College))\b"
)
_PANEL_END = re.compile(r"\b(?:Panel|Experts|Committee|Commission|Group|Mission|Rapporteur)\Z")
_ON_COUNTRY_AFTER = re.compile(r"\s+on\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_COMMA_COUNTRY_AFTER = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=\s*[,)\]])")
_OF_COUNTRY_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")


# (the last item may be two words, "... Communities and Local Government", not a title after the name)
_BODY_TAIL = re.compile(
    r"(?:,\s+|\s+(?=(?:and|&)\s))((?:[A-Z][a-z]+(?:\s+(?:and|&|of)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)*\s+)?(?:and|&)\s+[A-Z][a-z]+"
    r"(?:\s+(?!(?:Minister|Secretary|Director|Chief|Head|Spokes\w*|Officials?|Staff)\b)[A-Z][a-z]+(?=[\s.,;:)\]]|\Z))?)\b(?!['’])"
)
_BODY_IN_NAME = re.compile(r"\b(?:Ministry|Department|Directorate|Secretariat)\s+(?:of|for)\b")


def _overlaps(a: _Located, start: int, end: int) -> bool:
    return a.start < end and start < a.end


@dataclass(frozen=True, slots=True)
class SentenceInput:
    """What the attribution finder needs about one sentence."""

    start: int
    end: int
    sources: Sequence[SourceRef]  # registry/vague mentions inside the sentence
    dates: Sequence[object]  # DateMention objects inside the sentence (have .start/.end)


# A news story's dateline: "LONDON, 24 July (Meridian Wire) - ", "DUBAI/RABAT, 11 June 2025 -- "
# (the agency in parentheses is the story's publisher: see publisher_names)
DATELINE = re.compile(
    r"[A-Z][A-Z/ .'-]{1,40},\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?"
    r"(?:\s+\((?P<agency>[^()]{1,40})\))?\s+[-–—]{1,2}\s+"
)


def titled_person(name: str) -> bool:
    """"Finance Director James Aldworth", "Chief Executive Marta Ellison": a person, by a title."""
    return _TITLED_PERSON.search(" " + name) is not None


# A numbered paragraph's number or a bullet: "3.2 ", "12. ", "(b) ", "- ", "• "
_PARAGRAPH_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\([a-z]\)|[-*•–])[ \t]+(?=[A-Z])")


def attributions_in_sentence(text: str, sent: SentenceInput) -> list[Attribution]:
    """Every attribution phrase inside one sentence, ordered by start."""
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []
    dateline = DATELINE.match(text, sent.start, sent.end)
    opening = dateline.end() if dateline else sent.start  # where the sentence's own words start
    numbered = _PARAGRAPH_NUMBER.match(text, opening, sent.end)
    first_word = numbered.end() if numbered else opening  # (past a paragraph's number: "3.2 Mobile data ...")

    def add(start: int, end: int, sources: list[SourceRef], how: str, speaker: str | None = None,
            year_at: int | None = None) -> None:
        """``year_at``: where a cited year is written ("(INPE, 2024a)"), the date when none is near."""
        if not sources or any(s < end and start < e for s, e in taken):
            return
        if how == "sentence" and (
            rate := _BODY_RATE_OF.match(text, sources[-1].end, sent.end) or _OWNED_FIGURE_OF.match(text, sources[-1].end, sent.end)
        ):
            how, end = "figure", max(end, rate.end())  # "at the ECB's reference rate of USD 1.17": that figure only
        date = _date_near(text, sent, start, end, sources)
        if how == "figure" and date is not None and sources[-1].end <= date.start < end and date.granularity in ("year", "month"):
            date = None  # "the Central Bank's average 2024 rate of": the rate's period; but "the Central
            # Bank of Kenya's rate on Monday of": the day the bank set it
        if date is None and year_at is not None:
            found.append(Attribution(start, end, tuple(sources), _year_date(text, year_at), how,
                                     start - opening <= 2, speaker))
            taken.append((start, end))
            return
        if date is not None and how != "figure" and (date.end <= end or date.start - end <= 70 and not _DIGIT.search(text, end, date.start)):
            start, end = min(start, date.start), max(end, date.end)  # (not over the figures to a later "in a May 2025 briefing")
        found.append(Attribution(start, end, tuple(sources), date, how, start - opening <= 2, speaker))
        taken.append((start, end))

    known = sorted(sent.sources, key=lambda s: s.start)

    # 1. Parentheticals: "(FAO, 2025)", "(World Bank, April 2025)", "(per IMF)", "(Pacific Cocoa Processors Association, PCPA)".
    for match in _PAREN.finditer(text, sent.start, sent.end):
        inner_start, inner_end = match.span(1 if match.group(1) is not None else 2)
        inner_text = text[inner_start:inner_end]
        # "(FAO, 2025)", "(per IMF)", "(source: EIA)" attribute; "(FAS)" after a name defines an
        # acronym and "(20% from Canada)" names a place, neither is a citation.
        if not (_PAREN_YEAR.search(inner_text) or _PAREN_CUE.match(inner_text)):
            # "... more than 1,800 (ACLED).": a known source alone in parentheses after a figure
            # or a lower-case word cites it ("Armed Conflict ... Project (ACLED)" defines it)
            whole = [s for s in known if s.start - inner_start <= 4 and inner_end - s.end <= 1 and not s.vague]
            cites = _CITES_BEFORE.search(text, max(sent.start, match.start() - 30), match.start())
            if whole and cites:
                add(match.start(), match.end(), whole[:1], "parenthetical")
            elif cites and not any(_overlaps(s, inner_start, inner_end) for s in known):
                # "... down 23% (Ministry of Mines).": a body named alone in parentheses
                span = name_after(text, inner_start, inner_end)
                if span and span[0] - inner_start <= 4 and (
                    inner_end - span[1] <= 1 or _ITS_ACRONYM_AT.fullmatch(text, span[1], inner_end)
                ) and (
                    looks_like_body(text[span[0] : span[1]])
                    # "... at 5.9 million tonnes (NSO), an increase ...": an acronym the text defined before
                    or _defined_before(text, text[span[0] : span[1]], match.start())
                    # "... below its 2022 peak (Benchmark Mineral Intelligence).": a name of several
                    # words closing the sentence, that is no place
                    or " " in text[span[0] : span[1]] and _CLOSES.match(text, match.end(), sent.end)
                    and not _is_place_word(text[span[0] : span[1]])
                ):
                    add(match.start(), match.end(), [_written_source(text, *span)], "parenthetical")
            continue
        inner = [s for s in known if inner_start <= s.start and s.end <= inner_end]
        if inner and re.search(r"\d", text[inner_start : inner[0].start]):
            continue  # "(25% by value from the EU, 2024)": the figure's own words, not a citation
        if not inner:
            inner_text = text[inner_start:inner_end]
            if not _PAREN_YEAR.search(inner_text):
                continue
            span = name_after(text, inner_start, inner_end)
            if not span or span[0] - inner_start > 10 or text.startswith(("/", "$"), span[1]) or (
                text[span[0] : span[1]] in CURRENCY_CODES and _AMOUNT_AFTER_CODE.match(text, span[1])
            ):
                continue  # ("(S/2024/215)", "(A/RES/78/1)": a UN document's symbol; "(US$500 million due
                # in 2027)": a currency's prefix; "(EUR 1 = ZMW 30.2 at the central bank rate)": an amount)
            if _DOCUMENT_CODE.fullmatch(text, span[0], span[1]):
                continue  # "(CER-4, 2 May 2023)", "(Exhibit C-14, 2023)": a document's number, no body
            if et_al := _ET_AL_AFTER.match(text, span[1], inner_end):
                span = (span[0], et_al.end())  # "(Wekesa et al., 2022)": the first author and the others
            inner = _written_sources(text, *span)
        year = _PAREN_YEAR.search(text, inner_start, inner_end)
        add(match.start(), match.end(), inner, "parenthetical", year_at=year.start() if year else None)

    # 1a. A price made on an exchange: "traded at EUR 94 per MWh on the Varnian Power Exchange
    # (VPX)", "On Euronext in Paris, the contract settled at €198.75": the exchange's price
    if _TRADED.search(text, sent.start, sent.end):
        for match in _ON_EXCHANGE.finditer(text, sent.start, sent.end):
            if _LISTED_BEFORE.search(text, max(sent.start, match.start() - 12), match.start()):
                continue  # "the company listed on the London Stock Exchange": where it is listed
            add(match.start(), match.end(), [_written_source(text, match.start("name"), match.end("name"))], "sentence")
        for match in _EXCHANGE_CONTRACT.finditer(text, sent.start, sent.end):
            # "the Chicago Board of Trade (CBOT) December contract closed at US$5.27"
            add(match.start(), match.end("name"), [_written_source(text, match.start("name"), match.end("name"))], "sentence")

    # 1b. Author-year citations: "Silva et al. (2023) estimate", "Conab (2024) reports",
    # "taken from Pereira and Costa (2022)". The year in parentheses is the work's date.
    for paren in _YEAR_IN_PARENS.finditer(text, sent.start, sent.end):
        match = _AUTHOR_YEAR.search(text, max(sent.start, paren.start() - 80), paren.end())
        if match is None or match.end() != paren.end():
            continue
        name = match.group("name")
        first = name.split()[0]
        if first.lower() in _NOT_SOURCE_NAMES or first.lower() in _MONTH_WORDS or first.lower() in _NOT_SOURCE_START:
            continue
        if not (" et al" in name or _AUTHOR_VERB.match(text, match.end(), sent.end)
                or _AUTHOR_CUE_BEFORE.search(text, max(sent.start, match.start() - 25), match.start())):
            continue
        if _is_place_word(name) or name in CURRENCY_CODES:
            continue  # "exports from Brazil (2023)"
        inside = [s for s in known if match.start() <= s.start and s.end <= match.end("name") and not s.vague]
        sources = inside[:1] or _written_sources(text, match.start(), match.end("name"))
        add(match.start(), match.end(), sources, "sentence", year_at=match.start("year"))

    # 2. A cue before the source: "according to ...", "as reported by ...".
    for cue in CUE_BEFORE.finditer(text, sent.start, sent.end):
        if cue.group().lower() == "per" and (rated := _TWO_WORDS.match(text, cue.end(), sent.end)) and (
            _rate_unit(rated.group(1)) or _rate_unit(rated.group().strip())
        ):
            continue  # "S/ 3.62 per US dollar", "per MW": a rate, not a source
        if cue.group().lower() == "per" and _AMOUNT_JUST_BEFORE.search(text, max(sent.start, cue.start() - 12), cue.start()):
            continue  # "$4,630 per FEU": what an amount is counted per, never its source
        if _ITS_WORK_AFTER_CUE.match(text, cue.end(), sent.end) and any(s.end <= cue.start() and not s.vague for s in known):
            continue  # "the Agency recorded 212 inspections, according to its Fleet Watch review": the
            # body whose work it is, named before (step 2b), not the work's title
        if cue.group().lower() == "told":
            speaker = _speaker_before(text, sent.start, cue.start(), known)
            if speaker is not None:
                # "Chile's mining minister, Aurora Williams, told Reuters": the speaker is the source,
                # the outlet only carried the words
                outlet = name_after(text, cue.end(), sent.end)
                whom = _TOLD_WHOM.match(text, cue.end(), sent.end) if outlet is None else None
                # ("told parliament on 2 April 2025": the day it was said follows whom it was told)
                add(speaker.start, outlet[1] if outlet else whom.end() if whom else cue.end(), [speaker], "sentence",
                    speaker=_person_in(text, sent.start, cue.start(), speaker))
                continue
        window_end = min(sent.end, cue.end() + 120)
        after = [s for s in known if cue.end() <= s.start < window_end]
        nearest = after[0] if after else None
        span = name_after(text, cue.end(), sent.end)
        if span and (body := _body_whose_work(text, span[1], sent.end)):
            # "recorded by a March 2025 SMART survey of the Ministry of Health": the body whose survey it is
            span = body
            after = [s for s in after if s.start >= body[0]]
            nearest = after[0] if after else None
        if span is None and (work := _WORK_THAT.match(text, cue.end(), sent.end)):
            # "according to data that BGN provided": the body that provided the work, not a place
            span = name_after(text, work.end(), sent.end)
            if span is not None and (_is_place_word(text[span[0] : span[1]]) or not (
                text[span[0] : span[1]].isupper() or looks_like_body(text[span[0] : span[1]])
                # ("data that Global Fishing Watch (GFW), a non-profit ..., provided": a name with its acronym)
                or _ACRONYM_AFTER.match(text, span[1])
            )):
                span = None
        if cue.group().lower().startswith(("according", "per")) and any(
            end is not None and _BY_PUBLISHER_AFTER.match(text, end, sent.end)
            for end in (span[1] if span else None, nearest.end if nearest and nearest.start - cue.end() <= 40 else None)
        ):
            continue  # "according to Energy Trends, published by DESNZ": the publisher's cue names the source
        if nearest and (
            (span is not None and nearest.start <= span[0] + 2) or _gap_is_filler(text, cue.end(), nearest.start)
            # ("according to figures the unit provided": a body named before, pointed back to)
            or (work := _WORK_THAT.match(text, cue.end(), sent.end)) is not None and nearest.start <= work.end()
        ):
            group = _source_group(text, known, nearest)
            add(cue.start(), group[-1].end, group, "sentence")
        elif nearest and span and (employer := _employer_after(text, span, nearest)):
            # '," said Jane Doe, WFP's spokesperson in Dhaka': the person speaks for the body
            add(cue.start(), employer.end, [employer], "sentence", speaker=text[span[0] : span[1]])
        elif span and (employer := _named_employer_after(text, span, sent.end) or _possessive_employer_after(text, span, sent.end)):
            # '," said Jane Doe, head of operations at the Fisheries Commission': a body the registry
            # does not know, named as the person's employer
            add(cue.start(), employer.end, [employer], "sentence", speaker=text[span[0] : span[1]])
        elif (ministry := LOWER_MINISTRY.match(text, cue.end() + (1 if text[cue.end() : cue.end() + 1] == " " else 0), sent.end)):
            # "per the health ministry's 2024 annual report": Ministry of Health (of the country
            # the phrase or the sentence names)
            add(cue.start(), ministry.end(), [_lower_ministry(ministry)], "sentence")
        elif span and span[0] - cue.end() <= 60 and not (
            cue.group().lower() == "per" and (
                _rate_unit(text[span[0] : span[1]].strip(" .")) or _DOLLAR_AFTER.match(text, span[1], sent.end)
            )
        ):  # ("per MW", "IDR 16,300 per USD", "per United States dollar" are rates, not sources)
            if _ENDS_WITH_WORK.search(text, span[0], span[1]) and not looks_like_body(text[span[0] : span[1]]) and (
                _OWNED_WORK_BEFORE.search(text, max(sent.start, span[0] - 40), span[0])
            ):
                continue  # "X estimated in its (June 2025) Global Minerals Outlook": X's work, X speaks
            if cue.group().lower().endswith((" in", " from")) and not (
                looks_like_body(text[span[0] : span[1]]) or _ENDS_WITH_WORK.search(text, span[0], span[1])
            ) and (_PLACE_LIST.fullmatch(text, span[0], span[1]) or _is_place_word(text[span[0] : span[1]]) or (
                _ONE_TITLE_WORD.fullmatch(text, span[0], span[1]) and not _VENUE_VERB.match(cue.group())
                and not cue.group().lower().endswith(" from")  # ("data from Ookla": a firm unknown, not a venue)
            )):
                continue  # "cases had been reported in Kembu and Lisso", "recorded in 2024 in Corsova",
                # "on weak data from Japan and Korea": where, not by whom (a work is published, cited or
                # reported in a venue: "in Nature")
            if text[span[0] : span[1]] == "X" and _ON_PLATFORM_BEFORE.search(text, max(sent.start, span[0] - 40), span[0]):
                # "according to a post on X by an anonymous account": the platform, not a letter
                add(cue.start(), span[1], [SourceRef(span[0], span[1], "X", "X (formerly Twitter)", "social_media")], "sentence")
                continue
            if (owned := _OWNER_OF_TITLED_WORK.match(text, span[0], span[1])) is not None and _WORK_NOUN_AFTER.match(text, span[1], sent.end):
                # "according to Harbour's Leisure Time survey of May 2024": the survey's owner
                span = (span[0], owned.end("owner"))
            elif _ENDS_WITH_WORK.search(text, span[0], span[1]) and (run := _RUN_BY_AFTER.match(text, span[1], sent.end)) and (
                runner := name_after(text, run.end(), sent.end)
            ) is not None and looks_like_body(text[runner[0] : runner[1]]):
                # "according to the Orchard Yield Survey, conducted for the Council by the Fruit
                # Research Unit of Marra College": the body that runs the survey
                span = runner
            add(cue.start(), span[1], _written_sources(text, *span), "sentence")

    # 2a. A figure between a passive verb and its agent: "rates were assessed at USD 45,000 per day
    # by Fearnleys in its weekly report".
    for passive in _AT_FIGURE_BY.finditer(text, sent.start, sent.end) if " by " in text[sent.start : sent.end] else ():
        by = text.rfind(" by ", passive.start(), passive.end()) + 1  # (the phrase is "by X": the figure is no part of it)
        before = len(found)
        named = next((s for s in known if passive.end() <= s.start <= passive.end() + 4 and not s.vague), None)
        if named is not None:
            add(by, named.end, [named], "sentence")
        elif (span := name_after(text, passive.end(), sent.end)) is not None and not _is_place_word(text[span[0] : span[1]]):
            add(by, span[1], _written_sources(text, *span), "sentence")
        if len(found) > before and found[-1].date is not None and found[-1].date.end <= by and found[-1].start < by:
            # "estimated at 1.9 million tonnes in 2024 by the Board": a date before "by" is the figure's
            found[-1] = dataclasses.replace(found[-1], start=by, date=None)
            taken[-1] = (by, found[-1].end)

    # 2b. The subject's own publication: "X registered 6.2 million entries, according to its
    # annual statistics", "X does not publish ..., but its quarterly bulletin shows $1.1 billion".
    # (every match holds "its" or "their": most sentences need no scan, which tries every position;
    # the case-insensitive pattern also folds a few non-ASCII letters, so those sentences are scanned)
    sentence_text = text[sent.start : sent.end]
    lowered = sentence_text.lower()
    owns = _OWN_WORK.finditer(text, sent.start, sent.end) if (
        "its" in lowered or "their" in lowered or not sentence_text.isascii()
    ) else ()
    for own in owns:
        if any(a.start <= own.start() < a.end for a in found) or _SAID_IN_BEFORE.search(
            text, max(sent.start, own.start() - 30), own.start()
        ) and any(own.start() - 30 <= s.end <= own.start() for s in known):
            continue  # ("Africa CDC estimated in its 5 June briefing": the speaker before the verb, in step 3)
        before = [s for s in known if s.end <= own.start() and not s.vague]
        subject = before[0] if before else None
        if subject is None:
            span = name_after(text, sent.start, own.start())
            if span and span[0] - sent.start <= 4 and " " in text[span[0] : span[1]] and not _MEASURE_VERB_AFTER.match(text, span[1]):
                subject = _written_source(text, *span)
            elif benchmark := last_match(_NAMED_BENCHMARK, text, sent.start, own.start()):
                # "With the Marlowe composite at $2,840 in its 12 June assessment": the benchmark's owner
                subject = _written_source(text, benchmark.start("name"), benchmark.end("name"))
        if subject is not None:
            add(own.start(), own.end(), [subject], "sentence")

    # 2c. "On Marlowe's 19 June figures, ...", "By the Bureau's estimates, ...": the body whose figures
    # the sentence reads from (not a place's: "On China's figures" names no body)
    if "'s " in sentence_text or "’s " in sentence_text:
        for on in _ON_BODYS_FIGURES.finditer(text, sent.start, sent.end):
            name = on.group("body")
            if not _is_place_word(name):
                add(on.start(), on.end(), [_written_source(text, on.start("body"), on.end("body"))], "sentence")

    # 3. The source as subject: "RAND Corporation report argues", "USDA reported".
    # The phrase takes in an aside before the verb: the date in ", in a March 2025 paper," is its date.
    for source in known:
        cue = CUE_AFTER.match(text[source.end : min(sent.end, source.end + 160)])
        if cue and _NOUN_NOT_VERB.match(text, source.end, sent.end):
            continue  # "10-year Treasury notes will average": the word is a noun
        shift = 0
        if not cue and text.startswith(", ", source.end) and text[max(sent.start, source.start - 2) : source.start] == ", ":
            # "The UN refugee agency, UNHCR, said": the name is the appositive, the verb follows it
            shift, cue = 1, CUE_AFTER.match(text[source.end + 1 : min(sent.end, source.end + 160)])
        if not cue and source.vague and (verb := VAGUE_VERB_TAIL.search(text, source.start, source.end)):
            # "Experts say up to 40% ...", "Officials said that ...": the vague phrase holds its verb
            cue = CUE_AFTER.match(text[verb.start() : min(sent.end, verb.start() + 160)])
            shift = verb.start() - source.end
        if not cue and (called := _CALLED_AFTER.match(text, source.end, sent.end)):
            # 'A Telegram channel called "Fuel Leaks", which posts anonymously, stated': the channel speaks
            shift, cue = called.end() - source.end, CUE_AFTER.match(text[called.end() : min(sent.end, called.end() + 160)])
        if not cue and not source.vague and (role := _ROLE_SPEAKS_AFTER.match(text, source.end, sent.end)) and not (
            _WORK_NOUN_AFTER.match(text, role.end(), sent.end)
        ):  # (not "HSO price surveys recorded": the body's work speaks, step 2b)
            # "The IMF's resident representative in Lusaka said", "the HCS attache put": the
            # official speaks for the body
            shift, cue = role.end() - source.end, CUE_AFTER.match(text[role.end() : min(sent.end, role.end() + 160)])
        if cue and cue.group().startswith(")") and any(
            0 <= source.start - e <= 4 and text[e : source.start].strip() == "(" for _, e in taken
        ):
            continue  # "a report by the Center for ... (CSIS) estimates": the acronym of a source already credited
        if cue:
            start = _extend_left_over_filler(text, sent.start, source.start)
            if cue.group().startswith(")") and text[source.start - 1 : source.start] == "(":
                # "The Central Bank of the Republic of Uzbekistan (CBU) reported": the phrase
                # takes in the name the acronym stands for
                named = _NAME_BEFORE_PAREN.search(text, max(sent.start, source.start - 160), source.start - 1)
                if named:
                    start = _extend_left_over_filler(text, sent.start, named.start())
            add(start, source.end + shift + _phrase_end(cue), [source], "sentence")
    # (every match holds the word "ministry": most sentences need no scan, which tries every position)
    ministries = LOWER_MINISTRY.finditer(text, sent.start, sent.end) if text.find("ministry", sent.start, sent.end) >= 0 else ()
    for ministry in ministries:
        # "Poland's finance ministry estimates", "the health ministry said"
        cue = CUE_AFTER.match(text[ministry.end() : min(sent.end, ministry.end() + 160)])
        if cue and (_in_subject_position(text, first_word, ministry.start()) or (
            # "..., the finance ministry said.": a reporting clause closing the sentence
            text[max(sent.start, ministry.start() - 2) : ministry.start()] == ", "
            and _CLOSES_SENTENCE.match(text, ministry.end() + cue.end(), sent.end)
        )):
            add(ministry.start(), ministry.end() + _phrase_end(cue), [_lower_ministry(ministry)], "sentence")
    governments = GOVERNMENT.finditer(text, sent.start, sent.end) if text.find("overnment", sent.start, sent.end) >= 0 else ()
    for government in governments:
        # "Chile's government said in April", "the Kenyan government expects", "the government has announced"
        cue = CUE_AFTER.match(text[government.end() : min(sent.end, government.end() + 160)])
        if cue and not _PLAN_CUE.match(text, government.end()) and _in_subject_position(text, first_word, government.start()) and (
            ref := _government(government)
        ):  # (not a plan: "the government aims to train 50,000 engineers" is its goal, no figure it gives)
            add(government.start(), government.end() + _phrase_end(cue), [ref], "sentence")
    for match in NAME.finditer(text, sent.start, sent.end):
        if (month := _POSSESSIVE_MONTH.search(match.group())) is not None:
            # "Harbour Polling's June 2024 Leisure Time survey": the name ends at its "'s"
            match = _Span(match.start(), match.start() + month.start(), match.group()[: month.start()])
        after = text[match.end() : min(sent.end, match.end() + 160)]
        cue = CUE_AFTER.match(after)
        shift = 0
        if not cue and after[:2] == ", " and _ROLE_AT_BEFORE.search(text, max(sent.start, match.start() - 60), match.start()):
            # "X, director of water resources at the Ministry of Water, said": the appositive closes
            shift, cue = 1, CUE_AFTER.match(after[1:])
        if not cue and (apposed := _APPOSITIVE_CLOSE.match(after)) and _APPOSITIVE_OPEN.search(
            text, max(sent.start, match.start() - 6), match.start()
        ):
            # "The regional operator, the Ente Operador Regional (EOR), said": the name is the appositive
            shift, cue = apposed.end(), CUE_AFTER.match(after[apposed.end():])
        if not cue and match.group()[-2:] in ("'s", "’s"):
            cue = _POSSESSIVE_RATE.match(after)  # "the Central Bank of Kenya's rate on Monday of"
        if not cue:
            continue  # tested first: most names are followed by no reporting word
        if _body_whose_work(text, match.end(), sent.end):
            continue  # "a SMART survey of the Ministry of Health": the survey's method, the ministry's survey
        body = next((s for s in reversed(known) if not s.vague and match.start() - 80 <= s.end <= match.end()
                     and _TITLED_PERSON.fullmatch(text, s.end, match.end())), None)
        if body is None and " " in match.group():
            # "CBK Governor Kamau Thugge said": a name the registry does not know, then the title
            cut = next((m.start() for m in re.finditer(r" ", text[match.start() : match.end()])
                        if _TITLED_PERSON.fullmatch(text, match.start() + m.start(), match.end())), None)
            head = text[match.start() : match.start() + cut] if cut else ""
            acronym = " " not in head and sum(c.isupper() for c in head) >= 2  # "CBK", "BoG"
            if head and (looks_like_body(head) or acronym):  # not "Finance Minister Jane Doe"
                body = _written_source(text, match.start(), match.start() + cut)
        if body is not None:
            # "CBK Governor Kamau Thugge said", "European Commission President Ursula von der Leyen
            # announced": the person speaks for the body named before their title
            end = match.end() + shift + _phrase_end(cue) if (cue.group("inter") or cue.group("work")) else match.end()
            add(_extend_left_over_filler(text, sent.start, body.start), end, [body], "sentence",
                speaker=text[body.end : match.end()].strip())
            continue
        if (minister := FIELD_MINISTER.match(match.group())) and minister_field(minister) not in ("Prime", "Deputy Prime"):
            # '"...," Finance Minister Anton Reyl told parliament': the minister speaks for the ministry
            end = match.end() + shift + _phrase_end(cue) if (cue.group("inter") or cue.group("work")) else match.end()
            ministry = SourceRef(match.start(), match.end(), match.group(), ministry_name(minister_field(minister).lower()))
            add(_extend_left_over_filler(text, sent.start, match.start()), end, [ministry], "sentence",
                speaker=match.group())
            continue
        name = _strip_trailing_words(match.group())
        if _LEGAL_FORM.fullmatch(name) and (
            owner := _NAME_BEFORE_COMMA.search(text, max(sent.start, match.start() - 80), match.start())
        ):
            # "Tarrow & Finch, Inc.'s valuation report, dated May 2025, shows": the company, with its legal form
            match = _Span(owner.start(), match.end(), text[owner.start() : match.end()])
            name = match.group()
        if text[match.start() - 1 : match.start()] == "(" and cue.group().startswith(")") and (
            named := _NAME_BEFORE_PAREN.search(text, max(sent.start, match.start() - 160), match.start() - 1)
        ) and looks_like_body(named.group().strip()) and _place_before(text, match.start() - 1):
            # "The Ministry of Health of the Central African Republic (CAR) has notified": the
            # parenthesis abbreviates a place of the name, the body before it speaks
            match = _Span(named.start(), named.start() + len(named.group().rstrip()), named.group().rstrip())
            name = _strip_trailing_words(match.group())
        if not name or len(name) < 3 or name.split()[0].lower() in _NOT_SOURCE_NAMES or (
            name in CURRENCY_CODES and not _defined_before(text, name, match.start())
        ):
            continue  # ("BRL 4.99 per USD reported by ...": the currency is no speaker; "BGN reported"
            # after "National Nutrition Agency (BGN)" is the agency)
        titled = _BODY_TITLE_BEFORE.search(text, max(sent.start, match.start() - 90), match.start())
        if titled and titled.group("body") in _POSSESSIVE_DETERMINERS:
            continue  # "Its chairman, Tom Reed, said": he speaks for the body named before (resolved
            # across sentences, where that body is known); "Our chief executive": the publisher
        if titled and _is_speaker_name(titled.group("body")) and not any(
            _overlaps(s, titled.start("body"), match.end()) for s in known
        ):
            # "Kestrel Mobile chief executive Amara Diallo said": the person speaks for the body
            body = _written_source(text, titled.start("body"), titled.end("body"))
            add(_extend_left_over_filler(text, sent.start, body.start), match.end(), [body], "sentence", speaker=name)
            continue
        if any(_overlaps(s, match.start(), match.end()) and not _inside_longer_name(s, text, match) for s in known):
            continue
        head = _BODY_BEFORE_TAIL.search(text, max(sent.start, match.start() - 80), match.start())
        if head and is_body_list_tail(name):
            # "the Ministry of Electricity, Water and Renewable Energy said": one body's name
            name = text[head.start() : match.start()] + name
            match = _Span(head.start(), match.end(), name)
        possessive_work = name[-2:] in ("'s", "’s") and (cue.group("work") or _OWN_WORK_AFTER.match(after))
        if match.start() in (sent.start, first_word) and " " not in name and not name.isupper() and not possessive_work and (
            not _INNER_CAPITAL.search(name)  # ("Sea-Intelligence data show", "MapBiomas reports": a name)
        ) and (
            name.lower() in _ORDINARY_SUBJECTS or name.endswith("s") or not _SPEECH_VERB.match(after)
        ) and not (
            # ("Brelsford data show" in a text that writes "..., Brelsford said" too: a name)
            _DATA_SHOW_AFTER.match(after) and name.lower() not in _ORDINARY_SUBJECTS
            and name in _capitalised_mid_sentence(text)
        ):
            continue  # a sentence-initial ordinary word ("Officials said") is not a name; "Barrick said" is,
            # and so is "Cochilco's 2024 Annual Report puts"
        if _AT_BEFORE.search(text, max(sent.start, match.start() - 8), match.start()) and not _ROLE_AT_BEFORE.search(
            text, max(sent.start, match.start() - 60), match.start()
        ):
            continue  # "the Centre (CHNL) at Nord University counted": where the speaker works; but
            # "X, director of water resources at the Ministry of Water, said": the ministry speaks
        if _OWNED_BEFORE.search(text, max(sent.start, match.start() - 8), match.start()):
            continue  # "the Pacific Community (SPC), whose Oceanic Fisheries Programme compiles": the owner speaks
        if _ENDS_WITH_WORK.search(name) and not looks_like_body(name):
            continue  # "Annual Report puts", "Global Critical Minerals Outlook expects": a work, not its author
        if _OWNED_WORK_BEFORE.search(text, max(sent.start, match.start() - 40), match.start()) and (
            _WORK_NOUN_AFTER.match(text, match.end(), sent.end)
        ):
            continue  # "in its May 2025 Tea: Markets and Trade report, while ...": the title of its
            # owner's work, and "report" its noun
        if _OBJECT_BEFORE.search(text, max(sent.start, match.start() - 12), match.start()) and not (
            _ROLE_FOR_BEFORE.search(text, max(sent.start, match.start() - 40), match.start())
        ):
            continue  # "a consultation with Tajikistan concluded in March": an object, not the speaker;
            # but "a spokesperson for Hapag-Lloyd said": the employer speaks
        if _NOUN_NOT_VERB.match(after):
            continue  # "Treasury notes will average 4.1 percent": a noun, not the verb
        if any(a.end <= match.start() and _NAMES_ONLY.fullmatch(text, a.end, match.start()) for a in found):
            continue  # "data from the Revenue Service (HRS) Payroll Reporting
            # System (PRS) show": the credited body's system, named right after it, is no other source
        if _IN_A_WORK_BEFORE.search(text, max(sent.start, match.start() - 12), match.start()) and (
            _WORK_NOUN_AFTER.match(after)
        ) and any(a.end <= match.start() for a in found):
            continue  # "X put the crop at 2.1 million in a FIELD report dated ...": the series of the
            # work the speaker named before put it in ("report" a noun)
        if _ASKED_BEFORE.search(text, max(sent.start, match.start() - 16), match.start()):
            continue  # "ask BGN to report quarterly on ...": the body is asked, it says nothing yet
        if (owner := _OWNERS_DATED_WORK_BEFORE.search(text, max(sent.start, match.start() - 40), match.start())) and not any(
            s.start <= owner.start() < s.end for s in known
        ):
            continue  # "Harbour Polling's June 2024 Leisure Time survey found": the owner's work
            # (an owner the registry knows is credited with its work's date by the steps that read the work)
        if _OURS_BEFORE.search(text, max(sent.start, match.start() - 30), match.start()) or name.startswith("Our "):
            continue  # "we cut our 2026E EPS estimate", "Our First Look at Summer put": the document's own figure
        if after.lstrip().startswith("states ") and not after.lstrip().startswith("states that"):
            continue  # "Gulf states", "Central Asian states": a plural noun, not the verb
        if _is_place_word(name) or _PLACE_LIST.fullmatch(name) and any(
            _is_place_word(p) for p in re.split(r",\s+|\s+and\s+", name)
        ):
            continue  # "Central Asian states totalled": a place or demonym is not the source; nor is
            # "our survey of 2,406 workers in the Gulf and Malaysia finds"
        # the name may have lost a leading "The": locate it inside the match
        name_start = text.find(name, match.start(), match.end())
        start = _extend_left_over_filler(text, sent.start, match.start())
        end = match.end() + shift + _phrase_end(cue) if (cue.group("inter") or cue.group("work")) else name_start + len(name)
        if _TITLE.match(name):
            # "U.S. Strategic Command (STRATCOM) Commander Admiral X stated": the person speaks
            # for the body named just before; alone, the person is the source as written
            body = next((s for s in reversed(known) if s.end <= name_start and not s.vague
                         and _BODY_BEFORE_PERSON.fullmatch(text, s.end, name_start)), None)
            if body is not None:
                add(min(start, body.start), end, [body], "sentence", speaker=name)
                continue
            add(start, end, [_written_source(text, name_start, name_start + len(name))], "sentence", speaker=name)
            continue
        if (office := _office_after(text, name_start + len(name), sent.end)) is not None and _is_person_name(name):
            # "Ann Pole, the Minister for Digital Affairs, said": the person speaks for the office
            add(start, end, [office], "sentence", speaker=name)
            continue
        if (employer := _named_employer_after(text, (name_start, name_start + len(name)), sent.end)) is not None:
            # "Kwesi Owusu, a cocoa analyst at Gold Coast Insights, said": the person speaks for the employer
            add(start, end, [employer], "sentence", speaker=name)
            continue
        name_end = name_start + len(name)
        if (body := next((s for s in known if name_end < s.start <= name_end + 8), None)) is not None and (
            employer := _employer_after(text, (name_start, name_end), body)
        ) is not None:
            # "Cllr Ann Pole, the council's lead member for transport, said": the body she speaks for
            add(start, end, [employer], "sentence", speaker=name)
            continue
        add(start, end, _written_sources(text, name_start, name_start + len(name)), "sentence")

    # 3b. A clause that opens on the last source's own work: "... identified 27 vessels; its final
    # report, issued on 12 December 2025, revised the count to 34".
    for own in _CLAUSE_OWN_WORK.finditer(text, sent.start, sent.end):
        before = sorted((a for a in found if a.end <= own.start()), key=lambda a: a.end)
        if before:
            owner = [dataclasses.replace(src, start=own.start(1), end=own.end()) for src in before[-1].sources]
            add(own.start(1), own.end(), owner, "sentence")

    # 4. Vague sources stand on their own ("secondary sources suggest"), unless a named source
    # is credited in the same sentence (then the vague words describe it: "OECD trade estimates").
    # They must say something ("secondary sources suggest"), not be the figure's subject ("held
    # by governmental sources").
    if not any(not s.vague for a in found for s in a.sources):
        for source in known:
            if source.vague and (
                CUE_AFTER.match(text[source.end : min(sent.end, source.end + 60)])
                or _VAGUE_SAYS.match(text, source.end, sent.end)
            ):
                add(source.start, source.end, [source], "sentence")

    # 5. A body that does what the figure counts: "the Commission (EDRMC) and its partners trucked
    # 1.6 million cubic metres", "In Chad, the ministry has trained 1,100 vaccinators, and MSF is
    # supporting 14 hospitals". Only where nothing else in the sentence credits a source: the actor
    # is the figure's source only when no one else reports on it.
    credited = [a for a in found if any(not s.vague for s in a.sources)]

    def uncredited_clause(at: int) -> bool:
        """No source credited in the sentence, or only in parentheses before the clause ``at`` opens
        ("... (World Bank, 2024), and Tunisian customs seized ...")."""
        return not credited or all(a.how == "parenthetical" and a.end <= at for a in credited) and bool(
            _CLAUSE_OPEN.search(text, max(sent.start, at - 90), at))

    # (a digit first: a pattern of a digit or a word was tried at every position up to the digit)
    numberish = _DIGIT.search(text, sent.start, sent.end) or _NUMBER_WORD.search(text, sent.start, sent.end)
    if numberish and (not credited or _NEW_CLAUSE.search(text, sent.start, sent.end)):
        for source in known:
            if not source.vague and uncredited_clause(source.start) and (
                _in_subject_position(text, first_word, source.start) and (
                    _ACTOR_VERB_AFTER.match(text, source.end, sent.end) or _OWNS_FIGURE_AFTER.match(text, source.end, sent.end)
                )  # ("Of HRG's 4,100 ships for 2023, ...": the owner of the figure a part is taken of)
                or _OF_OWNER_BEFORE.fullmatch(text, first_word, source.start) and _OWNS_FIGURE_AFTER.match(text, source.end, sent.end)
            ) and (source.kind is not None or not source.text.isupper() or _PROPOSING_VERB_AFTER.match(text, source.end, sent.end)
                   or _OWNS_FIGURE_AFTER.match(text, source.end, sent.end)) and (
                not _is_place_word(source.text)  # ("The European Union remained the largest market, taking ...": a party)
            ):
                # ("MOTIE's KRW 26 trillion support package": the owner of the amount; a body the
                # document names by its own acronym puts a figure forward: "WGC proposed", not "WGC registered")
                add(_extend_left_over_filler(text, sent.start, source.start), source.end, [source], "actor")
        for match in _NATIONAL_CUSTOMS.finditer(text, sent.start, sent.end):
            # "Tunisian customs seized 1.26 million litres": the country's customs service
            if uncredited_clause(match.start()) and _in_subject_position(text, first_word, match.start()) and _ACTOR_VERB_AFTER.match(text, match.end(), sent.end) and (
                customs := country_qualified_name(f"{match.group('country')} Customs")
            ).endswith(")"):
                add(_extend_left_over_filler(text, sent.start, match.start()), match.end(),
                    [SourceRef(match.start(), match.end(), match.group(), customs)], "actor")
        for match in NAME.finditer(text, sent.start, sent.end):
            name = match.group()
            # (not "The Company" alone: a body named by its kind, that no name before resolved)
            if " " in name and looks_like_body(name) and not _THE_ONE_WORD.fullmatch(name) and uncredited_clause(
                match.start()
            ) and _in_subject_position(text, first_word, match.start()) and (
                _ACTOR_VERB_AFTER.match(text, match.end(), sent.end)
            ) and not any(_overlaps(s, match.start(), match.end()) for s in known):
                add(_extend_left_over_filler(text, sent.start, match.start()), match.end(),
                    _written_sources(text, match.start(), match.end()), "actor")

    found.sort(key=lambda a: a.start)
    return found


_NATIONAL_CUSTOMS = re.compile(r"\b(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+customs\b(?:\s+(?:service|authorities|administration))?")


_OURS_BEFORE = re.compile(r"\b(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){0,2}\Z")
_ET_AL_AFTER = re.compile(r"\s+et\s+al\.?")
_CLAUSE_OWN_WORK = re.compile(rf";\s+((?:its|their)\s+(?:[a-z-]+\s+){{0,3}}(?:{_REPORT_NOUNS})\b)")
# An opening phrase before a sentence's subject: "In Chad, ", "Between 1 April and 31 July, "
_INTRO = re.compile(
    r"(?:(?:In|On|At|By|Between|From|Since|During|Over|Under|After|Before|Across|Within|Through|Throughout|"
    r"Last|This|Earlier|Later|Meanwhile|Separately|Elsewhere|Overall|Also|However|Moreover|Similarly|Likewise|"
    r"Nationally|Regionally|Locally|So\s+far|To\s+date|For\s+its\s+part)\b[^,;:()]{0,70},\s+)?(?:the\s+|The\s+)?\Z"
)
# A clause opening after a comma or semicolon: "..., and MSF is supporting", "; the agency has"
_CLOSES_SENTENCE = re.compile(r"\s*(?:[.;!?]|\Z)")
_CLAUSE_OPEN = re.compile(r"(?:;|,\s+(?:and|but|while|whereas))\s+(?:the\s+)?\Z")
# The actor's verb: "trucked", "has trained", "is supporting", "sold", "will invest"
_ACTOR_VERB_AFTER = re.compile(
    # ("WFP and its partners reached", "WASH Cluster partners are trucking")
    r"(?:\s*\([A-Z][\w&.-]{1,15}\))?(?:\s+and\s+(?:its|their)\s+(?:[a-z]+\s+)?partners|\s+partners)?"
    # ("The Regional Reference Laboratory (RRL) at Kestow General Hospital has tested", "Gavi, the
    # Vaccine Alliance, pledged")
    r"(?:\s+at\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|[A-Z][\w'’-]*)){0,5}|,\s+(?:the|a|an|its)\s+[^,;()\d]{3,60},|,(?=\s+[a-z]{3,}ed\b))?"  # (a name that holds its own appositive)
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|also|now|already|recently|still|then|since|been|jointly))*"
    r"\s+(?:(?!(?:is|was|has|does|says|seems|remains|appears|means|includes|contains|lies|sits|needs|faces|lacks|"
    r"(?:rank|account|represent|compris|consist|belong|cover|appli|contribut|equal|exceed|amount|total)[a-z]*)\b)"
    r"[a-z]{3,}(?:ed|s)|[a-z]{3,}ing|sold|paid|spent|lost|bought|took|gave|built|made|won|held|sent|began|"
    r"grew|drew|brought|sought|set|cut|hit|put|ran|led|met|kept|left|shut|bid|lent)\b(?!['’])"
    # ("Large Bridge Project grants are available": a plural noun before its own verb, no verb)
    r"(?!\s+(?:are|were|have|had|is|was|will|would|can|could|may|might|must|should|remain|include|[a-z]{3,}ed)\b)"
)


# A party's own figure put forward: "WGC proposed", "the Users Group (EUG) has sought"
_PROPOSING_VERB_AFTER = re.compile(
    r"(?:['’]s\s+(?:proposed|requested|claimed|forecast|estimated)\b|(?:\s+(?:has|have|had|also|then|now|initially|originally))*\s+"
    r"(?:proposed|proposes|sought|seeks|submitted|submits|argued|argues|requested|requests|claimed|claims|contended|"
    r"contends|asked\s+for|applied\s+for|bid|offered|forecast|forecasts|projected|projects|budgeted|estimated|estimates|"
    r"calculated|expects|expected|put\s+forward)\b)"
)
_OF_OWNER_BEFORE = re.compile(r"Of\s+(?:the\s+)?")
_OWNS_FIGURE_AFTER = re.compile(r"['’]s\s+(?:(?:US|NT|A|C|HK|S)?[$€£¥]\s?\d|[A-Z]{3}\s?\d|\d)")


# a cited body's acronym after its name, inside the citation: "(Pacific Cocoa Processors Association, PCPA)"
_ITS_ACRONYM_AT = re.compile(r",\s*[A-Z][A-Z&]{1,7}\s*")


def _in_subject_position(text: str, sent_start: int, at: int) -> bool:
    """The words before ``at`` open the sentence or one of its clauses, so a name at ``at`` is a subject."""
    return _INTRO.fullmatch(text, sent_start, at) is not None or _CLAUSE_OPEN.search(
        text, max(sent_start, at - 90), at
    ) is not None


# a figure may be in the sentence, a digit or this (the actor step is skipped where none can be)
_NUMBER_WORD = re.compile(
    r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|half|third|quarter|fifth)\b"
)
_YEAR_IN_PARENS = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)")
_AUTHOR_YEAR = re.compile(
    r"(?<![\w(])(?P<name>[A-Z][\w’'-]+(?:\s+(?:and|&)\s+[A-Z][\w’'-]+)?(?:\s+et\s+al\.?)?)"
    r"\s+\((?P<year>(?:1[89]|20)\d\d)[a-z]?\)"
)
_AUTHOR_VERB = re.compile(
    r"\s+(?:also\s+)?(?:estimate|find|report|show|put|argue|note|suggest|document|conclude|calculate|project|"
    r"record|observe|measure)(?:s|d|ed)?\b|\s+found\b|\s+showed\b"
)
_ON_PLATFORM_BEFORE = re.compile(r"\b(?:post|posts|posted|video|videos|thread|message|messages|tweet|tweets|clip)\s+(?:posted\s+|shared\s+)?on\s+\Z")
_AT_FIGURE_BY = re.compile(
    r"\b(?:assessed|estimated|put|valued|forecast|projected|pegged|calculated|priced)\s+at\s+(?:[^,;()]|,(?=\d)){1,50}?\s+by\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_WORK_THAT = re.compile(rf"\s*(?:the\s+)?(?:{_REPORT_NOUNS})\s+(?:(?:that|which)\s+(?:the\s+)?|the\s+)", re.I)
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]|-[A-Z]")
# One word in title case, no acronym: after "recorded in", a place ("in Corsova") more often than a work
_ONE_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_VENUE_VERB = re.compile(r"(?i:as\s+)?(?i:published|cited|reported|quoted|presented|released|issued)\b")
_AUTHOR_CUE_BEFORE = re.compile(r"\b(?:from|according\s+to|see|cited\s+in|following|by)\s+\Z", re.I)


def _year_date(text: str, at: int):
    """The year written at ``at`` ("2024" of "2024a") as a date mention at that offset."""
    found = find_dates(text[at : at + 4])
    return dataclasses.replace(found[0], start=at + found[0].start, end=at + found[0].end) if found else None


_TWO_WORDS = re.compile(r"\s+([\w.$€£-]+)(?:\s+[\w-]+)?")


_DOLLAR_AFTER = re.compile(r"\s+(?:dollars?|euros?)\b")  # "per United States dollar"


def _rate_unit(word: str) -> bool:
    """A unit or a currency a rate is "per" ("per MW", "per USD", "per US dollar", "per US$.")."""
    word = word.rstrip(".,;:)")
    if word[-1:] in ("$", "€", "£", "¥"):
        return True  # "TVD 123.4 per US$", "per €"
    return bool(unit_from_form(word) or word.upper() in CURRENCY_CODES or currency_from_word(word))


def _phrase_end(cue: re.Match) -> int:
    """Where the attribution phrase ends after its source: past "'s April 2025 World Economic
    Outlook" (its date is the work's) and past ", in a March 2025 paper,"."""
    return max(cue.end("inter") if cue.group("inter") else 0, cue.end("work") if cue.group("work") else 0)


_NAME_BEFORE_PAREN = re.compile(rf"(?:{NAME.pattern})\s*\Z")
# ("CER-4", "Exhibit C-14"; "RHW0031", "HC 812", "Q131": a written evidence's, a paper's or a question's number)
_DOCUMENT_CODE = re.compile(r"(?:(?:Exhibit|Exh\.|Annex|Appendix|Doc\.)\s+)?[A-Z]{1,5}(?:-\d{1,4}|\s?\d{3,6})[A-Za-z]?")
_WORK_OF_BODY_AFTER = re.compile(rf"\s+(?:{_REPORT_NOUNS})\s+(?:of|by)\s+(?:the\s+)?(?=[A-Z])")


def _body_whose_work(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The body named after a work's noun at ``pos``: "[SMART] survey of the Ministry of Health"."""
    if (of_body := _WORK_OF_BODY_AFTER.match(text, pos, limit)) and (body := name_after(text, of_body.end(), limit)):
        return body if looks_like_body(text[body[0] : body[1]]) else None
    return None


# a day something falls due, not the day it was said: "payable on 12 June 2025", "effective on"
_SCHEDULED_ON_BEFORE = re.compile(
    r"\b(?:payable|due|effective|scheduled|expir(?:es|ing)|matur(?:es|ing)|record|paid"
    r"|(?:would|will|to|shall)\s+(?:begin|start|open|close|end|run|resume|take\s+effect))\s+(?:on|from|for)\s+\Z"
)  # ("announced that applications would open on 1 September": the day of another event)
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w.])[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|and|of))*,\s*\Z")
# A title and a person's name after a body: " Governor Kamau Thugge", " President Ursula von der Leyen"
# The titles a person speaks for a body under (both person patterns below add their own)
_TITLE_WORDS = (
    r"president|governor|director(?:-general)?|chairman|chairwoman|chair|chief\s+executive|ceo|secretary(?:-general)?|"
    r"spokes(?:man|woman|person)|head|economist|analyst"
)
_TITLED_PERSON = re.compile(
    r"['’]?s?\s+(?i:(?:(?:deputy|vice|acting|chief|senior|lead)\s+)?"
    rf"(?:{_TITLE_WORDS}|minister|commissioner|commander|ambassador|administrator))\s+"
    r"(?:(?:[A-Z][\w'’.-]*|von|van|der|den|de|da|di|del|la|le|bin|al|el|ibn)\s+){0,5}[A-Z][\w'’.-]*"
)
_BODY_BEFORE_TAIL = re.compile(
    r"(?:\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"  # ("Tunisia's Ministry of Industry, Mines and Energy")
    r"\b(?:Ministry|Department|Directorate|Secretariat)\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*,\s+\Z"
)


@dataclass(frozen=True)
class _Span:
    """A name found by joining matches, with the ``start``/``end``/``group`` a match has."""
    _start: int
    _end: int
    text: str

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self.text
_CLOSES = re.compile(r"\s*[.;]?\s*\Z")
# after a possessive name: "'s preliminary post-Gu assessment projects" (the name owns a work)
_OWN_WORK_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{_REPORT_NOUNS})\b", re.I)
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the\s+)?\Z")
_APPOSITIVE_CLOSE = re.compile(r"(?:\s*\([A-Z][\w&.-]{1,15}\))?,(?=\s)")
_CALLED_AFTER = re.compile(r"\s+(?:called|named|known\s+as)\s+[\"“][^\"”]{1,60}[\"”](?:,\s+(?:which|who)\s+[^,;]{1,80},)?")
_OWNED_BEFORE = re.compile(r"\b(?:whose|[Ii]ts|[Tt]heir)\s+\Z")
_OWNED_WORK_BEFORE = re.compile(r"\b(?:whose|its|their)\s+(?:[\w.-]+[,:]?\s+){0,3}\Z")  # "its June 2025", "their latest"
# a title's kind written after it in lower case: "its May 2025 Tea: Markets and Trade report"
_WORK_NOUN_AFTER = re.compile(rf"\s+(?:{_REPORT_NOUNS})s?\b")
_ROLE_FOR_BEFORE = re.compile(rf"{_ROLE}\s+(?:for|of|from)\s+(?:the\s+)?\Z", re.I)
# A person's appositive naming their employer: ", WFP's spokesperson", ", the ISCG senior
# coordinator" (the body first), ", a senior economist at the World Bank" (the role first)
_APPOSED_ROLE_OF = re.compile(rf"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,3}}?{_ROLE}", re.I)
_APPOSED_ROLE = rf",\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,4}}?{_ROLE}[\w\s-]{{0,40}}?\b(?:at|for|of|from|with)\s+(?:the\s+)?"
_APPOSED_ROLE_AT = re.compile(rf"{_APPOSED_ROLE}\Z", re.I)
# The same appositive with the employer's capitalised name still to come
_APPOSED_ROLE_BEFORE_NAME = re.compile(rf"{_APPOSED_ROLE}(?=(?-i:[A-Z]))", re.I)
_ROLE_AT_BEFORE = re.compile(rf"(?i:{_ROLE})[\w\s-]{{0,40}}?\bat\s+(?:the\s+)?\Z")  # ("Analysts at X expect")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?\Z")
_ENDS_WITH_WORK = re.compile(
    r"\b(?:Report|Outlook|Yearbook|Bulletin|Brief|Briefing|Update|Assessment|Overview|Paper|Factsheet|Fact\s+Sheet|"
    r"Review|Survey|Monitor|Tracker|Database)\Z"
)
# A reporting verb that is a plural noun here: "Treasury notes will average", "Gulf states are"
_NOUN_NOT_VERB = re.compile(
    r"\s+(?:notes|reports|estimates|states|forecasts|projects|claims|records|counts|issues|releases)\s+"
    r"(?:will|would|are|were|have|had|can|could|may|might|should|must|yield|yielded|matur\w*|due"
    # ("Grain estimates draw on 140 farm surveys": what the estimates are made of)
    r"|draw|drew|rely|relied|rest|rested|cover|covered|include|included|exclude|excluded|use|used|combine|"
    r"combined|differ|differed|vary|varied|refer|referred|apply|applied)\b"
)
_VAGUE_SAYS = re.compile(r"\s*(?:,\s*)?(?:say|suggest|indicate|claim|believe|estimate|report|allege|put|show)s?\b", re.I)


_ORDINARY_SUBJECTS = frozenset(
    "data officials analysts experts researchers sources estimates figures statistics reports "
    "authorities critics observers others some many most it they he she we this that these those "
    "there here one staff "
    # a body's head word alone opening a sentence names no body: "Committee estimates by region:"
    "committee board council agency ministry authority office commission panel trust bureau department "
    "directorate secretariat".split()
)
_SPEECH_VERB = re.compile(r"\s*(?:,[^,]{1,90},\s*)?(?:said|says|reported|reports|announced|announces|estimated|estimates|stated|told)\b")
# capitalised words and bracketed acronyms only: " (HRS) Payroll Reporting System (PRS) "
# (one name or bracketed acronym at least: the body's own acronym right after its name, "(CAL) at
# Harbour University counted", is the body speaking again)
_NAMES_ONLY = re.compile(r"(?=\s*[(\w])(?!\s*\(?\Z)(?:\s*\([A-Z][\w&.-]{1,15}\)|\s+[A-Z][\w'’-]*)+\s*\(?")
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|from|into|against|between|among|for|toward|towards|than|per)\s+(?:the\s+)?\Z", re.I)


def _inside_longer_name(source: SourceRef, text: str, match: re.Match) -> bool:
    """"The UN Office for the Coordination of Humanitarian Affairs said": the known "UN" is a
    word of a longer name, which is the speaker (at least two more capitalised words)."""
    if source.vague or not (match.start() <= source.start and source.end <= match.end()):
        return False
    rest = text[match.start() : source.start] + " " + text[source.end : match.end()]
    return sum(1 for w in rest.split() if w[:1].isupper() and w.lower() not in ("the", "of", "and")) >= 2


def _place_before(text: str, paren: int) -> bool:
    """A place's name ends right before the parenthesis at ``paren`` ("Central African Republic (CAR)")."""
    from claimaudit.extraction.parse.places import find_places

    return any(paren - 1 <= p.end <= paren for p in find_places(text, max(0, paren - 60), paren))


def _is_place_word(name: str) -> bool:
    from claimaudit.extraction.parse.places import find_places

    places = find_places(name)
    return bool(places) and places[0].start == 0 and places[0].end >= len(name.rstrip(".’'s"))


_THE_ONE_WORD = re.compile(r"[Tt]he\s+[A-Z][a-z]+")
# a benchmark named for its owner: "the Marlowe composite", "the Halden index"
_NAMED_BENCHMARK = re.compile(r"\bthe\s+(?P<name>[A-Z][\w&-]+)\s+(?:composite|index|benchmark|indicator|assessment)\b")


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


# a subject that is a quantity, not a body: "Real output grew by 2.4%, ..., revising up its estimate"
_MEASURE_VERB_AFTER = re.compile(
    r"\s+(?:grew|rose|fell|increased|decreased|declined|expanded|contracted|averaged|climbed|dropped|edged|slowed|accelerated)\b"
)
_SAID_IN_BEFORE = re.compile(rf"\b(?:{_REPORT_VERBS})\s+(?:in|on)\s+\Z")
_DATA_SHOW_AFTER = re.compile(r"\s+(?:data|figures|statistics|estimates)\s+(?:show|shows|showed|suggest|indicate)\b")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


@lru_cache(maxsize=4)
def _capitalised_mid_sentence(text: str) -> frozenset[str]:
    """The capitalised words a text writes after a lower-case word or a comma: names, not the
    sentence-initial capital of an ordinary word (computed once per text)."""
    return frozenset(_MID_SENTENCE_CAPITAL.findall(text))


_AMOUNT_JUST_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|bn|mn|m|k))?\s+\Z")
_ON_BODYS_FIGURES = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Bb]ased\s+on|[Uu]sing)\s+(?:the\s+)?(?P<body>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,4})['’]s\s+"
    r"(?:(?:latest|own|preliminary|provisional|revised|final|\d{1,2}|[A-Z][a-z]+|\d{4})\s+){0,3}"
    # ("On Harbour Data's consumer price index, ...": a measure the body publishes, a word or two before it)
    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:measure|measurement|index|tracker|panel)|figures|data|estimates|numbers|calculations|count|tally|"
    r"assessment|series)\b"
)
_CITES_BEFORE = re.compile(r"(?:[\d%]|\b[a-z][\w-]*)\s*\Z")
_OWN_WORK = re.compile(
    rf"\b(?:according\s+to\s+|,\s*but\s+|;\s*)?(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:{_REPORT_NOUNS})\b"
    rf"(?:[^.;]{{0,80}}?\b(?:{_REPORT_VERBS})\b)?",
    re.IGNORECASE,
)


_TRADED = re.compile(r"\b(?:traded|trading|settled|closed|quoted|priced|futures?|contracts?|averaged)\b")
_LISTED_BEFORE = re.compile(r"\b(?:listed|listing|list|debuted?|floated)\s+\Z")
_EXCHANGE_NAME = (r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,4}(?:Exchange|Endex|Bourse|Board\s+of\s+Trade)|"
                  r"Euronext|Nasdaq|NYMEX|COMEX|CBOT)\b")
_ON_EXCHANGE = re.compile(rf"\b[Oo]n\s+(?:the\s+)?{_EXCHANGE_NAME}(?:\s*\([A-Z][\w&.-]{{1,10}}\))?")
_EXCHANGE_CONTRACT = re.compile(
    rf"{_EXCHANGE_NAME}(?:\s*\([A-Z][\w&.-]{{1,10}}\))?\s+(?:[A-Z][a-z]+\s+(?:\d{{4}}\s+)?)?(?:[a-z-]+\s+){{0,2}}(?:contracts?|futures)\b"
)


def _defined_before(text: str, written: str, at: int) -> bool:
    """``written`` is an acronym the text put in parentheses before ``at`` ("National Statistics
    Office (NSO)")."""
    return 2 <= len(written) <= 8 and written.isupper() and written.isalpha() and text.find(f"({written})", 0, at) >= 0


def _gap_is_filler(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    filler = _LEADING_FILLER.match(gap)
    return bool(filler) and filler.end() >= len(gap.rstrip())


def _extend_left_over_filler(text: str, floor: int, start: int) -> int:
    """Include "a June 2025" before "RAND Corporation report" in the phrase."""
    window = text[max(floor, start - 40) : start]
    match = re.search(r"(?:\b(?:a|an|the)\s+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\s+$", window)
    return start - (len(window) - match.start()) if match else start


def _source_group(text: str, known: Sequence[SourceRef], first: SourceRef) -> list[SourceRef]:
    """Sources listed together: "KCNA, TASS", "ILO + HRW", "IMF and World Bank"."""
    group = [first]
    for other in known:
        if other.start <= group[-1].start:
            continue
        gap = text[group[-1].end : other.start]
        if re.fullmatch(r"\s*(?:,|\+|&|and|/|;)\s*(?:the\s+)?", gap):
            group.append(other)
        else:
            break
    return group


# "Chile's mining minister", "Kenya's finance minister": the ministry the minister speaks for
_MINISTER = re.compile(r"(?P<country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+(?:(?:deputy|former)\s+)?"
                       r"(?!prime\s)(?P<field>[a-z]+(?:\s+(?:and\s+)?[a-z]+)?)\s+minister\b")  # no "Ministry of Prime"


# "the Minister of Fisheries and Marine Resources", "Minister for Energy" (not the Prime Minister)
_MINISTER_OF_FIELD = re.compile(
    # (the field's words end at a comma: "the Minister of Fisheries, Dr Ilse Varga, told")
    r"(?<![Pp]rime\s)\b[Mm]inister\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<field>[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)(?!\s+[A-Z])"
)
_TOLD_WHOM = re.compile(r"\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+(?:on|in)\s)")


def _person_in(text: str, start: int, end: int, body: SourceRef) -> str | None:
    """The person who speaks for ``body`` in the subject ``text[start:end]`` ("the Minister, Dr Ilse
    Varga, told"), so that "She confirmed ..." after it is the body's again."""
    for match in NAME.finditer(text, start, end):
        name = _TITLE_PREFIX.sub("", match.group())
        if not (match.start() < body.end and body.start < match.end()) and _is_person_name(name):
            return name
    return None


_PERSON_THEN_ROLE = re.compile(r"\s*,\s*(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2},\s+(?:the\s+)?")
_TITLE_PREFIX = re.compile(r"\A(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+")


def _speaker_before(text: str, start: int, told: int, known: list[SourceRef]) -> SourceRef | None:
    """Who "told" an outlet something: a body named in the subject before "told" ("Khalid Al-Harbi,
    the authority's vice-governor, told"), a minister's ministry, or the person named just before."""
    clause = start
    for boundary in _NEW_CLAUSE.finditer(text, start, told):
        clause = boundary.end()  # "VTV reported ..., while Iran's defence ministry told": another speaker
    bodies = [s for s in known if clause <= s.start and s.end <= told and not s.vague]
    if bodies:
        return bodies[-1]
    if (unnamed := next((s for s in known if s.vague and clause <= s.start and s.end <= told and not text[s.end : told].strip()), None)):
        return unnamed  # "a retailer in Harrowgate told inspectors": one unnamed person, not the town
    minister = _MINISTER.search(text, clause, told)
    if minister:
        name = ministry_name(minister.group("field"), minister.group("country"))
        if name.endswith(")"):
            return SourceRef(minister.start(), minister.end(), minister.group(), name, "ministry")
    field = FIELD_MINISTER.search(text, clause, told)
    if field and minister_field(field) not in ("Prime", "Deputy Prime"):
        # '"...," Finance Minister Anton Reyl told parliament': the ministry (its country added later)
        return SourceRef(field.start(), field.end(), field.group(), ministry_name(minister_field(field).lower()), "ministry")
    if of_field := _MINISTER_OF_FIELD.search(text, clause, told):
        # "Dr Ilse Varga, the Minister of Fisheries, told the committee": that ministry
        return SourceRef(of_field.start(), of_field.end(), of_field.group(), "Ministry of " + of_field.group("field"), "ministry")
    office = _OFFICE_OF_BEFORE.search(text, clause, told)
    if office and looks_like_body(office.group("body")):
        # "Mr Tomas Herel, Permanent Secretary of the Ministry of Health, told the audit team"
        return _written_source(text, office.start("body"), office.end("body"))
    employer = _EMPLOYER_BEFORE.search(text, clause, told)
    if employer:  # "X, head of exploration at state geological company Kazgeology, told Reuters"
        return _written_source(text, employer.start(1), employer.end(1))
    official = _BODY_OFFICIAL_BEFORE.search(text, clause, told)
    if official and _is_speaker_name(official.group("body")):
        # "a State Police official on the island told Meridian": the body the official speaks for
        return _written_source(text, official.start("body"), official.end("body"))
    titled = _BODY_TITLE_PERSON_BEFORE.search(text, clause, told)
    if titled and _is_speaker_name(titled.group("body")):
        return _written_source(text, titled.start("body"), titled.end("body"))
    speaker = _SPEAKER_BEFORE.search(text, clause, told)
    if speaker and _is_speaker_name(speaker.group(1)):
        return _written_source(text, speaker.start(1), speaker.end(1))
    return None


def speaker_body(text: str, start: int, end: int, known: list[SourceRef]) -> SourceRef | None:
    """The body a person named with a role in ``text[start:end]`` speaks for: "Dr Jan Obi, Director,
    National Data Unit (NDU)", "Hon. Ann Reyes MP, Minister of Health" (a transcript's speakers)."""
    return _speaker_before(text, start, end, known)


# "..., Aurora Williams, told" / "Rheinmetall told" / "MTN Uganda told": the name right before the verb
# (a lookbehind, not "^|\s": a search from the sentence's start does not see the space before it)
_SPEAKER_BEFORE = re.compile(r"(?<![\w’'&.-])((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*),?\s*\Z")
# "Ethio Telecom chief executive Frehiwot Tamru told/said": the body before a person's title speaks
_BODY_BEFORE_TITLE = r"(?<![\w’'&.-])(?P<body>(?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*)['’]?s?\s+"
_PERSON_TITLE = (
    r"(?i:(?:deputy|vice|acting|senior|lead|managing|regional|country)\s+)?"
    r"(?i:chief\s+(?:executive|economist|operating\s+officer|financial\s+officer)(?:\s+officer)?|cfo|chairperson|"
    rf"general\s+manager|founder|{_TITLE_WORDS})"
)
_BODY_TITLE_PERSON_BEFORE = re.compile(
    rf"{_BODY_BEFORE_TITLE}{_PERSON_TITLE}\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*,?\s*\Z"
)
_BODY_OFFICIAL_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:senior|junior|local|regional|top)\s+)?(?P<body>(?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)\s+"
    r"(?:official|spokes(?:man|woman|person)|representative|officer|source)"
    r"(?:\s+(?:on|in|at|from|based\s+in)\s+[\w\s'’-]{1,30}?)?,?\s*\Z"
)
_BODY_TITLE_BEFORE = re.compile(rf"{_BODY_BEFORE_TITLE}{_PERSON_TITLE},?\s+\Z")  # (", Jane Doe, said": set off)
_EMPLOYER_BEFORE = re.compile(
    rf"{_ROLE}[^,;]{{0,60}}?\bat\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}((?:[A-Z][\w’'&.-]*\s+){{0,4}}[A-Z][\w’'&.-]*)\s*,?\s*\Z"
)


_OFFICE_OF_BEFORE = re.compile(
    rf",\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?(?i:{_ROLE})(?:[ -](?i:general))?\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){0,6})\s*,?\s*\Z"
)


def _employer_after(text: str, person: tuple[int, int], body: SourceRef) -> SourceRef | None:
    """``body`` when the appositive right after the person's name gives the person's role at it."""
    if not _is_person_name(text[person[0] : person[1]].strip()) or body.vague:
        return None
    gap = text[person[1] : body.start]
    if _APPOSITIVE_OPEN.fullmatch(gap) and _APPOSED_ROLE_OF.match(text, body.end):
        return body
    return body if _APPOSED_ROLE_AT.fullmatch(gap) else None


# ", who heads the ILO's special action programme", ", who works for the Fisheries Commission",
# ", who coordinates the Camp Cluster for the WFP": the body the role is held for
_WHO_LEADS_BEFORE_NAME = re.compile(
    r",\s+who\s+(?:heads|leads|runs|directs|chairs|manages|oversees|coordinates|works\s+(?:at|for|with))\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:for|at|of)\s+(?:the\s+)?)?(?=[A-Z])"
)


# ", KGO's director of operations", ", Harbour Water's chief engineer": the body first, then the role
_POSSESSIVE_ROLE_AFTER = re.compile(
    rf",\s+(?:the\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,4}})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}?(?i:{_ROLE})"
)


def _possessive_employer_after(text: str, person: tuple[int, int], limit: int) -> SourceRef | None:
    """The body whose role a person holds, written before the role: "Ana Reyl, KGO's director
    of operations" (an acronym, or a name that is a body's by its words)."""
    if not _is_person_name(text[person[0] : person[1]].strip()):
        return None
    role = _POSSESSIVE_ROLE_AFTER.match(text, person[1], limit)
    if role is None:
        return None
    body = role.group("body")
    if not (body.isupper() and len(body) >= 2 or looks_like_body(body)) or _is_place_word(body):
        return None
    return SourceRef(role.start("body"), role.end("body"), body, body)


# ", the Minister for Digital Affairs,", ", the Police and Crime Commissioner for Marra,": an office
_OFFICE_APPOSITIVE = re.compile(
    r",\s+the\s+(?P<office>(?:(?:Deputy|Vice|Acting)\s+)?(?P<head>(?:[A-Z][\w’'-]*\s+(?:and\s+)?){0,4}?"
    r"(?:Minister|Commissioner|Ombudsman|Mayor|Governor|Auditor[- ]General))\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<domain>[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|for\s+)?[A-Z][\w’'-]*){0,5}))\s*,"
)


def _office_after(text: str, end: int, limit: int) -> SourceRef | None:
    """The office a person's appositive names, as the body they speak for: a minister's ministry
    ("the Minister of Tourism and Culture" -> "Ministry of Tourism and Culture"), another office
    as written ("the Police and Crime Commissioner for Marra")."""
    match = _OFFICE_APPOSITIVE.match(text, end, limit)
    if match is None:
        return None
    if match.group("head") == "Minister":
        name = f"Ministry of {match.group('domain')}"
        return SourceRef(match.start("office"), match.end("office"), name, name)
    office = match.group("office")
    return SourceRef(match.start("office"), match.end("office"), office, office)


def _named_employer_after(text: str, person: tuple[int, int], limit: int) -> SourceRef | None:
    """The body named after a person's role: "Jane Doe, head of operations at the Fisheries
    Commission", "Kwame Asante-Boateng, deputy director of the Fisheries Commission's ... division"."""
    if not _is_person_name(text[person[0] : person[1]].strip()):
        return None
    window = text[person[1] : min(limit, person[1] + 90)]
    role = _APPOSED_ROLE_BEFORE_NAME.match(window) or _WHO_LEADS_BEFORE_NAME.match(window)
    if role is None:
        return None
    body = NAME.match(text, person[1] + role.end(), limit)
    if body is None:
        return None
    written = _strip_trailing_words(re.sub(r"['’]s\Z", "", body.group()))
    firm = written.rstrip(".")
    if firm and _is_speaker_name(firm) and re.search(rf"\b{re.escape(firm)},?\s+{LEGAL_FORM}(?!\w)", text):
        # ("a partner at Marlow Quint", a firm the text names with its legal form: "Marlow Quint LLP")
        return SourceRef(body.start(), body.start() + len(firm), firm, firm)
    if not written or not (looks_like_body(written) or written.isupper() and len(written) >= 2) and (
        # (a name that is no body's by its words is the employer all the same, unless it is a
        # place or a person: "a cocoa analyst at Gold Coast Insights", not "a researcher in Accra")
        _is_place_word(written) or _is_speaker_name(written) and len(written.split()) >= 2 and not _ORG_NAME_END.search(written)
    ):
        return None
    return SourceRef(body.start(), body.start() + len(written), written, written)


# A company's legal form after its name: "Ostmark Metals AB", "Halden Resources plc"
LEGAL_FORM = r"(?:AB|AG|ASA|A/S|plc|PLC|Inc\.?|Ltd\.?|Limited|S\.A\.|SA|N\.V\.|NV|SE|Oyj|GmbH|LLC|LLP|Corp\.?|Corporation|Holdings)"
ENDS_WITH_LEGAL_FORM = re.compile(rf",?\s+{LEGAL_FORM}\Z", re.IGNORECASE)  # (a publisher's name without it)
_LEGAL_FORM = re.compile(rf"{LEGAL_FORM}(?:['’]s)?")  # alone, as a name a comma cut off: "Tarrow & Finch, Inc."
# the last word of a firm's name that no body-word list has ("Gold Coast Insights", "Halden Commodities")
_ORG_NAME_END = re.compile(
    r"\b(?:Insights|Commodities|Analytics|Partners|Capital|Consulting|Advisory|Advisors|Advisers|Research|Securities|"
    r"Markets|Economics|Intelligence|Associates|Strategies|Energy|Resources|Group|Trust|Labs?|"
    r"Renewables|Power|Solar|Mining|Minerals|Metals|Logistics|Technologies|Systems|Networks|Foods|Motors|Airlines|"
    r"Shipping|Pharmaceuticals|Industries|Ventures|Investments|Properties|Utilities|Solutions|Services|Consultants|"
    rf"Engineering|Infrastructure|Farms|Fishing|Fisheries|Co\.?|Company|{LEGAL_FORM})\Z"
)


def _is_person_name(name: str) -> bool:
    """A person's full name: two words or more, a speaker's name, no body's."""
    return len(name.split()) >= 2 and not looks_like_body(name) and _is_speaker_name(name)


_POSSESSIVE_DETERMINERS = frozenset({"Its", "Their", "Our", "His", "Her", "My"})


def _is_speaker_name(name: str) -> bool:
    """A capitalised name that is no place and no sentence-opening pronoun or article."""
    return not _is_place_word(name) and name.split()[0] not in ("The", "A", "An", "It", "He", "She", "They", "We", "I")


# "the health ministry", "Ghana's finance ministry": a ministry named by its field in lower case
LOWER_MINISTRY = re.compile(
    r"(?:the\s+)?(?:(?P<country>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+)?(?P<field>health|finance|"
    r"defen[cs]e|energy|agriculture|education|economy|interior|labou?r|foreign|trade|transport|mining|mines|"
    r"environment|water|justice|fisheries|industry|planning)\s+ministry(?:['’]s)?\b"
)


_PLAN_CUE = re.compile(r"\s*(?:has\s+|had\s+)?(?:plans|planned|aims|aimed|intends|intended|targets|targeted|committed)\s+to\b")
# "the government", "Chile's government", "the Kenyan government", "the Government of Ghana"
GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?:(?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+|(?P<adj>[A-Z][a-z]+)\s+)?"
    r"[Gg]overnment(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?(?!\s+(?:of|for)\s)(?:['’]s)?\b"
)


def _government(match: re.Match) -> SourceRef | None:
    """"Chile's government" -> "Government (Chile)"; "the government" -> "Government", to be
    qualified by the country its sentence or document gives; None for "the regional government"
    or "Tory government" (no country)."""
    from claimaudit.extraction.parse.places import find_places

    place = match.group("owner") or match.group("of") or match.group("adj")
    if place is None:
        return SourceRef(match.start(), match.end(), match.group(), "Government")
    countries = [p for p in find_places(place) if p.kind == "country" and p.end - p.start == len(place)]
    if not countries:
        return None
    # (written as the qualifier writes "the government" of a country the sentence names: one body, one name)
    return SourceRef(match.start(), match.end(), match.group(), f"Government ({countries[0].name})")


def _lower_ministry(match: re.Match) -> SourceRef:
    return SourceRef(match.start(), match.end(), match.group(), ministry_name(match.group("field"), match.group("country")))


def ministry_name(field: str, country: str | None = None) -> str:
    """"mining", "Chile" -> "Ministry of Mining (Chile)"; "foreign" -> "Ministry of Foreign Affairs"."""
    name = "Ministry of " + FIELD_MINISTRY.get(field, " and ".join(w.title() for w in field.split(" and ")))
    return country_qualified_name(f"{country}'s {name}") if country else name


def _written_source(text: str, start: int, end: int) -> SourceRef:
    if footnote := _FOOTNOTE_GLUED.search(text, start, end):
        end = footnote.start()  # "the Monitoring Unit18 show": a footnote's number after the name
    written = text[start:end]
    return SourceRef(start, end, written, written)


# A person's title, and what may stand between the body they speak for and their title.
_TITLE = re.compile(
    r"(?:Commander|Admiral|General|Gen\.|Lieutenant|Lt\.|Colonel|Col\.|Minister|Deputy|Secretary|President|"
    r"Vice|Director|Chairman|Chairwoman|Chair|Governor|Ambassador|Senator|Sen\.|Representative|Rep\.|Dr\.|"
    r"Mr\.|Ms\.|Mrs\.|Professor|Prof\.|Chief|Spokesman|Spokeswoman|Spokesperson|Administrator|"
    r"Commissioner|Inspector|Prime|Head|CEO)\s+[A-Z]"
)
# "Finance Minister Anton Reyl", "Health Minister Jane Doe": a minister named by the field of the ministry
# ("Deputy Minister of Finance Ilona Rask": the field after "of", one the ministries' list knows)
FIELD_MINISTER = re.compile(
    r"(?P<field>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)?)\s+Minister\s+[A-Z][\w'’-]+"
    r"|(?:(?:Deputy|Vice|State|Junior|Assistant)\s+)?Minister\s+of\s+(?:the\s+)?(?P<field_of>Health|Finance|Defen[cs]e|Energy|"
    r"Agriculture|Education|Economy|Interior|Labou?r|Foreign\s+Affairs|Trade|Transport|Mining|Mines|Environment|Water|"
    r"Justice|Fisheries|Industry|Planning)\s+[A-Z][\w'’-]+"
)


def minister_field(match: re.Match) -> str:
    """The field of a FIELD_MINISTER match: "Finance" of "Finance Minister X" or "Minister of Finance X"."""
    return match.group("field") or match.group("field_of")


_BODY_BEFORE_PERSON = re.compile(r"(?:['’]s)?\s*(?:\([A-Z][\w.&-]{1,15}\))?\s*(?:['’]s)?\s*")

_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,7}")  # ("KNBS and ICF": two bodies)
_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])")
_POSSESSOR = re.compile(r"(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+")


def _written_sources(text: str, start: int, end: int) -> list[SourceRef]:
    """"Ghana's Minerals Commission and Ministry of Lands": two bodies (each named by its head
    word), both Ghana's; "Department of Health and Human Services" stays one."""
    written = text[start:end]
    for match in _AND.finditer(written):
        left, right = written[: match.start()], written[match.end() :]
        if _ACRONYM_WORD.fullmatch(left) and _ACRONYM_WORD.fullmatch(right):
            return [SourceRef(start, start + match.start(), left, left), SourceRef(start + match.end(), end, right, right)]
        if looks_like_body(left) and looks_like_body(right) and not _AND.search(right) and " " in right.strip():
            # (one word after "and" closes one name: "Department of Census and Statistics")
            possessor = _POSSESSOR.match(left)
            right_start = start + match.end()
            name = right
            if possessor and _is_place_word(possessor.group(1)):
                name = possessor.group() + right  # the possessive covers both bodies
            return [SourceRef(start, start + match.start(), left, left), SourceRef(right_start, end, right, name)]
    return [_written_source(text, start, end)]


# Between a source and its date: a few words that carry a reporting verb and end "in"/"on"
# ("estimated in its", "published its Global Outlook in", "data, released in").
_LINKED_BY_VERB = re.compile(
    rf"""(?:['’]s)?[\s,]*(?:[\w’'()-]+[\s,]+){{0,2}}?
        (?:{_PASSIVE_VERBS}|said|says|stated|estimated|reported|published|released|issued|updated|told|added|wrote|
           reporting|saying|noting|writing|stating|estimating|telling)
        (?:[\s,]+[\w’'()-]+){{0,5}}?(?:[\s,]+(?:in|on|dated|(?:{_REPORT_NOUNS})\s+(?:of|dated))\s+(?:an?\s+|its\s+|their\s+|the\s+)?
           |\s+in\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+)?(?:{_REPORT_NOUNS})\s+)""",  # ("said in a statement last month")
    re.IGNORECASE | re.VERBOSE,
)
# (and "the Marlow Advisory report (April 2025)": the work's noun, then its date in brackets)
_DATE_LINK_AFTER = re.compile(
    rf"\A(?:['’]s)?\s*(?:,|in|on|dated|of|from|\(|published\s+in|released\s+in|(?i:{_REPORT_NOUNS})\s*\()?\s*(?:the\s+)?\Z"
)
_DATE_LINK_BEFORE = re.compile(
    rf"\A\s*(?:(?:{_REPORT_NOUNS})\s*(?:by|from|of)?\s*(?:the\s+)?|['’]s\s+|,\s*)?\Z", re.IGNORECASE
)


_UNIT_OF_BODY = re.compile(r"(?:\s+[A-Z][\w&-]*){1,3}['’]s\s+")  # a body's division, then its work's date
# "..., according to its weekly bulletin of 10 June": the body's own work, dated
# ("Tunisian customs seized ..., according to a customs statement of 8 January 2025": the actor's work)
_OWN_WORK_OF_BEFORE = re.compile(
    # ("in its Customs Gap Review Programme (CGRP) report of June 2023": a titled series)
    rf"\b(?:its|their|according\s+to\s+an?|in\s+an?)\s+(?:[a-z][\w-]*\s+){{0,6}}(?:\([A-Z][\w-]{{1,10}}\)\s+)?"
    rf"(?:{_REPORT_NOUNS})\s+(?:of|dated)\s+\Z", re.I
)
# ("The UNODC's World WISE database, accessed on 2 July 2025, lists ...": the day the work was read)
_PUBLISHED_BEFORE = re.compile(
    r"\b(?:published|released|issued|updated|accessed|retrieved|downloaded)\s+(?:in|on)\s+\Z|,\s*filed\s+(?:in|on)\s+\Z"
    r"|\bcompleted\s+on\s+\Z"  # ("its HeRAMS assessment completed on 20 September 2025")
)  # (returns "were filed in 2021" are no work)
# the owner of the work named before it, or the owner's acronym: "the DTM of the IOM (IOM), published on ..."
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+\Z")  # ("in its Gap Analysis Program (GAP) report": the body's own series)
_OWNER_OF_BEFORE = re.compile(r"(?:\bof\s+(?:the\s+)?|\()\Z")
# "the revised Humanitarian Needs Overview (HNO) endorsed by the Humanitarian Country Team (HCT) on 18 July 2025"
_MADE_BY_ON_BEFORE = re.compile(
    r"\b(?:endorsed|approved|adopted|published|issued|released)\s+by\s+(?:the\s+)?[A-Z][^,;.]{0,80}?\s+(?:on|in)\s+\Z"
)
# a clause of its own, whose dated work is another's: "X forecast 4.5 million in its December
# report, while Y put it at 4.4 million in a note dated 2 April"
_OTHER_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but)\b")
_IN_A_WORK_BEFORE = re.compile(r"\bin\s+(?:a|an|its|their|the)\s+\Z")
_WORK_AFTER = re.compile(
    rf"\s+(?:(?:[a-z][\w-]*\s+){{0,2}}?|(?:(?-i:[A-Z])[\w-]*:?\s+(?:(?:and|of|on|for|the)\s+)?){{1,6}}?)(?:{_REPORT_NOUNS})\b"
    r"|\s+(?-i:[A-Z]{3,6})\b(?![ \t]*[\d(])",  # ("in its March STEO", "in its June 2025 OMR": a work's acronym)
    re.IGNORECASE,
)  # ("in its September World Agricultural Supply and Demand Estimates", "its May Tea: Markets and
# Trade report": a title's words)


# an opening clause that dates the work of the body named right after it
_PUBLISHED_OPENING = re.compile(
    # "In its report, Review of Grid Costs, dated 16 May 2025 (the Tarrow report), Tarrow found": the titled work's date
    rf"(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?\s+)?(?:In|Under)\s+(?:its|their)\s+(?:[a-z]+\s+)?(?:{_REPORT_NOUNS}),\s+[^;]{{3,120}}?,\s+"
    rf"(?:dated|(?:published|released|issued)(?:\s+(?:on|in))?)\s+[^,;()]{{3,30}}(?:\s*\([^()]{{1,40}}\))?(?:\[\d{{1,3}}\])?,\s+(?:the\s+)?"
    rf"|(?:\d{{1,2}}\.\s+)?(?:In|Under)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:"
    rf"(?:[a-z]+\s+){{0,2}}?(?:{_REPORT_NOUNS}|figures|data|estimates|advice)\s+(?:published|released|issued|updated)\s+(?:in|on)\s+[^,;]{{3,30}}"
    # "In a 1999 assessment, the European Defence Agency put ..."
    rf"|(?:(?:{MONTH_NAMES})\s+)?(?:19|20)\d\d\s+"  # (and a work's title: "In its April 2025 World Economic Outlook,")
    rf"(?:(?:[a-z]+|[A-Z][a-z]+)\s+){{0,3}}?(?i:{_REPORT_NOUNS}|figures|data|estimates))"
    r",\s+(?:the\s+)?"
)
_RANGE_START_BEFORE = re.compile(r"\b(?:from|since|between|through|until)\s+\Z")


# "the IMF's 2025 Article IV consultation with Maranta, concluded in March 2025, ...": an
# appositive that gives the day or month the named work was finished
_FINISHED_APPOSITIVE = re.compile(
    r"[^,;.()\d]{0,60},\s+(?:which\s+was\s+)?(?:concluded|completed|finali[sz]ed|published|released|issued|adopted|approved)"
    r"\s+(?:in|on)\s+\Z"
)


def _refined(text: str, end: int, dates, date):
    """``date`` (a year written in the phrase), or the finer date of the same year that an
    appositive right after the phrase gives the work."""
    if date.granularity != "year":
        return date
    for later in dates:
        if end <= later.start <= end + 100 and later.year == date.year and later.granularity in ("month", "day") and (
            _FINISHED_APPOSITIVE.fullmatch(text, end, later.start)
        ):
            return later
    return date


def _date_near(text: str, sent: SentenceInput, start: int, end: int, sources: list[SourceRef]):
    """The date that belongs to the attribution phrase ``text[start:end]``.

    A date inside the phrase ("a March 2025 report by X"), right after the source
    ("X in April 2025", "X, 2025", "X on June 17, 2025") or just before it ("the June 2025 X report").
    """
    first, last = sources[0], sources[-1]
    # ("EJF, a London-based NGO that has tracked saiko since 2017, estimated ...": a span, not a date)
    inside = [d for d in sent.dates if start <= d.start and d.end <= end and d.mod not in ("since", "until", "after", "before")
              and not _RANGE_START_BEFORE.search(text, max(start, d.start - 9), d.start)]  # ("series from 1949")
    if inside:
        return _refined(text, end, sent.dates, inside[-1])
    if (opening := _PUBLISHED_OPENING.match(text, sent.start, first.start)) and opening.end() == first.start:
        # "In figures published in April 2025, the Stockholm International Peace Research Institute ... estimated"
        for date in sent.dates:
            if opening.start() <= date.start and date.end <= opening.end():
                return date
    for date in sent.dates:  # "according to its statistics released | in January 2025"
        if end <= date.start <= end + 30 and _DATE_RIGHT_AFTER_PHRASE.fullmatch(text, end, date.start):
            return date
    for date in sent.dates:
        # "Rystad, an Oslo-based consultancy, | estimated in a June 2025 note": from the phrase's end
        if end > last.end and end <= date.start <= end + 50 and not re.search(r"\d", text[end : date.start]) and (
            _LINKED_BY_VERB.fullmatch(text[end : date.start])
        ):
            return date
    for date in sent.dates:
        if date.start >= last.end and date.start - last.end <= 70:
            gap = text[last.end : date.start]
            if _SCHEDULED_ON_BEFORE.search(gap):
                continue  # "X announced that applications would open on 1 September": another event's day
            if not re.search(r"\d", gap) and _LINKED_BY_VERB.fullmatch(gap):
                return date  # "SIPRI estimated in its June 2025 yearbook", "Xinhua said on 3 April 2025"
            if date.start - last.end > 40:
                continue
            if _UNIT_OF_BODY.fullmatch(gap):
                return date  # "the UNICEF Supply Division's July 2025 supply update"
            if _DATE_LINK_AFTER.match(gap) or re.fullmatch(
                # ("the Treasury's Budget and Economic Review of May 2025": a title of a few words)
                rf"(?-i:\s*\([A-Z][A-Za-z]{{1,7}}\)(?=\s+[A-Z]))?(?:['’]s)?\s*(?:(?:[a-z-]+\s+){{0,4}}(?:{_REPORT_NOUNS}))?\s*(?:(?:published|released|issued|updated|dated)\s+)?"
                r"(?:,|in|on|of|from|\()?\s*(?:the\s+)?",  # (also "(SIPRI) Arms Transfers Database (March 2025 update)")
                gap,
                re.IGNORECASE,
            ):
                return date
    for date in sent.dates:
        # "X put fees at US$629 million in its Indicators, published in October 2024": a
        # publication date later in the sentence, with no other source between
        if date.start >= last.end and date.start - last.end <= 250 and (
            _PUBLISHED_BEFORE.search(text, max(last.end, date.start - 20), date.start)
            or _OWN_WORK_OF_BEFORE.search(text, max(last.end, date.start - 100), date.start)
            or _MADE_BY_ON_BEFORE.search(text, max(last.end, date.start - 120), date.start)
        ) and not any(last.end <= s.start < date.start for s in sent.sources
                      if s is not last and not s.vague and s.name != last.name and not _OWNER_OF_BEFORE.search(
                          text, max(0, s.start - 12), s.start) and not _ITS_BEFORE.search(text, max(0, s.start - 8), s.start)
                      ) and not _OTHER_CLAUSE.search(text, last.end, date.start):
            return date  # (the body's own work may be in between: "IISS ... in The Military Balance, published in")
    for date in sent.dates:
        # "X put the contingent at 1,500-2,000 in a May 2025 briefing": the work it was put in,
        # later in the same clause, with no other source between
        if date.start >= last.end and date.start - last.end <= 200 and _IN_A_WORK_BEFORE.search(
            text, max(last.end, date.start - 12), date.start
        ) and _WORK_AFTER.match(text, date.end, sent.end) and not _OTHER_CLAUSE.search(text, last.end, date.start):
            return date
    opened = any(  # "On 3 May, the Board announced that ... would open on 1 September": the day it spoke
        d.end <= first.start and first.start - d.end <= 25 and d.granularity in ("day", "month")
        and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[d.end : first.start]) and _OPENING_DATE.fullmatch(text, sent.start, d.start)
        for d in sent.dates
    )
    if not opened and (_REPORTED_AFTER.match(text, last.end) or _ACTOR_VERB_AFTER.match(text, last.end, sent.end)):
        for date in sent.dates:
            # "TSMC reported 2024 revenue of NT$2.89 trillion on 16 January": the day it reported,
            # closing the clause its verb opens
            if date.granularity == "day" and last.end < date.start <= last.end + 160 and (
                _ON_BEFORE.search(text, date.start - 4, date.start) or _AS_OF_BEFORE.search(text, date.start - 7, date.start)
            ) and not _SCHEDULED_ON_BEFORE.search(text, max(0, date.start - 24), date.start) and not _NEW_CLAUSE.search(
                text, last.end, date.start
            ) and not _SINCE_CLAUSE.search(text, last.end, date.start) and not any(
                last.end <= s.start < date.start for s in sent.sources if s.name != last.name
            ):
                return date
    for date in reversed(sent.dates):
        if date.end <= first.start and first.start - date.end <= 25:
            if date.mod in ("since", "until", "before", "after") or _PERIOD_BEFORE.search(text, max(0, date.start - 10), date.start):
                continue  # "... since 2019, the alliance said": the figure's period, not the statement's date
            if _AT_OPENING.fullmatch(text, sent.start, date.start):
                continue  # "At 31 March 2024 the board's register listed 1,204 vessels": the count's day
            gap = text[date.end : first.start]
            if gap.lstrip().startswith(",") and re.search(r"\d", text[sent.start : date.start]) and _FIGURE_PERIOD_BEFORE.search(
                text, max(sent.start, date.start - 20), date.start
            ):
                continue  # "funded 47% of new homes in 2023-24, the ministry said", "... at end-2024, X data
                # show": the figure's period
            if re.fullmatch(r"\s*(?:(?:by|from|of)\s+)?(?:the\s+)?", gap) or _DATE_LINK_BEFORE.match(gap):
                return date
            if date.granularity in ("month", "day") and re.fullmatch(r"\s*,?\s*(?:the\s+)?", gap) and (
                _OPENING_DATE.fullmatch(text, sent.start, date.start)
            ):
                return date  # "In a notification dated 13 September 2024, the DSCA valued ..."
        if date.end <= first.start and date.granularity == "day" and _PERSON_THEN_ROLE.fullmatch(text, date.end, first.start) and (
            _OPENING_DATE.fullmatch(text, sent.start, date.start)
        ):
            return date  # "On 2 April 2025, Dr Ilse Varga, the Minister of Fisheries, told ..."
    for date in sent.dates:
        if date.granularity in ("day", "month") and _AS_OF_OPENING.fullmatch(text, sent.start, date.start) and (
            len({s.name for s in sent.sources if not s.vague}) <= 1
        ):
            return date  # "As of 4 June, donors had provided US$412.6 million, according to the FTS": its data's day
    return None


# What may open a sentence before the date of the statement its subject makes
_OPENING_DATE = re.compile(
    r"\W*(?:(?:In|On)\s+(?:(?:an?|its|their)\s+(?:[\w'’-]+\s+){1,4}?(?:dated|of|published\s+(?:on|in)|issued\s+(?:on|in)|"
    r"released\s+(?:on|in))\s+)?)?"
)  # ("In its interim report of September 2025, the Panel ...", "In its Libya Economic Monitor of May 2025, ...")
# between an attribution phrase and its date: "published by the Ministry of Finance (MoF) in August 2025"
_DATE_RIGHT_AFTER_PHRASE = re.compile(r"(?:\s*\([A-Z][\w&.-]{1,15}\))?\s*(?:,\s*)?(?:in|on|dated)?\s*")
_FIGURE_PERIOD_BEFORE = re.compile(r"\b(?:in|at|for)\s+(?:end-|the\s+end\s+of\s+)?\Z|\bend-\Z")
_PERIOD_BEFORE = re.compile(r"\b(?:[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]etween|[Dd]uring|[Bb]y|For)\s+\Z")  # ("For 2025 the X advised")
_NEW_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s(?:and|but|while|whereas),\s+")  # (", and" / "and, ")
_REPORTED_AFTER = re.compile(
    r"\)?(?:['’]s)?(?:\s+\([A-Z][\w&.-]{1,15}\))?\s+(?:also\s+|has\s+|had\s+)?"
    r"(?:reported|announced|posted|published|disclosed|released|unveiled|allocated|approved|pledged|disbursed|granted|"
    r"cut|raised|lowered|hiked|kept|held|signed|agreed|awarded|committed|launched|issued)\b"
)
_ON_BEFORE = re.compile(r"\bon\s+\Z")
# "has logged 530 cases since the outbreak was declared on 9 May": the day of another event
# ("... since fighting began on 9 April": a clause of its own, not a date straight after "since")
_SINCE_CLAUSE = re.compile(
    r"\b(?:(?:since|after|before|until|when|following)\s+(?:the|its|it|a|an)|(?:since|until|when)\s+[a-z]{3,})\b"
)  # (not "earnings before interest ... of US$12.1 billion on 6 February")
_AS_OF_BEFORE = re.compile(r"\b[Aa]s\s+(?:of|at)\s+\Z")
_AS_OF_OPENING = re.compile(r"\W*[Aa]s\s+(?:of|at)\s+")
_AT_OPENING = re.compile(r"\W*At\s+(?:the\s+end\s+of\s+)?")

# A rate that a body sets or publishes, written before the figure: "the Central Bank of Kenya's rate
# on Monday of", "the European Central Bank reference rate of". It is that figure's source, not
# the sentence's: "USD 10.90 at the ECB reference rate of USD 1.172" converts the writer's figure.
_BODY_RATE_OF = re.compile(rf"\)?(?:(?:['’]s|(?<=['’]s))\s+{_OWNED_RATE_WORDS}|\s+{_NAMED_RATE_WORD}){_RATE_OF}\s*")
# A body's own figure named before it: "the Ministry of Planning's budget forecast of 3.1%", "the
# agency's latest estimate of" (that figure only, not one the sentence states before it)
_OWNED_FIGURE_OF = re.compile(
    r"(?:\)?['’]s)?\s+(?:(?:[a-z][\w-]*|(?:19|20)\d\d)\s+){0,2}(?:forecast|estimate|projection|target|tally|count)\s+of\s+"
    r"(?=[$€£¥]|[A-Z]{3}\s?\d|\d)"
)
# The same after a name that holds its "'s" (CUE_AFTER's groups, empty, for the callers that read them)
_POSSESSIVE_RATE = re.compile(rf"(?P<inter>)(?P<work>)\s+{_OWNED_RATE_WORDS}(?={_RATE_OF})")
# A work named after "according to" and its publisher: "according to preliminary estimates
# published by the National Statistics Office", "according to Energy Trends, published by DESNZ"
_BY_PUBLISHER_AFTER = re.compile(
    # (past a title's edition year or its noun: "Digital Trends 2024, published by", "the Trends 2024 report, published by")
    r"(?:\s+(?:19|20)\d\d)?(?:\s+(?:report|edition|yearbook|survey|review|outlook|database))?"
    r",?\s+(?:published|released|issued|compiled|produced|prepared|conducted|certified)"
    rf"(?:\s+(?:on|in)\s+{_CUE_DAY}|\s+{_CUE_RELATIVE_DAY})?\s+by\s"
)
# Characters between a figure and an attribution phrase that still make the phrase its own.
NEAR_AFTER = 60


_SET_AGAINST_BEFORE = re.compile(
    r"[,;]\s*(?:well\s+|slightly\s+|just\s+|far\s+)?(?:below|above|ahead\s+of|short\s+of|compared\s+with|against|versus)\s+(?:the\s+)?\Z"
)


_SURVEY_NAME = re.compile(r"\b(?:Survey|Census|Panel|Poll|Barometer|Monitor|Index|Database|Dataset)\b")


def _survey_through_work(before: list[Attribution]) -> Attribution | None:
    """The dated opening attribution ("According to X's bulletin published on D, ...") when all
    that follows it are a survey's undated name and its acronym ("the Y Survey (YS) estimated")."""
    first = next((i for i in range(len(before) - 1, -1, -1) if before[i].leading and before[i].date is not None), None)
    rest = before[first + 1 :] if first is not None else []
    if not rest or any(a.how != "sentence" or a.date is not None for a in rest):
        return None
    if not _SURVEY_NAME.search(rest[0].sources[0].name) or not all(
        _SURVEY_NAME.search(s.name) or s.name.isupper() for a in rest for s in a.sources
    ):
        return None
    return before[first]


def pick_attribution(
    number_start: int,
    attributions: Sequence[Attribution],
    next_number: int | None = None,
    text: str | None = None,
) -> Attribution | None:
    """The attribution that covers a number: the nearest phrase after it, else the nearest before.

    "X, according to A; Y, as reported by B": X gets A and Y gets B. "According to A, X" gives A,
    unless a phrase follows X closely with no other figure between ("X reported by B").
    """
    if text is not None and _OUR_FIGURE_BEFORE.search(text, max(0, number_start - 24), number_start) and not (
        _QUOTE_MARK.search(text, max(0, number_start - 200), number_start)
    ):
        return None  # "in line with our USD 2.4bn figure": the writer's own (not inside a quote)
    if any(a.how == "figure" for a in attributions):
        # a phrase that credits only the figure written right after it ("the ECB's rate of")
        own = next((a for a in attributions if a.how == "figure" and a.end == number_start), None)
        if own is not None:
            return own
        attributions = [a for a in attributions if a.how != "figure"]
    after = [a for a in attributions if a.start >= number_start]
    before = [a for a in attributions if a.end <= number_start]
    if after:
        nxt = after[0]
        # "1,500 casualties reported by Ukrainian sources": a phrase right after the figure wins.
        if text is not None and nxt.how in ("sentence", "actor") and _NEW_CLAUSE.search(text, number_start, nxt.start + 2):
            # "X shrank by 800,000, and the Institute estimates ...": a speaker past "; " or
            # ", and" opens another clause; the figure's source, if any, came before it. A
            # closing "..., but only one was delivered, per the Ministry." cites the whole sentence.
            closing = CUE_BEFORE.match(text, nxt.start) and (next_number is None or next_number < nxt.start)
            if not closing:
                return before[-1] if before else None
        if text is not None and nxt.how == "sentence" and nxt.start - number_start <= NEAR_AFTER and (
            _SET_AGAINST_BEFORE.search(text, number_start, nxt.start)
        ):
            # "put growth at 1.2%, below the HFC's forecast": the body the figure is set against is not its source
            return before[-1] if before else None
        if nxt.start - number_start <= NEAR_AFTER and (next_number is None or next_number > nxt.start):
            return nxt
        if text is not None and next_number is not None and next_number < nxt.start and nxt.start - next_number <= 60 and (
            _PARTICIPLE_BY.match(text, nxt.start) and not re.search(r"[,;:()]", text[next_number : nxt.start])
            and _APART.search(text, number_start, next_number)
        ):
            # "76.7 is well above the average of 46.5 reported by the ITU": a participle with no
            # comma before it narrows the figure it follows, not a figure a verb or comparison
            # sets apart ("the $1.52bn estimate of 16 analysts compiled by LSEG" is one phrase)
            return before[-1] if before else None
        # A leading attribution ("According to A, ...") governs the numbers up to the next one.
        if before and before[-1].how in ("sentence", "actor") and before[-1].leading:
            return before[-1]
        return nxt
    if before:
        if text is not None and (_INFERENCE.search(text, before[-1].end, number_start)
                                 or _OWN_ESTIMATE.search(text, before[-1].end, number_start)):
            return None  # "BGN's records show IDR 2.23 trillion by 31 March, so about IDR 1.52 trillion was
            # spent in March alone": what the writer infers from the cited figure is the writer's
        if text is not None and _PARTICIPLE_BY.match(text, before[-1].start) and _FIGURE_NOUN_BEFORE.search(
            text, max(0, before[-1].start - 60), before[-1].start
        ) and re.search(r"[,;]", text[before[-1].end : number_start]):
            # "the £154.2 million consensus of analysts polled by LSEG, on revenue of £1,284.5
            # million": a participle with no comma before it narrows the noun it follows, not the
            # figures after it
            return None
        if text is not None and before[-1].how == "parenthetical" and _NEW_SUBJECT_CLAUSE.match(text, before[-1].end, number_start):
            # "... worth TND 2.6bn a year (World Bank, 2024), and Tunisian customs seized 1.26 million
            # litres": a citation in parentheses covers what comes before it, not the next clause
            return None
        if text is not None and before[-1].how == "parenthetical" and _TO_AFTER_CITATION.fullmatch(text, before[-1].end, number_start) and (
            text.rfind("from", max(0, before[-1].start - 80), before[-1].start) >= 0
        ):
            # "raises the estimate from 88,400 t in the previous review (WGNS, 2023) to 93,100 t": the
            # citation is the first level's
            return None
        if text is not None and before[-1].how == "parenthetical" and _CLAUSE_AFTER_CITATION.match(text, before[-1].end) and (
            _DIGIT_BEFORE_CITATION.search(text, max(0, before[-1].start - 120), before[-1].start)
        ):
            # "... about €65 per tonne (ICAP, 2025), the figure would be roughly €65 billion": the
            # citation covers the figure it closes; the clause after it is the writer's own
            return None
        if len(before) >= 2 and (opening := _survey_through_work(before)) is not None:
            # "According to the Harbour Statistics Office bulletin published on 28 May 2025, the Coastal
            # Household Survey (CHS) estimated ...": the survey speaks through the dated work the sentence opens with
            return opening
        return before[-1]
    for a in attributions:  # a number inside the phrase ("(FAO, 2025)" is rare)
        if a.start <= number_start < a.end:
            return a
    return None


_TO_AFTER_CITATION = re.compile(r"\s+to\s+(?:about\s+|around\s+|nearly\s+|some\s+)?")
_ASKED_BEFORE = re.compile(r"\b(?:ask|asks|asked|urge|urges|urged|require|requires|required|call\s+on|calls\s+on|called\s+on)\s+(?:the\s+)?\Z")
# the writer's own estimate after a citation: "Using the World Bank's monitor as a baseline, ..., this
# report estimates gross revenue at US$950 million"
_OWN_ESTIMATE = re.compile(
    r"\b(?:this\s+(?:report|note|paper|study|brief|analysis|review)|we|our\s+(?:own\s+)?(?:estimate|calculation|model)s?)"
    r"\s+(?:also\s+)?(?:estimates?|calculates?|puts?|finds?|projects?|forecasts?|expects?|assumes?|shows?)\b"
    # ("Against the Institute's figure, on our own calculation, 12% of ...")
    r"|\b(?:[Oo]n|[Bb]y|[Ii]n|[Aa]ccording\s+to)\s+our\s+(?:own\s+)?(?:estimates?|calculations?|analysis|reckoning|count)\b"
)
_OUR_FIGURE_BEFORE = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:[a-z-]+\s+)?\Z")
_QUOTE_MARK = re.compile(r"[\"“”]")
_INFERENCE = re.compile(r",\s+(?:so|thus|hence|which\s+(?:means|implies))\s+")
# after a citation, a clause with a subject of its own: ", and Tunisian customs seized"
_CLAUSE_AFTER_CITATION = re.compile(
    r"\)?\s*,\s+(?:(?:the|this|that|these|those|it|they|we|our)\s|(?:would|will|could|can|is|are|was|were|implies|gives|yields)\b)"
)
_DIGIT_BEFORE_CITATION = re.compile(r"\d[^()]*\Z")
_NEW_SUBJECT_CLAUSE = re.compile(r"[,;]?\s*(?:;|,?\s*(?:and|while|whereas|but)\s+)(?:the\s+)?[A-Z]?[a-z]+\s+(?:[a-z]+\s+)?[a-z]+(?:ed|s)\b")
# a figure, then the words of its noun phrase up to a participle ("£154.2 million consensus of analysts ")
_FIGURE_NOUN_BEFORE = re.compile(r"\d[^\d,;:()]{0,58}\Z")
_APART = re.compile(r"\b(?:is|was|are|were|above|below|ahead|behind|than|against|versus|compared|while|whereas|but)\b")
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&]{1,9}\)")
_PLACE_LIST = re.compile(r"[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+")  # ("Kembu and Lisso")
_PARTICIPLE_BY = re.compile(r"(?:reported|estimated|published|compiled|recorded|cited|given|measured|counted|calculated|expected|forecast|projected|anticipated|polled|surveyed)\s+by\b")
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# "Source, Month Year", "Source, 3 Apr 2025", "Source, June 4, 2025"
_ROW_TRAILING_DATE = re.compile(
    rf"""(?:,\s*|\s+)(?:(?:published|released|issued|updated|dated)\s+(?:on\s+)?)?  # ("Health Board, published 4 March 2025")
        (?:(?P<date>(?:(?:(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+)?(?:\d{{1,2}}(?:[–-]\d{{1,2}})?,\s*)?(?:1[89]|20)\d\d
        (?:\s+(?:report|estimate|data|survey|study))?))
        |\((?P<day>(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+(?:\d{{1,2}},\s*)?(?:1[89]|20)\d\d)\))\s*$""",
        # ("UNICEF (3 March 2025)": a day or month in brackets; "(2023)" is a period, not a date of issue)
    re.VERBOSE,
)


# a row's last cell that is a whole bracketed citation, after an aligned gap: "People in need
# .... 48,200      (WFP, 3 June 2025)", "(IOM DTM Round 5, 2 June 2025)"
_BRACKETED_CITATION_CELL = re.compile(
    rf"""(?:\s{{2,}}|\t)\((?P<name>[A-Z][^()\d,;]*?(?:\s+(?:Round|Wave|No\.)\s+\d{{1,3}})?)\s*,\s*
        (?P<date>(?:\d{{1,2}}\s+)?{_MONTH}\.?\s+(?:\d{{1,2}},\s*)?(?:1[89]|20)\d\d)\)\s*$""",
    re.VERBOSE,
)
_ROW_TOKEN = re.compile(r"[^\s,;()]+|[,;()]")
_MONTH_START = re.compile(rf"{_MONTH}\b")
# a row's last cell of author-year citations, after an aligned gap: "...  31.4   18.9   NSO (2022);
# CSB (2021)", "WHO et al. (2024)", "World Bank (2024)"
_CITATION_YEAR = r"[A-Z][^\d()|;\n]{0,60}?\((?:19|20)\d\d[a-z]?\)"
_CITED_YEARS_CELL = re.compile(rf"(?:[ ]{{2,}}|\t)(?P<cell>{_CITATION_YEAR}(?:;[ \t]*{_CITATION_YEAR})*)[ \t]*$")
_DIGIT = re.compile(r"\d")
_DATE_LAST_WORDS = ("report", "estimate", "data", "survey", "study")


def _trailing_date(row: str) -> re.Match | None:
    """``_ROW_TRAILING_DATE.search(row)``, which can only match a row that ends with a digit or
    one of its words (most rows do not: no search through them)."""
    tail = row.rstrip()
    if not tail or not (tail[-1].isdigit() or tail.endswith(_DATE_LAST_WORDS) or tail[-2:-1].isdigit() and tail[-1] == ")"):
        return None
    return _ROW_TRAILING_DATE.search(row)


def _date_start(match: re.Match) -> int:
    return match.start("date") if match.group("date") is not None else match.start("day")


_CELL_YEAR = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)")


def cell_source_name(cell: str) -> str:
    """A source cell's name without its date: "BCRP forecast, Jun 2025" -> "BCRP forecast",
    "INEI (2024)" -> "INEI"."""
    dated = _trailing_date(cell)
    return _CELL_YEAR.sub("", cell[: dated.start()] if dated else cell).strip(" ,")


def row_source_span(text: str, start: int, end: int) -> tuple[int, int, int | None] | None:
    """The source column of a flattened table row: (source_start, source_end, date_start).

    Rows look like "Category  figures  Source, Month Year"; with no delimiters, the source is the
    run of capitalised words (with connectors and commas between names) that ends the row, before
    an optional trailing date.
    """
    row = text[start:end].rstrip()
    if "|" in row or "\t" in row:
        row = row.rstrip("|").rstrip()  # "| Chile | 5.3 | USGS, 2024 |": the closing bar ends no cell
        cells = re.split(r"\s*\|\s*|\t+", row)
        last = cells[-1]
        offset = start + row.rfind(last)
        dated = _trailing_date(last)
        name = last[: dated.start()] if dated else last
        # ("INEI (2024); BCRP forecast, Jun 2025": a year in parentheses dates one of the sources)
        if name.strip() and not re.search(r"\d", _CELL_YEAR.sub("", name)) and NAME.match(name.strip()):
            return offset, offset + len(name.rstrip(" ,")), (offset + _date_start(dated)) if dated else None
        return None
    if row.endswith(")") and (cited := _BRACKETED_CITATION_CELL.search(row)) is not None and not _MONTH_START.match(
        cited.group("name")
    ):
        return start + cited.start("name"), start + cited.end("name"), start + cited.start("date")
    if row.endswith(")") and (cited := _CITED_YEARS_CELL.search(row)) is not None and not _MONTH_START.match(
        cited.group("cell")
    ):
        return start + cited.start("cell"), start + cited.end("cell"), None
    date_match = _trailing_date(row)
    body_end = date_match.start() if date_match else len(row)
    date_start = start + _date_start(date_match) if date_match else None
    # Walk back over capitalised words, connectors and list commas. The tokens are read from the
    # end (tokenizing the reversed row gives the same tokens, reversed): the walk stops early.
    first = None
    for match in _ROW_TOKEN.finditer(row[:body_end][::-1]):
        tok = match.group()[::-1]
        if tok == ",":
            continue
        if tok[:1].isupper() or tok in ("+", "&", "/") or tok in ("of", "for", "the", "and", "on"):
            if tok[:1].isupper() and not _DIGIT.search(tok):
                first = body_end - match.end()
            elif tok[:1].isupper():
                break
            continue
        break
    if first is None:
        return None
    source_text = row[first:body_end].strip(" ,;")
    if not source_text or not source_text[:1].isupper():
        return None
    if source_text.split()[0].lower().rstrip(".") in _MONTH_WORDS or row[:first].rstrip().endswith("("):
        return None  # "... gives 54,685,051 (July 2021": a date in parentheses, no source column
    s = start + first
    return s, s + len(source_text), date_start


# The document's own publisher, named in its opening lines: a letterhead "CENTRE FOR AGRARIAN
# POLICY RESEARCH (CAPR)", a masthead "Issue No. 12 | Regional Payments Research Unit", a byline
# "By Meridian News Agency staff" or "Prepared by the Regional Health Emergencies Analysis Unit".
# (A title in title case names the document's subject, not its author: "The U.S. Department of
# Agriculture (USDA): Structure and Proposed Changes".)
_BYLINE = re.compile(
    r"(?:By\s+(?P<staff>.+?)\s+(?:staff|team|reporters|correspondents)"
    r"|(?:Prepared|Published|Issued|Produced|Compiled)\s+by\s+(?:the\s+)?(?P<body>.+?))\s*[.,]?\s*",
)
_LETTERHEAD = re.compile(r"(?P<name>[A-Z][A-Z&'’ .,-]{5,100}?)\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})\)\s*")
_OPENING_LINES = 12
_NAMED_LINE = re.compile(r"(?P<name>[A-Z][\w&'’ .,-]{5,100}?)\s*\((?P<acr>[A-Z][A-Za-z&]{1,9})\)")
_TITLE_YEAR_END = re.compile(r"\s+(?:19|20)\d\d(?:[/-]\d{2,4})?\Z")  # "HOUSEHOLD SURVEY 2024", "REPORT 2024/25"
_MEDIA_WORDS = frozenset({"news", "agency", "press", "wire", "media", "newswire"})
# a newspaper's head word, by which the paper names itself ("the Dispatch", "the Herald")
_MASTHEAD_WORDS = frozenset("dispatch times post herald journal tribune gazette chronicle observer guardian "
                            "telegraph courier economist independent".split())
# A letter that transmits the body's own report: "Letter dated 16 May 2025 from the Panel of Experts
# established pursuant to resolution 2694 (2023) addressed to the President of the Security Council"
_LETTER_FROM = re.compile(r"Letter\s+dated\s+[^,]{4,40}?\s+from\s+(?:the\s+)?(?P<body>[A-Z].{3,160}?)\s+addressed\s+to\b")
# The title of a body's own report: "Final report of the Panel of Experts established pursuant to
# resolution 2703 (2023)", "Report of the Secretary-General", "Annual report of the Monitoring Team"
_REPORT_OF_TITLE = re.compile(
    r"(?:(?:Final|Midterm|Mid-term|Interim|Annual|Progress|Special|First|Second|Third|Fourth|Fifth)\s+)?[Rr]eport\s+of\s+"
    r"the\s+(?P<body>(?:Panel|Group|Committee|Commission|Board|Mission|Monitoring\s+Team|Team|Secretary-General|"
    r"Special\s+Rapporteur|Independent\s+Expert|Working\s+Group)\b[^:;]{0,140}?)\s*"
)
_REPORT_SUBJECT = re.compile(r"\s+(?:on|concerning|regarding)\s+(?:the\s+)?[a-z].*")  # ("... on the situation in Haiti")
_ESTABLISHED = re.compile(r"\s+(?:established|created|set\s+up|appointed)\s+(?:pursuant\s+to|by|under)\b.*")
_CAPITALS_LINE = re.compile(r"[A-Z][A-Z&'’ .-]{4,80}[A-Z.]")  # ("KELDORA FOODS S.A.")
_CAPITALS_PLACE_LINE = re.compile(r"[A-Z][A-Z&'’ ,.-]{4,80}[A-Z]")  # ("COUNTY OF ARDMORE, OREGON")
_OF_STATE = re.compile(r"(.+?)\s+of\s+(?:the\s+)?(?:republic|kingdom|state|federation|commonwealth|principality|government)\b")
_NAME_FILLERS = frozenset({"of", "for", "the", "and", "on", "in", "&"})


def _recurring_masthead_word(line: str, text: str) -> str | None:
    """The first word, lower case, of a masthead in capitals of one to three words that the text
    goes on naming ("TALLOWMERE" over "Tallowmere helped ...", "Tallowmere's shops"): the
    publisher's own name, though no head word ("Office", "Ltd") says it is a body. Not a place."""
    words = line.split()
    first = words[0].title() if words else ""
    if not 1 <= len(words) <= 3 or len(first) < 5 or not first.isalpha() or _WORK_TITLE_END.search(line.title()):
        return None
    if first.lower() in _NAME_FILLERS or find_places(first) or re.search(rf"\b(?:in|of|to|from|across|within|throughout)\s+{first}\b", text):
        return None  # ("HALVANE DROUGHT": a place the text goes "in", "across")
    return first.lower() if len(re.findall(rf"\b{first}(?:['’]s)?\s+[a-z]", text)) >= 2 else None


_OF_ONE_PLACE = re.compile(r"(\S+(?:\s+\S+)+?)\s+of\s+(?:the\s+)?[a-z'’-]+")  # "grain inspection service of velsia"


_WORK_TITLE_END = re.compile(  # ("Quarterly Note | Issue 4": the masthead names the work)
    r"\b(?:Note|Report|Brief|Briefing|Bulletin|Review|Paper|Update|Outlook|Survey|Series|Analysis|Monitor|Digest|"
    r"Newsletter|Memo|Commentary|Insight|Focus|Watch|Notes|Reports|Papers|Insights)\Z"
)
_LETTERHEAD_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:&|and|of|for)\s+)?[A-Z][\w'’.-]*){1,5}")


# a table's row, not a masthead: it opens with a bar, or one of its cells is a bare figure
_TABLE_ROW_LINE = re.compile(r"\||.*\|\s*[-+−~]?[$€£]?\d[\d.,]*\s*%?\s*(?:\||$)")


def publisher_names(text: str) -> frozenset[str]:
    """Lower-case names (and acronyms) of the body that publishes the document, from its opening
    lines; a figure the document credits to its publisher ("by CAPR's own count") is its own."""
    names: set[str] = set()
    lines = [line.strip() for line in text[:3000].splitlines()[:_OPENING_LINES] if line.strip()]
    if lines and (letterhead := _LETTERHEAD.fullmatch(lines[0])):
        names |= {letterhead.group("name").strip().lower(), letterhead.group("acr").lower()}
    elif lines and _CAPITALS_LINE.fullmatch(lines[0]):
        # "LEGISLATIVE BUDGET OFFICE" over the title: the body's letterhead, and its initials; a
        # name with no head word ("FOREST & WILDLIFE TRADE WATCH") when the text uses its initials
        name = lines[0].lower()
        initials = "".join(w[0] for w in name.split() if w not in _NAME_FILLERS)
        if looks_like_body(lines[0].title()) or ENDS_WITH_LEGAL_FORM.search(lines[0]) or (
            len(initials) >= 3 and re.search(rf"\b{initials.upper()}\b", text)
        ):  # ("KELDORA FOODS PLC": a company by its legal form)
            names |= {name, initials}
            if (own := _OF_STATE.match(name) or _OF_ONE_PLACE.fullmatch(name)) and looks_like_body(own.group(1).title()):
                # "PARLIAMENTARY BUDGET OFFICE OF THE REPUBLIC OF VARNIA": the office, and "PBO"
                names |= {own.group(1), "".join(w[0] for w in own.group(1).split() if w not in _NAME_FILLERS)}
        elif (own_word := _recurring_masthead_word(lines[0], text)) is not None:
            names |= {name, own_word}  # "TALLOWMERE", "VESTRA SECURITY" over a text that keeps naming it
    if len(lines) > 1 and _CAPITALS_PLACE_LINE.fullmatch(lines[0]) and len(lines[1].split()) <= 6 and not re.search(
        r"\d", lines[1]
    ) and _LETTERHEAD_NAME.fullmatch(lines[1]) and looks_like_body(lines[1]) and not _WORK_TITLE_END.search(lines[1]):
        names.add(lines[1].lower())  # "COUNTY OF ARDMORE, OREGON" over "Office of Budget and Planning": the office writing
    for line in lines:
        if (letter := _LETTER_FROM.match(line)) and looks_like_body(body := letter.group("body")) or (
            (letter := _REPORT_OF_TITLE.fullmatch(line)) and looks_like_body(body := _REPORT_SUBJECT.sub("", letter.group("body")))
        ):
            names |= {body.lower(), _ESTABLISHED.sub("", body).lower()}
        if (dateline := DATELINE.match(line)) and dateline.group("agency"):
            names.add(dateline.group("agency").strip().lower())  # "ACCRA, Oct 14 (Meridian News) - "
        if (byline := _BYLINE.fullmatch(line)) and (byline.group("staff") or looks_like_body(byline.group("body"))):
            names.add((byline.group("staff") or byline.group("body")).strip().lower())
        elif "|" in line and not _TABLE_ROW_LINE.match(line):
            # (a part named by the publisher's own word: "Published 6 May 2025 | Vestra Labs | ...")
            firsts = {n.split()[0] for n in names if len(n) >= 5}
            names |= {p.strip().lower() for p in line.split("|") if p.strip() and p.strip().upper() != p.strip()
                      and len(p.split()) <= 8 and (looks_like_body(p.strip()) or p.split()[0].lower() in firsts)
                      and not re.search(r"\d", p)}
            if _LETTERHEAD_NAME.fullmatch(first := line.split("|")[0].strip()) and not _WORK_TITLE_END.search(first):
                names.add(first.lower())  # "Ndoto Health Trust | Report No. ...": the masthead's name
    for line in lines[1:4]:
        # "HARBOUR HOUSEHOLD SURVEY 2024" over "Institute of Coastal Statistics (ICS)": the
        # body named with its acronym on a line of its own under the title
        if (named := _NAMED_LINE.fullmatch(line)) and looks_like_body(named.group("name")):
            names |= {named.group("name").lower(), named.group("acr").lower()}
    if names:
        # "Labour Force Survey, Ostrava Federation: October to December 2024" under the office's
        # letterhead: the publisher's own series, which its notes credit ("Source: Labour Force Survey");
        # also as the title above it ("HARBOUR HOUSEHOLD SURVEY 2024")
        title = _TITLE_YEAR_END.sub("", lines[0])
        for line in lines[1:] + ([title.title()] if title.isupper() else []):
            work = re.split(r"[,:|(]", line, maxsplit=1)[0].strip()
            if _LETTERHEAD_NAME.fullmatch(work) and _WORK_TITLE_END.search(work) and 2 <= len(work.split()) <= 6:
                names.add(work.lower())
    # "Meridian calculations", "a broker told Meridian" in a Meridian News (Newswire) story; "an
    # investigation by the Dispatch" in The Meridian Dispatch
    names |= {" ".join(words[:-1]) for name in list(names) if len(words := name.split()) > 1 and words[-1] in _MEDIA_WORDS}
    names |= {words[-1] for name in list(names) if len(words := name.split()) > 1 and words[-1] in _MASTHEAD_WORDS}
    names |= {name[4:] for name in list(names) if name.startswith("the ")}
    return frozenset(names)


# A results story's headline: "UPDATE 2-Halden Resources beats profit forecasts ...",
# "Ostmark Metals AB (OSTM.ST) – FY2025 results: copper carries the year"
_HEADLINE_PREFIX = re.compile(r"(?:UPDATE\s+\d+|RPT|BRIEF|CORRECTED)\s*[-–:]\s*")
_HEADLINE_COMPANY = re.compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:\s+\((?P<ticker>[A-Z0-9]{1,6}(?:[.:][A-Z]{1,4})?)\))?"
    r"(?=\s*[–—:-]\s|\s+(?:beats?|misses?|lifts?|raises?|cuts?|lowers?|posts?|reports?|swings?|returns?|sees|keeps|"
    r"holds|tops|trails|warns|slumps|jumps|rises|falls|Q[1-4]|H[12]|FY)\b"
    # ("Kesteren Mining profit climbs 12%": the company, then what of its results moved)
    r"|\s+(?:(?:net|annual|full-year|half-year|quarterly|first-half|pre-tax|operating)\s+)?"
    r"(?:profits?|earnings|revenues?|sales|income|output|production)\s+"
    r"(?:climbs?|rises?|jumps?|falls?|drops?|slumps?|surges?|soars?|slides?|dips?|grows?|doubles?|halves?|beats?|misses?|tops?)\b)"
)
_RESULTS_WORDS = re.compile(
    r"\b(?:results?|earnings|profits?|revenues?|sales|guidance|dividend|FY\s?\d{2,4}|Q[1-4]|H[12]|"
    r"(?:first|second|third|fourth)[- ]quarter|half-year|full-year|interim|trading\s+update|outlook)\b",
    re.IGNORECASE,
)


def results_subject(text: str) -> str | None:
    """The company a results story or results note is about, from its headline: its figures that
    no one else is credited with are the company's ("Revenue climbed 9 per cent to $4.12bn")."""
    lines = [line.strip() for line in text[:2000].splitlines()[:_OPENING_LINES] if line.strip()]
    for line in lines:
        if "|" in line or not _RESULTS_WORDS.search(line):
            continue
        line = _HEADLINE_PREFIX.sub("", line, count=1)
        match = _HEADLINE_COMPANY.match(line)
        if match is None:
            continue
        name = match.group("name")
        first = name.split()[0]
        if first.lower() in _MONTH_WORDS or first.lower() in _NOT_SOURCE_NAMES or _RESULTS_WORDS.fullmatch(first):
            continue
        if len(re.findall(rf"\b{re.escape(first)}\b", text)) < 4:
            continue  # (a company the story keeps naming)
        if match.group("ticker") or re.search(rf"\s{LEGAL_FORM}\Z", name) or re.search(
            rf"\b{re.escape(first)}(?:\s+[A-Z]\w+)*\s+(?:also\s+)?(?:said|says|reported|expects|posted|announced)\b", text
        ):
            return name  # (a company: a ticker, a legal form, or a name that speaks; not "Corporate Taxation: ...")
    return None
