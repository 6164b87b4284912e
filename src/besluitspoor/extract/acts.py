"""Small recognisers over one sentence: the acts of a municipality's bodies it dates, the
committee it names, its nature and time of day, a short title for a step, and who promises.

Every pattern is bounded (`[^.;]{0,N}` instead of `.*`), so a sentence of any length is read in
linear time.
"""

from __future__ import annotations

import re

from besluitspoor.extract.dates import MONTH_WORDS
from besluitspoor.extract.document import norm
from besluitspoor.outcomes import UNANIMOUS

# Councils that are not the municipality's: "Raad van State", "raad van toezicht".
OTHER_RADEN = r"(?:state|toezicht|bestuur|advies|commissarissen|europa|beroep|kerken)\b"

# The day a meeting was resumed, told after the one it began on: "De geschorste vergadering van
# 25 november werd op dinsdag 30 november voortgezet" (read where the sentence is about a
# meeting: a project is continued too).
RESUMED_ON = re.compile(
    r"\bop\s+(?:(?:maan|dins|woens|donder|vrij)dag\s+)?[0-3]?\d\s+[a-z]{3,9}(?:\s+\d{4})?\s+"
    r"(?:voortgezet|hervat|vervolgd|verder)\b|"
    # "de raadsvergadering van 13 december 2018, voortgezet op 18 december 2018"
    r"\b(?:voortgezet|hervat|vervolgd)\s+op\s+(?:(?:maan|dins|woens|donder|vrij)dag\s+)?[0-3]?\d\s+"
    r"[a-z]{3,9}\b",
    re.I,
)


# A sentence saying no decision was taken (yet): "heeft nog geen besluit genomen", "is niet
# besloten", "nog niet vastgesteld". ("niet aangenomen" is a decision: rejected.)
NO_DECISION = re.compile(
    r"\bgeen\s+(?:\w+\s+)?besluit\b|\bniet\s+(?:\w+\s+)?besloten\b|"
    r"\bnog\s+niet\b[^.;,]{0,40}?\b(?:besloten|vastgesteld|ingestemd|genomen)\b",
    re.I,
)
# A sentence saying a meeting will not be held: "De raad vergadert de komende periode niet",
# "De commissievergadering van 7 april gaat niet door", "geen raadsvergadering".
NO_MEETING = re.compile(
    r"\bvergader(?:t|en|de|den)\b(?:\s+[\w-]+){0,4}?\s+niet\b|\bgeen\s+(?:\w+)?vergadering\b|"
    r"\bvergadering(?:en)?\b[^.;]{0,60}?\b(?:gaa?n\s+niet\s+door|verval(?:t|len)|"
    r"(?:is|zijn|wordt|worden)\s+(?:geannuleerd|afgelast))\b",
    re.I,
)
# A sentence telling the reader how to take part ("Aanmelden voor het spreekrecht kan tot
# maandag 12:00 uur", "Wilt u inspreken, meldt u dan aan"): no one spoke yet.
HOW_TO_TAKE_PART = re.compile(
    r"\baanmelden\b[^.;]{0,60}\bkan\b|\bmeld(?:t)?\s+u\b|\bkunt\s+u\b|\bwilt\s+u\b|"
    r"\bkunnen\s+inwoners\b|\b(?:als|wanneer|indien)\s+u\b",
    re.I,
)
_GAP = r"[^;]{0,160}?"  # sentences are split already: a period here ends "jl." or "o.a."
# A motion named with the day it was moved or voted on: "de motie “X” van 2 december 2021", "de
# motie Cornelissen en Kaya van november 2005", "motie M12 d.d. 8-11-2022".
DATED_MOTION = (
    r"\bmotie\b[^.;:]{0,80}?\b(?:van|d\.d\.)\s+"
    rf"(?=(?:[0-3]?\d\s+)?(?:{MONTH_WORDS})\s+\d{{4}}\b|[0-3]?\d[-/.][01]?\d[-/.]\d{{2,4}}\b)"
)

# The round in which the council forms its judgement, by each of its names ("meningvormende
# vergadering", "opiniërende sessie"): a committee meeting, and that meeting's nature.
_JUDGING = r"\boordeels?vormend\w*\b|\bmenings?vormend\w*\b|\bopini[eë]rend\w*\b"
ACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "raadsbesluit",
        re.compile(
            rf"\bprincipebesluit\b|\b(?:heeft|hebt) u\b{_GAP}\b(?:vastgesteld|besloten|aangenomen|"
            rf"ingestemd)\b|"
            # the council addressed in a letter or proposal: "Op 27 maart besloot u dat ...",
            # "In juni stelde u de visie vast", "stemde u in met"
            rf"\bbesloot u\b|\b(?:stelde|stemde) u\b{_GAP}\b(?:vast|in)\b|"
            rf"\b(?:gemeente)?raad\b(?: van \w+)? (?:heeft|besloot|besluit|stemde|stelde|"
            rf"nam|ging|heeft op){_GAP}\b(?:vastgesteld|besloten|aangenomen|ingestemd|akkoord|in|vast|"
            rf"over)\b|\bbesloot (?:de|uw) (?:gemeente)?raad\b|\bheeft (?:de|uw) (?:gemeente)?raad\b{_GAP}"
            rf"\b(?:besloten|vastgesteld|ingestemd|aangenomen|goedgekeurd|beschikbaar gesteld)\b|"
            rf"\braadsbesluit\b|"
            rf"\bdoor (?:de|uw) (?:gemeente)?raad\b{_GAP}\b(?:vastgesteld|genomen|aangenomen)\b|"
            # "is op 15 december 1999 vastgesteld door de gemeenteraad", "heeft de raad opdracht
            # gegeven aan het college om ..."
            rf"\bvastgesteld door (?:de|uw) (?:gemeente)?raad\b|"
            rf"\b(?:gemeente)?raad\b(?: van \w+)? (?:heeft|had)\b{_GAP}\bopdracht gegeven\b|"
            rf"\bheeft (?:de|uw) (?:gemeente)?raad\b{_GAP}\bopdracht gegeven\b|"
            # "Programmabegroting 2016 (vastgesteld 12 november 2015)"
            rf"\((?:vastgesteld|aangenomen)\s+(?:op\s+|d\.d\.\s+)?(?=\d)|"
            # "Op 3 maart nam de gemeenteraad het besluit de sporthal te bouwen"
            rf"\bn(?:am|amen|eemt)\s+(?:de\s+)?(?:gemeente)?raad\s+(?:het|een)\s+besluit\b|"
            rf"\b(?:gemeente)?raad\s+n(?:am|eemt)\s+(?:\w+\s+){{0,4}}?(?:het|een)\s+besluit\b|"
            # "de raad ... heeft ... besloten", unless another body is the subject in between
            rf"\b(?:gemeente)?raad\b(?:(?!college\b|wij\b)[^.;]){{0,40}}?\b(?:heeft|hebben|had)\b"
            rf"[^.;]{{0,30}}?"
            rf"\b(?:vastgesteld|besloten|aangenomen|ingestemd)\b|"
            # The council's parties as the subject, as news tells a vote: "stemden alle fracties
            # woensdag in met de begroting", "Alle raadsleden zijn akkoord", "kon rekenen op de
            # steun van de gehele raad"
            rf"\b(?:fracties|partijen|raadsleden)\b[^.;]{{0,40}}?\bstemde[n]?\b[^.;]{{0,60}}?\bin met\b|"
            rf"\bstemde[n]?\s+(?:\w+\s+){{0,3}}?(?:fracties|partijen|raadsleden)\b[^.;]{{0,60}}?"
            rf"\bin met\b|\balle (?:fracties|partijen|raadsleden) (?:zijn|waren|gingen|stemden)\b"
            rf"[^.;]{{0,20}}?\b(?:akkoord|voor|in met)\b|"
            rf"\bsteun van de (?:gehele|voltallige) (?:gemeente)?raad\b",
            re.I,
        ),
    ),
    (
        "collegebesluit",
        re.compile(
            rf"\b(?:het college|wij|b\s?&\s?w|b en w|burgemeester en wethouders)\b(?: van \w+)? "
            rf"(?:heeft|hebben|besloot|besloten|stelde|stelden|heeft op|hebben op)\b{_GAP}"
            rf"\b(?:besloten|vastgesteld|ingestemd|genomen|akkoord|vast)\b|\bcollegebesluit\b|"
            rf"\bheeft het college\b{_GAP}\b(?:besloten|vastgesteld|ingestemd)\b|"
            rf"\bdoor (?:het|ons) college\b{_GAP}\b(?:vastgesteld|besloten|genomen)\b|"
            rf"\bbesloot het college\b|"
            # one to come: "Het college gaat op 7 februari een besluit hierover nemen", "De drie
            # colleges zullen dinsdag een besluit nemen"; a field: "B&W-besluit d.d.: 8-12-2020"
            rf"\b(?:het college|de (?:\w+ )?colleges|b\s?&\s?w|b en w)\s+(?:gaat|gaan|zal|zullen)\b{_GAP}"
            rf"\bbesluit\b|\bb\s?(?:&|en)\s?w-besluit\b",
            re.I,
        ),
    ),
    (
        "raadsinformatiebrief",
        re.compile(
            # a PDF's line break may split a word: "Raadsinformatie-brief", "raads- informatiebrief"
            r"\b(?:raads-?\s?)?informatie-?\s?brief\b|\braadsbrief\b|"
            # what councils call their letters from the college: "raadsmededeling",
            # "raadsmemo", "raadsbericht", "(raads)informatienota"
            r"\braads(?:mededeling|memo|bericht)\b|\b(?:raads)?informatienota\b|\bcollegebrief\b|"
            r"\bmemo aan de (?:gemeente)?raad\b|\b(?-i:RIB)\b|"
            # a letter of the college to the council, by its address
            r"\b(?:college|wethouder|burgemeester)\b[^.;:]{0,80}\bbrief\s+aan\s+(?:de|uw)\s+"
            r"(?:gemeente)?raad\b|\bbrief\s+aan\s+(?:de|uw)\s+(?:gemeente)?raad\b"
            r"(?=[^.;:]{0,80}\b(?:college|wethouder|burgemeester)\b)|"
            r"\b(?:(?:gemeente)?raad\b[^.;:]{0,20}\bontv(?:ing|ingen|angt)|ontv(?:ing|ingen|angt)\s+"
            r"(?:de\s+)?(?:gemeente)?raad)\b[^.;:]{0,30}\bbrief\b"
            r"(?=[^.;:]{0,40}\b(?:college|wethouder|burgemeester)\b)|"
            r"\b(?:raad|u)\b[^.;:]{0,60}\bge[iï]nformeerd\b(?<!worden geïnformeerd)(?<!worden geinformeerd)|"
            # the college's earlier letter: "Met onze brief van 8 september 2004 informeerden
            # wij u", "informeerden wij uw raad"
            r"\bonze\s+(?:raads)?(?:informatie)?brief\s+van\b|"
            r"\binformeerden\s+(?:wij|we)\s+(?:u|uw\s+raad|de\s+(?:gemeente)?raad)\b",
            re.I,
        ),
    ),
    (
        "raadsvoorstel",
        re.compile(
            r"\b(?:raads-?\s?voorstel|raadsvoordracht|collegevoorstel)\b"
            r"(?![^.;:]{0,20}\bvan\b[^.;:]{0,20}\bwordt\b)|"
            # "Het college stelt de raad voor om ...", "legde de raad een voorstel voor"
            r"\bstel(?:t|de|den|len)\s+(?:de|uw)\s+(?:gemeente)?raad\b[^.;:]{0,60}?\bvoor\b|"
            r"\bleg(?:t|de|den|gen)\b[^.;:]{0,40}?\b(?:de|uw)\s+(?:gemeente)?raad\b[^.;:]{0,40}?"
            r"\bvoorstel\b[^.;:]{0,60}?\bvoor\b",
            re.I,
        ),
    ),
    (
        "motie",
        re.compile(
            r"\bmotie\b[^.;:]{0,160}?\b(?:ingediend|aangenomen|verworpen|ingetrokken|aangehouden)\b"
            # "De CAP dient een motie vreemd aan de agenda in", "stemde de raad voor de motie"
            r"|\bdien(?:t|en|de|den)\b[^.;:]{0,40}?\bmotie\b[^.;:]{0,120}?\bin\b"
            r"|\b(?:stemde|stemden)\b[^.;:]{0,60}?\b(?:voor|tegen) (?:de|het|een) motie\b"
            # "Tenslotte nam de raad een motie aan over ..."
            r"|\bn(?:a|e)m(?:en|t)?\b[^.;:]{0,40}?\b(?:de|het|een) motie\b[^.;:]{0,120}?\baan\b"
            # named by its day: "de motie “Apeldoorn Oranjestad” van 2 december 2021"
            rf"|{DATED_MOTION}",
            re.I,
        ),
    ),
    (
        "amendement",
        re.compile(
            r"\bamendement\b[^.;:]{0,160}?\b(?:ingediend|aangenomen|verworpen|ingetrokken|aangehouden)\b"
            # "De VVD dient een amendement in", "stemden tegen het amendement"
            r"|\bdien(?:t|en|de|den)\b[^.;:]{0,40}?\bamendement\b[^.;:]{0,120}?\bin\b"
            r"|\b(?:stemde|stemden)\b[^.;:]{0,60}?\b(?:voor|tegen) (?:de|het|een) amendement\b"
            # "Tenslotte nam de raad een amendement aan over ..."
            r"|\bn(?:a|e)m(?:en|t)?\b[^.;:]{0,40}?\b(?:de|het|een) amendement\b[^.;:]{0,120}?\baan\b",
            re.I,
        ),
    ),
    # Questions of council members: "stelde schriftelijke vragen", "artikel 40-vragen".
    (
        "vragen",
        re.compile(
            r"\b(?:schriftelijke|mondelinge)\s+vragen\b|\bartikel[\s-]*\d+[\s-]*vragen\b|"
            r"\braadsvragen\b|\bvragen\s+(?:gesteld\s+)?(?:ex|op grond van|op basis van|volgens|conform)\s+"
            r"(?:het\s+)?artikel\s+\d+|\bartikel\s+\d+\s+(?:RvO\s+)?vragen\b|"
            # "Mondelinge vraag CDA d.d. 28 mei 2015", "zijn vragen gesteld door de heer X",
            # "ontvingen wij via de griffie de navolgende vragen"
            r"\bvra(?:ag|gen)\b[^.;:]{0,40}\bd\.d\.|\bzijn\s+vragen\s+gesteld\b|"
            # "Fractie X heeft op 29 oktober 2021 vragen gesteld over ...", "Op 22 september zijn
            # er door de heer Y (D66) vragen gesteld", "stelde de SP vragen over ..."
            r"\b(?:heeft|hebben|had|hadden)\s+(?:[^.;:]{0,60}?\s)?vragen\s+gesteld\b|"
            # (a name may hold dots: "door de dhr. G. Tillema")
            r"\bzijn\s+er\s+(?:door\s+[^;:]{0,60}?\s)?vragen\s+gesteld\b|"
            # "heeft het college vragen ontvangen van de fractie X"
            r"\b(?:heeft|hebben|had|hadden)\s+(?:[^.;:]{0,40}?\s)?vragen\s+ontvangen\s+van\b|"
            # "De op 16 december 2022 ontvangen vragen van de fractie X", "een bericht ontvangen
            # met vragen over ..."
            r"\bontvangen\s+vragen\s+van\b|\bontvangen\s+met\s+vragen\b|"
            r"\bst(?:elde|elden)\s+(?:[^.;:]{0,40}?\s)?vragen\s+(?:over|aan|inzake)\b|"
            r"\bontv(?:ing|ingen)\s+(?:wij|we)\b[^.;:]{0,40}\bvragen\b",
            re.I,
        ),
    ),
    # Residents speaking to the council: "sprak in bij de commissie", "insprekers".
    (
        "inspraak",
        re.compile(
            r"\binsprek(?:er|ers|en)\b|\bsp(?:rak|raken|reekt|reken)\s+(?:\w+\s+){0,4}?in\s+bij\b|"
            r"\b(?:burger)?spreekrecht\b",
            re.I,
        ),
    ),
    # An advisory body's advice: "De adviesraad gaf op 3 maart een advies over ...".
    (
        "advies",
        re.compile(
            r"\b(?:adviesraad|participatieraad|cliëntenraad|clientenraad|seniorenraad|jongerenraad|"
            r"wmo-raad|adviesraad\s+sociaal\s+domein)\b[^.;]{0,100}?\b(?:advies|adviseerde|"
            r"adviseert|adviezen)\b",
            re.I,
        ),
    ),
    # A decision made known: "is bekendgemaakt in het Gemeenteblad".
    (
        "bekendmaking",
        re.compile(
            r"\bbekendgemaakt\b|\bgepubliceerd\s+in\s+het\s+(?:gemeenteblad|staatscourant)\b",
            re.I,
        ),
    ),
    (
        "commissievergadering",
        re.compile(
            r"\b(?:raads|advies)?commissie(?:s|vergadering(?:en)?)?\b|\bcie\b|\bbio\b|\bbeeldvormend\w*\b|"
            rf"{_JUDGING}|"
            # (not the party "Forum voor Democratie")
            r"\b(?:raads)?informatiebijeenkomst\b|\bforum\b(?!\s+voor\s+democratie)|\braads?sessie\b|\bcarrousel\b|"
            r"\bthemabijeenkomst\b|\bwerksessie\b|\binformatieavond\b|\braadsavond\b|"
            r"\bronde ?tafel\w*\b|\brtg\b|\bpresidium\b|\bpolitieke markt\b|"
            r"\b(?:raads)?informatie(?:sessie|avond)\b|\btechnische sessie\b|\braadsronde\b|"
            r"\bthema-?avond\b|\braadsconferentie\b|\bpolitiek beraad\b|"
            # more of the names councils give the meetings that prepare a decision: "Politieke
            # avond", "Informatievergadering Samenleving", "hoorzitting", "raadswerkgroep",
            # "Digitale raadsontmoeting"
            r"\bpolitieke\s+(?:avond|dag|bijeenkomst|ontmoeting|ronde)\b|"
            r"\binformatie(?:vergadering|commissie|ronde|markt)\b|\bhoorzitting\b|"
            r"\braads(?:werkgroep|ontmoeting)\b",
            re.I,
        ),
    ),
    (
        "raadsvergadering",
        re.compile(
            # (the Raad van State, a school's raad van toezicht: other bodies)
            rf"\b(?:uw |de )?(?:gemeente)?raad(?:svergadering)? van\b(?!\s+{OTHER_RADEN})|"
            r"\b(?:gemeente)?raad vergadert\b|\bvergadert de (?:gemeente)?raad\b|"
            r"\b(?:gemeente)?raads?-?\s?vergadering(?:en)?\b|\bbegrotingsraad\b|\bbegrotingsvergadering\b|"
            r"\bbesluitvormende (?:raads)?vergadering\b|"
            # what some councils call the meeting or a part of it: "Raadsplein", "Besluitvorming
            # (raad)", the vragenhalfuur before it
            r"\braadsplein\b|\bbesluitvorming\s*\(raad\)|\bvragenhalf\s?uur(?:tje)?\b|"
            r"\bbegrotingsbehandeling\b|\b(?:gemeente)?raden?\b[^.;]{0,30}\bbuig(?:t|en) zich\b|"
            # a meeting resumed on another day: "De vergadering werd geschorst en hervat op 14
            # oktober" (and RESUMED_ON)
            r"\bvergadering\b[^.;]{0,60}?\b(?:hervat|voortgezet|vervolgd)\s+op\b|"
            r"\bbuig(?:t|en)\b[^.;]{0,30}\b(?:gemeente)?raden?\s+zich\b|"
            r"\bvergaderde (?:de )?(?:gemeente)?raad\b|\b(?:gemeente)?raad vergaderde\b|"
            # "waar de raad op 10 oktober 2023 over heeft vergaderd", "Op 8 maart werd de laatste
            # vergadering van de huidige gemeenteraad gehouden"
            r"\b(?:gemeente)?raad\b[^.;]{0,40}?\b(?:heeft|hebben)\s+vergaderd\b|"
            rf"\bvergadering\s+van\s+de\s+(?:\w+\s+)?(?:gemeente)?raad\b(?!\s+van\s+{OTHER_RADEN})|"
            # "De gemeenteraad nam onder andere de volgende besluiten op donderdag 28 maart"
            r"\b(?:gemeente)?raad\s+n(?:am|amen|eemt|emen)\b[^.;]{0,40}?\bbesluiten\b|"
            # "Afgelopen maandag, 16 april, heeft de nieuwe gemeenteraad haar eerste besluiten
            # genomen"
            r"\bheeft\s+de\s+(?:\w+\s+)?(?:gemeente)?raad\b[^.;]{0,30}?\bbesluiten\s+genomen\b|"
            r"\b(?:gemeente)?raad\s+heeft\b[^.;]{0,40}?\bbesluiten\s+genomen\b|"
            # "Op 3 maart kwam de raad bijeen", "De gemeenteraad besprak de sporthal"
            r"\bkwam (?:de )?(?:gemeente)?raad\b[^.;]{0,30}\bbijeen\b|"
            # "De Leiderdorpse gemeenteraad kwam vrijdagmiddag bij elkaar", "Op 4 januari heeft
            # de besluitvorming in de raad plaatsgevonden"
            r"\b(?:gemeente)?raad\s+kwam\b[^.;]{0,30}\b(?:bijeen|bij\s+elkaar)\b|"
            r"\bbesluitvorming\s+(?:in|door)\s+de\s+(?:gemeente)?raad\b|"
            r"\b(?:gemeente)?raad (?:besprak|debatteerde)\b|\b(?:besprak|debatteerde) de (?:gemeente)?raad\b|"
            # "Het voorstel behandelt de raad op 2 september"
            r"\bbehandel(?:t|en|de|den) (?:de )?(?:gemeente)?raad\b|"
            r"\b(?:gemeente)?raad behandel(?:t|de)\b|\bbehandeld in de (?:gemeente)?raad\b|"
            # "Over de motie wordt op 27 juni gestemd"; a tie: "Op 6 juli staakten de stemmen"
            r"\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+){0,4}?gestemd\b|"
            r"\bstaakten\s+de\s+stemmen\b|\bde\s+stemmen\s+staakten\b|"
            # "Behandeling in de raadscommissie is op 9 maart en in de gemeenteraad op 22 maart"
            r"\bin\s+de\s+(?:gemeente)?raad\s+op\s+(?=\d)|"
            # what the council will be asked at its meeting: "De raad wordt op 17 december 2020
            # voorgesteld de Gebiedsvisie vast te stellen", "wordt in juni gevraagd in te stemmen"
            r"\b(?:gemeente)?raad\s+wordt\s+(?:op|in)\s+[^.;]{3,30}?\b(?:gevraagd|voorgesteld)\b|"
            r"\b(?:voor te leggen|voorleggen|voorgelegd|ter besluitvorming|te agenderen|geagendeerd)"
            r"\b[^.;]{0,30}\b(?:aan|voor|in) de (?:gemeente)?raad\b",
            re.I,
        ),
    ),
)
COMMITTEE = re.compile(
    r"\b((?i:commissie|cie\.?|carrousel|forum(?!\s+voor\s+democratie)|voorronde|drechtstedendinsdag|drechtraad|raadssessie|"
    r"raadscommissie|adviescommissie|presidium|raadsronde|politieke markt|politiek beraad|"
    r"informatiesessie|raadsinformatieavond|technische sessie|thema-?avond))"
    r"((?:[ \t]+\d{1,2}\b)?(?:[ \t]+(?:en|voor|van|&)?[ \t]*[A-Z][\w&-]*){0,4})"
)
_NATURE = (
    ("presentatie", re.compile(r"\bpresentatie\b|\bgepresenteerd\b", re.I)),
    ("beeldvormend", re.compile(r"\bbeeldvormend\w*\b|\bbio\b", re.I)),
    (
        "informerend",
        re.compile(
            r"\binformerend\w*\b|informatie(?:bijeenkomst|avond|sessie)\b|\bwerksessie\b|"
            r"\bthemabijeenkomst\b|\btechnische sessie\b",
            re.I,
        ),
    ),
    ("oordeelsvormend", re.compile(_JUDGING, re.I)),
    ("besluitvormend", re.compile(r"\bbesluitvormend\w*\b", re.I)),
)
_TIME = re.compile(
    r"(?:\b(?:tijd|aanvang|om|vanaf)\s*:?\s*|^\s*)([01]?\d|2[0-3])[.:]([0-5]\d)\b"
    r"(?:\s*uur|(?=\s*(?:-|–|tot)\s*\d))|"
    r"\bin de (ochtend|middag|avond)\b|\b(ochtend|middag|avond)vergadering\b",
    re.I | re.M,
)
_TOPIC = re.compile(
    r"\b(?:over|inzake|betreffende|m\.b\.t\.|met betrekking tot|ten aanzien van|"
    r"aangaande|getiteld|met als onderwerp|ingestemd met|stemde[n]?(?: \w+)? in met|"
    r"akkoord met|besloten tot|(?:besloten|vastgesteld) om)\s+((?:de |het |een )?[^.;:,()]{3,90})",
    re.I,
)
# In council news and a council's list, "de vergadering van 8 november" is the council's.
BARE_MEETING = re.compile(
    r"\b(?:in|tijdens|na|op|voor|sinds)\s+de\s+(?:(?:ingelaste|extra|vorige|volgende|"
    r"eerstvolgende|laatste|openbare)\s+)?vergadering(?:en)?\s+(?:van|op)\b",
    re.I,
)
# In council news and reports: "Zo is ingestemd met ...", "werd de verordening vastgesteld".
PASSIVE_DECISION = re.compile(
    r"(?<!zal )(?<!zullen )\b(?:is|werd|werden|zijn|wordt|worden)\s+(?:\w+\s+){0,3}?(?:"
    + UNANIMOUS
    + r"\s+)?"
    r"(?:ingestemd met|vastgesteld|aangenomen|goedgekeurd)\b|\bstemde[n]?\s+(?:\w+\s+){0,4}?in(?: met)?\b|"
    # "Aan deze wens is unaniem voor gestemd door de raad"
    r"\b(?:is|werd)\s+(?:\w+\s+){0,2}?voor\s+gestemd\s+door\s+de\s+(?:gemeente)?raad\b",
    re.I,
)
_NAMED = re.compile(
    r"\b((?:de |het )?\w*(?:nota|notitie|verordening|beleidsplan|beleidskader|visie|uitvoeringsplan|"
    r"notitie|regeling|plan|programma|raadsvoorstel|motie|amendement|begroting|jaarrekening|"
    r"voorjaarsnota|kadernota|zienswijze)\b[^.;:,()]{0,80})",
    re.I,
)


_ADVISORY_BODY = re.compile(
    r"\b((?:adviesraad|participatieraad|cliëntenraad|clientenraad|seniorenraad|jongerenraad|"
    r"wmo-raad)(?:\s+(?:sociaal\s+domein|(?-i:[A-Z])[\w-]*)){0,3})",
    re.I,
)


def advisory_body(sentence: str) -> str:
    """The advisory council an advice is from, as the sentence names it."""
    m = _ADVISORY_BODY.search(sentence)
    name = m.group(1) if m else "adviesraad"
    return name[:1].upper() + name[1:]


def committee(text: str) -> str | None:
    m = COMMITTEE.search(text)
    if not m:
        return None
    body, name = m.group(1), norm(m.group(2))
    if body.lower().startswith("cie"):  # "Cie. Burgers en Samenleving"
        body = "Commissie"
    name = re.sub(r"\s+(?:van|en|voor|&)$", "", name)
    if body.lower() in ("commissie", "raadscommissie") and not name:
        return None
    return norm(f"{body[0].upper()}{body[1:]} {name}")


def nature(text: str) -> str | None:
    return next((name for name, p in _NATURE if p.search(text)), None)


def time_of(text: str) -> str | None:
    m = _TIME.search(text)
    if not m:
        return None
    if m[1]:
        return f"{int(m[1]):02d}:{m[2]}"
    return (m[3] or m[4]).lower()


def topic(text: str) -> str | None:
    """What a sentence is about, in its own words: after "over", "inzake", or a named plan."""
    m = _TOPIC.search(text) or _NAMED.search(text)
    if not m:
        return None
    return short(m.group(1))


# Where a topic ends: a clause ("dat", "om"), a verb of the next clause ("volgen we"), a subject.
_CLAUSE = re.compile(
    r"(?<!\bheel)\s+(?:dat|die|waarin|waarbij|waarmee|omdat|zodat|wat|en dat|om|volgen|volgt|is|zijn|wordt|"
    r"worden|werd|werden|heeft|hebben|zal|zullen|gaat|gaan|komt|komen|moet|moeten|kan|kunnen|"
    r"wil|willen|we|wij|u|ik|hij|zij|het college|de raad)\s+",
    re.I,
)


def short(text: str, words: int = 10) -> str:
    """The first words of a phrase, up to where a clause begins: a title, never a cut sentence."""
    cut = _CLAUSE.split(" ".join(text.split()[:words]) + " ", maxsplit=1)[0]
    if cut.count("(") > cut.count(")"):
        cut = cut[: cut.rfind("(")]  # no half a parenthesis
    return _DANGLING.sub("", cut.strip().rstrip(" -–,;:"))


# A title does not end in a preposition or an article: "de nota ... aan" loses its "aan".
_DANGLING = re.compile(
    r"(?:\s+(?:aan|van|voor|met|op|in|over|naar|bij|de|het|een|en|of|te))+$", re.I
)


_KIND_TITLE = {
    "raadsbesluit": "Raadsbesluit",
    "collegebesluit": "Collegebesluit",
    "raadsinformatiebrief": "Raadsinformatiebrief",
    "raadsvoorstel": "Raadsvoorstel",
    "motie": "Motie",
    "amendement": "Amendement",
    "commissievergadering": "Commissievergadering",
    "raadsvergadering": "Raadsvergadering",
    "vragen": "Vragen",
    "inspraak": "Inspraak",
    "advies": "Advies",
    "bekendmaking": "Bekendmaking",
}


# "het amendement", "het amendement verworpen en het voorstel aangenomen": the act's own noun,
# bare or with its outcome, names nothing about it.
_BARE_KIND = re.compile(
    r"^(?:(?:de|het|een|ons|onze)\s+)?(\w+)(?:\s*$|\s+(?:aangenomen|verworpen|ingediend|"
    r"ingetrokken|aangehouden|gesteund)\b)",
    re.I,
)


# A motion named by the words after its noun, its fate after the name: "de motie
# Vuurwerkvrije zones aangenomen", "het amendement Groen op het plein verworpen".
_NAMED_VOTE = re.compile(
    r"^(?:de|het|een|onze|ons|hun)\s+(?:motie|amendement)\s+(?P<name>(?-i:[A-Z‘“'\"])[^,;:]{2,80}?)"
    r"\s+(?:unaniem\s+)?(?:aangenomen|verworpen|ingediend|ingetrokken|aangehouden)$",
    re.I,
)


def title(kind: str, sentence: str, when: str, body: str | None = None) -> str:
    """A short title naming the act: "Commissie Mens en Maatschappij: de start van het team",
    "Raadsinformatiebrief over de voortgang"; never a cut sentence."""
    name = body if kind == "commissievergadering" and body else _KIND_TITLE.get(kind, kind)
    about = topic(sentence)
    # "Amendement over amendement": a bare noun naming the act's own kind says nothing
    bare = _BARE_KIND.match(about) if about else None
    if about and (len(about) < 3 or (bare is not None and bare[1].lower() == kind)):
        about = None
    named = _NAMED_VOTE.match(about) if about and kind in ("motie", "amendement") else None
    if named is not None:  # "de motie Vuurwerkvrije zones aangenomen": Motie Vuurwerkvrije zones
        return f"{name} {named['name']}"
    if about:
        joiner = (
            ": "
            if kind == "commissievergadering"
            else " over "
            if not about.lower().startswith(
                ("de nota", "het raadsvoorstel", "de verordening", "het beleidsplan", "de motie")
            )
            else ": "
        )
        return f"{name}{joiner}{about}"
    return f"{name} {when}"


# Who promises: a wethouder by name, the burgemeester, or the college.
_PROMISER = re.compile(
    r"\b((?i:wethouder|burgemeester|portefeuillehouder))\b((?:\s+(?:de|van|der|den|ten|ter|[A-Z][\w'-]*))*)"
)


def promiser(sentence: str, named: str | None) -> str:
    m = _PROMISER.search(sentence)
    if not m:
        return "college"
    role = m.group(1).lower()
    name = norm(m.group(2))
    if re.search(r"[A-Z]", name):
        return norm(f"{role.capitalize()} {name}")
    if role in ("wethouder", "portefeuillehouder") and named:
        return named
    return "wethouder" if role == "portefeuillehouder" else role


# A vote's count after a title: "Jaarstukken 2020 (aanwezig:37 voor:37 tegen:0)", "(voor: 19,
# tegen: 4)". The count is the outcome's evidence, kept in the quote; no part of the title.
_COUNT_AFTER = re.compile(
    r"\s*\(+\s*(?:aanwezig\s*:?\s*\d+\s*[,;]?\s*)?voor\s*:?\s*\d+\b[^()]*(?:\([^()]*\)[^()]*)?\)?\s*$",
    re.I,
)


def tidy(title: str, limit: int = 100) -> str:
    """A title as a reader wants it: one line, no closing full stop, no vote count after it,
    and when long, cut at a clause boundary or a word, never ending on a preposition or
    article."""
    title = norm(title)
    title = _COUNT_AFTER.sub("", title).rstrip(" .;:,") or title.rstrip(" .;:,")
    if len(title) <= limit:
        return title
    head = title[:limit]
    cut = max(
        head.rfind(", "), head.rfind("; "), head.rfind(" - "), head.rfind(" – "), head.rfind(" (")
    )
    head = head[:cut] if cut > limit // 2 else head[: head.rfind(" ")]
    return _DANGLING.sub("", head.rstrip(" ,;:-–(")) or title[:limit]
