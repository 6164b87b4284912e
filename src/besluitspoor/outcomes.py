"""How Dutch council texts word the outcome of a vote, read the same way everywhere: by `extract`
from a document, by `ris` from a supplier's status field, and so by anything that records.

"niet aangenomen" is verworpen; "unaniem", "met algemene stemmen", "kon rekenen op de steun van
de gehele raad" are aangenomen; "12 voor, 15 tegen" is decided by the counts. Patterns are
bounded (no `.*` between words) so that a long line costs linear time.
"""

from __future__ import annotations

import re
from functools import lru_cache

from besluitspoor.prefilter import Prefiltered

# "unaniem", "met algemene (unanieme) stem(men)", "bij acclamatie": carried without a vote
# against; every reader that looks for how a vote went uses this one fragment.
UNANIMOUS = r"(?:unaniem|met\s+(?:algemene|unanieme)\s+stem(?:men)?|bij\s+acclamatie)"

# Checked in this order: the first that matches is the outcome. A withdrawn or held motion that
# the text also calls "aangenomen" in its earlier wording is withdrawn or held.
_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ingetrokken",
        re.compile(
            r"\bingetrokken\b|\bintr(?:ok|okken|ekt|ekken)\b|"
            # ("trokken tijdens de vergadering hun motie X in")
            r"\btr(?:ok|okken|ekt|ekken)\s+(?:[^.;]{0,60}?\s)?(?:de|het|hun|zijn|haar|deze|die)\s+(?:motie|amendement|"
            r"voorstel)\s+(?:\w+\s+){0,3}?in\b",
            re.I,
        ),
    ),
    ("aangehouden", re.compile(r"\baangehouden\b", re.I)),
    (
        "verworpen",
        re.compile(
            r"\bniet (?:aangenomen|aanvaard)\b|\bverworpen\b|\bhaalde (?:het )?(?:helaas |echter |toch )?(?:niet|evenmin|ook niet)\b|"
            # "haalde het in de stemming niet", "kwam net enkele stemmen tekort"
            r"\bhaalde het\s+(?:[\w-]+\s+){1,4}?niet\b(?!\s+alleen)|\b(?:stem(?:men)?|zetels?)\s+tekort\b|"
            r"\bgeen meerderheid\b|"
            r"\bwerd afgewezen\b|\bis afgewezen\b|\bkreeg onvoldoende steun\b|"
            # "haalden het geen van allen", "werd weggestemd"
            r"\bhaalden het (?:\w+ )?(?:niet|geen van (?:allen|beide))\b|\bweggestemd\b|"
            # "Initiatiefvoorstel wordt afgeschoten", "Keihard afgeschoten ... het voorstel"
            # (not "Er wordt vuurwerk afgeschoten": nothing between the verbs but who and how)
            r"\b(?:wordt|werd|werden|is|zijn)\s+(?:(?:door\s+de\s+(?:gemeente)?raad|unaniem|"
            r"keihard|massaal|definitief|alsnog)\s+){0,2}afgeschoten\b|\bkeihard\s+afgeschoten\b|"
            r"\b(?:werd|werden|is|zijn)\s+(?:\w+\s+){0,6}?afgekeurd\b|"
            r"\bniet overgenomen\b|\bniet ingestemd\b|\bnegatief besloten\b|\bniet akkoord\b|"
            r"\bte verwerpen\b|\bverwerpt\b|\bniet (?:zou )?halen\b|\bniet gehaald\b|"
            # "heeft geen steun gekregen", "krijgt geen steun", "kreeg geen bijval", "Geen van de
            # andere partijen steunde de motie", "is door bijna alle fracties afgewezen"
            r"\bgeen\s+(?:steun|bijval|meerderheid)\s+(?:\w+\s+){0,3}?(?:gekregen|gevonden)\b|"
            r"\bkr(?:eeg|egen|ijgt|ijgen)\s+(?:\w+\s+)?(?:geen|onvoldoende|te\s+weinig)\s+(?:steun|bijval)\b|"
            r"\bgeen\s+van\s+de\s+(?:andere|overige)\s+(?:partijen|fracties)\b[^.;]{0,60}?\bsteun(?:de|den)\b|"
            r"\b(?:is|werd|werden|zijn)\s+door\s+(?:(?:bijna|vrijwel|nagenoeg)\s+)?(?:alle|de\s+overige|de\s+andere)"
            r"\s+(?:\w+\s+){0,2}?(?:fracties|partijen|raadsleden)\s+(?:\w+\s+)?(?:afgewezen|afgeschoten)\b|"
            # ("sneuvelde", "strandde", and in the perfect: "is gesneuveld", "is gestrand")
            r"\bsneuvelden?\b|\bstrandden?\b|\bgesneuveld\b|\bgestrand\b|\beindstreep\s+niet\b|"
            r"\bniet\s+(?:de\s+)?eindstreep\b|"
            r"\bkreeg (?:\w+ )?(?:alleen|enkel|slechts) (?:de )?steun\b|\bwees (?:\w+ ){0,3}af\b|"
            r"\b(?:werd|werden)\s+(?:alleen|enkel|slechts)\s+(?:door\s+)?[^.;]{0,40}?\bgesteund\b|"
            r"\bverwierp(?:en)?\b|\bniet op (?:een |voldoende )?(?:meerderheid|steun) (?:kon|konden|"
            r"kunnen )?rekenen\b|\bkon(?:den)? niet (?:rekenen )?op (?:een |voldoende )?"
            r"(?:meerderheid|steun)\b",
            re.I,
        ),
    ),
    (
        "aangenomen",
        re.compile(
            r"\baangenomen\b|\baanvaard\b|\b" + UNANIMOUS + r"\b|"
            r"\bhamerstuk\b|\bakkoord\b|\baan te nemen\b|\bneemt aan\b|\bconform(?: besloten| vastgesteld| het voorstel)?\b|"
            r"\bingestemd\b|\bstem(?:t|de|den) (?:\w+ ){0,8}?in\b|\bvastgesteld\b|"
            r"\bsteun van (?:de )?(?:gehele|hele|voltallige) raad\b|"
            r"\balle (?:raadsleden|fracties|partijen) (?:zijn|waren|gingen|stemden) "
            r"(?:akkoord|voor|in)\b|\bmet \d+ (?:stemmen )?voor\b|\bmeerderheid van (?:de )?stemmen\b|"
            # the verb first after a fronted phrase: "Na lang praten stemden alle fracties voor"
            r"\b(?:stemden|waren|gingen)\s+alle\s+(?:raadsleden|fracties|partijen)\s+(?:akkoord|voor)\b|"
            # "nam de raad een motie over X aan", a headline's "Raad neemt motie over X aan"
            r"\b(?:nam(?:en)?|neemt|nemen) (?:de (?:gemeente)?raad )?(?:(?:ook|eveneens|tevens|unaniem) )?"
            r"(?:(?:de|het|deze|dit|een) )?"
            r"(?:motie|amendement)\b[^.;]{0,80}?\baan\b|"
            r"\balle\s+(?:\w+\s+)?(?:fracties|partijen|raadsleden)\s+steun(?:de|den)\b|"
            r"\b(?:meerderheid|raad)\b[^.;]{0,40}?\bsteun(?:de|den|t)\s+(?:de|het|een)\s+"
            r"(?:motie|amendement|voorstel)\b|"
            r"\bkreeg (?:een )?(?:brede |ruime |voldoende |de |unanieme |algemene |raadsbrede |volledige )?"
            r"(?:steun|meerderheid)\b|"
            # "kon op een ruime meerderheid rekenen" ("kon niet op ... rekenen" is read above)
            r"\bkon(?:den)?\s+(?:\w+\s+){0,2}?op\s+(?:een\s+|de\s+)?(?:ruime\s+|brede\s+|grote\s+|"
            r"krappe\s+|volledige\s+|unanieme\s+|voldoende\s+)?(?:steun|meerderheid)\b[^.;]{0,40}?\brekenen\b|"
            r"\bhaalde\s+(?:\w+\s+){0,2}?(?:het|een (?:ruime |krappe |kleine |nipte |grote |brede )?meerderheid)\b|"
            r"\bkon(?:den)? rekenen op\b|"
            # "vond ook een meerderheid in de raad", "CAP krijgt motie Westdijk er door"
            r"\bvond(?:en)?\s+(?:\w+\s+){0,2}?een\s+(?:ruime\s+|brede\s+|grote\s+)?meerderheid"
            r"(?:\s+in\s+de\s+(?:gemeente)?raad)?(?=\s*[.,;:!]|\s*$)|"
            r"\bkr(?:eeg|egen|ijgt|ijgen)\s+(?:(?:de|het|een|haar|zijn|hun)\s+)?(?:motie|amendement|voorstel)\b"
            r"[^.;]{0,60}?\ser\s+door(?:heen)?\b|"
            # "haalde met gemak de eindstreep", "die de eindstreep haalde" (not: "... niet")
            r"\b(?:haal(?:de|den|t)|halen)\s+(?:[\w-]+\s+){0,6}?de\s+eindstreep\b|"
            r"\bde\s+eindstreep\s+haal(?:de|den|t)\b|"
            # "die op grote steun van de raad kon rekenen", "kregen voldoende stemmen"
            r"\bop\s+(?:een\s+)?(?:ruime|brede|grote|unanieme|voldoende)\s+(?:steun|meerderheid)\b"
            r"[^.;]{0,40}?\bk(?:on|onden|an|unnen)\s+rekenen\b|"
            r"\bkr(?:eeg|egen)\s+(?:voldoende|genoeg|ruim\s+voldoende)\s+(?:stemmen|steun)\b|"
            r"\b(?:ondersteund|gesteund)\s+door\s+(?:alle|de\s+(?:hele|gehele|voltallige))\s+"
            r"(?:partijen|fracties|raad)\b|"
            # "kreeg de motie X steun van 25 van de 31 raadsleden"
            r"\bsteun\s+van\s+(?:\d+\s+van\s+de\s+\d+\s+raadsleden|een\s+(?:\w+\s+)?meerderheid|"
            r"(?:de\s+)?(?:hele|gehele|voltallige)\s+raad|alle\s+(?:fracties|partijen|raadsleden))\b|"
            r"\bdoor (?:alle|de (?:hele|gehele|voltallige)) (?:partijen|fracties|raad)\b[^.;]{0,30}?"
            r"\bgesteund\b|\b(?:door\s+)?(?:allen|unaniem|breed)\s+gesteund\b|"
            r"\braadsbreed\s+(?:ondersteund|gesteund|gedragen|aangenomen)\b|"
            # "Unanieme steun was er voor de motie", "er was raadsbrede steun voor" (a vote's
            # words: "brede steun" is also said of a debate)
            r"\b(?:unanieme|raadsbrede|algemene|volledige)\s+steun\s+(?:was|is|kwam)\s+er\s+voor\b|"
            r"\ber\s+(?:was|is|kwam)\s+(?:\w+\s+)?(?:unanieme|raadsbrede|algemene|volledige)\s+"
            r"steun\s+voor\b|"
            r"\bovergenomen\s+door\s+de\s+(?:gemeente)?raad\b|"
            r"\b(?:ondersteund|gesteund)\s+door\s+(?:een\s+)?(?:ruime\s+|brede\s+|grote\s+)?meerderheid\b",
            re.I,
        ),
    ),
)
# "11 stemmen voor en 16 tegen", "voor: 12, tegen: 15", "voor:37 tegen:0", "12 voor - 15 tegen"
_COUNTS = re.compile(
    r"(\d{1,3})\s+(?:stem(?:men)?\s+)?(?:\([^)]{0,120}\)\s+)?(?:voor|vóór)\b(?!:)[^.;\d]{0,120}?\b(\d{1,3})\s+"
    r"(?:stem(?:men)?\s+)?(?:\([^)]{0,120}\)\s+)?tegen\b|"
    r"\bvoor(?::\s*|\s+)(\d{1,3})\b[^.;\d]{0,40}?\btegen(?::\s*|\s+)(\d{1,3})\b|"
    # "(6 voor – tegen 27)"
    r"\b(\d{1,3})\s+voor\s*[–-]\s*tegen\s+(\d{1,3})\b",
    re.I,
)


# (each asked only of a text that holds a word it needs: most sentences tell no vote)
_COUNTS_ASKED = Prefiltered(_COUNTS)
_WORDS_ASKED = tuple((status, Prefiltered(pattern)) for status, pattern in _WORDS)


@lru_cache(maxsize=16)  # several readers ask of one sentence (a run-on text is one long one)
def outcome_of(text: str) -> str | None:
    """The format's status for a vote described in `text` (aangenomen, verworpen, ingetrokken,
    aangehouden), or None when the text names none."""
    counts = _COUNTS_ASKED.search(text)
    if counts:
        votes_for = int(counts[1] or counts[3] or counts[5])
        votes_against = int(counts[2] or counts[4] or counts[6])
        # "met een meerderheid van de stemmen verworpen": the words decide a tie in the counts.
        if votes_for != votes_against and not re.search(r"\bingetrokken\b", text, re.I):
            return "aangenomen" if votes_for > votes_against else "verworpen"
    for status, pattern in _WORDS_ASKED:
        if pattern.search(text):
            return status
    return None
