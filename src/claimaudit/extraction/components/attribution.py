"""``ca_attribution``: the source and source date each candidate claim is attributed to."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from operator import attrgetter

from spacy.tokens import Doc

from claimaudit.extraction.extensions import doc_places, doc_tables, doc_text
from claimaudit.extraction.parse.dates import document_date, find_dates
from claimaudit.extraction.parse.layout import (
    SUPERSCRIPT_DIGITS, TABLE_DELIMITERS, footnote_lines, part_starts, speaker_turns,
)
from claimaudit.extraction.parse.places import country_in_name, find_places, heading_country
from claimaudit.extraction.parse.units import country_of_currency
from claimaudit.extraction.parse.tables import column_header

from claimaudit.extraction.parse.attribution import (
    _AUTHOR_YEAR,
    _PERSON_TITLE,
    _REPORT_NOUNS,
    _is_place_word,
    CONTINUATION,
    FIELD_MINISTER,
    GOVERNMENT,
    ENDS_WITH_LEGAL_FORM,
    LEGAL_FORM,
    LOWER_MINISTRY,
    NAME,
    SAME_WORK,
    TRAILING_CONTINUATION,
    Attribution,
    SentenceInput,
    SourceRef,
    attributions_in_sentence,
    cell_source_name,
    ministry_name,
    name_after,
    results_subject,
    pick_attribution,
    publisher_names,
    row_source_span,
    speaker_body,
    titled_person,
)
from claimaudit.extraction.parse.sources import (
    SourceRegistry,
    body_base,
    body_head_words,
    is_body_list_tail,
    looks_like_body,
    starts_with_body,
    clean_source_name,
    country_qualified_name,
    is_vague_source,
    ministry_of_field,
    place_qualified,
    strip_country_possessive,
    strip_descriptors,
    without_owner_acronym,
)


# "The EDB report also finds", "the same release": a definite reference to one cited work.
_DEFINITE_WORK = re.compile(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:same\s+)?(?:[A-Z][\w&.-]*\s+){1,6}(?:report|study|survey|assessment|"
    r"review|paper|brief|bulletin|release|analysis|estimate|yearbook|outlook|update)\b"
)


_LATEST = "latest"  # (the key of a source's last dated work among the remembered dates)

_SOURCES_LABEL = re.compile(r"\s*\(?\s*(?:sources?|data\s+sources?)\s*:", re.I)


_START = attrgetter("start")


_OPENING_QUOTES = ('"', "“")


_MINISTER_OF = re.compile(r"(?:(?:Deputy|Junior|State)\s+)?Minister\s+(?:for|of)\s+(?:the\s+)?(?P<field>[A-Z].{2,60})\Z")


def _ministry_of_minister(text: str, ref: SourceRef) -> SourceRef:
    """"Minister for Roads and Ports" speaks for the "Ministry of Roads and Ports" (or
    Department) when the document names it."""
    minister = _MINISTER_OF.match(ref.name)
    if minister is None:
        return ref
    field = minister.group("field")
    for body in (f"Ministry of {field}", f"Ministry for {field}", f"Department for {field}", f"Department of {field}"):
        if body in text:
            return dataclasses.replace(ref, name=body)
    return ref


_OFFICE = re.compile(r"(?:Deputy\s+|Vice\s+|Prime\s+)?(?:Minister|Secretary|Governor|Commissioner|Mayor|President|Chancellor|Ambassador)\b")


def _quote_opens(text: str, start: int, end: int) -> bool | None:
    """True when the sentence leaves a quotation open, False when it closes one, None otherwise."""
    curly = text.count("“", start, end) - text.count("”", start, end)
    straight = text.count('"', start, end) % 2
    if curly > 0 or curly == 0 and straight and text.rfind('"', start, end) > text.find(":", start, end) >= 0:
        return True
    if curly < 0 or straight:
        return False
    return None


_CLOSING_QUOTE = re.compile(r"[,.!?]?[\"”](?=\s|$)")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")
QUOTE_REACH = 600  # characters a quote may run on over sentences
# What follows a quote's closing mark when its speaker comes next: '," Jane Doe, ... said', '," said the WFP'
_SPEAKER_AFTER_QUOTE = re.compile(r"\s+(?:(?:said|says|added|told|wrote)\b|(?:the\s+)?[A-Z])")


_SHORT_ROW = 160  # (a longer "Label: ..." line is a paragraph, whose credits prose reading places)


class _Sorted:
    """Items with .start, sliced by offset range with bisect."""

    def __init__(self, items):
        self.items = sorted(items, key=_START)
        self.starts = [x.start for x in self.items]
        self.ends = [x.end for x in self.items]  # (the items are frozen)

    def within(self, start: int, end: int):
        """Items that start at or after ``start`` and end by ``end``."""
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)  # items from j on start at or after ``end``
        if i == j:
            return []  # (most sentences and rows hold none of a kind: no slice, no comprehension)
        if max(self.ends[i:j]) <= end:
            return self.items[i:j]  # (the usual case, every one ends in the range: tested in C)
        return [x for x in self.items[i:j] if x.end <= end]


_NOTE_DATA_CUE = re.compile(r"\b(?:based\s+on|data\s+(?:from|of)|compiled\s+from|using|drawn\s+from|adapted\s+from)\b", re.I)


_COMPARED_IN = re.compile(r"\b(?:ahead\s+of|above|below|against|compared\s+with|compared\s+to|than|versus|vs\.?)\b")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\(?[a-z0-9]{1,2}[.)])[ \t]+")


def _compiled_by_publisher(text: str, start: int, cue, end: int, publisher: frozenset[str]) -> bool:
    """A note whose data the publisher compiled from several sources: "FWTW database compiled from
    UNODC World WISE, national customs releases and court records" (not "CRS calculations based on
    data from the IRS", one body's data)."""
    compiler = text[start : cue.start()].split()
    first = compiler[0].lower().strip(",;:") if compiler else ""  # ("Source: NCPA, based on returns from ...")
    if not first or not any(p == first or p.startswith(first + " ") for p in publisher):
        return False
    return re.search(r"[,;]|\band\b", text[cue.end() : end]) is not None  # (several sources)


def _point_date(date) -> bool:
    """A source is dated by a point in time; a range or a fiscal year is a data period."""
    return date.granularity != "range" and not getattr(date, "fiscal", False)


def _join_body_names(parts: list[str]) -> list[str]:
    """["Ministry of Energy", "Mines and Quarries (Burkina Faso)"] is one body, not two sources."""
    out: list[str] = []
    for part in parts:
        if out and starts_with_body(out[-1]) and " and " in part and is_body_list_tail(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# "the foundation's survey", "the Commission's compliance review", "the corporation now aims": a
# body named before, by the head noun of its name (not "the Ministry of Finance", a name itself).
_DEFINITE_BODY = re.compile(  # ("[Tt](?<!\w[Tt])he" = "\b[Tt]he": the engine skips to the next T or t)
    r"[Tt](?<!\w[Tt])he\s+(?P<head>[Ff]oundation|[Cc]ommission|[Cc]orporation|[Aa]gency|[Bb]ank|[Mm]inistry|[Ii]nstitute|"
    r"[Ff]und|[Cc]ouncil|[Aa]uthority|[Oo]ffice|[Pp]rogramme|[Cc]ent(?:er|re)|[Bb]ureau|[Dd]epartment|[Cc]ommittee|"
    r"[Aa]ssociation|[Ff]orum|[Ll]ab(?:oratory)?|[Uu]niversity|[Oo]bservatory|[Ss]ecretariat|[Tt]ribunal|[Cc]ourt|"
    r"[Aa]lliance|[Oo]rgani[sz]ation|[Ff]ederation|[Cc]oalition|[Nn]etwork|[Cc]ompany|[Ff]irm|[Tt]hink[ -][Tt]ank|[Mm]inister|"
    r"Society|Trust|Inspectorate|Chamber|Partnership|"  # (capitalised only: "the Society's submission", not "the trust it built")
    # (words that are also common nouns, only as an actor: "the unit's figures show", "figures the
    # unit provided", not "the unit cost")
    r"(?:[Uu]nit|[Bb]oard|[Dd]ivision|[Dd]irectorate|[Ss]ervice|"
    # (a firm by its trade, as a business story names it again: "the miner said", "the lender's results")
    r"[Mm]iner|[Ll]ender|[Ii]nsurer|[Rr]etailer|[Aa]irline|[Cc]armaker|[Aa]utomaker|[Cc]hipmaker|[Ss]teelmaker|"
    r"[Mm]anufacturer|[Cc]onglomerate|[Uu]nion|[Rr]egulator|[Cc]harity|[Cc]onsultancy|[Bb]roker|[Pp]ortal|[Ww]atchdog)"
    r"(?=['’]s\b|\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|shows|"
    r"found|puts|estimates|reports|counts)\b|\Z))"
    r"(?=['’]s\b|\b)(?!\s+(?:of|for|on)\s+(?:the\s+)?[A-Z])"
)
_HEAD_FORMS = {"center": ("center", "centre"), "centre": ("center", "centre"), "lab": ("lab", "laboratory"),
               "laboratory": ("lab", "laboratory"), "organisation": ("organisation", "organization"),
               "organization": ("organisation", "organization"), "company": ("company", "corporation"),
               # ("the department's figures show" after "the Ministry of Housing, ... (MHCLG)")
               "department": ("department", "ministry"),
               "minister": ("ministry",),  # ("the Minister told us" after "the Ministry of Fisheries")
               # ("the think tank" after the "Centre for Labour and Sanctions Research")
               "think tank": ("centre", "center", "institute", "institution", "foundation", "council", "forum")}

# "UNICEF said ... the agency added": a UN body is an agency, and an organisation, whatever its name
_FIRM_TRADES = ("miner", "lender", "insurer", "retailer", "airline", "carmaker", "automaker", "chipmaker",
                "steelmaker", "manufacturer", "conglomerate")
_HEAD_KINDS = {**{trade: ("company",) for trade in _FIRM_TRADES},
               "agency": ("un_body",), "organisation": ("un_body", "intergovernmental"),
               "organization": ("un_body", "intergovernmental"), "company": ("company",), "firm": ("company",),
               "think tank": ("think_tank",), "minister": ("ministry",)}


def _bodies_named(text: str, start: int, end: int) -> list[tuple[str, str | None]]:
    """Organisations named in a sentence by a name of several words ("The Western Fisheries
    Commission met in May"), for later definite references; (name, "as:agency") for a name an
    appositive describes."""
    out = []
    for match in NAME.finditer(text, start, end):
        name = match.group()
        if (office := _OFFICE_OF_BODY.fullmatch(name)) is not None:
            name = office.group("body")  # ("the Permanent Secretary of the Ministry of Health": the ministry)
        if " " in name and (looks_like_body(name) or _ENGAGED_BEFORE.search(text, max(start, match.start() - 30), match.start())) \
                and not _DEFINITE_BODY.match(name):
            out.append((country_qualified_name(clean_source_name(name) or name), None))
        if text.startswith(",", match.end()) and (described := _DESCRIBED_AS.match(text, match.end(), end)):
            # "Brightway Lettings, the town's busiest letting agency, said": "the agency" names it later
            out.append((clean_source_name(name) or name, "as:" + described.group("head").lower()))
    return out


# an appositive naming what kind of body a name is: ", the town's busiest letting agency,"
_DESCRIBED_AS = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?!(?:at|of|for|with|from|to|in)\s)[\w'’-]+\s+){0,4}?(?P<head>agency|company|firm|group|association|union|charity|"
    r"regulator|consultancy|broker|portal|watchdog|lender|insurer|miner|retailer|manufacturer)(?=\s*[,;]|\s+(?:in|of|for|that|which)\b)"
)


# a firm engaged for a task, whatever its name: "The Office engaged Marlow Advisory to review ..."
_ENGAGED_BEFORE = re.compile(r"\b(?:engaged|commissioned|appointed|hired|retained|contracted|instructed)\s+\Z")


_OWNER = re.compile(r"(?<![\w.])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[A-Z]|[a-z]+\s)")


def _owner_before(text: str, start: int, end: int) -> str | None:
    """The last capitalised possessor before ``end`` in the sentence ("MMG's Las Bambas"), not a place."""
    owners = [m.group(1) for m in _OWNER.finditer(text, start, end) if not find_places(m.group(1))]
    owners = [o for o in owners if o.split()[0].lower() not in ("the", "its", "their", "this", "that")]
    return owners[-1] if owners else None


# The head of an organisation's name that acts ("Westmoor Grid Company plc", "the Users Group"), not
# a programme or an event run by one ("Seafood Import Monitoring Program", "Climate Initiative")
_ACTIVITY_HEAD_END = re.compile(
    r"\b(?:Programme|Program|Initiative|Project|Conference|Forum|Community|Partnership|Cluster|Unit|Team|Mission)"
    r"(?:\s+(?:of|for|on|in)\s+.*)?\Z"
)


def _same_body(entry, long: str) -> bool:
    """The registry's entry for an acronym is the body the document defines it for (most of the
    document's words are the entry's: "Department of Economic and Social Affairs" for the UN's DESA)."""
    if entry is None:
        return False
    theirs = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", entry.name)}
    ours = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", long)}
    return bool(ours) and len(ours & theirs) >= 0.6 * len(ours)


def _acting_acronym_pattern(
    text: str, acronyms: dict[str, str], registry_acronyms, publisher, known_name=lambda short: None
) -> re.Pattern | None:
    """The acronyms the document defines for organisations the registry does not know, as one
    pattern (None if there are none): "Westmoor Grid Company plc (WGC)", then "WGC proposed ...".
    (The definition must be written so: an acronym of a body's product maps to its owner. The
    publisher's own acronym is left to the steps that tell its own figures from others'.)"""
    acting = sorted(
        (short for short, long in acronyms.items()
         # (or a short name the document defines in the same way: "Ghana Cocoa Board (Cocobod)")
         # (a registry's acronym too, when the document defines it as a body the registry does not
         # know: "Danby Port Pilots' Association (DPPA)" is not the UN's DPPA here)
         if (short not in registry_acronyms or not _same_body(known_name(short), long))
         and (short.isupper() and len(short) >= 2 or short[:1].isupper() and short.isalpha() and len(short) >= 4)
         and short.lower() not in publisher and long.lower() not in publisher
         and looks_like_body(long) and not _ACTIVITY_HEAD_END.search(long) and f"{long} ({short}" in text),
        key=len, reverse=True,
    )
    return re.compile(r"(?<![\w([])(?:" + "|".join(map(re.escape, acting)) + r")(?![\w)\]])") if acting else None


def _acting_acronyms(text: str, start: int, end: int, acting: re.Pattern, taken) -> list[SourceRef]:
    """The defined organisations a sentence names by their acronym alone ("WGC sought ..."), as
    sources the sentence's attribution steps may credit (a "(WGC)" defining it is no mention)."""
    return [
        SourceRef(m.start(), m.end(), m.group(), m.group(), None)
        for m in acting.finditer(text, start, end)
        # (nor an appositive's: "the Seed Institute (SI), WGC's research arm, found")
        if not _overlaps(m, taken) and not _APPOSITIVE_OPENS.search(text, max(start, m.start() - 8), m.start())
    ]


_APPOSITIVE_OPENS = re.compile(r"\),\s+(?:the\s+|a\s+|an\s+)?\Z")


def _definite_references(text: str, start: int, end: int, in_text, named, own_heads=frozenset(),
                         story_company: str | None = None, sentence_named: int = 0) -> list[SourceRef]:
    """"the ministry", "the company": the body of that kind named last (a company: not a person
    named with a title, "Finance Director James Aldworth"). "The Bank" in the Bank of Maranta's own
    statement (``own_heads``: the head words of the publisher's name) is the publisher. In a results
    story, "the company" is the company the story is about (``story_company``) unless the sentence
    names another (``named[sentence_named:]`` are the names of this sentence)."""
    out = []
    for match in _DEFINITE_BODY.finditer(text, start, end):
        if _overlaps(match, in_text):
            continue
        head = match.group("head").lower().replace("-", " ")  # ("think-tank")
        if head in own_heads and match.group("head")[:1].isupper():
            out.append(SourceRef(match.start("head"), match.end("head"), match.group("head"), match.group("head"), None))
            continue
        forms = _HEAD_FORMS.get(head, (head,))
        kinds = _HEAD_KINDS.get(head, ())
        if "company" in kinds and (owner := _owner_before(text, start, match.start())):
            # "MMG's Las Bambas shipped ..., according to the company's annual report": the owner
            # named just before in the sentence
            out.append(SourceRef(match.start(), match.end(), match.group(), owner, None))
            continue
        candidates = [
            (name, kind) for name, kind in _named_back(named, sentence_named, text, start, match.start(), in_text)
            if kind in kinds or kind == "as:" + head or any(w.lower().strip("(),") in forms for w in name.split()) or (
                "company" in kinds and kind is None and not looks_like_body(name) and not find_places(name)
                and not titled_person(name) and not _role_after(text, name)
            )  # ("ASML reported ... The company expects": a firm the registry does not know, not a person,
            # "Jane Okoro, Chief Executive, said")
        ]
        if story_company is not None and "company" in kinds and not any(
            c in named[sentence_named:] for c in candidates
        ):
            # ("..., according to data from the London Stock Exchange Group." then "the company
            # expected to produce ...": the story's company, not the data provider named last)
            candidates = [(story_company, None)]
        if len(candidates) > 1 and (here := {p.name for p in find_places(text, start, end) if p.kind == "country"}):
            # "In Chad, the ministry has trained ...": the ministry of the country the sentence names,
            # not the last ministry named
            candidates = [c for c in candidates if any(f"({p})" in c[0] for p in here)] or candidates
        if candidates:
            name, kind = candidates[0]
            out.append(SourceRef(match.start(), match.end(), match.group(), name, kind))
    if customs := [m for m in _CUSTOMS_DATA.finditer(text, start, end) if not _overlaps(m, in_text)]:
        # "according to customs data": the one customs body the document names ("State Customs Service")
        bodies = {name for name, _ in named if re.search(r"\bCustoms\b", name)}
        if len(bodies) == 1:
            (body,) = bodies
            out.extend(SourceRef(m.start(), m.end(), m.group(), body, None) for m in customs)
    return out


def _named_back(named, sentence_named: int, text: str, start: int, at: int, in_text):
    """The (name, kind) of the bodies named so far, last first; of this sentence's names
    (``named[sentence_named:]``) only those written before ``at`` ("..., the ministry said; the
    Ministry of Education puts ...": the ministry is not the one named after it)."""
    before = text[start:at]
    earlier = {ref.name for ref in in_text if ref.start < at}  # ("UNICEF warns ...": by its canonical name)
    for i in range(len(named) - 1, -1, -1):
        name = named[i][0]
        if i < sentence_named or name in earlier or name in before or name.split(" (")[0] in before:
            yield named[i]


def _role_after(text: str, name: str) -> bool:
    """Whether the text names a person's role right after ``name``: "Jane Okoro, Chief Executive,"."""
    if " " not in name:
        return False
    at = text.find(name + ",")
    while at >= 0:
        if _ROLE_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name + ",", at + 1)
    return False


_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|its\s+|our\s+)?(?:[A-Z]?[a-z]+\s+){0,2}?(?i:chief|director|head|president|chair\w*|minister|"
    r"secretary|manager|officer|executive|spokes\w+|analyst|economist|founder|partner)\b"
)


def _overlaps(match: re.Match, refs) -> bool:
    """Whether the match overlaps a source already found in the text."""
    return any(r.start < match.end() and match.start() < r.end for r in refs)


_BARE_TREASURY = re.compile(r"(?:[Tt]he\s+)?Treasury(?:['’]s)?")  # (no country written: "the Treasury said")
_CUSTOMS_DATA = re.compile(r"\b[Cc]ustoms\s+(?:data|figures|statistics|records)\b")


# A note crediting each country's own body: "national defence ministries", "national central
# banks", "national statistical offices", "ministries of finance"
_NATIONAL_BODIES = re.compile(
    r"(?:the\s+)?(?:(?:national|countries['’]|respective|individual)\s+)?(?P<field>(?:[a-z]+\s+){0,2}?)"
    r"(?P<body>ministries|central\s+banks|statistics\s+offices|statistical\s+offices|statistical\s+agencies|"
    r"statistics\s+agencies|statistical\s+institutes|statistics\s+institutes)(?:\s+of\s+(?P<field2>[a-z]+(?:\s+[a-z]+)?))?"
    r"(?:\s*\([^()]*\))?",
    re.IGNORECASE,
)

_FIRST_CELL = re.compile(r"[ \t]*\|([^|\n]{2,80})\|")  # a pipe table row's first cell

# A source cell that credits the document itself
_AUTHORS_OWN = re.compile(
    r"\s*(?:(?:the\s+)?authors?['’]?s?|our|own|staff|this\s+(?:report|brief|paper)['’]s"
    r"|(?:Bulletin|Brief|Report|Review|Monitor|Newsletter|Observatory)\s+staff)\s+(?:own\s+)?"
    r"(?:calculations?|estimates?|analysis|compilation|estimations?)\b",
    re.IGNORECASE,
)
_NOTE_SENTENCE_END = re.compile(
    r"(?:(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bet al)|(?<=[A-Z]{2}))\.(?:\[\d+\])?\s+(?=[A-Z])"
)  # (an acronym's full stop ends one, "Source: KBIA. Ranked by sales"; an initial's does not, "U.S.", "J. Smith")
# "Source: BGN data provided to the audit team on 14 April 2025": the day the work was given
_PROVIDED_ON = re.compile(
    r",?\s+(?:[a-z][\w-]*,?\s+){0,4}(?:provided|supplied|received|published|released|shared|submitted|extracted|retrieved|"
    r"accessed|downloaded)(?:\s+(?:to|by)\s+[\w\s]{1,40}?)?,?\s+(?:(?:on|in)\s+)?"
    # ("Source: SeaTrace Analytics, vessel-tracking and imagery data provided to the Panel, April 2025";
    # "Source: HSO export declarations, released 12 February 2025")
    r"|(?:\s*\([A-Z][\w&.-]{1,15}\))?,?\s+(?:data\s+)?as\s+(?:of|at)\s+"  # "Source: OCHA Financial Tracking Service (FTS), as of 30 September 2025"
)
# "Ministry of Defence, Equipment Directorate, programme cost return of 30 June 2025": a work
# dated to the day by "of" (a year or month after "of" may be the period it covers)
_WORK_OF_DAY_GAP = re.compile(r"(?:,\s+[A-Z][^.;:()]{0,60}?)?,\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*\s+(?:of|dated|as\s+(?:at|of))\s+")
_PERIOD_GAP = re.compile(r"\b(?:for|in|of|on|covering|to|from|since|through)\b")
_TITLE_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")
_WORK_TITLE_GAP = re.compile(
    r"(?:\s*\([A-Z][\w&.-]{1,15}\))?,\s+[A-Z][^.;:()]{0,100}?,\s+"
    # "Ostmark Metals year-end report, 12 February 2026": the body's work named after it
    rf"|(?:['’]s)?\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_REPORT_NOUNS}),\s+"
    # "UNICEF Supply Division, malaria vaccine shipment tracker, June 2025": a work in lower case
    rf"|(?:\s+[A-Z][\w-]*){{0,3}},\s+(?:[a-z][\w-]*\s+){{0,4}}(?:{_REPORT_NOUNS})(?:\s+(?:No\.?|Issue)\s*\d+)?,\s+"
    # ("Harbour Fire Service, incident report No. 7, 4 February 2025")
    # "MHCLG, Live Tables 120 and 213 (28 November 2024)": the work's date in parentheses after its title
    r"|(?:\s*\([A-Z][\w&.-]{1,15}\))?,\s+[A-Z][^;()\n]{0,120}?\s\("
)

# Between the parts of a source note: "Rosatom (January 2025) for NSR cargo; CHNL ...", "Kpler (data
# extracted 3 October 2025), except China: GACC (13 October 2025)"
_NOTE_PART_SEPARATOR = re.compile(r";|,\s+except\s+(?:for\s+)?(?=[A-Z])")
_WORK_OF_BODY_PART = re.compile(r"\s*(?P<work>[^();]+?)\s*\((?P<body>[A-Z][^();]{3,80})\)[\s.,]*")
# a note's part in lower case naming a records system, not a body: "fleet maintenance system",
# "our ticketing database", "internal payroll records"
_OWN_RECORDS = re.compile(
    r"(?:(?:our|its|internal|in-house|own)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:system|systems|database|records|register|logs?)"
)


def _note_part_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each part of a source note's list of sources, ``text[start:end]``."""
    bounds, cursor = [], start
    for separator in _NOTE_PART_SEPARATOR.finditer(text, start, end):
        bounds.append((cursor, separator.start()))
        cursor = separator.end()
    bounds.append((cursor, end))
    return bounds


_FOR_ROWS = re.compile(r"\s(?:for|on)\s+(?:the\s+)?(?=[A-Za-z])")
# A source note's part for columns by place: "(first five data columns)", "(last column)", "(columns 2-4)"
_COLUMN_PLACE = re.compile(
    r"(?P<end>first|last)\s+(?:(?P<n>\w+)\s+)?(?:data\s+)?columns?|columns?\s+(?P<a>\d)(?:\s*(?:-|–|to|and)\s*(?P<b>\d))?",
    re.I,
)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_THIS_DOCUMENT = re.compile(r"\bthis\s+(?:report|brief|paper|survey|study|bulletin|note)\b", re.I)


def _column_place(label: str) -> frozenset[str] | None:
    """Marks for the data columns a note's part names by place: {"\0first:5"}, {"\0last:1"},
    {"\0col:2", "\0col:3"} (data columns counted from 1, the label column aside)."""
    m = _COLUMN_PLACE.fullmatch(" ".join(label.split()))
    if m is None:
        return None
    if m.group("end"):
        n = m.group("n")
        count = 1 if n is None else (int(n) if n.isdigit() else _SMALL_NUMBERS.get(n.lower()))
        return frozenset({f"\0{m.group('end').lower()}:{count}"}) if count else None
    a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
    return frozenset(f"\0col:{k}" for k in range(a, b + 1)) if a <= b else None


def _columns_named(label: frozenset[str]) -> int:
    """How many columns a part's place marks name (0 for a part labelled by words)."""
    marks = [m for m in label if m.startswith("\0") and m != _TITLE_MARK]
    if not marks:
        return 0
    first = marks[0]
    return int(first.rsplit(":", 1)[1]) if first.startswith(("\0first:", "\0last:")) else len(marks)


# A note's part labelled by the title of its work, which a column's header must name in full:
# "Application" of "WGC Application (3 March 2025)" over the "Application (WGC)" column
_TITLE_MARK = "\0title"


def _part_score(label: frozenset[str], words: frozenset[str]) -> float:
    """How much of a note part's label a figure's row and column words name (a title: all or nothing)."""
    if _TITLE_MARK in label:
        return 1.0 if label - {_TITLE_MARK} <= words else 0.0
    return len(label & words) / len(label)


def _cell_place(text: str, block, pos: int) -> frozenset[str]:
    """The marks of ``_column_place`` that a figure's cell in a "|" table satisfies."""
    line_start = text.rfind("\n", block.start, pos) + 1 or block.start
    line_end = text.find("\n", pos, block.end)
    line = text[line_start : line_end if line_end >= 0 else block.end]
    if "|" not in line:
        return frozenset()
    column, columns = text.count("|", line_start, pos), line.count("|")  # (data columns from 1)
    most = max(columns + 1, 10)  # (a note may count more columns than the row has)
    marks = {f"\0col:{column}"}
    marks |= {f"\0first:{n}" for n in range(column, most)}
    marks |= {f"\0last:{n}" for n in range(columns - column + 1, most)}
    return frozenset(marks)


_LABEL_PAREN = re.compile(r"\(([^()\d]{2,40})\)[\s.]*$")  # a part's closing "(budgets)", "(% of GDP)"
_FROM_SOURCE = re.compile(r"\s(?:from|by)\s+(?=[A-Za-z])")
_LABEL_COLON = re.compile(r"\s*([A-Za-z][\w ,-]{1,40}?)(?::|\s+[-–—])\s+")  # ("exporter records - national offices")
_LABEL_COMMA = re.compile(
    r"\s*(?P<label>(?P<rest>(?:all\s+)?other\s+(?:rows|lines|figures|items|columns))|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?=[A-Z])"
)
_LABEL_STOP = frozenset("the a an of and in on for to by from with at as its their total share per rows row".split())


def _label_words(label: str) -> frozenset[str]:
    """Word stems of a row label or a note's "for ..." words: "transits" ~ "Transit cargo"."""
    # ("funded" ~ "funding": an inflection's ending is dropped before the stem is cut)
    return frozenset(_INFLECTION.sub("", w.lower())[:5] for w in re.findall(r"[A-Za-z][A-Za-z-]+", label)
                     if w.lower() not in _LABEL_STOP)


_INFLECTION = re.compile(r"(?<=[a-z]{3})(?:ing|ed|es|s)\Z")


def _is_term(source: SourceRef, acronyms: dict[str, str]) -> bool:
    """An acronym the document defines for a term in lower case ("$168,000 per FTE" after
    "full-time-equivalent (FTE)") names no source."""
    written = source.text.strip()
    long = acronyms.get(written)
    if long is None and " " in written and all(w in acronyms for w in written.split()):
        # "The CGR VAT estimate": acronyms run together, the last a term ("value added tax (VAT)")
        long = acronyms[written.split()[-1]]
    # (its first letter may be a capital: "Mean annual flow (MAF)" opening a table row)
    return long is not None and not any(c.isupper() for c in long[1:]) and not looks_like_body(long)


def _surname(name: str) -> str:
    return re.sub(r"['’]s$", "", name.split()[-1]) if name.split() else ""


# A company officer named by title alone, no body before it: "Chief executive Helen Achterberg told",
# ", its chief financial officer, Tom Rees," (the story's company is the body they speak for)
_OFFICER_OF_THE_STORY = re.compile(
    r"(?:(?<![^\n.!?\"“])\s*|(?<=\bits\s)|(?<=,\s))"
    r"(?i:chief\s+(?:executive|financial|operating)(?:\s+officer)?|CEO|CFO|COO|chair(?:man|woman|person)?|"
    r"finance\s+director|managing\s+director),?\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2})"
)


def _story_officers(text: str, company: str) -> dict[str, tuple]:
    """The surnames of the officers a results story names by title alone, each speaking for its company."""
    body = (_story_company_ref(text, company),)
    return {_surname(m.group("name")): body for m in _OFFICER_OF_THE_STORY.finditer(text)}


def _story_company_ref(text: str, company: str) -> SourceRef:
    """The results story's company, where the text first names it."""
    at = text.find(company)
    return SourceRef(at, at + len(company), company, company, None, False)


_PERSON_NAME = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Cllr|Councillor|Sir|Dame)\.?\s+)?[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}")


# a table's first column headed by who made the figures, and a row's label cell
_SOURCE_COLUMN_HEAD = re.compile(
    # (the cell alone: not "Source of funding", the money's source)
    r"[ \t|]*(?:Pollster|Polling\s+(?:firm|company)|Forecaster|Agency|Institution|Organi[sz]ation|Source|Publisher)"
    r"(?:s|\(s\))?[ \t]*(?:\||\t|[ ]{2,}|$)", re.I | re.M
)
_LABEL_FUNCTION_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "&"})


def _ordinary_words(text: str, label: str) -> bool:
    """A row label of common words, not a name: "Shops and catering" (a lower-case word of
    content), "Total", or one word the text also writes in lower case ("Berthing")."""
    words = re.split(r"[\s-]+", re.sub(r"\([^()]*\)", "", label).strip())  # ("Grant-in-aid (Harbour Board)")
    if any(w[:1].islower() and w not in _LABEL_FUNCTION_WORDS for w in words) or label in ("Total", "Other", "Subtotal"):
        return True
    return len(words) == 1 and words[0][1:].islower() and re.search(rf"\b{re.escape(words[0].lower())}\b", text) is not None


_ROW_LABEL_CELL = re.compile(r"[ \t|]*([^\s|\d][^|\t\n]*?)(?:[ ]{2,}|\t|[ ]?\|)")
# the line under a quotation that names who said it: "- Ana Brook, State of the Nation address, 11 March 2025"
_QUOTE_CREDIT_LINE = re.compile(r"[ \t]*[-–—][ \t]*(?P<name>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*,[^\n]*")
# a heading in capitals with its source in brackets: "SEA STATE (Coastal Forecast Office, ...)"
_HEADING_SOURCE = re.compile(r"[ \t]*[A-Z][A-Z0-9 ,'’&/-]{2,60}[ \t]*\((?P<inner>[A-Z][^()\n]{2,120})\)[ \t]*")
# a name, then a product's camel-cased name after it ("SnowGrid", "DataHub")
_THEN_PRODUCT = re.compile(r"(?P<body>[A-Z].*?)\s+(?:[A-Z]?[a-z]+[A-Z][\w-]*|[A-Z]{2,}[a-z]+[\w-]*)")
_BARE_ACRONYM = re.compile(r"\s*([A-Z][A-Z&]{1,5})[\s.]*")


# a column of the dates the rows' works were published ("Published", "Release date", "As of")
_PUBLISHED_HEADER = re.compile(r"\b(?:published|publication|released?|issued?|vintage|as\s+(?:of|at))\b", re.I)


def _parts_dropped(text: str, start: int, end: int, parts) -> bool:
    """A note's parts read by their cues ("X for cargo; Y for transits") left out a part that
    names a body (the last of "Source: IMF; OECD; Brenna Chamber of Commerce"), while crediting
    the rows no part names to the first."""
    return any(not label for label, _ in parts) and len(parts) < len(_note_part_bounds(text, text.find(":", start, end) + 1, end))


def _first_named(text: str, start: int, end: int, sources) -> SourceRef | None:
    """The first source ``text[start:end]`` names, else the name of a body written there that the
    registry does not know ("Northern Defence Compact (NDC), ..."), unresolved."""
    ref = next((r for r in sources.within(start, end) if not r.vague), None)
    if ref is None and (span := name_after(text, start, end)) is not None:
        written = text[span[0] : span[1]]
        ref = SourceRef(span[0], span[1], written, written)
    return ref


def _named_person(attribution: Attribution) -> bool:
    """The attribution credits one person by name ("Ana Brook said ..."): a later '"...," she said'
    continues it."""
    sources = attribution.sources
    return len(sources) == 1 and sources[0].kind is None and not sources[0].vague and (
        _PERSON_NAME.fullmatch(sources[0].text.strip()) is not None and not looks_like_body(sources[0].text)
    )


def _speaking_for(attribution: Attribution, people: dict[str, tuple]) -> Attribution:
    """"STRATCOM Commander Admiral Richard Correll stated ..." then "Admiral Correll stated ...":
    a person once named as speaking for a body speaks for it again later in the document."""
    sources = attribution.sources
    if attribution.speaker and sources and sources[0].text != attribution.speaker:
        people[_surname(attribution.speaker)] = sources
        return attribution
    if len(sources) == 1 and sources[0].kind is None and len(sources[0].text.split()) <= 4:
        body = people.get(_surname(sources[0].text))
        if body is not None:
            return dataclasses.replace(attribution, sources=body)
    return attribution


def _expand_acronym_words(name: str, acronyms: dict[str, str]) -> str | None:
    """"PNA Office" -> "Parties to the Nauru Agreement Office": a defined acronym inside a name."""
    words = name.split()
    if len(words) < 2 or not any(w in acronyms for w in words):
        return None
    out: list[str] = []
    for word in words:
        long = acronyms.get(word, word)
        owner = re.match(r"(.+?)['’]s\s", long)
        if owner and out and " ".join(out[-len(owner.group(1).split()):]) == owner.group(1):
            # "Drewry WCI" with "Drewry's World Container Index (WCI)": the owner is not named twice
            del out[-len(owner.group(1).split()):]
        out.append(long)
    return clean_source_name(" ".join(out))


# A sentence that restates the figure before it ("That is up from 71% in 2021") or breaks it down
# ("Of these, ...") continues its source.
_RESTATES = re.compile(
    # (not a description: "It is a market town of the northern plain, ...")
    r"\W*(?:(?:That|This|It)\s+(?:is|was|represents|marks)\b(?!\s+an?\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:centre|center|city|town|"
    r"village|port|hub|seat|home|member|country|region|province|state|district|site)\b)|Of\s+(?:these|those|this|that|them|the\s+total|the\s+\d)\b"
    # "Stocks then stood at 385 TWh": the moment the sentence before gave
    r"|[A-Z][\w-]*(?:\s+[a-z]+){0,2}\s+then\s+(?:stood|was|were|reached|totall?ed|amounted|held)\b)"
)
_PART_BEFORE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:[a-z]+\s+){0,2}\Z")


# "of the total," / "of that": the figure before; not "of the total large load requests"
_OF_THE_TOTAL = re.compile(
    r"\bof\s+(?:(?:the|that|this)\s+(?:total|sum|amount|figure)|that|this|it)\b"
    r"(?!\s+(?!(?:went|was|were|is|are|came|comes|goes|remained|[a-z]+ed)\b)[a-z])"
)


def _shares_of_previous(text: str, start: int, end: int, numbers) -> bool:
    """"The United States accounted for 52% of the total, the United Kingdom for 8%": shares of
    the figure before."""
    return bool(numbers) and all(n.unit == "percent" for n in numbers) and bool(_OF_THE_TOTAL.search(text, start, end))


def _parts_listed(text: str, numbers, measures: set) -> bool:
    """"Malaysia attracted US$12.5 billion, Viet Nam US$8.9 billion and ...", after a sentence that
    credited a total in US dollars: parts of the figure before, in its unit, each after its name."""
    if len(numbers) < 2 or not measures:
        return False
    units = [n.currency or n.unit for n in numbers]
    if units[0] not in measures or any(u is not None and u not in measures and u != "percent" for u in units):
        return False  # (a share of the parts' sum may close the list: "together about 54% of the total")
    parts = [n for n, u in zip(numbers, units) if u != "percent"]
    return len(parts) >= 2 and all(_PART_BEFORE.search(text, max(0, n.start - 40), n.start) for n in parts)


def _countries_named(text: str, start: int, end: int) -> frozenset[str]:
    """The countries a sentence names; the possessed one alone when one is ("Malaysia's industry
    employs ... workers from Nepal")."""
    named = [p for p in find_places(text, start, end) if p.kind == "country" and not _CURRENCY_NAME_AFTER.match(text, p.end)]
    possessed = {p.name for p in named if text[p.end : p.end + 2] in ("'s", "’s")}
    return frozenset(possessed if len(possessed) == 1 else {p.name for p in named})


_COMMA_BODY_AFTER = re.compile(r",\s+(?=[A-Z])")
_WORK_END = re.compile(r"\b(?:Survey|Report|Review|Outlook|Bulletin|Yearbook|Database|Index|Census|Monitor|Tracker)\Z")
# A body's work or project named with it: "Missing Migrants Project of the International
# Organization for Migration", "Energy Outlook of the Latin American Energy Organization"
# "the Department for Transport, Roads and Ports's National Travel Survey": the owner's work
_BODYS_WORK = re.compile(
    r"(?P<body>[A-Z].{3,120}?)['’]s\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Project|Programme|Matrix|Tracker|Dashboard|Database|"
    r"Outlook|Report|Review|Survey|Index|Monitor|Bulletin|Yearbook|Update|Statistics|Census)"
)
_WORK_OF_BODY = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,5}(?:Project|Programme|Program|Matrix|Tracker|Initiative|Dashboard|Database|Outlook|Report|"
    r"Review|Survey|Index|Monitor|Bulletin|Yearbook|Update|Service)\s+of\s+(?:the\s+)?(?P<body>[A-Z].{3,120})"
)

# A numbered endnote ("[3] Asian Development Bank, ..., April 2025.") and its marker in the text
_ENDNOTE_LINE = re.compile(r"^[ \t]*\[(?P<n>\d{1,3})\][ \t]+(?P<body>[A-Z][^\n]{4,300})$", re.MULTILINE)
# ... or, under a "Notes" / "References" heading, "3. Ministry of Finance (Japan), "Trade statistics", 30 January 2025."
_NOTES_HEADING = re.compile(r"^[ \t]*(?:Notes|Endnotes|Footnotes|References|Sources)[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)
# (a wiki's reference list: "4. ^ "Harbour Statistics 2022". Port Authority. 9 May 2023.")
_NUMBERED_NOTE_LINE = re.compile(
    r"^[ \t]*(?P<n>\d{1,3})\.[ \t]+(?:\^[ \t]+)?(?P<body>[\"“]?[A-Z][^\n]{4,300})$", re.MULTILINE
)
_ENDNOTE_MARK = re.compile(
    rf"(?<=[\w%.,;:)”\"'’])(?:\s?\[(\d{{1,3}})\]|(?!(?:(?<=\bm)|(?<=km)|(?<=cm)|(?<=mm)|(?<=ft))[²³])"  # (not the power of "µg/m³", "km²")
    rf"([{SUPERSCRIPT_DIGITS[1:]}][{SUPERSCRIPT_DIGITS}]{{0,2}})(?![\w{SUPERSCRIPT_DIGITS}]))"
)
_SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def _marker_number(match: re.Match) -> int:
    """The note number of an endnote marker: "[4]" or a superscript "⁴"."""
    return int(match.group(1) or match.group(2).translate(_SUPERSCRIPT_DIGITS))


# "Lindgren, Maja (2018).", "Brandt, E. K. (2021).": a reference opening with its author, family name first
_INVERTED_AUTHOR = re.compile(
    r"(?P<family>[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?),[ \t]+(?P<given>[A-Z][a-z'’-]+(?:[ \t][A-Z]\.)*|[A-Z]\.(?:[ \t]?[A-Z]\.)*)"
    r"[ \t]*\((?:19|20)\d\d[a-z]?\)"
)
_NOTE_SENTENCE_OPENING = re.compile(r"(?<=[a-z0-9)\"”])\.\s+(?=[A-Z])")  # (after a quoted title too)
_DATA_PERIOD_SENTENCE = re.compile(r"\.\s+(?:The\s+)?(?:data|figures|estimates|values)\s+(?:refer|relate|apply)\s+to\b", re.I)
# "... 14 March 2024. Retrieved 4 May 2025.": the day a reader fetched the work, after its own
# date, is not its date (but ", accessed 3 September 2025" dates a note on data with no other)
_RETRIEVED_SENTENCE = re.compile(r"\.\s+(?:Retrieved|Accessed|Archived|Last\s+accessed)\b")


def _last_part_date(text: str, start: int, end: int):
    """The date of a reference's last comma-separated part that holds one: "Annual Economic Review
    2024, May 2025" was published in May 2025, "Report No. 12 of 2024, pp. 41-58" in 2024. A
    closing sentence about the data ("... World Bank; 2023. Data refer to 2020.") gives their
    period, not the reference's date."""
    if (about_data := _DATA_PERIOD_SENTENCE.search(text, start, end)) is not None:
        end = about_data.start() + 1
    if (retrieved := _RETRIEVED_SENTENCE.search(text, start, end)) is not None:
        end = retrieved.start() + 1
    cursor = end
    while cursor > start:
        comma = text.rfind(",", start, cursor)
        part_start = comma + 1 if comma >= 0 else start
        found = [d for d in find_dates(text[part_start:cursor]) if _point_date(d)]
        if found:
            return dataclasses.replace(found[-1], start=found[-1].start + part_start, end=found[-1].end + part_start)
        cursor = comma if comma >= 0 else start
    return None


_SOURCE_HEADER_CELL = re.compile(r"(?:^|\s{2,}|\t)(Sources?(?:\s*(?:/|and|&)\s*dates?)?)[ \t]*$", re.I | re.M)


_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z0-9&-]{1,9}\b")
_DELIMITED_SOURCE_HEADER = re.compile(r"\|[ \t]*Sources?(?:[ \t]+and[ \t]+dates?)?[ \t]*\|?[ \t]*$", re.M | re.I)


def _under_source_header(text: str, row_start: int, cell_start: int) -> bool:
    """The row's last cell stands under a "Source" header of its table: a line above it, in the
    same block of lines, whose last cell is "Source" and starts about where the cell does."""
    column = cell_start - row_start
    line_end = row_start - 1
    for _ in range(8):
        if line_end <= 0:
            return False
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end]
        if not line.strip():
            return False  # (a blank line ends the table)
        header = _SOURCE_HEADER_CELL.search(line)
        if header is not None:
            return abs(header.start(1) - column) <= 6
        line_end = line_start - 1
    return False


# a table's title: "Table 3. Output by plant, 2022 (tonnes)[4]"
_TABLE_TITLE_LINE = re.compile(r"[ \t]*(?:Table|Exhibit|Box|Annex\s+table)\s+[A-Z]?\d[\w.-]*[.:]?[ \t]")


def _table_title_line(text: str, row_start: int, memo: dict) -> tuple[int, int] | None:
    """(start, end) of the title line of the table a row belongs to ("Table 3. Output by plant,
    2022 (tonnes)[4]"): the line above the table's first row, a blank line between them aside.
    (``memo``: row start -> title line, so that each row looks up only to the row above it.)"""
    at, blank = row_start, False
    found = None
    for _ in range(200):
        if at in memo and at != row_start:
            found = memo[at]
            break
        end = text.rfind("\n", 0, at)
        if end < 0:
            break
        line_start = text.rfind("\n", 0, end) + 1
        if _TABLE_TITLE_LINE.match(text, line_start, end):
            found = (line_start, end)
            break
        if not text[line_start:end].strip():
            blank = True
        elif blank:
            break  # a line of prose above the blank: no title
        at = line_start
    memo[row_start] = found
    return found


def _title_note(text: str, line: tuple[int, int], endnotes: dict) -> Attribution | None:
    """The endnote a table's title line marks at its end: its source for every cell credited to no one."""
    marks = list(_ENDNOTE_MARK.finditer(text, *line))
    if not marks or text[marks[-1].end() : line[1]].strip(" .:"):
        return None
    return endnotes.get(_marker_number(marks[-1]))


_TITLE_SOURCE = re.compile(r"(?<=[.;)]\s)Sources?\s*:")  # "Table 2. Output in tonnes. Source: Plant Survey (2024)."


def _with_endnote(chosen: Attribution | None, at: int, markers: list[tuple[int, int]], endnotes: dict) -> Attribution | None:
    """The endnote marked after a figure in its sentence: its source for a figure credited to no
    one; its date for a figure credited to the same body without one. (Keeping a figure compared
    with the one the note follows out of it was tried: the gold sets lost more than they gained.)"""
    note = next((endnotes.get(n) for pos, n in markers if pos >= at and n in endnotes), None)
    if note is None:
        return chosen
    if chosen is None:
        return note
    if chosen.how in ("actor", "continued", "listed") and not _named_alike(_bodies(chosen), _bodies(note)):
        # "The EU imported 63.2 bcm ...[2]" with "[2] Kpler ...": the note cites, the actor acts;
        # a note marked in the sentence beats a citation carried over from an earlier one
        return note
    if note.date is not None and _named_alike(_bodies(chosen), _bodies(note)) and (
        chosen.date is None
        # "forecast in October 2025 ... [7]" with "[7] ..., press release, 7 October 2025": the day
        or note.date.iso.startswith(chosen.date.iso + "-")
    ):
        return dataclasses.replace(chosen, date=note.date)
    return chosen


def _named_alike(ours: set[str], theirs: set[str]) -> bool:
    """The same bodies, a short name for a full one aside ("Ostmark" in the text, "Ostmark Metals AB
    (publ)" in its note)."""
    if ours == theirs:
        return True
    if len(ours) != 1 or len(theirs) != 1:
        return False
    a, b = sorted((next(iter(ours)), next(iter(theirs))), key=len)
    return b.startswith(a + " ") and a[:1].isupper()


# A sentence of the writer's own view or of the market's, not of the company's results: "We cut our
# 2026E EBITDA by 4%", "3% above the consensus", "The shares rose 4.6 per cent"
_NOT_THE_COMPANYS = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|us|[Cc]onsensus|[Pp]rice\s+target|[Tt]arget\s+price|upside|valuation|[Aa]nalysts?|[Ss]hares|"
    r"[Ss]tock|[Ss]hare\s+price|\d{4}E|implies|yield|[Ss]pot|traded|futures)\b"
)


# A body's name as the owner of what follows it: "WHO's Surveillance System for Attacks on Health Care"
_OWNER_POSSESSIVE = re.compile(r"([A-Z][\w&.-]*(?:\s+(?:of|for|and|the|[A-Z][\w&.-]*))*?)(?:['’]s|(?<=s)['’])\s+(?=[A-Z])")
# A body's acronym before the title of its work: "MoF Annual Financial Statement", "IEA Gas Market Report",
# and a party's or a regulator's filings in a proceeding ("WGC Application", "OFR Final Decision")
_ACRONYM_WORK = re.compile(
    rf"(?P<acr>[A-Z][A-Za-z&]{{1,9}})\s+(?:[A-Z][\w-]*\s+){{0,4}}"
    rf"(?i:{_REPORT_NOUNS}|applications?|determinations?|decisions?|proposals?|plans?|accounts|consultation|ruling|judg[e]?ment|opinion|order)"
)


def _credit_results_subject(result: dict[int, Attribution], company: str, text: str, sentences, blocks, numbers) -> None:
    """A results story or note ("Halden Resources beats profit forecasts ...") reports its company's
    figures: a figure no one is credited with, in a sentence that is not the writer's own view or
    the market's, is the company's, dated as the company's cited results are."""
    first = company.split()[0]
    ours = [a for a in result.values() if any(s.name.split()[0] == first for s in a.sources)]
    dates = {}
    for a in ours:
        if a.date is not None:
            dates.setdefault(a.date.iso, []).append(a.date)
    ranked = sorted(dates.values(), key=len, reverse=True)
    date = ranked[0][0] if ranked and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])) else None
    ref = _story_company_ref(text, company)
    credit = Attribution(ref.start, ref.end, (ref,), date, "subject")
    # ("Net profit rose ..., according to its annual report, published in March 2025. Revenue was
    # $1.31 billion": the company's dated work cited last, before the figure, dates it)
    own = {id(a) for a in ours}
    dated = sorted((pos, a.date) for pos, a in result.items() if a.date is not None and id(a) in own)
    for start, end, block_index in sentences:
        if start <= ref.start or blocks[block_index].kind not in ("prose", "table") or _NOT_THE_COMPANYS.search(text, start, end):
            continue
        before = bisect_left(dated, (start,))
        here = dataclasses.replace(credit, date=dated[before - 1][1]) if before else credit
        for number in numbers.within(start, end):
            result.setdefault(number.start, here)


def _owners_of_products(result: dict[int, Attribution], products: dict) -> dict[int, Attribution]:
    """"according to Round 9 of the Displacement Tracking Matrix (DTM) of the International
    Organization for Migration (IOM)": the matrix is the IOM's work, so the IOM is the source."""
    def owner(source: SourceRef) -> SourceRef:
        made_by = products.get(source.name)
        return dataclasses.replace(source, name=made_by[0], kind=made_by[1]) if made_by else source

    return {at: dataclasses.replace(a, sources=tuple(owner(s) for s in a.sources))
            if any(s.name in products for s in a.sources) else a for at, a in result.items()}


def _dated_alike(attrs: list[Attribution]) -> list[Attribution]:
    """"reported by the ITU (ITU, November 2023)": an undated attribution takes the date of the
    same body's dated citation in the sentence."""
    return [next((dataclasses.replace(a, date=b.date) for b in attrs if b.date is not None and _bodies(b) == _bodies(a)), a)
            if a.date is None else a for a in attrs]


def _bodies(attribution: Attribution) -> set[str]:
    """The bodies credited, their countries aside: "Ministry of X" is a note's "Ministry of X (India)"."""
    return {body_base(s.name) or s.name for s in attribution.sources}


_WORK_OPENING = re.compile(r"\W*(?:[Tt]he|[Tt]his|[Tt]hat)\s+(model|survey|study|report|analysis|assessment|index|census|review|poll)\b")


def _names_another_work(text: str, start: int, last_sentence: tuple[int, int]) -> bool:
    """"Our loss model ... estimates losses of ... The IMF put GDP at ... The model estimates
    that ...": the work the sentence opens with was last named (in its paragraph) outside the
    sentence of the last attribution, so the sentence continues that work, not the attribution."""
    opening = _WORK_OPENING.match(text, start)
    if opening is None:
        return False
    floor = max(text.rfind("\n\n", 0, start) + 2, start - 800)
    noun = opening.group(1)
    mentions = [m.start() for m in re.finditer(rf"\b{noun}s?\b", text[floor:start], re.I)]
    return bool(mentions) and not last_sentence[0] <= floor + mentions[-1] < last_sentence[1]


_ALSO_CONTINUES = re.compile(
    r"\W*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Ii]t|[Tt]hey)\b[^.,;:\n]{0,40}?\balso\s+(?:[a-z]+ed|found|shows?|says?|"
    r"said|estimates?|notes?|puts?|finds)\b"
)
# "Of the 32,000 workers it identified, ...": a count the source of the sentence before made
_PRONOUN_COUNTED = re.compile(r"\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:identified|counted|recorded|documented|tracked|surveyed)\b")
# "He said the regulator expected ...", "..., she added": the last person who spoke for a body
# "A poll of its members in May showed": the work of the body the sentence before opened with
_ITS_WORK_OPENING = re.compile(
    r"\W*(?:An?|The)\s+(?:[a-z]+\s+){0,2}?(?:survey|poll|study|report|analysis|census|review|count)\s+(?:of|by|among)\s+(?:its|their)\b"
)


def _opening_body(text: str, start: int, end: int) -> SourceRef | None:
    """A body no registry knows that opens the sentence by a name of several words ("The Dunmore
    Tenants' Union (DTU) sees it differently."), for an "It" or "its survey" that follows."""
    match = NAME.match(text, start + (4 if text.startswith("The ", start) else 0), end)
    if match is None or " " not in match.group() or not looks_like_body(match.group()):
        return None
    return SourceRef(match.start(), match.end(), match.group(), match.group())


_HE_SAYS = re.compile(r"(?:\W*|.*?,[\"”’']?\s+)(?:[Hh]e|[Ss]he)\s+(?:also\s+)?(?:said|says|added|told|estimated|noted|explained|confirmed|stressed|warned|acknowledged|insisted|argued)\b")
_IT_SAYS = re.compile(r"\W*(?:It|They)\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b")
# "Its chairman, Tom Reed, said", "Their chief economist told": a person speaking for that body
_ITS_OFFICIAL_SAYS = re.compile(
    rf"\W*(?:Its|Their)\s+(?:[a-z-]+\s+){{0,2}}?{_PERSON_TITLE}(?:\s*,\s*[^,;()]{{3,60}},|\s+(?:[A-Z][\w'’.-]*\s+){{1,3}})?\s*"
    r"(?:also\s+)?(?:said|says|told|added|estimated|estimates|noted|warned|argued|put|puts)\b"
)


def _own_date(text: str, start: int, end: int, dates) -> object | None:
    """"It added on 20 July that ...": the date a continuing sentence gives its statement."""
    match = CONTINUATION.match(text[start:end])  # (anchored at the string's start: a slice)
    if match is None:
        return None
    after = start + match.end()
    for date in dates.within(after, min(end, after + 30)):
        if re.fullmatch(r"\s*(?:on|in|,)?\s*", text[after : date.start]) and _point_date(date):
            return date
    return None


_POSSESSOR_WORDS = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})['’]s\s+[A-Z]")


def _last_country(text: str, start: int, end: int) -> frozenset[str]:
    """"In Tunisia, departures have collapsed. The National Guard said ...": the country its
    paragraph named last before the sentence."""
    named = [(p.start, p.name) for p in find_places(text, start, end)
             if p.kind == "country" and not _CURRENCY_NAME_AFTER.match(text, p.end)]  # (not "per US dollar")
    # "India's Ministry of Finance": a possessed body's name hides its country from find_places
    for match in _POSSESSOR_WORDS.finditer(text, start, end):
        named += [(match.start(), p.name) for p in find_places(match.group(1)) if p.kind == "country"]
    return frozenset({max(named)[1]}) if named else frozenset()


# an office holder named by the office: "Permanent Secretary of the Ministry of Health"
_OFFICE_OF_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Permanent|Principal|Deputy|Assistant|Chief|Executive|Under|Vice)[ -])?(?:Secretary|Director|Minister|"
    r"Head|Chair(?:man|woman|person)?|President|Governor|Commissioner|Spokes(?:man|woman|person)|Administrator|Registrar|"
    r"Auditor)(?:[ -]General)?\s+of\s+(?:the\s+)?(?P<body>[A-Z].+)"
)
_WORLD_CURRENCIES = frozenset({"USD", "EUR"})
_CURRENCY_NAME_AFTER = re.compile(r"[ \t]+(?:dollars?|cents?)\b")


def _document_country(places, numbers, text: str = "") -> frozenset[str]:
    """The one country a document is about: named, or its currency used, far more often than any
    other (at least three times and three in five of all). "The Ministry of Health recorded 12
    incidents" in an audit of a programme costed in rupiah is Indonesia's ministry."""
    counts: dict[str, int] = {}
    for place in places:  # (every place of the text)
        if place.kind == "country" and not _CURRENCY_NAME_AFTER.match(text, place.end):  # (not "US dollar")
            counts[place.name] = counts.get(place.name, 0) + 1
    for number in numbers:
        # (not dollars or euros: every report converts into them, whatever country it is about)
        if number.currency not in _WORLD_CURRENCIES and (country := country_of_currency(number.currency)) is not None:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return frozenset()
    if text and "of " in text:
        # a country no place list knows, named in its formal style ("the Republic of Olvania"):
        # its name's mentions count too (and make no known country the document's)
        for name in sorted({m.group(1) for m in _FORMAL_STATE.finditer(text)} - {p.text for p in places}):
            counts["?" + name] = len(re.findall(rf"\b{re.escape(name)}\b", text))
    top = max(sorted(counts), key=counts.get)
    if top.startswith("?"):
        return frozenset()
    return frozenset({top}) if counts[top] >= 3 and counts[top] * 5 >= sum(counts.values()) * 3 else frozenset()


_FORMAL_STATE = re.compile(r"\b(?:Republic|Kingdom|Federation|Principality|Sultanate|Emirate|Commonwealth|Grand\s+Duchy)\s+of\s+([A-Z][a-z]{3,})\b")


# a body's name with its owner before it or its remit after it: "UN \0 on Libya" for "Panel of Experts"
_LONGER_FORM = re.compile(r"(?:(?:UN|U\.N\.|United Nations|UNSC|EU|AU)\s+)?\0(?:\s+on\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?")


_OWNERS_INDEX = re.compile(r"([A-Z][\w&-]+)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Index|Indices|Tracker)")


def _one_name(names) -> str | None:
    """The one name among ``names``, or the longest when each is the start of it ("Ostmark Metals",
    "Ostmark Metals AB": one company)."""
    if not names:
        return None
    longest = max(sorted(names), key=len)
    return longest if all(longest == n or longest.startswith(n + " ") for n in names) else None


def _legal_name(text: str, word: str) -> str | None:
    """The one company name with a legal form that the text writes starting with ``word`` (a name
    of several words: that name and its legal form, "Ostmark Metals" in "Ostmark Metals AB")."""
    if not word[:1].isupper() or ENDS_WITH_LEGAL_FORM.search(word):
        return None
    more = "" if " " in word else r"(?:\s+[A-Z][\w&'’-]*){0,3}"
    found = {m.group() for m in re.finditer(rf"\b{re.escape(word)}{more}\s+{LEGAL_FORM}(?![\w-])", text)}
    if not found and word.upper() != word:
        # a case heading or cover page in capitals: "ORRAN PORT SERVICES PLC   Defendant"
        capitals = r"(?:[ \t]+[A-Z][A-Z&'’-]*){0,3}"  # ("Orran Port" for "ORRAN PORT SERVICES PLC")
        found = {_titled(m.group()) for m in re.finditer(
            rf"\b{re.escape(word.upper())}{capitals}[ \t]+(?i:{LEGAL_FORM})(?![\w-])", text)}
    return found.pop() if len(found) == 1 else None


# (the legal forms of LEGAL_FORM, as prose spells them, where str.capitalize would not)
_LEGAL_FORM_SPELLING = {"PLC": "plc", "LTD": "Ltd", "LTD.": "Ltd.", "INC": "Inc", "INC.": "Inc.", "LLC": "LLC", "AG": "AG",
                        "AB": "AB", "ASA": "ASA", "A/S": "A/S", "SA": "SA", "S.A.": "S.A.", "NV": "NV", "N.V.": "N.V.",
                        "SE": "SE", "GMBH": "GmbH", "OYJ": "Oyj", "CORP.": "Corp."}


def _titled(name: str) -> str:
    """"ORRAN PORT SERVICES PLC" -> "Orran Port Services plc": a name written in capitals, as prose writes it."""
    return " ".join(_LEGAL_FORM_SPELLING.get(w, w.capitalize()) for w in name.split())


def _full_names(result: dict[int, Attribution], named: list[tuple[str, str | None]],
                named_at: list[tuple[int, str]] = (), text: str = "") -> dict[int, Attribution]:
    """"Almalyk said" after "Almalyk Mining and Metallurgical Company": a body's short name is the
    one body the document names in full with that first word."""
    longer: dict[str, set[str]] = {}
    headed: dict[str, set[str]] = {}  # "Commission" -> {"European Commission"}: by the head word
    for name, kind in named:
        if " " in name and (looks_like_body(name) or kind is None and not titled_person(name) and not find_places(name)):
            # (a firm the registry does not know: "Halden said" after "Halden Resources reported")
            longer.setdefault(name.split()[0], set()).add(name)
            words = re.sub(r"\s*\([^()]*\)\Z", "", name).split()
            if looks_like_body(words[-1]):
                headed.setdefault(words[-1], set()).add(name)
    if not longer and not text:
        return result

    legal_names: dict[str, str | None] = {}  # (one scan of the text per word)

    def full(s: SourceRef, key: int) -> SourceRef:
        if s.kind is None and (index := _OWNERS_INDEX.fullmatch(s.name)) is not None and text and (
            f"{index.group(1)}'s " in text or f"{index.group(1)}’s " in text
        ):
            # "Source: Marlowe Global Freight Index" in a text that writes "Marlowe's ... Index": its owner
            return dataclasses.replace(s, name=index.group(1))
        if (s.vague or s.kind is None) and s.text[:1].isupper() and " " in s.name and (
            inside := [n for at, n in named_at if at <= key and n != s.name and _LONGER_FORM.fullmatch(n.replace(s.name, "\0", 1))]
        ):
            # "the Panel of Experts identified" after "the UN Panel of Experts on Libya": the body named
            # in full, the last before it
            return dataclasses.replace(s, name=inside[-1], kind=None, vague=False)
        if s.kind is not None and " " not in s.text and len(own := headed.get(s.text, set()) - {s.name}) == 1 and (
            next(iter(own)).endswith(")")
        ):
            # "a Treasury spokesperson" after "Kenya's National Treasury": that country's body, not
            # the registry's one of that name
            return dataclasses.replace(s, name=next(iter(own)), kind=None)
        if s.kind is None and not s.vague and " " in s.name and text:
            if s.name not in legal_names:
                legal_names[s.name] = _legal_name(text, s.name)
            if legal := legal_names[s.name]:
                return dataclasses.replace(s, name=legal)  # "Ostmark Metals reported" in a note on "Ostmark Metals AB"
        if s.kind is not None or s.vague or " " in s.name:
            return s
        if (chain := _one_name(longer.get(s.name, ()))) is not None:
            return dataclasses.replace(s, name=chain)
        if s.name not in longer and text and s.name not in legal_names:
            legal_names[s.name] = _legal_name(text, s.name)
        if s.name not in longer and (legal := legal_names.get(s.name)):
            return dataclasses.replace(s, name=legal)  # "Ostmark reported" in a note on "Ostmark Metals AB"
        if s.name not in longer and len(headed.get(s.name, ())) == 1:
            # "Commission data show", "A Commission spokesperson" after "the European Commission"
            return dataclasses.replace(s, name=next(iter(headed[s.name])))
        return s

    for key, attribution in list(result.items()):
        sources = tuple(full(s, key) for s in attribution.sources)
        if sources != attribution.sources:
            result[key] = dataclasses.replace(attribution, sources=sources)
    return result


def _currency_country(numbers) -> frozenset[str]:
    """"the government has committed 25 billion ringgit": the one country whose own currency the
    sentence's figures are in."""
    named = {country_of_currency(n.currency) for n in numbers} - {None}
    return frozenset(named) if len(named) == 1 else frozenset()


def _fill_between(result: dict[int, Attribution], sentences, numbers, text: str = "",
                  countries: dict[int, frozenset[str]] | None = None) -> None:
    """"According to the SPC overview, the catch was 2.6 million tonnes. Skipjack made up 66% of
    it, yellowfin 23%. The overview also found ...": a sentence of figures credited to no one,
    between a sentence credited to a source and one that cites it again, in one paragraph,
    reports it too. (Two such sentences in a row were tried: no figure of any gold set gained.)"""
    figures = [numbers.within(start, end) for start, end, _ in sentences]
    for i in range(1, len(sentences) - 1):
        if not figures[i] or not figures[i - 1] or not figures[i + 1] or any(n.start in result for n in figures[i]):
            continue
        if not sentences[i - 1][2] == sentences[i][2] == sentences[i + 1][2]:
            continue  # one paragraph
        if text and _COUNTERFACTUAL.search(text, sentences[i][0], sentences[i][1]):
            continue  # "At the ceiling, spending should not have exceeded IDR 1.18 trillion": the writer's reckoning
        cited = result.get(figures[i - 1][0].start)
        if cited is None or any(result.get(n.start) is not cited for n in figures[i - 1]):
            continue
        again = [result.get(n.start) for n in figures[i + 1]]
        if all(a is not None and a.how in _CITING and _names(a) == _names(cited) for a in again):
            inferred = dataclasses.replace(cited, how="between")  # (rules on sources weigh it less)
            country = countries.get(figures[i - 1][0].start) if countries is not None else None
            for number in figures[i]:
                result[number.start] = inferred
                if country is not None:
                    countries[number.start] = country  # (the body is the country's it was before)


_CITING = ("continued", "sentence", "parenthetical", "actor")
_COUNTERFACTUAL = re.compile(r"\b(?:should|would|could|might|must)\s+(?:not\s+)?have\b")


def _names(attribution: Attribution) -> frozenset[str]:
    return frozenset(s.name for s in attribution.sources)


def _without_publisher(result: dict[int, Attribution], publisher: frozenset[str]) -> dict[int, Attribution]:
    """A figure credited only to the document's own publisher ("by CAPR's own count", "a Meridian
    tally") is the document's own: no source. A table that credits the publisher with a date
    ("| BCRP forecast, Jun 2025 |") cites one edition of its figures, which can drift: it stays."""
    if not publisher:
        return result
    # "the Authority estimates" in the Communications Authority's own review: the publisher
    heads = {w.lower() for p in publisher if " " in p for w in body_head_words(p.title())}

    bare = {ENDS_WITH_LEGAL_FORM.sub("", p) for p in publisher}  # "brennmark group plc" is "Brennmark Group"
    # the distinctive first word of a publisher's name of several words: "halden" of "Halden Re Partners"
    firsts = {p.split()[0] for p in bare if " " in p and p.split()[0] not in _GENERIC_NAME_WORDS and len(p.split()[0]) >= 4}
    lasts = heads | {p.split()[-1] for p in bare if " " in p}  # "trust" of "... Community Health Trust"

    def own(source: SourceRef) -> bool:
        written = re.sub(r"['’]s$", "", source.text.strip())
        names = {source.name.lower(), written.lower()}
        return any(n in publisher or n in bare or any(p.startswith(n + ",") for p in publisher) for n in names) or (
            written.istitle() and written.lower() in heads
        ) or any(n.startswith(b + " ") for n in names for b in bare if " " in b) or (  # ("Holloway Cement Group Energy Data System")
            source.kind is None and (_OWN_PRODUCT_END.search(source.name) or _OWN_PRODUCT_END.search(written)) is not None
            # ("the Halden Rate-on-Line Index" of Halden Re Partners; the "Trust Patient Records
            # System" of a health trust that calls itself "the Trust")
            and (source.name.split()[0].lower() in firsts or source.name.split()[0].istitle() and source.name.split()[0].lower() in lasts)
        )

    return {at: a for at, a in result.items() if a.how == "table" and a.date is not None or not all(own(s) for s in a.sources)}


_ACCESSED_BY_BEFORE = re.compile(r"\b(?:accessed|retrieved|downloaded|consulted|viewed)\s+by\s+(?:the\s+)?\Z")
_GENERIC_NAME_WORDS = frozenset(
    "world national international global united european african asian american arab the new royal central federal "
    "state first general institute centre center bank ministry office".split()
)
_OWN_PRODUCT_END = re.compile(r"\b(?:Index|Indices|Database|Tracker|Monitor|Barometer|Survey|Dashboard|Warehouse|System|Register)\Z")
_UNKNOWN_STATES_BODY = re.compile(
    r"(?P<owner>[A-Z][a-z]{3,})['’]s\s+(?P<body>(?:National|Federal|State)\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Agency|Authority|Office|Bureau|Commission|Service|Institute|Directorate|Council|Board))"
)


def _of_unknown_state(text: str, source: SourceRef) -> SourceRef:
    """"Corsova's Ministry of Finance", "the Kesharian Ministry of Water": a state body of a state
    the place list does not know is named with it, as a known country's is."""
    if source.kind is not None or source.vague or not (found := place_qualified(text, source.start, source.text.strip(), source.name)):
        return source
    start, name = found
    return dataclasses.replace(source, start=start, text=text[start : source.end], name=name)


def _qualify_bodies(result: dict[int, Attribution], countries: dict[int, frozenset[str]]) -> dict[int, Attribution]:
    """A national body written without its country ("Ministry of Mines") is the one of the
    country its sentence names ("Peru mined ..., per the Ministry of Energy and Mines"); in a
    sentence naming none, the "Ministry of Mines (Mali)" the same document names elsewhere,
    when it names only one country's."""

    def bare(source: SourceRef) -> bool:
        return source.kind is None and not source.vague and starts_with_body(source.name) and not body_base(source.name)

    def by_sentence(source: SourceRef, key: int, by_base: dict[str, set[str]]) -> SourceRef:
        if not bare(source):
            return source
        if country_qualified_name(source.name) != source.name:
            return dataclasses.replace(source, name=country_qualified_name(source.name))  # "... of Ecuador"
        if find_places(source.name) or country_in_name(source.name):
            return source  # "Office de Radiodiffusion Télévision du Mali" names its country
        named = countries.get(key, frozenset())
        if not named:
            names = by_base.get(source.name, set())
            before = [n for at, n in mentions.get(source.name, ()) if at < key]
            if len(names) > 1 and before:
                names = {before[-1]}  # "The ministry said ...": the one named last before it
        elif len(named) == 1:
            names = {f"{source.name} ({c})" for c in named}
        else:
            names = {n for n in by_base.get(source.name, ()) if any(n == f"{source.name} ({c})" for c in named)}
        return dataclasses.replace(source, name=next(iter(names))) if len(names) == 1 else source

    # first what each sentence says, then what the document says of the bodies left bare
    mentions: dict[str, list[tuple[int, str]]] = {}  # base name -> (offset, qualified name), in order
    for by_base in ({}, None):
        if by_base is None:
            by_base = {}
            for at, attribution in sorted(result.items()):
                for source in attribution.sources:
                    if base := body_base(source.name):
                        by_base.setdefault(base, set()).add(source.name)
                        mentions.setdefault(base, []).append((at, source.name))
        for key, attribution in list(result.items()):
            sources = tuple(by_sentence(s, key, by_base) for s in attribution.sources)
            if sources != attribution.sources:
                result[key] = dataclasses.replace(attribution, sources=sources)
    return result


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_CELL_PART = re.compile(r"[^;\s](?:[^;]*[^;\s])?")  # one source of "INEI (2024); BCRP forecast, Jun 2025"


def _for_column(attrs: list[Attribution], header: str, figure: int, figures: int) -> Attribution:
    """Of the sources one cell names, the one for a figure's column: the source dated in the
    column's year, else the latest dated before it ("2024" -> "INEI (2024)"; "2026" -> "BCRP
    forecast, Jun 2025"). When the columns name no year, a row of as many figures as sources
    takes them in order ("| 31.4 | 18.9 | NSO (2022); CSB (2021) |", one survey per country's
    column); else the last."""
    years = [int(y) for y in _YEAR_IN.findall(header)]
    if not years:
        return attrs[figure] if figures == len(attrs) and 0 <= figure < figures else attrs[-1]
    year = years[-1]
    dated = [(int(a.date.iso[:4]), a) for a in attrs if a.date is not None and a.date.iso[:4].isdigit()]
    same = [a for y, a in dated if y == year]
    if same:
        return same[0]
    before = [(y, a) for y, a in dated if y < year]
    return max(before, key=lambda pair: pair[0])[1] if before else attrs[-1]


def _covered_by_note(note_index: int, blocks, text: str) -> list[int]:
    """The blocks a note covers: the table (or box) just above it, up to its title (across the
    table's own footnotes: "* Targets overlap across clusters.")."""
    covered = []
    index = note_index - 1
    while index >= 0 and blocks[index].kind in ("table", "prose", "heading"):
        if blocks[index].kind == "heading" and not (index > 0 and blocks[index - 1].kind == "table"):
            break  # a sub-heading inside a table is crossed; a title above it is not
        covered.append(index)
        if blocks[index].kind == "table" and _TABLE_TITLE_LINE.match(text, blocks[index].start, blocks[index].end):
            break  # ("Table 2. Container traffic, 2024" over the rows: the title; the prose above is not the table's)
        if blocks[index].kind == "prose" and not (
            index > 0 and blocks[index - 1].kind == "table" and _TABLE_FOOTNOTE.match(text, blocks[index].start)
        ):
            break
        index -= 1
    return covered


def _own_credit(attribution: Attribution, publisher: frozenset[str], own_heads: frozenset[str]) -> bool:
    """A note's credit names only the publisher: a unit of it ("NGTF Market Intelligence Unit" from
    "NGTF") or the head of its name ("Trust patient records" in a trust's own paper)."""
    def own(source) -> bool:
        name = source.name.lower()
        return source.text[:1].isupper() and name in own_heads or any(
            len(p) >= 3 and name.startswith(p + " ")
            # ("Federal Statistics Office" in a bulletin of the "Federal Statistics Office of the Ostrava Federation")
            or p.startswith(name + " of ") and " " in name
            for p in publisher
        )
    return bool(attribution.sources) and all(own(s) for s in attribution.sources)


def _own_part(part: Attribution, text: str, publisher: frozenset[str], own_heads: frozenset[str]) -> bool:
    """A source note's part that credits the publisher: as ``_own_credit``, or its works named with
    the publisher's acronym after them ("Labour Force Survey and Vacancy Survey (HSO)")."""
    owner = _OWNER_IN_BRACKETS.search(text, part.start, part.end)
    return _own_credit(part, publisher, own_heads) or owner is not None and owner.group(1).lower() in publisher


_OWNER_IN_BRACKETS = re.compile(r"\(([A-Z][\w&]{1,9})\)[\s.,;]*\Z")


def _covered_below(note_index: int, blocks) -> list[int]:
    """The blocks a bracketed note under a heading covers: the paragraph (a box's items, a table)
    right below it."""
    below = note_index + 1
    if below >= len(blocks) or blocks[below].kind not in ("prose", "table"):
        return []
    paragraph = blocks[below].paragraph
    out = []
    while below < len(blocks) and blocks[below].paragraph == paragraph and blocks[below].kind in ("prose", "table"):
        out.append(below)
        below += 1
    return out


_TABLE_FOOTNOTE = re.compile(r"[ \t]*(?:\*{1,3}|†|‡|\([a-z]\)|[a-z]/)[ \t]*[A-Z]")


# "Ratios to GDP are PBO calculations", "Percentage changes are our estimates", "...; shares are
# the authors' calculation"
_OWN_COLUMNS = re.compile(
    r"(?:\A|[.:;]\s+)(?P<label>[A-Za-z][\w %()/-]{2,60}?)\s+(?:are|is)\s+(?P<who>[\w&'’ .-]{0,60}?)\s*"
    r"(?:own\s+)?(?:calculations?|estimates?|computations?|projections?)\b"
)
_CITED_YEAR_END = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)\s*\Z")
_LABEL_LIST = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_PERCENT_WORDS = re.compile(r"\b(?:ratios?|shares?|percentages?|percent|per\s+cent)\b", re.I)


def _columns(doc: Doc):
    """(block index, figure offset) -> the header words over the figure's column ("" if none)."""
    blocks, text = doc._.ca_blocks, doc_text(doc)
    delimited, aligned = doc_tables(doc)

    def column_of(index: int, pos: int) -> str:
        header = blocks[delimited[index]] if index in delimited else aligned.get(index)
        if header is None:
            return ""
        return column_header(text, pos, blocks[index].start, blocks[index].end, header)

    return column_of


class AttributionComponent:
    """Sets ``doc._.ca_attributions``: {number start offset: Attribution}."""

    def __init__(self, registry: SourceRegistry, name: str = "ca_attribution") -> None:
        self.name = name
        self.registry = registry
        self._registry_acronyms = registry.acronyms()

    def __call__(self, doc: Doc) -> Doc:
        doc._.ca_attributions = self.attribute(doc)
        return doc

    def resolve(self, ref: SourceRef, acronyms: dict[str, str]) -> SourceRef:
        """Canonical name and kind for a source written in the text but not in the registry scan."""
        if ref.kind is not None or ref.vague or (
            ref.name != ref.text and (_DEFINITE_BODY.fullmatch(ref.text) or LOWER_MINISTRY.fullmatch(ref.text)
                                      or GOVERNMENT.fullmatch(ref.text)
                                      or FIELD_MINISTER.match(ref.text) or _CUSTOMS_DATA.fullmatch(ref.text))
        ):
            return ref  # (a definite reference carries the name it points back to; "the health ministry" and
            # "Finance Minister Anton Reyl" their ministry's)
        if is_vague_source(ref.text):
            return dataclasses.replace(ref, vague=True, kind="vague", name=clean_source_name(ref.text))
        written = without_owner_acronym(strip_descriptors(ref.text), acronyms)
        if (office := _OFFICE_OF_BODY.fullmatch(written)) is not None and looks_like_body(office.group("body")):
            written = office.group("body")  # "the Permanent Secretary of the Ministry of Health": the ministry
        if (work := _ACRONYM_WORK.fullmatch(written)) and work.group("acr") in acronyms:
            written = work.group("acr")  # "MoF Annual Financial Statement": the ministry's work
        else:
            written = self._owner_of(written, acronyms)
        if (owned := _WORK_OF_BODY.fullmatch(written)) is not None and looks_like_body(owned.group("body")) or (
            (owned := _BODYS_WORK.fullmatch(written)) is not None
            and (looks_like_body(owned.group("body")) or " " not in owned.group("body") and not find_places(owned.group("body")))
        ):
            # "the Missing Migrants Project of the IOM", "X's National Travel Survey": the body's own
            # work ("Marlowe's Global Freight Index": a firm of one word, its owner all the same)
            written = owned.group("body")
        if (product := _THEN_PRODUCT.fullmatch(written)) is not None and looks_like_body(product.group("body")):
            written = product.group("body")  # "Alpine Weather Service SnowGrid": the body, then its dataset's name
        entry = self.registry.resolve(written, acronyms=acronyms)
        if entry is not None:
            return dataclasses.replace(ref, name=entry.name, kind=entry.kind)
        cleaned = clean_source_name(written) or written
        expanded = acronyms.get(cleaned) or _expand_acronym_words(cleaned, acronyms)
        if expanded and (owner := self._owner_of(expanded, acronyms)) != expanded:
            # "SSA" for "WHO's Surveillance System for Attacks on Health Care (SSA)": the WHO
            return dataclasses.replace(self.resolve(dataclasses.replace(ref, text=owner, name=owner), acronyms), text=ref.text)
        if expanded and expanded != cleaned and (entry := self.registry.resolve(expanded, acronyms=acronyms)):
            return dataclasses.replace(ref, name=entry.name, kind=entry.kind)
        name = country_qualified_name(expanded or cleaned)
        name = strip_country_possessive(name) if name == (expanded or cleaned) else name
        if (full := ministry_of_field(name)) != name:
            # "Italy's Interior Ministry": the ministry's full name, the registry's entry if it has one
            entry = self.registry.resolve(full)
            name = entry.name if entry else full
        if ref.name != ref.text and not body_base(name):
            # "Ghana's ... and Ministry of Lands": the country given by the phrase, not the words
            qualified = country_qualified_name(clean_source_name(ref.name) or ref.name)
            name = qualified if body_base(qualified) else name
        if (national := _UNKNOWN_STATES_BODY.fullmatch(name)) is not None:
            # "Delvia's National Flood Agency" (a state the place list does not know): named with its
            # state as a known country's body is, "National Flood Agency (Delvia)"
            name = f"{national.group('body')} ({national.group('owner')})"
        return dataclasses.replace(ref, name=name)

    def _owner_of(self, name: str, acronyms: dict[str, str]) -> str:
        """"the Health Cluster's HeRAMS", "Spark Commodities' Spark30S Atlantic": a body's own
        system or product is the body's; a body of another body's ("the Ministry of Transport's
        Road Safety Directorate") is itself."""
        owned = _OWNER_POSSESSIVE.match(name)
        if owned and looks_like_body(name[owned.end() :]) and looks_like_body(owned.group(1)) and not _is_place_word(owned.group(1)) and (
            _WORK_END.search(name) is None  # ("the Brenna Bureau's Household Panel Survey": the bureau's survey)
        ):
            return name[owned.end() :]  # "the Ministry of Transport's Road Safety Directorate": the directorate
        if owned and not looks_like_body(name[owned.end() :]) and (
            looks_like_body(owned.group(1)) or self.registry.resolve(owned.group(1), acronyms=acronyms) is not None
            # (a firm of two or more words: "Spark Commodities' Spark30S Atlantic"; not "Europe's Gas Storage")
            or " " in owned.group(1) and not _is_place_word(owned.group(1))
        ):
            return owned.group(1)
        return name

    def _definitions(self, text: str, acronyms: dict[str, str]) -> list[tuple[int, str, str | None]]:
        out = []
        for short, long in acronyms.items():
            at = text.find(f"({short})")
            if at < 0 or not looks_like_body(long):
                continue
            ref = self.resolve(SourceRef(at, at + len(long), long, long), acronyms)
            if text.startswith(long, named := at - 1 - len(long)):
                # "Dalmora's Ministry of Agriculture (MoA)": the state that owns the defined body
                ref = _of_unknown_state(text, dataclasses.replace(ref, start=named, end=at - 1, text=long))
            out.append((at, ref.name, ref.kind))
        return sorted(out)

    def attribute(self, doc: Doc) -> dict[int, Attribution]:
        text = doc_text(doc)
        acronyms = doc._.ca_acronyms or {}
        blocks = doc._.ca_blocks
        numbers = _Sorted(n for n in doc._.ca_numbers if n.reason is None)
        sources = _Sorted(doc._.ca_sources)
        dates = _Sorted(doc._.ca_dates)
        result: dict[int, Attribution] = {}
        numbers_by_block: dict[int, list] = {}
        dated: dict[tuple[int, str], object] = {}  # (paragraph, source) -> its date, once stated
        people: dict[str, tuple] = {}  # a speaker's surname -> the body they spoke for
        last_spoken: tuple[int, Attribution] | None = None  # (paragraph, attribution) of the last person who spoke for a body
        named: list[tuple[str, str | None]] = []  # sources named so far, in order: "the commission" is the last one
        named_at: list[tuple[int, str]] = []  # (sentence start, name) of ``named``
        definitions = self._definitions(text, acronyms)  # (offset, name, kind) of "Long Name (ACR)" bodies
        last: Attribution | None = None
        subject: tuple[int, SourceRef] | None = None  # (sentence end, body) opening the sentence before, uncredited
        opened: tuple[int, SourceRef] | None = None  # (paragraph, body) the last sentence naming a body opened with
        countries: dict[int, frozenset[str]] = {}  # number -> countries its sentence names
        last_paragraph, last_measures = None, set()  # of the last sentence with an attribution
        last_sentence = (0, 0)  # (start, end) of that sentence
        quoted: tuple[int, Attribution] | None = None  # (paragraph, speaker) of a quote still open
        uncredited_since = 0  # prose sentences with figures and no attribution since then
        endnotes = self._endnotes(text, sources, dates, acronyms)
        title_lines: dict[int, tuple[int, int] | None] = {}  # table row start -> its table's title line
        title_credits: dict[tuple[int, int], Attribution | None] = {}  # title line -> the source it credits
        column_of = _columns(doc) if ";" in text else None  # (for cells naming several sources)
        doc_country = None  # the country the whole document is about, computed when first needed
        publisher = publisher_names(text)  # the names of the document's publisher
        own_heads = frozenset(w.lower() for p in publisher if " " in p for w in body_head_words(p.title()))
        story_company = results_subject(text)  # (the company a results story is about, if it is one)
        if story_company is not None:
            people.update(_story_officers(text, story_company))
        lead_in: Attribution | None = None  # of a sentence that opens a list ("The components were:")
        acting = _acting_acronym_pattern(text, acronyms, self._registry_acronyms, publisher, self.registry.resolve)
        previous_numbers: list = []  # the figures of the last prose sentence with figures
        forward: list[tuple[int, Attribution]] = []  # (block, note) of a bracketed note over what it covers
        for start, end, block_index in doc._.ca_sentences:
            block = blocks[block_index]
            in_sentence = numbers.within(start, end)
            if block.kind in ("heading",):
                last = None
            if block.kind == "source_note":
                note = self._note(text, start, end, sources, dates, acronyms, publisher)
                parts = self._note_parts(text, start, end, sources, dates, acronyms, publisher) if _SOURCES_LABEL.match(text, start, end) else []
                if not parts and note is not None and ";" in text[start:end]:
                    parts = self._title_parts(text, start, end, sources, dates, acronyms, block_index, blocks, numbers_by_block, _columns(doc))
                if note is not None and ";" in text[start:end] and (not parts or _parts_dropped(text, start, end, parts)) and (
                    named_rows := self._row_named_parts(text, start, end, sources, dates, acronyms, block_index, blocks, numbers_by_block)
                ):
                    # "Source: IMF; OECD; Brenna Chamber of Commerce." under rows that each name one
                    # of them: each row's own body (not the first body for every row the rest name)
                    parts = named_rows
                if note is not None and _own_credit(note, publisher, own_heads):
                    note = None  # "Source: NGTF Market Intelligence Unit.", "Trust patient records": the publisher's own
                parts = [(label, None if a is not None and _own_part(a, text, publisher, own_heads) else a) for label, a in parts]
                if note is not None and not parts and text[start : start + 1] == "(" and not _covered_by_note(block_index, blocks, text):
                    forward.append((block_index, note))  # "MAIN POINTS" over "(Source: ...)" over its items
                elif note or parts:
                    self._apply_note(note, block_index, blocks, numbers_by_block, result, parts, text,
                                     _columns(doc) if parts else None,
                                     self._note_source_dates(text, start, end, sources, dates, acronyms), dates)
                if _OWN_COLUMNS.search(text, start, end):
                    self._own_columns(text, start, end, block_index, blocks, numbers_by_block, result, _columns(doc), publisher)
                continue
            if not in_sentence and block.kind != "prose":
                continue
            numbers_by_block.setdefault(block_index, []).extend(in_sentence)
            mark = len(named)
            if block.kind == "table":
                attrs = self._row(text, block.start, block.end, sources, dates, acronyms)
                if not attrs and block.end - block.start <= _SHORT_ROW and TABLE_DELIMITERS.search(text, start, end) is None:
                    # "Outlook: demand up 2.6% (Eurobuild, May 2025); prices flat": a label's
                    # line of prose, credited as prose is by a dated citation in brackets
                    sentence = SentenceInput(start, end, sources.within(start, end), dates.within(start, end))
                    attrs = [a for a in self._resolved(text, attributions_in_sentence(text, sentence), acronyms)
                             if a.how == "parenthetical" and a.date is not None]
            else:
                in_text = sources.within(start, end)
                named.extend((s.name, s.kind) for s in in_text if not s.vague and (
                    s.kind is not None or " " in s.name and looks_like_body(s.name)))
                named.extend(_bodies_named(text, start, end))
                while definitions and definitions[0][0] < end:
                    named.append(definitions.pop(0)[1:])
                refs = _definite_references(text, start, end, in_text, named, own_heads, story_company, mark)
                if acting is not None:
                    refs = [*refs, *_acting_acronyms(text, start, end, acting, [*in_text, *refs])]
                known = sorted([*in_text, *refs], key=lambda s: s.start) if refs else in_text
                sentence = SentenceInput(start, end, known, dates.within(start, end))
                attrs = self._resolved(text, attributions_in_sentence(text, sentence), acronyms)
                if not attrs and in_sentence and text[start : start + 1] in _OPENING_QUOTES and (
                    _CLOSING_QUOTE.search(text, start + 1, end) is None
                ):
                    # '"Only 31% of the wells work. Without repairs, ...," Jane
                    # Doe, coordinator at UNHCR, said.': a quote runs on; its speaker follows its end
                    attrs = self._quote_speaker(text, end, block.end, sources, dates, acronyms)
                if not attrs and quoted is not None and quoted[0] == block.paragraph:
                    # 'X, the minister, said: "Last year 930 people died. We will spend €85m ..."':
                    # the quote's later sentences are the speaker's too
                    attrs = [dataclasses.replace(quoted[1], start=start, end=start, how="continued")]
                if not attrs and subject is not None and (
                    _IT_SAYS.match(text[start:end]) or _ITS_WORK_OPENING.match(text, start, end)
                ) and not text[subject[0] : start].strip():
                    # "The Commission has since struck similar deals. It announced a €7.4bn package":
                    # "it" is the body the sentence before opened with
                    attrs = [Attribution(start, start, (self.resolve(subject[1], acronyms),), _own_date(text, start, end, dates), "continued")]
                if not attrs and opened is not None and block.paragraph - opened[0] <= 1 and (
                    _ITS_WORK_OPENING.match(text, start, end) or _ITS_OFFICIAL_SAYS.match(text, start, end)
                ):
                    # "The Growers' Association says it speaks for 1,900 farms. [...] Its chairman, Tom
                    # Reed, said ...": "its" is the body the last sentence naming one opened with, in
                    # this paragraph or the one before
                    attrs = [Attribution(start, start, (self.resolve(opened[1], acronyms),), _own_date(text, start, end, dates), "continued")]
                    opened = (block.paragraph, opened[1])  # (still the body spoken of: "Their economist ..." next)
                if not attrs and last_spoken is not None and block.paragraph - last_spoken[0] <= 1 and (
                    _HE_SAYS.match(text, start, end)
                ):
                    # '"...," Samuel Adjei, a deputy chief executive of COCOBOD, said. He said the regulator
                    # expected ...': the person speaks for the body again
                    attrs = [dataclasses.replace(last_spoken[1], start=start, end=start, how="continued",
                                                 date=_own_date(text, start, end, dates) or last_spoken[1].date)]
                opener = next((s for s in known if s.start - start <= 5 and not s.vague), None) or _opening_body(text, start, end)
                subject = (end, opener) if opener is not None and not attrs else None
                if opener is not None:
                    opened = (block.paragraph, opener)
                elif any(not s.vague for s in in_text):
                    opened = None  # (another body named since: "its" may be that one)
                listed = _LIST_ITEM.match(text, block.start) is not None
                if not attrs and lead_in is not None and listed and in_sentence:
                    # "... 234,400 recorded in 2022-23.[1] The components were:" then "- new build:
                    # 184,600 dwellings;": the items of a list carry the attribution it opens with
                    attrs = [dataclasses.replace(lead_in, how="listed")]
                elif not listed:
                    lead_in = None
                if not attrs and last is not None and not (
                    # "The survey cost KES 48.6 million" in the Methods, after sentences of figures no
                    # one is credited with: the document's own survey, not the one cited paragraphs ago
                    # (but "The report also found" says it is the one cited before)
                    last_paragraph != block.paragraph and uncredited_since and not _ALSO_CONTINUES.match(text, start, end)
                ) and not _names_another_work(text, start, last_sentence) and (
                    CONTINUATION.match(text[start:end])
                    # ('"...," he wrote.': a person spoke last; "it said" an agency)
                    or (trailing := TRAILING_CONTINUATION.search(text, start, end)) and (
                        not trailing.group("person") or last.speaker or _named_person(last)
                    )
                    or SAME_WORK.search(text, start, end)
                    or last_paragraph == block.paragraph and block.kind == "prose" and (
                        _RESTATES.match(text, start, end) or _parts_listed(text, in_sentence, last_measures)
                        or _PRONOUN_COUNTED.search(text, start, end)
                        or _shares_of_previous(text, start, end, in_sentence)
                    )
                ):
                    attrs = [dataclasses.replace(last, how="continued", date=_own_date(text, start, end, dates) or last.date)]
                    if in_sentence and (same := next((n for n in reversed(previous_numbers) if n.text == in_sentence[0].text
                                                      and n.start in result), None)):
                        # "Of the 2.35 million people in need, ...": the figure restated keeps its own citation
                        attrs = [dataclasses.replace(result[same.start], how="continued")]
            attrs = [_speaking_for(a, people) for a in attrs]
            if spoken := [a for a in attrs if a.speaker and a.sources and a.sources[0].text != a.speaker and a.how != "continued"]:
                last_spoken = (block.paragraph, spoken[-1])
            named.extend((src.name, src.kind) for a in attrs for src in a.sources if not src.vague)
            named_at.extend((start, name) for name, _ in named[mark:])
            attrs = [self._remembered_date(a, dated, block.paragraph, text, (start, end)) for a in attrs]
            if len(attrs) > 1:
                attrs = _dated_alike(attrs)
            for a in attrs:
                if a.date is not None:
                    for source in a.sources:
                        dated[(block.paragraph, source.name)] = dated[(_LATEST, source.name)] = a.date
                        dated.setdefault(source.name, {})[a.date.iso] = a.date
            sentence_countries = None
            markers = [(m.start(), _marker_number(m)) for m in _ENDNOTE_MARK.finditer(text, start, end)] if endnotes else []
            for i, number in enumerate(in_sentence):
                following = in_sentence[i + 1].start if i + 1 < len(in_sentence) else None
                if block.kind == "table" and len(attrs) > 1:
                    figures = [n.start for n in in_sentence if n.end <= attrs[0].start]
                    chosen = _for_column(
                        attrs, column_of(block_index, number.start) if column_of else "",
                        figures.index(number.start) if number.start in figures else -1, len(figures),
                    )
                else:
                    chosen = pick_attribution(number.start, attrs, following, text)
                if markers:
                    chosen = _with_endnote(chosen, number.start, markers, endnotes)
                elif chosen is None and block.kind == "table" and (
                    line := _table_title_line(text, block.start, title_lines)
                ) is not None:
                    if line not in title_credits:
                        title_credits[line] = _title_note(text, line, endnotes) if endnotes else None
                        if title_credits[line] is None and (cue := _TITLE_SOURCE.search(text, *line)):
                            # a source sentence in the title: "Table 2. ... Source: Plant Survey (2024)."
                            title_credits[line] = self._note(text, cue.start(), line[1], sources, dates, acronyms, publisher)
                    chosen = title_credits[line]
                if chosen is not None:
                    result[number.start] = chosen
                    if any(starts_with_body(s.name) and not body_base(s.name) for s in chosen.sources):
                        if sentence_countries is None:
                            sentence_countries = _countries_named(text, start, end) or _last_country(
                                text, block.start, start
                            ) or heading_country(text, blocks, block_index) or _currency_country(in_sentence) or (
                                doc_country if doc_country is not None else (doc_country := _document_country(doc_places(doc), numbers.items, text))
                            )
                        countries[number.start] = sentence_countries
            if block.kind == "prose" and text[start:end].rstrip().endswith(":"):
                lead_in = attrs[-1] if attrs else last if last_paragraph == block.paragraph else None
            if in_sentence and block.kind == "prose":
                previous_numbers = in_sentence
            if not attrs and markers and block.kind == "prose" and in_sentence and in_sentence[-1].start in result and not (
                _COMPARED_IN.search(text, in_sentence[0].end, markers[-1][0])
            ):
                # "Completions fell 11% to 164,000 in 2024.[4]": the sentence its endnote cites opens
                # what the next may continue (not a comparison with the cited figure: "ahead of the
                # EUR 1.76 consensus published on 9 February 2026 [3]")
                attrs = [result[in_sentence[-1].start]]
            if block.kind == "prose":
                opens = _quote_opens(text, start, end)
                if opens is True and attrs and quoted is None and (body := attrs[-1].sources) and not body[0].vague and (
                    body[0].kind is not None or looks_like_body(body[0].name)
                    or attrs[-1].speaker and attrs[-1].speaker not in body[0].text  # (a person who speaks for a body)
                    or _OFFICE.match(body[0].name)  # ("Minister for Roads", an office)
                ):
                    quoted = (block.paragraph, attrs[-1])  # (a body's speaker; a person alone may be the publisher's)
                elif opens is False or quoted is not None and quoted[0] != block.paragraph:
                    quoted = None
            if carried := [a for a in attrs if a.how != "figure"]:  # (a body's rate credits its figure only)
                last = carried[-1]
                last_paragraph = block.paragraph
                last_sentence = (start, end)
                last_measures = {n.currency or n.unit for n in in_sentence if n.start in result and (n.currency or n.unit)}
                uncredited_since = 0
            elif in_sentence and block.kind == "prose":
                uncredited_since += 1
        for note_index, note in forward:
            for index in _covered_below(note_index, blocks):
                for number in numbers_by_block.get(index, []):
                    result.setdefault(number.start, note)
        if turns := speaker_turns(text):
            self._credit_speakers(turns, text, numbers, sources, acronyms, result)
        self._credit_quotes(result, blocks, text, numbers, dates, acronyms)
        self._credit_headed_paragraphs(result, blocks, text, numbers, sources, dates, acronyms)
        self._credit_source_rows(doc, result, blocks, text, numbers, sources, dates, acronyms)
        _fill_between(result, doc._.ca_sentences, numbers, text, countries)
        if story_company is not None:
            _credit_results_subject(result, story_company, text, doc._.ca_sentences, blocks, numbers)
        if products := doc._.ca_products:
            result = _owners_of_products(result, products)
        qualified = _qualify_bodies(_full_names(result, named, named_at, text), countries)
        if any(_BARE_TREASURY.fullmatch(s.text.strip()) for a in qualified.values() for s in a.sources):
            if doc_country is None:
                doc_country = _document_country(doc_places(doc), numbers.items, text)
            us_context = any(p.name == "United States" and not _CURRENCY_NAME_AFTER.match(text, p.end) for p in doc_places(doc)) or not any(
                n.currency not in (None, "USD") for n in numbers.items
            )  # (names the United States, not as "US dollar", or counts money in dollars only)
            qualified = self._national_treasury(qualified, doc_country, us_context)
        if not (starts := part_starts(text)):
            return _without_publisher(qualified, publisher)
        # (a document that carries a response after a rule line: each part has its own publisher,
        # named in its own opening lines, or none known)
        out: dict[int, Attribution] = {}
        for start, stop, names in zip([0, *starts], [*starts, len(text) + 1],
                                      [publisher, *(publisher_names(text[s:]) for s in starts)]):
            out.update(_without_publisher({at: a for at, a in qualified.items() if start <= at < stop}, names))
        return out

    def _national_treasury(self, result: dict[int, Attribution], doc_country: frozenset[str], us_context: bool) -> dict[int, Attribution]:
        """"The Treasury" written bare, in a document about one country other than the United States,
        is that country's ("Treasury (United Kingdom)" is HM Treasury); in a document that neither
        names the United States nor counts money in dollars only, a treasury the text does not
        place. Otherwise the registry's U.S. Treasury, as before."""
        if len(doc_country) == 1 and "United States" not in doc_country:
            (country,) = doc_country
            entry = self.registry.resolve(f"Treasury ({country})")
            name, kind = (entry.name, entry.kind) if entry is not None else (f"Treasury ({country})", None)
        elif not doc_country and not us_context:
            name, kind = "Treasury", None
        else:
            return result

        default = self.registry.resolve("Treasury")  # (what the bare word resolves to: the U.S. Treasury)

        def national(source: SourceRef) -> SourceRef:
            if default is None or source.name != default.name or not _BARE_TREASURY.fullmatch(source.text.strip()):
                return source  # ("Kenya's National Treasury", named before: that one)
            return dataclasses.replace(source, name=name, kind=kind)

        return {at: dataclasses.replace(a, sources=tuple(national(s) for s in a.sources)) for at, a in result.items()}

    @staticmethod
    def _remembered_date(attribution: Attribution, dated: dict, paragraph: int, text: str, sentence) -> Attribution:
        """"In May 2025, EIA published an assessment. ... EIA estimated that ...": a source named
        again in the same paragraph keeps the date it was given there. Anywhere later, "the EDB
        report" points back to the one dated EDB report cited so far, and "In the same statement,
        Kasi said" to the source's last dated work."""
        if attribution.date is not None or len(attribution.sources) != 1 or attribution.how == "actor":
            return attribution  # (a body doing something publishes nothing: "The Alliance is seeking US$9 billion")
        name = attribution.sources[0].name
        date = dated.get((paragraph, name))
        if date is None and SAME_WORK.search(text, *sentence):
            date = dated.get((_LATEST, name))
        if date is None and " " not in name:
            # "Farrow said" after "the company [Farrow Metals] said in its report published on 24 July"
            date = next((d for k, d in dated.items() if type(k) is tuple and k[0] == paragraph
                         and k[1].startswith(name + " ")), None)
        definite = _DEFINITE_WORK.search(text, max(0, attribution.start - 12), attribution.end + 40)
        if date is None and definite and definite.start() <= attribution.start:
            earlier = dated.get(name, {})
            # one work, however precisely dated ("EDB, 2025" and "a February 2025 EDB report")
            longest = max(earlier, key=len, default=None)
            if longest and all(longest.startswith(iso) for iso in earlier):
                date = earlier[longest]
        return dataclasses.replace(attribution, date=date) if date is not None else attribution

    def _quote_speaker(self, text, start, limit, sources, dates, acronyms) -> list[Attribution]:
        """Who speaks a quote that ends after ``start`` in the same paragraph: the attribution
        right after its closing mark ('...," Jane Doe, coordinator at UNHCR, said on 9 April.')."""
        close = _CLOSING_QUOTE.search(text, start, min(limit, start + QUOTE_REACH))
        if close is None:
            return []
        stop = _SENTENCE_STOP.search(text, close.end(), limit)
        tail_end = stop.end() if stop else limit
        tail = SentenceInput(close.start(), tail_end, sources.within(close.start(), tail_end), dates.within(close.start(), tail_end))
        if _SPEAKER_AFTER_QUOTE.match(text, close.end(), tail_end) is None:
            return []
        said = self._resolved(text, attributions_in_sentence(text, tail), acronyms)
        return [dataclasses.replace(a, start=start, end=start, how="continued") for a in said[:1]]

    def _resolved(self, text, found: list[Attribution], acronyms) -> list[Attribution]:
        """A sentence's attributions with their sources resolved and only point dates kept (an
        acronym the text defines for a lower-case term, "full-time-equivalent (FTE)", credits no one)."""
        return [
            dataclasses.replace(
                a,
                sources=tuple(_ministry_of_minister(text, _of_unknown_state(text, self.resolve(s, acronyms))) for s in a.sources),
                date=a.date if a.date is not None and _point_date(a.date) else None,
            )
            for a in found
            if not all(_is_term(s, acronyms) for s in a.sources)
        ]

    def _row(self, text, start, end, sources, dates, acronyms) -> list[Attribution]:
        span = row_source_span(text, start, end)
        if span is None:
            # "1,500 soldiers Ukrainian sources, May 2025": a vague source cell.
            vague = [s for s in sources.within(start, end) if s.vague and end - s.end <= 30]
            if not vague:
                return self._label_citation(text, start, end, sources, dates, acronyms)
            row_dates = [d for d in dates.within(vague[-1].end, end) if _point_date(d)]
            return [Attribution(vague[-1].start, end, (vague[-1],), row_dates[-1] if row_dates else None, "table")]
        s, e, _ = span
        if _AUTHORS_OWN.match(text, s, e):
            return []  # "Authors' calculation, August 2025": the document's own figure
        cell_end = start + len(text[start:end].rstrip().rstrip("|").rstrip())  # (the row's last cell ends it)
        if (year := _CITED_YEAR_END.search(text, s, e)) is not None and year.start() > s:
            e = year.start()  # "| DISR (2025) |": an author-year citation; the year dates it, it names no one
        if ";" in text[s:e]:
            # "INEI (2024); BCRP forecast, Jun 2025": one source for some columns, one for others
            # (attribute() picks by the column's year, or by place); each part is read as a cell of its own
            parts = []
            for piece in _CELL_PART.finditer(text, s, cell_end):
                parts.extend(self._row_part(text, piece.start(), piece.end(), sources, dates, acronyms))
            if len(parts) > 1:
                return parts
        refs = sources.within(s, e)
        if not refs:
            written = text[s:e]
            parts = _join_body_names([p.strip() for p in written.replace(" + ", ", ").split(",") if p.strip()])
            refs = []
            cursor = s
            for part in parts:
                offset = text.find(part, cursor, e)
                refs.append(self.resolve(SourceRef(offset, offset + len(part), part, part), acronyms))
                cursor = offset + len(part)
        if all(_is_term(r, acronyms) for r in refs):
            return []  # "Mean use   139.5 l/p/d", after "litres per person per day (l/p/d)": a unit, no source
        row_dates = [d for d in dates.within(s, end) if d.start >= refs[0].start and _point_date(d)]
        date = row_dates[-1] if row_dates else None
        if date is None and all(r.kind is None for r in refs) and "|" not in text[start:end] and not all(
            r.text.strip() in acronyms for r in refs
        ) and not _under_source_header(text, start, s):
            # Capitalised words ending an undelimited row ("8 00 N, 66 00 W", "... Guayana") are a
            # source cell only when dated ("KCNA, June 2025"), naming a known source or one the
            # document defines ("OER", after "the Orland Energy Regulator (OER)"), or standing
            # under a "Source" column's header.
            return []
        if date is None and all(r.kind is None for r in refs) and "|" in text[start:end] and not any(
            looks_like_body(r.name) or r.text.strip() in acronyms or _ACRONYM_WORD.search(r.text) for r in refs
        ) and not _DELIMITED_SOURCE_HEADER.search(text, max(0, start - 3000), start):
            # "| Floor | 21,700 t | Lowest observed biomass |": a column of notes, no source, in a table
            # with no "Source" column
            return []
        if date is None and all(_is_place_word(r.text.strip()) for r in refs) and not _DELIMITED_SOURCE_HEADER.search(
            text, max(0, start - 3000), start
        ) and not _under_source_header(text, start, s):
            return []  # "| Cyclone Amara | US |": a column of countries, where it struck, credits no one
        return [Attribution(s, end, tuple(refs), date, "table")]

    def _label_citation(self, text, start, end, sources, dates, acronyms) -> list[Attribution]:
        """"| Adeyemi and Lindqvist (2023) | Sectoral model | ... | 140-300 |", "| UNEP (2023) | ...":
        a table of studies, each row's label citing the study its figures come from."""
        cell = _FIRST_CELL.match(text, start, end)
        if cell is None or (cite := _AUTHOR_YEAR.fullmatch(cell.group(1).strip())) is None:
            return []
        at = cell.start(1) + cell.group(1).index(cite.group())
        name_end = at + len(cite.group("name"))
        refs = [r for r in sources.within(at, name_end) if not r.vague][:1] or [
            self.resolve(SourceRef(at, name_end, cite.group("name"), cite.group("name")), acronyms)
        ]
        year = [d for d in dates.within(name_end, at + len(cite.group())) if d.granularity == "year"]
        return [Attribution(at, at + len(cite.group()), tuple(refs), year[0] if year else None, "table")]

    def _row_part(self, text, start, end, sources, dates, acronyms) -> list[Attribution]:
        """One source of a cell that names several: "INEI (2024)", "BCRP forecast, Jun 2025"."""
        name = cell_source_name(text[start:end])
        if not name or re.search(r"\d", name) or _AUTHORS_OWN.match(name):
            return []
        refs = [r for r in sources.within(start, end) if not r.vague]
        if not refs:
            refs = [self.resolve(SourceRef(start, start + len(name), name, clean_source_name(name) or name), acronyms)]
        part_dates = [d for d in dates.within(start, end) if _point_date(d) or d.granularity == "year"]
        return [Attribution(start, end, tuple(refs[:1]), part_dates[-1] if part_dates else None, "table")]

    def _credit_speakers(self, turns, text, numbers, sources, acronyms, result) -> None:
        """A transcript: the figures a speaker gives in their turn and credits to no one are the
        body's they speak for, as the speakers' list names them ("- Dr Jan Obi, Director, National
        Data Unit (NDU)" for "DR OBI: ..."), dated to the day of the document."""
        bodies: dict[str, SourceRef | None] = {}
        day = document_date(text)  # (read once per text: cached)
        for start, end, label in turns:
            key = label.group("label")
            if key not in bodies:
                bodies[key] = self._speaker_of(label, text, sources, acronyms)
            if (body := bodies[key]) is None:
                continue
            for number in numbers.within(label.end(), end):
                if number.start not in result:
                    result[number.start] = Attribution(start, label.end(), (body,), day, "speaker")

    def _speaker_of(self, label, text, sources, acronyms) -> SourceRef | None:
        """The body the person of a turn's label speaks for: their surname (the label's last word,
        or the word in its brackets: "MODERATOR (PRICE)") named in full with a role on a line."""
        words = [label.group("label").split()[-1]]
        if (aside := label.group("aside")) and re.fullmatch(r"[A-Z][A-Z'’-]+", aside):
            words.insert(0, aside)
        for word in words:
            if len(word) < 3 or not word.isalpha():
                continue
            named = re.search(rf"\b[A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+{word.title()}\b(?:[ \t]+[A-Z]{{2,3}})?,[ \t]", text)
            if named is None:
                continue
            line_end = text.find("\n", named.end())
            line_end = len(text) if line_end < 0 else line_end
            at = named.end()
            for part in re.finditer(r"[^,]+", text[at:line_end]):
                written = re.sub(r"\s*\([^()]*\)\s*$", "", part.group()).strip()
                if " " in written and looks_like_body(written):
                    # "Director, Centre for Epidemic Studies, University of Lorn": the centre, of its university
                    following = text[at + part.end() : line_end]
                    if (university := re.match(r",\s*(University\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$", following)):
                        written = f"{written}, {university.group(1)}"
                    first = at + part.start() + part.group().index(written[:8])
                    return self.resolve(SourceRef(first, first + len(written), written, written), acronyms)
            body = speaker_body(text, named.end(), line_end, [])
            if body is not None and body.kind == "ministry":
                return self.resolve(body, acronyms)  # "Hon. Ann Reyes MP, Minister of Health": the ministry
        return None

    def _credit_source_rows(self, doc, result, blocks, text, numbers, sources, dates, acronyms) -> None:
        """A table whose first column is headed by who made its figures ("Pollster", "Forecaster",
        "Agency"): each row's label names its source ("Outturn (HFA)": the acronym in brackets), and
        the row's first full date dates it. It wins over a source note's general credit."""
        delimited, aligned = doc_tables(doc)
        if not aligned and not delimited:
            return
        for index, block in enumerate(blocks):
            if block.kind != "table":
                continue
            header = blocks[delimited[index]] if index in delimited else aligned.get(index)
            if header is None or not _SOURCE_COLUMN_HEAD.match(text, header.start, header.end):
                continue
            label = _ROW_LABEL_CELL.match(text, block.start, block.end)
            if label is None:
                continue
            l_start, l_end = label.span(1)
            bracketed = re.search(r"\(((?=[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z])[A-Z][A-Za-z&]{1,9})\)", text[l_start:l_end])  # ("(HFA)", not "(Ministry)")
            if bracketed is not None:
                l_start, l_end = l_start + bracketed.start(1), l_start + bracketed.end(1)
            ref = next((r for r in sources.within(l_start, l_end) if not r.vague), None)
            written = text[l_start:l_end].strip()
            if ref is None:
                if not written[:1].isupper() or is_vague_source(written) or bracketed is None and _ordinary_words(text, written):
                    continue  # ("Source | 2024" over "Berthing | 5.3": where money came from, no body)
                ref = SourceRef(l_start, l_end, written, written)
            point = [d for d in dates.within(l_end, block.end) if _point_date(d)]
            credit = Attribution(l_start, l_end, (self.resolve(ref, acronyms),), point[0] if point else None, "table")
            for number in numbers.within(l_end, block.end):
                if number.start not in result or result[number.start].how == "note":
                    result[number.start] = credit

    def _credit_quotes(self, result, blocks, text, numbers, dates, acronyms) -> None:
        """The uncredited figures of a quotation whose next line says who said it (``_quote_credit``)."""
        for i in range(1, len(blocks)):
            if (credit := self._quote_credit(text, blocks[i], blocks[i - 1], dates, acronyms)) is not None:
                for number in numbers.within(blocks[i - 1].start, blocks[i - 1].end):
                    result.setdefault(number.start, credit)

    def _quote_credit(self, text, line, quote, dates, acronyms) -> Attribution | None:
        """'"We built 41,000 homes last year."' over "- Ana Brook, budget speech, 4 March 2025":
        the line under a quotation credits it to the person it names (the
        ministry of one named as its minister), dated as that line dates it."""
        credit = _QUOTE_CREDIT_LINE.fullmatch(text, line.start, line.end)
        if credit is None or quote.paragraph != line.paragraph or text[quote.start : quote.start + 1] not in _OPENING_QUOTES:
            return None
        body = speaker_body(text, credit.end("name"), line.end, [])
        if body is not None and body.kind == "ministry":
            who = self.resolve(body, acronyms)
        else:
            name = credit.group("name")
            who = SourceRef(credit.start("name"), credit.end("name"), name, name, "person")
        point = [d for d in dates.within(credit.end("name"), line.end) if _point_date(d)]
        return Attribution(line.start, line.end, (who,), point[-1] if point else None, "speaker")

    def _credit_headed_paragraphs(self, result, blocks, text, numbers, sources, dates, acronyms) -> None:
        """"SEA STATE (Coastal Forecast Office, forecast issued 06:00, 3 May)" over its lines,
        "BRIDGE TOLLS (Port Authority)": a heading in capitals that names its source in brackets
        credits the figures of its paragraph that no one else is credited with."""
        if "(" not in text:
            return
        for block in blocks:
            heading = _HEADING_SOURCE.fullmatch(text, block.start, block.end)
            if heading is None:
                continue
            inner_start, inner_end = heading.span("inner")
            first = _first_named(text, inner_start, inner_end, sources)
            if first is None or first.start - inner_start > 4 or not (first.kind is not None or looks_like_body(first.text)):
                continue
            point = [d for d in dates.within(inner_start, inner_end) if _point_date(d)]
            credit = Attribution(inner_start, inner_end, (self.resolve(first, acronyms),), point[-1] if point else None, "note")
            section = [b for b in blocks if b.paragraph == block.paragraph and b.start >= block.end]
            for b in section:
                for number in numbers.within(b.start, b.end):
                    result.setdefault(number.start, credit)

    def _endnotes(self, text, sources, dates, acronyms) -> dict[int, Attribution]:
        """"[3] Asian Development Bank, Asian Development Outlook, April 2025.": numbered notes,
        each credited to the body it names first, dated by its last part that holds a date."""
        out: dict[int, Attribution] = {}
        lines = list(_ENDNOTE_LINE.finditer(text)) if "[" in text else []  # (no note line without "[": no scan)
        # under the last notes heading ("Endnotes" also closes a contents list at the top, whose
        # "1. Summary" is a section): numbered lines that no bracketed note of its number precedes
        headings = list(_NOTES_HEADING.finditer(text))
        if headings:
            bracketed = {int(line.group("n")) for line in lines}
            lines += (line for line in _NUMBERED_NOTE_LINE.finditer(text, headings[-1].end())
                      if int(line.group("n")) not in bracketed)
        if under_rule := footnote_lines(text):
            # "__________" over "22 MarineTrack Analytics, ..., 6 January 2025.": a page's footnotes
            numbered = {int(line.group("n")) for line in lines}
            lines += (line for line in under_rule if int(line.group("n")) not in numbered)
        for line in lines:
            s, e = line.start("body"), line.end("body")
            if (author := _INVERTED_AUTHOR.match(text, s, e)) is not None:
                # "Lindgren, Maja (2018). Harbours and Trade ...": a book's author, named in full
                name = f"{author.group('given')} {author.group('family')}"
                refs = [SourceRef(s, author.end("given"), author.group(0), name, "person")]
            else:
                # ("[2] RPU is revenue divided by the number of users": a term's acronym defines, credits no one)
                refs = [r for r in sources.within(s, e) if not r.vague and not _is_term(r, acronyms)][:1]
            # (the body may open the note or a later sentence of it: "[3] Mean yield on 20-year
            # bonds in the year to March. Norland Debt Office (NDO), Annual Review, May 2025.")
            for opening in ([s] + [m.end() for m in _NOTE_SENTENCE_OPENING.finditer(text, s, e)]) if not refs else ():
                if (ref := self._note_body(text, opening, e, acronyms)) is not None and not _is_term(ref, acronyms):
                    refs = [ref]
                    break
            if not refs:
                continue
            out[int(line.group("n"))] = Attribution(s, e, tuple(refs), _last_part_date(text, refs[0].end, e), "note")
        return out

    def _note_body(self, text, start, end, acronyms) -> SourceRef | None:
        """The body a note names right at ``start``, if what is written there reads as one."""
        span = name_after(text, start, end)
        if span is None or span[0] - start > 4:
            return None
        end_at = span[1]
        if (country := re.match(r"\s*\(([A-Z][^()]{1,40})\)", text[end_at:end])) and any(
            p.kind == "country" for p in find_places(country.group(1))
        ):
            end_at += country.end()  # "Ministry of Trade (Fiji), trade note, ..."
        written = text[span[0] : end_at]
        if looks_like_body(written) or written.isupper() or re.match(r"\s*(?:[,.;:(]|from\s|by\s)", text[end_at:end]):
            # (a note that cites names its body or work and goes on after punctuation or
            # "from": "Gassco, half-year statement", "Communication from a Member State";
            # "[3] Fiscal data cover ..." describes the data)
            return self.resolve(SourceRef(span[0], end_at, written, written), acronyms)
        return None

    def _note(self, text, start, end, sources, dates, acronyms, publisher) -> Attribution | None:
        if not _SOURCES_LABEL.match(text, start, end):
            return None  # "note: data cover ... the debt of PDVSA" describes, it does not cite
        colon = text.find(":", start, end)
        # the cited sources end with the note's first sentence: "Source: Kpler, data extracted 4 July
        # 2025.[2] EU-27 only, excluding the United Kingdom." (what follows describes the data)
        stop = _NOTE_SENTENCE_END.search(text, colon + 1, end)
        end = stop.start() + 1 if stop else end
        # ("a market database, accessed by the authors on 2 May 2026": who read the work cites nothing)
        refs = [r for r in sources.within(colon + 1, end) if not _ACCESSED_BY_BEFORE.search(text, max(colon, r.start - 20), r.start)]
        # "Source: CRS calculations based on data from the IRS": the data's owner is the source.
        cue = _NOTE_DATA_CUE.search(text, colon + 1, end)
        if cue and _compiled_by_publisher(text, colon + 1, cue, end, publisher):
            return None  # "Source: FWTW database compiled from UNODC World WISE, national customs
            # releases and court records": the publisher's own compilation of several sources
        if cue and any(r.start >= cue.end() for r in refs):
            refs = [r for r in refs if r.start >= cue.end()]
        elif _AUTHORS_OWN.match(text, colon + 1, end):
            return None  # "Source: Authors' compilation from the studies listed": the document's own
        if not refs and (national := _NATIONAL_BODIES.search(text, colon + 1, end)) and not re.search(
            r"[A-Z]", text[national.start() : national.end()]
        ):
            # "Source: national statistics offices.": each row's country's office (see _national)
            written = national.group().strip()
            refs = [SourceRef(national.start(), national.start() + len(written), written, written, "vague", True)]
        if not refs and (span := name_after(text, colon + 1, end)) is not None:
            # "Source: Caribbean Energy Agency (CEA), Energy Outlook, May 2025": a body the
            # registry does not know, named first
            written = text[span[0] : span[1]]
            if written in acronyms and not looks_like_body(acronyms[written]) and (
                (by := _FROM_SOURCE.search(text, span[1], end)) is not None
                and (owner := name_after(text, by.end(), end)) is not None
            ):  # "Source: SSB, F and reference points from HMI assessments": what is given, then whose
                span, written = owner, text[owner[0] : owner[1]]
            if _WORK_END.search(written) and (after := _COMMA_BODY_AFTER.match(text, span[1], end)) and (
                (body := name_after(text, after.end(), end)) is not None and looks_like_body(text[body[0] : body[1]])
            ):
                # "Source: Orchard Yield Survey, Fruit Research Unit, Marra College": the work, then the body that runs it
                span, written = body, text[body[0] : body[1]]
            refs = [self.resolve(SourceRef(span[0], span[1], written, written), acronyms)]
        elif refs and not cue and ";" in text[colon + 1 : end]:
            # "Source: Ulandi Ministry of Health; World Health Organization.": a body the registry
            # does not know, named on its own in a part of the list, is a source too
            for p_start, p_end in _note_part_bounds(text, colon + 1, end):
                if any(p_start <= r.start < p_end for r in refs):
                    continue
                if (span := name_after(text, p_start, p_end)) is not None and not text[span[1] : p_end].strip(" .") and (
                    looks_like_body(written := text[span[0] : span[1]])
                ):
                    refs.append(self.resolve(SourceRef(span[0], span[1], written, written), acronyms))
            refs.sort(key=lambda r: r.start)
        if not refs:
            return None
        # A note's date is the source's only when it follows a source name ("EIA, 2024"), or the
        # title of its work ("OLADE, Energy Outlook 2025, May 2025"), not a period it describes
        # ("for Fiscal Year 2027", "1964-1998", "NSO (NSO) for 2024").
        note_dates = [
            d for d in dates.within(colon + 1, end)
            if _point_date(d) and any(
                0 <= d.start - r.end <= 12 and not _PERIOD_GAP.search(text, r.end, d.start)
                or _WORK_TITLE_GAP.fullmatch(text, r.end, d.start)
                or _PROVIDED_ON.fullmatch(text, r.end, d.start)
                or d.granularity == "day" and _WORK_OF_DAY_GAP.fullmatch(text, r.end, d.start) for r in refs
            )
        ]
        if len(note_dates) > 1:
            # "Harbour Research Group, Autumn 2024 Passenger Survey (November 2024)": a date inside the
            # work's title is not the work's date
            note_dates = [d for d in note_dates if not _TITLE_GOES_ON.match(text, d.end)]
        return Attribution(start, end, tuple(refs), note_dates[0] if len(note_dates) == 1 else None, "note")

    def _note_parts(self, text, start, end, sources, dates, acronyms, publisher=frozenset()) -> list[tuple[frozenset, Attribution | None]]:
        """"Sources: Rosatom (January 2025) for NSR cargo; CHNL (February 2025) for transits": each
        part credits the rows its label words name. A part that names no rows ("Source: Budget
        Office; revenue estimates by the Joint Committee") credits the rows no other part names; its
        label is empty."""
        colon = text.find(":", start, end)
        parts = []
        for p_start, p_end in _note_part_bounds(text, colon + 1, end):
            piece = text[p_start:p_end]
            if closing := _NOTE_SENTENCE_END.search(piece):
                p_end = p_start + closing.start() + 1  # "... (last column). The KDHS figures cover ...": a comment after it
            place = _column_place(paren.group(1)) if (paren := _LABEL_PAREN.search(text, p_start, p_end)) else None
            by_place = place is not None  # (then the _LABEL_PAREN branch below reads the part)
            cue = None if by_place else _FOR_ROWS.search(text, p_start, p_end)
            if cue and _FROM_SOURCE.search(text, p_start, cue.start()):
                cue = None  # "revenue estimates by the Joint Committee on Taxation": the source's own "on"
            if cue:  # "Rosatom (January 2025) for NSR cargo"
                named_in, label_text = (p_start, cue.start()), text[cue.end() : p_end]
            elif not by_place and (cue := _LABEL_COMMA.match(text, p_start, p_end)):
                # "baseline rows, Ministry of Finance, Budget Outlook (October 2024); all other rows,
                # Office calculations": the rows a part credits, then its source ("all other rows":
                # the rows no other part names)
                named_in, label_text = (cue.end(), p_end), "" if cue.group("rest") else cue.group("label")
                cue = None if cue.group("rest") else cue
            elif not by_place and (cue := _FROM_SOURCE.search(text, p_start, p_end)):  # "ATP plant counts from SEMI (March 2025)"
                named_in, label_text = (cue.end(), p_end), text[p_start : cue.start()]
            elif (cue := _LABEL_PAREN.search(text, p_start, p_end)) and cue.group(1).lower() not in publisher:
                # "NATO, 17 June 2025 (% of GDP)" (but "... Survey (HSO)" names the publisher's works)
                named_in, label_text = (p_start, cue.start()), cue.group(1)
                if by_place:
                    # "LBCHNS 2025, this report (first five data columns); KNBS and ICF (2023) (last column)"
                    written = text[p_start : cue.start()]
                    if _THIS_DOCUMENT.search(written) or _AUTHORS_OWN.match(written):
                        parts.append((place, None))
                        continue
            elif cue := _LABEL_COLON.match(text, p_start, p_end):  # "consensus: LSEG"
                named_in, label_text = (cue.end(), p_end), cue.group(1)
            elif parts and (bare := _BARE_ACRONYM.fullmatch(text, p_start, p_end)) is not None:
                # "...; KPX; ZQA": an acronym alone names its source and the rows that carry it
                # ("Berth occupancy (KPX)")
                ref = next((r for r in sources.within(*bare.span(1)) if not r.vague), None) or SourceRef(
                    bare.start(1), bare.end(1), bare.group(1), bare.group(1))
                parts.append((_label_words(bare.group(1)), Attribution(p_start, p_end, (self.resolve(ref, acronyms),), None, "note")))
                continue
            elif not parts:  # "Source: Budget Office; ...": the note's first source, for the other rows
                named_in, label_text = (p_start, p_end), ""
            else:
                continue
            refs = [r for r in sources.within(*named_in) if not r.vague]
            if (owned := _WORK_OF_BODY_PART.fullmatch(text, *named_in)) is not None and looks_like_body(owned.group("body")) and not (
                looks_like_body(owned.group("work"))
            ):  # "PRS returns (Harbour Revenue Service)": a work or system, and the body whose it is
                refs = [self.resolve(SourceRef(owned.start("body"), owned.end("body"), owned.group("body"), owned.group("body")), acronyms)]
            if not refs:
                span = name_after(text, *named_in)
                written = " ".join(text[named_in[0] : named_in[1]].split()).strip(" ,.")
                if span is not None and (cue or not _AUTHORS_OWN.match(text, p_start, p_end)):
                    refs = [self.resolve(SourceRef(span[0], span[1], text[span[0] : span[1]], text[span[0] : span[1]]), acronyms)]
                elif cue and cue.re is _LABEL_COLON and _AUTHORS_OWN.match(written) and (label := _label_words(label_text)):
                    parts.append((label, None))  # "gap - own calculation": the document's own column
                    continue
                elif cue and cue.re is _FROM_SOURCE and (label := _label_words(label_text)) and (
                    is_vague_source(written) or written[:1].islower() and not re.search(r"\b[A-Z]", written)
                ):
                    # "people reached, as reported by cluster partners; funding from FTS": the
                    # columns it names are credited to no one named (and so to no other part)
                    parts.append((label, None))
                    continue
                elif cue and cue.re in (_LABEL_PAREN, _LABEL_COLON) and _OWN_RECORDS.fullmatch(written) and (
                    label := _label_words(label_text)
                ):
                    parts.append((label, None))  # "fleet maintenance system (MKBF)": the publisher's own records
                    continue
                elif cue and cue.re in (_LABEL_PAREN, _LABEL_COLON) and (is_vague_source(written) or written[:1].islower() and not re.search(r"\b[A-Z]", written)):
                    # "national defence ministries (budgets)": the column is credited to no one named
                    refs = [SourceRef(named_in[0], named_in[1], written, written, "vague", True)]
                else:
                    continue
            refs = refs[-1:] if cue and cue.re is _FROM_SOURCE else refs  # "from national offices as compiled by the World Bank"
            part_dates = [d for d in dates.within(*named_in) if _point_date(d)]
            # "KNBS and ICF (2023), Kenya Demographic and Health Survey 2022": the year in parentheses
            # after the authors is the work's; the title's year is what it covers
            part_dates = [d for d in part_dates if text[d.start - 1 : d.start] == "(" and text[d.end : d.end + 1] == ")"][:1] or part_dates
            label = place if by_place else _label_words(label_text)
            if label or not cue:
                parts.append((label, Attribution(p_start, p_end, tuple(refs), part_dates[-1] if part_dates else None, "note")))
        labelled = sum(1 for label, _ in parts if label)
        return parts if len(parts) >= 2 and labelled else []

    def _row_named_parts(self, text, start, end, sources, dates, acronyms, note_index, blocks, numbers_by_block):
        """"Sources: Bank staff; OECD, Economic Outlook, June 2025; Focus Economics panel, 12 May 2025"
        under rows labelled "OECD, Economic Outlook" and "Focus Economics panel": each part
        credits the row that names its source. [] unless two or more rows each name a different part."""
        colon = text.find(":", start, end)
        parts = []
        for p_start, p_end in _note_part_bounds(text, colon + 1, end):
            ref = _first_named(text, p_start, p_end, sources)
            part_dates = [d for d in dates.within(p_start, p_end) if _point_date(d)]
            undated = text[p_start:p_end]
            for d in reversed(dates.within(p_start, p_end)):
                undated = undated[: d.start - p_start] + undated[d.end - p_start :]
            if ref is not None and (label := _label_words(undated)):
                attribution = Attribution(p_start, p_end, (self.resolve(ref, acronyms),), part_dates[-1] if part_dates else None, "note")
                parts.append((label, attribution))
        if len(parts) < 2:
            return []
        named = set()
        for index in _covered_by_note(note_index, blocks, text):
            if blocks[index].kind != "table" or not numbers_by_block.get(index):
                continue
            words = self._row_label_words(text, blocks[index])
            scored = sorted(((_part_score(label, words), i) for i, (label, _) in enumerate(parts)), reverse=True)
            if scored[0][0] >= 0.5 and (len(scored) < 2 or scored[1][0] < scored[0][0]):
                named.add(scored[0][1])
        return parts if len(named) >= 2 else []

    def _title_parts(self, text, start, end, sources, dates, acronyms, note_index, blocks, numbers_by_block, column_of):
        """"Source: WGC Application (3 March 2025); OFR Draft Decision (9 July 2025); OFR analysis"
        under columns headed "Application (WGC)", "Draft Decision", "Final Decision": each part
        credits the column its work's title names in full; the one part that names no column
        credits the rest. [] unless at least one part names a column."""
        headers = {
            column_of(i, n.start) for i in _covered_by_note(note_index, blocks, text) for n in numbers_by_block.get(i, [])
        } - {""}
        colon = text.find(":", start, end)
        if not headers or colon < 0:
            return []
        header_words = [_label_words(h) for h in headers]
        parts, unmatched = [], []
        for p_start, p_end in _note_part_bounds(text, colon + 1, end):
            refs = [r for r in sources.within(p_start, p_end) if not r.vague]
            if not refs and (span := name_after(text, p_start, p_end)) is not None:
                named = text[span[0] : span[1]]
                if (first := named.split()[0]) in acronyms:
                    span = span[0], span[0] + len(first)  # "WGC Application": the body, then its work's title
                    named = first
                refs = [self.resolve(SourceRef(span[0], span[1], named, named), acronyms)]
            if not refs:
                return []
            written = re.sub(r"\([^()]*\)", " ", text[refs[-1].end : p_end])  # (the work's title, its date aside)
            title = _label_words(written)
            part_dates = [d for d in dates.within(p_start, p_end) if _point_date(d)]
            attribution = Attribution(p_start, p_end, tuple(refs[-1:]), part_dates[-1] if part_dates else None, "note")
            if title and any(title <= words for words in header_words):
                parts.append((title | {_TITLE_MARK}, attribution))
            else:
                unmatched.append(attribution)
        if not parts or len(unmatched) > 1:
            return []
        return parts + [(frozenset(), a) for a in unmatched]

    def _national(self, attribution: Attribution, text: str, row_start: int, row_end: int) -> Attribution:
        """"Source: national defence ministries", "national statistics offices": each row's
        country's own body, when the row names one country."""
        if len(attribution.sources) != 1 or not (match := _NATIONAL_BODIES.fullmatch(attribution.sources[0].text.strip(" .,;"))):
            return attribution
        first_figure = re.search(r"\d", text[row_start:row_end])
        label_end = row_start + first_figure.start() if first_figure else row_end
        countries = {p.name for p in find_places(text, row_start, label_end) if p.kind == "country"}
        if len(countries) != 1:
            return attribution
        country = countries.pop()
        body = match.group("body").lower()
        field = (match.group("field") or match.group("field2") or "").strip()
        if body.startswith("ministr"):
            if not field:
                return attribution
            name, kind = ministry_name(field.lower(), country), "ministry"
            entry = self.registry.resolve(name)
        else:
            kind = "central_bank" if "bank" in body else "statistics_office"
            entry = self.registry.national(kind, country)
            name = f"{'Central Bank' if kind == 'central_bank' else 'National Statistics Office'} ({country})"
        ref = attribution.sources[0]
        source = dataclasses.replace(ref, name=entry.name if entry else name, kind=entry.kind if entry else kind, vague=False)
        return dataclasses.replace(attribution, sources=(source,))

    def _note_source_dates(self, text, start, end, sources, dates, acronyms) -> dict[str, object]:
        """{body: date} of the parts of a "Sources:" note that each name one source and one date
        ("SIPRI Military Expenditure Database (April 2025); Northern Defence Compact (NDC), ...
        (June 2025)")."""
        colon = text.find(":", start, end)
        if colon < 0 or text.find(";", colon, end) < 0:
            return {}
        out = {}
        cursor = colon + 1
        for piece_end in [*(m.start() for m in re.finditer(";", text[colon:end])), end - colon]:
            p_start, p_end = cursor, colon + piece_end
            cursor = p_end + 1
            ref = _first_named(text, p_start, p_end, sources)
            piece_dates = [d for d in dates.within(p_start, p_end) if _point_date(d)]
            if ref is not None and len(piece_dates) == 1:
                out[self.resolve(ref, acronyms).name] = piece_dates[0]
        return out

    def _apply_note(self, note, note_index, blocks, numbers_by_block, result, parts=(), text="", column_of=None,
                    source_dates=None, dates=None) -> None:
        """A "Source:" line covers the unattributed figures of the table or box just above it (a
        note that credits sources "for" rows gives each row the part that names it)."""
        covered = _covered_by_note(note_index, blocks, text)
        row_words = {i: self._row_label_words(text, blocks[i]) for i in covered} if parts else {}
        labelled = [w for i, w in row_words.items() if w and blocks[i].kind == "table" and numbers_by_block.get(i)]
        # a word every row's label has ("Estimated Outlays", "Estimated Revenues") tells no row apart
        common = frozenset.intersection(*labelled) if len(labelled) >= 2 else frozenset()
        for index in covered:
            for number in numbers_by_block.get(index, []):
                chosen = note
                if parts:
                    # the part that names the figure's row ("for transits") or its column ("ATP plant counts")
                    words = (row_words[index] - common) | _label_words(column_of(index, number.start))
                    words |= _cell_place(text, blocks[index], number.start)
                    scored = [(_part_score(label, words), -_columns_named(label), a) for label, a in parts if label]
                    best = max(scored, key=lambda x: x[:2])
                    if best[0] and sum(1 for n, w, _ in scored if (n, w) == best[:2]) == 1:
                        chosen = best[2]  # (of two parts naming a column by place, the narrower: "(last column)")
                    elif (rest := next((part for part in parts if not part[0]), None)) is not None:
                        # the part that names no rows ("Source: Budget Office; ...", "...; all other rows, X");
                        # None when it is the publisher's own ("Sources: HSO staff projections; ...")
                        chosen = rest[1]
                if (existing := result.get(number.start)) is not None and existing.date is None and existing.how == "table":
                    # "| Arvania | 54.2 | SIPRI |" under "Sources: SIPRI Military Expenditure Database
                    # (April 2025); ...": the row's source is dated where the note cites it
                    dated = [source_dates[s.name] for s in existing.sources if source_dates and s.name in source_dates]
                    if len(existing.sources) == 1 and len(dated) == 1:
                        result[number.start] = dataclasses.replace(existing, date=dated[0])
                    continue
                if chosen is not None:
                    if blocks[index].kind == "table":
                        chosen = self._national(chosen, text, blocks[index].start, blocks[index].end)
                        if parts and chosen is not note and chosen.date is None and dates is not None and len(
                            row_dates := [d for d in dates.within(blocks[index].start, number.start)
                                          if _point_date(d) and _PUBLISHED_HEADER.search(column_of(index, d.start) or "")]
                        ) == 1:
                            # "| Chamber of Commerce panel | May 2025 | 1.7 |": the row's own body, as of the
                            # date its row gives (as a row naming its body in full is)
                            chosen = dataclasses.replace(chosen, date=row_dates[0])
                    result.setdefault(number.start, chosen)

    @staticmethod
    def _own_columns(text, start, end, note_index, blocks, numbers_by_block, result, column_of, publisher) -> None:
        """"Note: Ratios to GDP are PBO calculations", "Percentage changes are Meridian Energy
        Analytics calculations": the columns the note names are the publisher's own, whoever the
        rest of the table is credited to."""
        own = _OWN_COLUMNS.search(text, start, end)
        if own is None or column_of is None:
            return
        who = re.sub(r"^the\s+|['’]s?$", "", own.group("who").strip().lower()).strip()
        if who and who not in publisher and who not in ("our", "own", "authors", "staff", "this report"):
            return
        # "Emission factors and embodied emissions are authors' calculations": each column named;
        # "Ratios to GDP": a column in percent whose other words are named
        wanted = [(_PERCENT_WORDS.search(part) is not None, _label_words(_PERCENT_WORDS.sub("", part)))
                  for part in _LABEL_LIST.split(own.group("label")) if part.strip()]
        for index in _covered_by_note(note_index, blocks, text):
            for number in numbers_by_block.get(index, []):
                header = column_of(index, number.start)
                in_percent = re.search(r"%|\bper\s*cent|\bpercent|\bratio|\bshare", header, re.I) is not None
                header_words = _label_words(header)
                if any(words <= header_words and (in_percent or not percent) for percent, words in wanted):
                    result.pop(number.start, None)

    @staticmethod
    def _row_label_words(text: str, block) -> frozenset[str]:
        row = text[block.start : block.end]
        first_figure = re.search(r"\d", row)
        return _label_words(row[: first_figure.start()] if first_figure else row)
