"""Where the sentences and table rows of a plain-text report are.

Reports reach us as plain text: paragraphs on one line or hard-wrapped, summary tables flattened
to one row per line with no delimiters, Factbook-style "Field: value" lines. This module finds,
without spaCy, the spans the rest of the pipeline reasons over:

* ``Block``: a paragraph (prose) or a table row, with its character span;
* sentences inside prose blocks, split on terminal punctuation but not after abbreviations.

Everything is computed with a few linear-time regular expressions over the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .frozen import maker

# A line break is \r\n, \n or \r.
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

# Terminal punctuation followed by space and something that can open a sentence.
# (an endnote marker may follow the full stop: "... 159,380 children.[9] Councils spent ...", and a
# footnote's number right after a word's full stop: "... 19 distinct vessels.17 In its review ...")
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # (a footnote's marker: "... the United States.⁶ More recently ...")
_SENTENCE_END = re.compile(
    rf"""[.!?][\"'”’)\]]*(?:\[\d{{1,3}}\]|(?<=[a-z]\.)\d{{1,3}}|[{SUPERSCRIPT_DIGITS}]{{1,3}})?\s+(?=[\"'“‘(\[]?[A-Z0-9])"""
)

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs etc approx est inc corp co ltd jr sr fig figs al e.g i.e
    u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sgt rep sen
    gov dept univ p pp vol ch art sec para ibid cf op cit mt ft u.s.a d.c a.m p.m""".split()
)

_UNIT_ABBREVIATIONS = frozenset({"mt", "ft"})
_NUMBER_BEFORE = re.compile(r"\d\s+\Z")
TABLE_DELIMITERS = re.compile(r"\t|\s{3,}|\s\|\s")  # (between the cells of a row: a tab, a column gap, " | ")
_TERMINAL = re.compile(r"""[.!?:;][\"'”’)\]]*\s*$""")
_HAS_DIGIT = re.compile(r"\d")
_SOURCE_HEADER = re.compile(r"\bsources?\b", re.IGNORECASE)
# ("Source: ..."; "(Source: Ministry of Transport plan documents)", a bracketed line over a box's items)
_SOURCE_NOTE = re.compile(r"^\s*(?:sources?|notes?)\s*:|^\s*\(\s*sources?\s*:[^()\n]*\)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph of prose, a table row, or a source note ("Source: ...")."""

    start: int
    end: int
    kind: str  # "prose" | "table" | "source_note" | "heading"
    paragraph: int  # index of the paragraph (blank-line separated group) it belongs to


_new_block = maker(Block)  # Block(...) for every line of every text, faster


def iter_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, end excluding the line break."""
    spans = []
    if "\r" not in text:
        # (the usual case: every break is "\n", found by str.find, much faster than the pattern)
        find = text.find
        pos, n = 0, len(text)
        while (nl := find("\n", pos)) >= 0:
            spans.append((pos, nl))
            pos = nl + 1
        if pos < n:
            spans.append((pos, n))
        return spans
    for match in _LINE.finditer(text):
        start, stop = match.span()
        if start == stop:
            break
        line_end = start + len(match.group().rstrip("\r\n"))
        spans.append((start, line_end))
    return spans


# "Field: value; sub-field: value" reference lines (Factbook style) are tables, whatever their length.
# A label is a noun phrase: a finite verb before the colon makes the line a sentence ("Looking
# ahead, three variables will shape the relationship: ..."), and so does a word that opens a
# clause ("Officials point to the plant as proof that scale pays: ...", "... smaller than ...:").
_FIELD_LINE = re.compile(
    r"\s*[A-Z](?:(?!\b(?:will|would|is|are|was|were|has|have|had|shall|can|could|may|might|must|should|do|does|did|"
    r"that|which|who|whom|whose|because|although|though|whereas|unless|than|while|"
    # (a reporting verb: "The portal Homefind puts the figure higher: its data show ...")
    r"puts|says|said|sees|saw|finds|found|gives|gave|shows|showed|argues|argued|tells|told|explains|explained|"
    r"adds|added|offers|offered|suggests|suggested|warns|warned|believes|believed|thinks|thought)\b)"
    # (a bracket opened in the label closes before its colon: "Arlon (Old Arlish: Arlona) is a
    # town ..." glosses a name, in a sentence)
    r"(?:\([^():.!?\n]*\)|[^:.!?\n(])){0,80}:\s+\S"
)


_BULLET = re.compile(r"[-*•–·▪]\s+\S")

# A transcript's speaker, then what they said: "MARTA OYELARAN: I thank the Minister ...",
# "MARTA OYELARAN (Kisumu West) (Ind): Does ...", "The Minister for Energy (Jane Doe): ...", "Minister
# for Trade, Jobs and Industry (Ann Lee): ...". A
# speech is prose, not a "Field: value" line.
_SPEAKER = re.compile(
    r"\s*(?:\d+\.\s+)?(?:[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+)+(?:\s*\([^()\n]{1,80}\))*"
    r"|[A-Z][\w'’.\-]*(?:,?\s+[\w'’.\-]+){0,8}?(?:\s*\([^()\n]{1,80}\))+)\s*:\s+(?=\S)"
)
MIN_SPEECH_WORDS = 12


def _speech(line: str) -> bool:
    speaker = _SPEAKER.match(line)
    if speaker is None:
        return False
    said = line[speaker.end():]
    return len(said.split()) >= MIN_SPEECH_WORDS and _TERMINAL.search(said) is not None


# A paragraph opened by a heading in title case: "Reserves Under Pressure: Gross reserves
# rose ...". Field labels are in sentence case ("Population growth rate: 1.2% (2024 est.)").
_RUN_IN_HEADING = re.compile(
    r"\s*[A-Z][\w'’-]*(?:,?\s+(?:[A-Z][\w'’-]*|a|an|the|and|but|of|on|in|for|to|at|with|by|or|vs\.?)){1,7}:\s+"
    r"(?=[A-Z])"
)
_FUNCTION_WORDS = frozenset("a an the and but of on in for to at with by or vs vs.".split())


def _run_in_heading(line: str) -> bool:
    """A title-case heading run into a paragraph that ends as a sentence (prose, not a field)."""
    heading = _RUN_IN_HEADING.match(line)
    if heading is None:
        return False
    words = line[: heading.end()].replace(",", " ").replace(":", " ").split()
    if sum(w[:1].isupper() for w in words if w not in _FUNCTION_WORDS) < 2:
        return False  # (one capitalised word: "Background: ...", a field's label)
    said = line[heading.end() :]
    return len(said.split()) >= MIN_SPEECH_WORDS and _TERMINAL.search(said) is not None


def _looks_like_row(line: str) -> bool:
    """A short line with a figure that does not read as a finished sentence."""
    stripped = line.strip()
    if _BULLET.match(stripped) and not TABLE_DELIMITERS.search(stripped) and len(stripped.split()) >= 6:
        return False  # "* Tuna catch in the WCPO: 2.6 million tonnes in 2024 (SPC, 2025)": a bulleted sentence
    if _FIELD_LINE.match(stripped) and _HAS_DIGIT.search(stripped) and len(stripped) < 5000 and not (
        _speech(stripped) or _run_in_heading(stripped)
    ):
        return True
    if not stripped or len(stripped) > 400:
        return False
    if TABLE_DELIMITERS.search(stripped):
        return True
    return not _TERMINAL.search(stripped) and len(stripped.split()) <= 40


# "|---|---|", and "-----+-----" (the junctions of a table printed by a database shell)
_MD_SEPARATOR = re.compile(r"\s*[|+]?\s*:?-{3,}:?\s*(?:[|+]\s*:?-{3,}:?\s*)+[|+]?\s*$"
                           # a plain rule above or below a table's header ("-------", "=======", "───────")
                           r"|\s*(?:-{3,}|={3,}|_{3,}|─{3,}|━{3,}|═{3,})\s*$"
                           # one rule under each column ("--------  -------  -----")
                           r"|\s*(?P<rule>[-=─])(?P=rule){2,}(?:[ \t]{1,8}(?P=rule){3,})+\s*$")


def _neighbour(kinds: list[str], i: int, step: int) -> str | None:
    """The kind of the nearest line before (step -1) or after (step 1), over separators."""
    j = i + step
    while 0 <= j < len(kinds) and kinds[j] in ("separator", "section", "wrapped_label"):
        j += step
    return kinds[j] if 0 <= j < len(kinds) else None


# an indented line of lower-case words only (a table row label's second line)
_WRAPPED_LABEL = re.compile(r"[ \t]{2,}[a-z][a-z,'’&/ -]{0,60}")


def _aligned(text: str, line: tuple[int, int]) -> bool:
    return _ALIGNED_ROW.search(text, line[0], line[1]) is not None


_ALIGNED_ROW = re.compile(r"\S {3,}\S|\S\t+\S")


def _join_spaced_table(text: str, lines: list[tuple[int, int]], kinds: list[str]) -> None:
    """A table aligned with spaces may set its rows apart with blank lines and section headings
    in capitals (budget tables: a header of years, then "INCREASES IN SPENDING", blank lines,
    rows): a blank line between two aligned rows, over such headings, is part of the table and
    ends no paragraph."""
    last_row = None  # index of the last aligned row line, while no prose came after it
    pending: list[int] = []  # blank lines since it
    for i, kind in enumerate(kinds):
        if kind == "blank":
            if last_row is not None:
                pending.append(i)
        elif kind == "row" and _aligned(text, lines[i]):
            if last_row is not None:
                for j in pending:
                    kinds[j] = "separator" if kinds[j] == "blank" else "section"
            last_row, pending = i, []
        elif kind == "short" and last_row is not None and text[lines[i][0] : lines[i][1]].isupper():
            pending.append(i)  # a section heading inside the table
        else:
            last_row, pending = None, []


# A line of prose cut at a fixed width: it ends mid-sentence, on a word, a comma or a figure
# whose unit the next line may hold ("rose to 4.3" over "percent in 2023")
_CUT_MID_SENTENCE = re.compile(r"(?:[A-Za-z][\w'’-]*|,|\d)[ \t]*$")


_FUNCTION_WORD_END = re.compile(
    r"(?:,|\b(?:a|an|the|of|on|in|at|to|by|for|from|with|and|or|but|as|that|than|its|their|his|her|our|was|were|is|are|"
    r"has|have|had|will|would|which|who|said|says)) ?$"
)


_OPEN_END = re.compile(r"\b(?:over|between|from|to|of|in|since|until|by|and|about|around|the|a|an)[ \t]*$")  # (a line cut before its object)
_PROSE_WORD = re.compile(r"\b(?:the|of|and|in|on|to|are|is|was|were|that|which|whose|with|for|from|by|has|have)\b")
_SENTENCE_INSIDE = re.compile(r"[a-z)][.!?][\"'”’]?[ \t]+[A-Z]")


def _hard_wrapped(text: str, lines: list[tuple[int, int]], kinds: list[str]) -> set[int]:
    """Lines of a paragraph hard-wrapped at a fixed width that run on into the next line: a long
    line of words, no column gaps, cut mid-sentence, over another such line ("The Weather
    Service's seasonal outlook, issued on" / "28 May, gives a 35% chance of a dry summer").
    Each is made prose (a short line with a figure had read as a table's row), and joins the next."""
    out = set()
    for i in range(len(lines) - 1):
        if kinds[i] not in ("row", "short", "prose") or kinds[i + 1] not in ("row", "short", "prose"):
            continue
        line, following = text[lines[i][0] : lines[i][1]], text[lines[i + 1][0] : lines[i + 1][1]]
        if len(line.strip()) < 45 or len(line.split()) < 7 and not _SENTENCE_INSIDE.search(line) or (
            not _CUT_MID_SENTENCE.search(line) or line.isupper()
        ):
            continue
        if TABLE_DELIMITERS.search(line.strip()) or TABLE_DELIMITERS.search(following.strip()) or _BULLET.match(following.strip()):
            continue
        if len(following.split()) < 2 and not (following.rstrip().endswith(".") and _OPEN_END.search(line)) or (
            following.strip().isupper()
        ):
            continue  # (but "... an average of 36 km a year over" over "2016-2024." ends its sentence)
        opening = following.lstrip()[:1]
        if opening.isupper() and not _FUNCTION_WORD_END.search(line) and not _SENTENCE_INSIDE.search(line) and not (
            # ("... data are published on Open" over "Shoreline Atlas, recorded 41 km of ...": two
            # lines of running prose, no table's rows)
            len(_PROSE_WORD.findall(line)) >= 3 and len(_PROSE_WORD.findall(following)) >= 3
        ):
            continue  # (a capital after a whole word may open a table's next row; after "of the" it may not,
            # nor after a line of prose that ends one sentence and starts the next: "... stays tight. Halvorsen"
            # over "Analytics' March 2025 survey put ...")
        if line.rstrip()[-1:].isdigit() and not opening.islower():
            continue  # (a figure closes a line before a capital or a figure as often as it runs on)
        out.add(i)
        kinds[i] = "prose"
    return out


def find_blocks(text: str) -> list[Block]:
    """Split the text into prose paragraphs, table rows, headings and source notes.

    A table is a run of at least two consecutive non-sentence lines that carry figures, or the
    lines under a header row that names a "Source" column. Hard-wrapped prose (a line ending
    mid-sentence followed by a line starting in lower case) is joined into one paragraph.
    """
    lines = iter_lines(text)
    kinds: list[str] = []
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            kinds.append("blank")
        elif _MD_SEPARATOR.match(line):
            kinds.append("separator")  # "|---|---|": part of the table around it, no block of its own
        elif _SOURCE_NOTE.match(line):
            kinds.append("source_note")
        elif _FIELD_LINE.match(line) and _HAS_DIGIT.search(line) and not (_speech(line) or _run_in_heading(line)) and (
            # ("Option A: full quota  | 38,500 | 0.0": a table's row, its label holding a colon; not
            # "Rating: Buy | Target price: 1,480p | ...", fields side by side)
            line.count(" | ") < 2 or ":" in line[line.find("|") :]
        ):
            kinds.append("field")
        elif _looks_like_row(line):
            delimited = TABLE_DELIMITERS.search(line.strip()) is not None
            kinds.append("row" if delimited or _HAS_DIGIT.search(line) else "short")
        else:
            kinds.append("prose")

    _join_spaced_table(text, lines, kinds)
    for i in range(1, len(kinds) - 1):
        if kinds[i] in ("short", "prose") and kinds[i - 1] == "row" and kinds[i + 1] == "row" and (
            _WRAPPED_LABEL.fullmatch(text, *lines[i])
        ):
            kinds[i] = "wrapped_label"  # "     and other drinks" between two rows: the rest of the label above
    wrapped = _hard_wrapped(text, lines, kinds)

    # A header line naming a Source column opens a table: short lines under it are rows.
    in_table = False
    for i, kind in enumerate(kinds):
        line = text[lines[i][0] : lines[i][1]]
        if kind == "short" and _SOURCE_HEADER.search(line) and len(line.split()) <= 12:
            kinds[i] = "header"
            in_table = True
            continue
        if kind in ("blank", "prose"):
            in_table = False
        elif in_table and kind == "short":
            kinds[i] = "row"

    blocks: list[Block] = []
    paragraph = 0
    i = 0
    n = len(lines)
    while i < n:
        kind = kinds[i]
        start, end = lines[i]
        if kind == "blank":
            paragraph += 1
            i += 1
            continue
        if kind in ("separator", "wrapped_label"):
            i += 1
            continue
        if kind == "field":
            blocks.append(_new_block(start, end, "table", paragraph))
        elif kind == "row" and (_neighbour(kinds, i, -1) in ("row", "header") or _neighbour(kinds, i, 1) == "row"):
            blocks.append(_new_block(start, end, "table", paragraph))
        elif kind in ("short", "header", "section"):
            blocks.append(_new_block(start, end, "heading", paragraph))
        elif kind == "source_note":
            # A note wrapped over lines goes on while its line ends mid-sentence and the next
            # reads on ("... Annual Accounts (May 2024);" over "all other rows, Office calculations.")
            j = i
            while j + 1 < n and kinds[j + 1] in ("prose", "short") and (
                (line := text[lines[j][0] : lines[j][1]].rstrip()) and not line.endswith((".", ":"))
                and (line.endswith((";", ",")) or text[lines[j + 1][0] : lines[j + 1][1]].lstrip()[:1].islower())
            ):
                j += 1
            blocks.append(_new_block(start, lines[j][1], "source_note", paragraph))
            i = j
        else:
            # Join hard-wrapped prose: continue while the next line starts in lower case.
            j = i
            while (
                j + 1 < n
                and kinds[j + 1] in ("prose", "row", "short")
                and (text[lines[j + 1][0] : lines[j + 1][1]][:1].islower() or j in wrapped)
            ):
                j += 1
            end = lines[j][1]
            blocks.append(_new_block(start, end, "prose", paragraph))
            i = j
        i += 1
    return blocks


def flowed_text(text: str, blocks: list[Block]) -> str:
    """``text`` with the line breaks inside each prose paragraph made blanks, offsets unchanged: a
    figure cut from its unit or scale by a fixed-width wrap ("rose to 4.3" over "percent in 2023",
    "US$ 2.1" over "billion") reads whole. Tables, headings and notes keep their lines."""
    chars = None
    for block in blocks:
        if block.kind != "prose":
            continue
        i = text.find("\n", block.start, block.end)
        while i != -1:
            if not _LIST_ITEM_AT.match(text, i + 1):  # ("2. Pilot the reserve": its number opens a line)
                if chars is None:
                    chars = list(text)
                chars[i] = " "
                if i and chars[i - 1] == "\r":
                    chars[i - 1] = " "
            i = text.find("\n", i + 1, block.end)
    return text if chars is None else "".join(chars)


_LIST_ITEM_AT = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|[-*•–·▪])[ \t]+[A-Za-z]|\d{1,3}[ \t]+[A-Z])")


# "U.S.", "e.g.", "a.m.", "No.": a dotted abbreviation (not "1.5%" or "US$0.50)", which end a sentence)
_DOTTED = re.compile(r"[^\d]*")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (absolute offsets)."""
    spans = []
    cursor = start
    if text.find(": ", start, min(end, start + 120)) > 0 and (heading := _RUN_IN_HEADING.match(text, start, end)) and (
        _run_in_heading(text[start:end])
    ):
        # "Reserves Under Pressure: Gross reserves rose ...": the heading is no part of the
        # first sentence (its words would read as the subject)
        spans.append((start, heading.end()))
        cursor = heading.end()
    for match in _SENTENCE_END.finditer(text, cursor, end):
        # The word before the period: an abbreviation or an initial does not end a sentence.
        word_start = text.rfind(" ", cursor, match.start()) + 1
        word = text[max(word_start, cursor) : match.start()].strip("(\"'“‘").lower()
        if text[match.start()] == "." and (
            word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or ("." in word and _DOTTED.fullmatch(word))
        ) and not (word in _UNIT_ABBREVIATIONS and _NUMBER_BEFORE.search(text, max(cursor, word_start - 16), word_start)):
            continue  # ("425 Mt. That is ...": a unit after a figure ends the sentence; "Mt. Kenya" does not)
        spans.append((cursor, match.end()))
        cursor = match.end()
    if cursor < end:
        spans.append((cursor, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in spans) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Footnotes under a short rule of underscores: "__________" then "22 Reuters, ..., 2 May 2025."
_FOOTNOTE_RULE = re.compile(r"^[ \t]*_{8,}[ \t]*$", re.MULTILINE)
_FOOTNOTE_LINE = re.compile(r"[ \t]*(?P<n>\d{1,3})[ \t]+(?P<body>[A-Z][^\n]{4,300})\n?")


def footnote_lines(text: str) -> list[re.Match]:
    """The numbered lines right under each footnote rule ("22 MarineTrack Analytics, fleet
    database extract, 6 January 2025."), up to the first line that is not one."""
    out = []
    for rule in _FOOTNOTE_RULE.finditer(text) if "________" in text else ():
        at = rule.end() + 1
        while (line := _FOOTNOTE_LINE.match(text, at)) is not None:
            out.append(line)
            at = line.end()
    return out


# A transcript's turn: a paragraph opened by its speaker's label in capitals, "MINISTER QUIST:",
# "DR BRANDT:", "CHAIR (ODE):", "Q (Tarn Herald, Kim Ode):"
_TURN_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3})(?:[ \t]*\((?P<aside>[^()\n]{1,60})\))?:[ \t]+(?=\S)",
    re.MULTILINE,
)


def speaker_turns(text: str) -> list[tuple[int, int, re.Match]]:
    """(start, end, label match) of each turn of a transcript, from a speaker's label at the
    start of a paragraph to the next label; none unless at least two speakers take turns."""
    if ":" not in text:
        return []
    labels = [m for m in _TURN_LABEL.finditer(text) if m.start() < 2 or text.endswith(("\n\n", "\n \n"), 0, m.start())]
    if len({m.group("label") for m in labels}) < 2:
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [(m.start(), end, m) for m, end in zip(labels, ends)]


# A document that carries another after a rule line: a response, a reply or a statement under its
# own heading or dateline ("------" / "RESPONSE FROM MINING WATCH MARANTA" / "Port Selva, 7 August 2025")
_PART_RULE = re.compile(r"^[ \t]*(?:-{5,}|_{5,}|={5,}|\*{3,}|—{3,})[ \t]*$", re.MULTILINE)
_PART_OPENING = re.compile(
    r"(?:(?:RESPONSE|REPLY|RIGHT\s+OF\s+REPLY|STATEMENT|COMMENT|LETTER)\b.*"
    r"|[A-Z][\w .'’-]{1,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4})\s*",
    re.IGNORECASE,
)


def part_starts(text: str) -> list[int]:
    """Where each part after the first begins: after a rule line whose next lines open a response,
    reply or statement, or carry a dateline of their own. (A rule line before a body's own
    sections, "------" then "1. Summary", or before its footnotes opens no part.)"""
    starts = []
    for rule in _PART_RULE.finditer(text):
        lines = [line.strip() for line in text[rule.end() : rule.end() + 400].splitlines() if line.strip()][:3]
        if any(_PART_OPENING.fullmatch(line) and not line[:1].isdigit() for line in lines):
            starts.append(rule.end())
    return starts
