"""Data for comparing two wordings of a quote: what is house style and what is a change.

Tables only (their use is in :mod:`.changes`): number words, negations, the function words
that never make an edge substitution, contractions, abbreviations, and the spelling of words
that British and American English write differently. Adding a pair is one entry.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    word: value
    for value, word in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen
        fourteen fifteen sixteen seventeen eighteen nineteen""".split()
    )
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "dozen": 12.0}

NEGATIONS = frozenset(
    "not never no nobody nothing none neither nor cannot nowhere without".split()
)
"""Words that negate (and every word ending in n't)."""

# Contractions as the words they stand for: "we've" is "we have", "won't" is "will not".
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
    "shan't": ("shall", "not"), "ain't": ("am", "not"), "let's": ("let", "us"),
    "i'm": ("i", "am"), "it's": ("it", "is"), "that's": ("that", "is"),
    "there's": ("there", "is"), "here's": ("here", "is"), "what's": ("what", "is"),
    "he's": ("he", "is"), "she's": ("she", "is"), "who's": ("who", "is"),
}
CONTRACTED_ENDINGS: dict[str, tuple[str, ...]] = {
    "n't": ("not",), "'ve": ("have",), "'re": ("are",), "'ll": ("will",), "'d": ("would",),
}

# Words so common that one replaced at the edge of a quote, in another outlet's quote, says
# more about where each outlet cut the sentence than about the words said.
FUNCTION_WORDS = frozenset(
    """
    a an the and or but so yet for nor of to in on at by with from as into onto about than
    then that this these those it its he she they we you i me him her them us my our your
    their his is are was were be been am do does did have has had will would can could shall
    should may might must if because while when where which who whom whose what there here
    also just very too not no yes well oh now all some any
    """.split()
)

# Abbreviations and the words they stand for (folded, without their periods).
ABBREVIATED: dict[str, tuple[str, ...]] = {
    "sen": ("senator",), "rep": ("representative",), "gov": ("governor",),
    "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",), "sgt": ("sergeant",),
    "capt": ("captain",), "cmdr": ("commander",), "adm": ("admiral",), "dept": ("department",),
    "govt": ("government",), "mt": ("mount",), "ft": ("fort",), "st": ("saint",),
    "mr": ("mister",), "dr": ("doctor",), "prof": ("professor",), "jr": ("junior",),
    "approx": ("approximately",), "vs": ("versus",), "v": ("versus",),
    "us": ("united", "states"), "usa": ("united", "states", "of", "america"),
    "uk": ("united", "kingdom"), "un": ("united", "nations"), "eu": ("european", "union"),
    "nyc": ("new", "york", "city"), "dc": ("district", "of", "columbia"),
    "percent": ("per", "cent"), "okay": ("ok",), "ok": ("okay",),
}

# Words spelt two ways, one British and one American, that no rule in changes.py derives.
SPELLINGS: dict[str, str] = {
    "judgement": "judgment", "ageing": "aging", "enrol": "enroll", "enrolment": "enrollment",
    "fulfil": "fulfill", "fulfilment": "fulfillment", "skilful": "skillful", "grey": "gray",
    "plough": "plow", "mould": "mold", "sceptic": "skeptic", "sceptical": "skeptical",
    "aluminium": "aluminum", "cosy": "cozy", "jewellery": "jewelry", "learnt": "learned",
    "spelt": "spelled", "dreamt": "dreamed", "burnt": "burned", "whilst": "while",
    "amongst": "among", "towards": "toward", "afterwards": "afterward", "defence": "defense",
    "offence": "offense", "licence": "license", "pretence": "pretense", "practise": "practice",
    "practised": "practiced", "manoeuvre": "maneuver", "moustache": "mustache",
    "programme": "program", "programmes": "programs", "catalogue": "catalog",
    "dialogue": "dialog", "analogue": "analog", "paediatric": "pediatric",
    "encyclopaedia": "encyclopedia", "oestrogen": "estrogen", "foetus": "fetus",
    "kilometre": "kilometer", "kilometres": "kilometers", "pyjamas": "pajamas",
    "cheque": "check", "gaol": "jail", "storey": "story", "tyre": "tire", "kerb": "curb",
}

# Irregular forms of one verb: "is" and "was" are the same word in another form.
IRREGULAR_LEMMAS: dict[str, str] = {
    form: lemma
    for lemma, forms in {
        "be": "be am is are was were been being 's 're 'm",
        "have": "have has had having 've",
        "do": "do does did done doing",
        "say": "say says said saying",
        "go": "go goes went gone going",
        "get": "get gets got gotten getting",
        "make": "make makes made making",
        "take": "take takes took taken taking",
        "give": "give gives gave given giving",
        "come": "come comes came coming",
        "know": "know knows knew known knowing",
        "think": "think thinks thought thinking",
        "see": "see sees saw seen seeing",
        "tell": "tell tells told telling",
        "will": "will would 'll 'd wo",
        "can": "can could ca",
        "shall": "shall should sha",
        "may": "may might",
    }.items()
    for form in forms.split()
}
