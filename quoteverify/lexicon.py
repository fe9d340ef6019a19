"""Data tables: quote marks, reporting verbs, titles, roles, organisations, pronouns.

Adding a reporting verb or a title is a one-line change here; no code needs to know.
"""

from __future__ import annotations

from quoteverify.lexicon_names import FEMALE_NAMES, MALE_NAMES, PLATFORMS, UNISEX_NAMES

# --- quote marks -------------------------------------------------------------------------------
# Each mark belongs to a family; a quote opened by one family is closed only by that family,
# and marks of the other families inside it are nested quotes (kept inside the outer one).
DOUBLE = "double"
SINGLE = "single"
ANGLE = "angle"

# mark -> (family, direction); direction is "open", "close" or "either" (decided by context)
MARKS: dict[str, tuple[str, str]] = {
    "“": (DOUBLE, "open"),
    "”": (DOUBLE, "close"),
    "„": (DOUBLE, "open"),  # German/Polish low opener, closed by “ or ”
    "‟": (DOUBLE, "open"),
    '"': (DOUBLE, "either"),
    "''": (DOUBLE, "either"),  # LexisNexis and typewriter double quotes
    "``": (DOUBLE, "open"),  # LaTeX/PTB-style opener
    "’’": (DOUBLE, "close"),
    "‘‘": (DOUBLE, "open"),
    "‘": (SINGLE, "open"),
    "’": (SINGLE, "close"),
    "‚": (SINGLE, "open"),
    "‛": (SINGLE, "open"),
    "'": (SINGLE, "either"),
    "«": (ANGLE, "open"),
    "»": (ANGLE, "close"),
    "‹": (ANGLE, "open"),
    "›": (ANGLE, "close"),
}

# English openers that close German and Polish quotes („…“, ‚…‘): after a word and before a
# space or punctuation, they may close (‘ only after a ‚ in its paragraph: in English text a
# ‘ after a word is a misturned apostrophe).
CLOSING_OPENERS = frozenset({"“", "‘"})
LOW_SINGLE_OPENER = "‚"

# Words that a leading apostrophe shortens: 'em, 'til, rock 'n' roll, 'tis. Not quote openers.
ELISIONS = frozenset(
    {"em", "til", "till", "cause", "n", "tis", "twas", "bout", "round", "nuff", "s", "d", "ll"}
)

# Characters after which a mark may open a quote, and before which it may close one.
# Dashes: em, en, hyphen and the quotation dash (U+2015) that credits a quote: "…" ― Name.
DASHES = frozenset("—–-―")
OPEN_CONTEXT = frozenset("([{</:;,") | DASHES
CLOSE_CONTEXT = frozenset(".,;:!?)]}>…/") | DASHES

# --- reporting verbs ---------------------------------------------------------------------------
# Lemmas of verbs that introduce someone's words; inflections are generated below.
REPORTING_VERBS = """
    say tell add ask write tweet post state explain note argue warn claim insist respond
    reply answer continue recall acknowledge admit announce assert caution charge complain
    concede confirm declare deny describe emphasize emphasise estimate predict promise quip
    remark report reiterate repeat reveal scoff shout stress suggest testify urge vow wonder
    yell agree allege boast contend counter declare joke lament maintain mention muse
    observe opine plead pledge predict proclaim protest recount retort rule scream
    sigh speculate whisper concur conclude decry blast slam criticize criticise praise thank
    accuse call dub label term brand hail blame demand ridicule mock tout recommend advise
    inform assure reassure caution summarize summarise comment indicate mutter chime
    interject begin start hint signal sign retaliate gloat bark snap fume rail exclaim
    marvel cheer chant implore beg brag tease taunt jab jeer thunder gush rave relate reason
    surmise theorize offer remind read lecture scold rebut reflect volunteer pronounce
    preach sing holler cry grumble shrug email elaborate remember react question riff
    echo ponder confide denounce highlight cite affirm exhort press rate find reference
    """.split()

IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "begin": ("begin", "begins", "began", "beginning", "begun"),
    "find": ("find", "finds", "found", "finding"),
}

# Words after which a reporting verb is a noun: "the reports", "his claims".
NOUN_MARKERS = frozenset(
    """
    the a an his her their its our my your these those this that such no any some
    """.split()
)

# Verbs that report only with their particle: "went on", "pointed out", "chimed in".
PHRASAL_CUES: dict[str, str] = {
    "went": "on",
    "goes": "on",
    "pointed": "out",
    "points": "out",
    "chimed": "in",
    "summed": "up",
    "shot": "back",
    "fired": "back",
    "wrote": "back",
    "put": "it",
    "puts": "it",
}

# Prepositions whose object is never the subject of the verb after it: "marching through the
# streets chanted", "took the stage in Baltimore and called".
PREPOSITIONS = frozenset(
    """
    in on at through into onto from to of by near outside inside across along around over
    under behind toward towards against among between beyond within without during
    """.split()
)

# Sentence openers that start an adverbial, not the subject: "At the debate, Sanders said".
LEADING_PREPOSITIONS = frozenset(
    """
    at in on after before during since following despite while when as with without amid of
    like unlike
    here
    """.split()
)

# Verbs whose forms double as nouns ("a call", "his remarks"): their bare form is never taken
# as a cue, and their -s form only after a name, a pronoun or an adverb.
NOUN_LIKE_VERBS = frozenset(
    """
    call term report claim comment post answer reply tweet sign signal hint start cry
    offer remark protest promise plead rule state note charge demand label brand dub
    praise thank blame quip count read rave joke sigh shout whisper scream cheer chant
    jab reason email question echo press retort rate reference find
    """.split()
)

# Verbs that take the addressee first: "told reporters", "assured voters".
ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "inform", "assure", "reassure", "advise", "urge", "warn"}
)

# Verbs that describe rather than report ("called it a ..."): they attribute quoted fragments
# but do not make a sentence-long quote an utterance by themselves.
DESCRIBING_VERBS = frozenset(
    {"call", "dub", "label", "term", "brand", "describe", "hail", "rate"}
)

# Multi-word cues that stand before the source: "according to X", "in the words of X".
SOURCE_PREPOSITIONS = ("according to", "in the words of", "quoting", "per")

# Words that may sit between a subject and its reporting verb: "Rutte also said".
VERB_ADVERBS = frozenset(
    """
    also later then again previously once earlier recently repeatedly has had have would
    will is was were are be been being had reportedly flatly simply just quickly further
    privately publicly separately jokingly angrily bluntly frequently often never not
    did does do could might may must shall should can only now still
    """.split()
)

# Openers that stand before a sentence's subject, with a comma: "Hours later, Trump said".
# Single words ending in -ly count too when they end like an adverb ("Reluctantly"), since
# "Kelly" and "Reilly" are names: see ADVERB_ENDINGS.
SENTENCE_OPENERS = frozenset(
    """
    later earlier ago afterward afterwards meanwhile still however instead yesterday today
    tonight then now also moreover nevertheless nonetheless separately overnight
    """.split()
)
OPENER_LEADS = frozenset({"last", "this", "next", "earlier", "later", "that", "the", "on", "back"})
ADVERB_ENDINGS = ("ally", "ately", "ously", "ively", "ntly", "ctly", "edly", "ingly", "ily", "ely")

# --- people and roles --------------------------------------------------------------------------
PRONOUNS: dict[str, str] = {
    "he": "male",
    "she": "female",
    "they": "plural",
    "i": "self",
    "we": "plural",
    "it": "neuter",
}

# Honorifics carry gender, and are dropped from names: "Mr. Trump" -> "Trump".
HONORIFICS: dict[str, str | None] = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "dr": None,
    "dr.": None,
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
}

# Generational suffixes: not a surname ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Letters written after a name for an honour, a rank at the bar or a degree: no part of the
# name ("Amira Shah QC", "Sir Tom Hale KBE", "Ana Ruiz, PhD").
POSTNOMINALS = frozenset("qc kc sc obe mbe cbe kbe dbe phd esq".split())

# Words that come before a person's name and are no part of it, in the news of many countries
# (titles and honorifics beyond TITLE_WORDS and HONORIFICS): "Mallam Garba Shehu", "Sheikh
# Hasina", "Alhaji Atiku Abubakar", "Datuk Seri Anwar Ibrahim". Read only when two speakers are
# compared across documents; a word that is also a common given name or surname ("Don",
# "Tan", "Major") is left out.
NAME_PREFIXES = frozenset(
    """
    mallam malam alhaji alhaja hajia haji hajji sheikh shaikh sheik sheikha shaykh imam
    ayatollah hojatoleslam mullah maulana mufti sayyid syed sri shri shree smt shrimati kumari
    pandit swami sadhguru datuk dato datin tun tunku tengku seri sri. chief oba mwalimu mzee
    sir dame lord lady baroness baron viscount earl duke duchess
    rev rev. reverend pastor father fr fr. rabbi cardinal bishop archbishop pope patriarch
    prof prof. professor dr dr. doctor engr engr. engineer barrister advocate
    hon hon. honourable honorable rt rt. right excellency
    gen gen. general col col. colonel maj. lt lt. lieutenant capt capt. captain sgt sgt.
    sergeant adm adm. admiral cmdr cmdr. commander brig brig. brigadier marshal field
    mx mme mme. mlle monsieur madame herr frau señor senor señora senora sra sra. sr. srta
    emir sultan sheikhs
    former then ex late
    """.split()
)

# Capitalised line openers with a colon that are not transcript speaker labels: headings,
# credits and the news agencies a photo credit names ("AP: Associated Press", "Photo: Reuters").
LABEL_STOPWORDS = frozenset(
    """
    NOTE UPDATE UPDATED CORRECTION CLARIFICATION WATCH READ MORE RELATED PHOTOS PHOTO VIDEO
    EDITOR'S EDITORS LIVE BREAKING EXCLUSIVE ANALYSIS OPINION SOURCE SOURCES CREDIT FILE
    TRANSCRIPT SUBJECT TOPIC DATE TIME LOCATION PLACE WHO WHAT WHEN WHERE WHY HOW LISTEN SEE
    ALSO ADVERTISEMENT WARNING ALERT URL LINK CONTACT EMAIL TEL PHONE FAX PS NB FYI TL DR TLDR
    IMAGE IMAGES PICTURE PICTURES CAPTION GRAPHIC MAP CHART AUDIO PODCAST GALLERY SLIDESHOW
    COPYRIGHT BYLINE BY DATELINE HEADLINE SUMMARY TAGS TAG TOPICS SHARE FOLLOW SUBSCRIBE
    SIGN UP NEWSLETTER SPONSORED PROMOTED AD ADS SPONSOR NEXT PREVIOUS CONTINUE
    AP AFP UPI REUTERS GETTY EPA PA DPA ANSA XINHUA KYODO YONHAP TASS AAP CP ANI PTI IANS
    BLOOMBERG SHUTTERSTOCK ALAMY ISTOCK WIREIMAGE ASSOCIATED PRESS AGENCE FRANCE-PRESSE
    """.split()
)

# Title words: they make a role, never part of a name ("Defense Secretary Lloyd Austin").
TITLE_WORDS = frozenset(
    """
    president vice-president secretary secretary-general minister prime chancellor
    governor senator sen. sen rep. rep representative congressman congresswoman
    congressmember mayor judge justice chief general gen. gen lt. lt col. col colonel
    admiral adm. sgt. sgt sergeant captain capt. capt commander lieutenant major maj.
    gov. gov ambassador director chairman chairwoman chair spokesman spokeswoman
    spokesperson spokespeople aide adviser advisor official officials leader speaker
    whip attorney prosecutor sheriff detective officer commissioner deputy assistant
    press manager strategist pollster analyst economist professor prof. dr. founder ceo
    cfo coo executive candidate nominee chief-of-staff counsel councilman councilwoman
    councillor councilor lawmaker lawmakers delegate del. rev. reverend pastor pope bishop
    archbishop cardinal rabbi imam king queen prince princess emperor dictator premier president-
    elect clerk treasurer administrator inspector superintendent coach owner partner
    head editor columnist correspondent reporter anchor host diplomat envoy negotiator
    economist researcher scientist historian expert strategist staffer surrogate
    operative consultant lobbyist activist organizer organiser member minority majority
    emeritus former acting interim incoming outgoing then- democrat republican
    """.split()
) | frozenset(
    # offices and jobs written before a name beyond US politics: sport, courts, police,
    # health, science, business, and local government in Canada, the UK, Ireland, Australia,
    # India and Africa ("Goalkeeper Tom Reyes", "Reeve Harold Beaton", "MLA Farhan Qureshi")
    """
    goalkeeper keeper striker midfielder defender winger fullback full-back centre-back
    quarterback linebacker pitcher catcher shortstop batsman batter bowler all-rounder
    wicketkeeper skipper referee umpire jockey playmaker goaltender netminder
    magistrate barrister solicitor lawyer juror coroner advocate bailiff registrar
    constable superintendent trooper marshal warden firefighter paramedic
    nurse surgeon physician paediatrician pediatrician psychiatrist psychologist
    epidemiologist virologist pharmacist midwife dentist
    lecturer physicist chemist biologist geneticist ecologist astronomer geologist
    engineer academic curator archaeologist statistician meteorologist
    forecaster
    entrepreneur investor developer banker broker trader accountant shopkeeper farmer
    fisherman florist harbourmaster headteacher headmaster headmistress principal
    vice-chancellor chaplain vicar priest
    alderman alderwoman mp mla mpp msp mha mna mep td mca reeve corporator collector
    legislator assemblyman assemblywoman assemblymember selectman supervisor
    conservative liberal progressive labour tory
    """.split()
)

# Nouns that can head a role mention used as a speaker: "the NATO chief said".
ROLE_HEADS = frozenset(
    """
    chief president secretary minister governor senator representative congressman
    congresswoman mayor judge justice general admiral ambassador director chairman
    chairwoman chair spokesman spokeswoman spokesperson aide adviser advisor official
    leader speaker attorney prosecutor sheriff officer commissioner deputy manager
    strategist pollster analyst economist professor founder executive candidate nominee
    counsel lawmaker delegate premier chancellor diplomat envoy negotiator researcher
    scientist historian expert staffer surrogate operative consultant lobbyist activist
    organizer member source sources officials aides advisers lawmakers experts analysts
    critic critics supporters residents witnesses voters republicans democrats leaders people
    person man woman doctor lawyer teacher student worker owner resident witness veteran
    host anchor reporter editor columnist employee observer insider friend conservative
    liberal politico opponent protester demonstrator participant commentator fan neighbor
    colleague relative wife husband mother father son daughter brother sister user
    questioner caller reader viewer listener commenter blogger attendee biographer
    holder player teammate boss nurse surgeon physician lecturer engineer investor
    trader banker farmer fisherman florist passenger commuter driver tenant landlord parent
    pupil headteacher principal priest vicar coroner magistrate barrister solicitor juror
    defendant claimant plaintiff constable superintendent inspector firefighter paramedic
    skipper captain coach referee striker goalkeeper midfielder defender councillor
    councilor alderman reeve corporator collector legislator shopkeeper volunteer
    """.split()
)

# Role nouns that say a person's gender: "spokeswoman", "His wife, Carys Rose".
FEMALE_ROLE_WORDS = frozenset(
    """
    spokeswoman congresswoman chairwoman councilwoman businesswoman woman wife mother
    daughter sister widow grandmother girlfriend niece aunt actress queen princess duchess
    policewoman alderwoman assemblywoman headmistress sportswoman
    """.split()
)
MALE_ROLE_WORDS = frozenset(
    """
    spokesman congressman chairman councilman businessman man husband father son brother
    widower grandfather boyfriend nephew uncle king prince duke policeman alderman
    assemblyman headmaster sportsman
    """.split()
)

# Capitalised words that head an organisation: "the State Department", "the Kremlin".
ORG_HEADS = frozenset(
    """
    pentagon kremlin department ministry agency administration office committee
    commission council party campaign government court senate house congress parliament
    bureau service police army navy military company corporation inc. inc corp. corp
    ltd. ltd group association union institute foundation university college school
    times post journal news network press reuters bloomberg cnn nbc abc cbs msnbc fox ap
    afp bbc nato un eu who fbi cia nsa dhs doj state coalition alliance federation board
    authority organization organisation center centre fund bank
    municipality trust society tribunal panel assembly legislature club league charity
    hospital airline airways railway railways utility cabinet secretariat embassy
    consulate directorate inquiry regiment cooperative co-op
    """.split()
)

# Writings quoted as speaking: "the letter reads", "the statement said", "the IMF report says".
DOCUMENT_NOUNS = frozenset(
    """
    letter statement report article memo email e-mail editorial study paper survey document
    filing complaint lawsuit suit ruling order book website post tweet release
    press-release transcript ad advertisement spot sign banner headline message note
    decision opinion petition resolution bill platform manifesto indictment affidavit brief
    motion readout summary copy clip video movie film footage card playbook column passage
    testimonial transcript investigation inquiry probe review audit analysis poll
    """.split()
)

# Single-word organisations that need no "the": "Moscow said", "Beijing warned".
ORG_NAMES = (
    frozenset(
        """
    pentagon kremlin nato moscow beijing washington kyiv kiev pyongyang seoul tokyo
    london paris berlin brussels tehran jerusalem ankara delhi reuters bloomberg
    """.split()
    )
    | PLATFORMS
)  # "Twitter said in a statement": the company

# Words that are capitalised at a sentence start but are not names.
NOT_NAMES = frozenset(
    """
    the a an this that these those it its he she they we i you his her their our my your
    but and or so yet for nor if when while as after before because although though
    since until in on at by with from of to into about over under between during without
    within than then there here what who whom whose which why how where all some many
    most more much no not one two three four five six seven eight nine ten first last
    next new other such monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december mr mrs
    ms dr yes also still even just only however meanwhile now today yesterday tomorrow
    earlier later asked said says told according read related share story continues
    advertisement despite although unlike like among amid against across along around
    beyond toward towards upon via per following including regarding concerning asked
    speaking writing responding both either neither each every any another whether
    though until unless once nearly almost about
    """.split()
)

# Words of NOT_NAMES that are also surnames (Theresa May, George Will, Al From): read as a
# name only alone between a quote and its verb (`"…," May said.`).
SURNAME_HOMONYMS = frozenset({"may", "will", "from"})

# Abbreviations that end in a period without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col sgt capt maj adm cmdr rev st jr sr inc corp
    ltd co no vs etc u.s u.k u.n e.u d.c n.y l.a a.m p.m jan feb mar apr jun jul aug sep
    sept oct nov dec ft mt pres sec dept atty supt gov't ala ariz ark calif colo conn
    del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
    penn tenn tex va vt wash wis wisc wyo
    """.split()
)

# Document lines that are site furniture, not reporting: they never hold quotes of record.
BOILERPLATE_PREFIXES = ("read next:", "related:", "read more:", "see also:", "watch:", "listen:")

# Words naming what follows in quote marks: a title or a name, not somebody's words.
TERM_INTRODUCERS = frozenset(
    """
    titled entitled named nicknamed dubbed known so-called called hashtag slogan motto phrase
    word term
    """.split()
)
# Nouns for works and names that introduce a title: `the album "Northern Lights"` (but not
# words: `his campaign "of hatred"`, `the report "wasn't good"`).
TITLE_NOUNS = frozenset(
    """
    album song single film movie book novel show series program programme play musical
    opera poem episode column podcast documentary painting exhibition report operation
    project campaign magazine newspaper website app game brand
    """.split()
)


# Verbs that double their last consonant: "admitted", "quipped", "jabbed".
DOUBLED_FINALS = frozenset("slam quip admit jab snap beg shrug rebut dub".split())


def verb_forms(lemma: str) -> tuple[str, ...]:
    """The inflected forms of a reporting verb.

    >>> verb_forms("admit")
    ('admit', 'admits', 'admitted', 'admitting')
    >>> verb_forms("tweet")
    ('tweet', 'tweets', 'tweeted', 'tweeting')
    >>> verb_forms("deny")
    ('deny', 'denies', 'denied', 'denying')
    """
    if lemma in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x", "o")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    if lemma in DOUBLED_FINALS:
        return (lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


# inflected form -> lemma
CUE_VERBS: dict[str, str] = {form: lemma for lemma in REPORTING_VERBS for form in verb_forms(lemma)}
# The forms that open a sentence inverted: `Said Comey: "`, `Added Ana Ruiz, "`, `Says Trump, "`
# (not a base form, a noun as often as a verb: `State Sen. Lee Bright`; not `Speaking at`).
INVERTED_CUES = frozenset(
    form.capitalize()
    for form, lemma in CUE_VERBS.items()
    if form != lemma and not form.endswith("ing")
)


# Words that show a capitalised run names a person: titles, honorifics, first names.
PERSON_EVIDENCE = frozenset(
    {w.rstrip(".") for w in TITLE_WORDS | HONORIFICS.keys()}
    | FEMALE_NAMES
    | MALE_NAMES
    | UNISEX_NAMES
)
