"""Spanish words that, said of the reader (or of the couple as "los dos"), assume a gender: the data
test_gender_neutral_spanish.py reads the site's Spanish text against (style: gender-neutral where
possible: "Cuando quieras", "Te damos la bienvenida", "las dos personas se sienten seguras").

Each word is written in its masculine singular form; the test looks for it said of the reader
("cuando estés listo"), doubled ("listo o lista"), with a slash ("listo/a"), or of the couple
("los dos se sienten seguros").
"""

from __future__ import annotations

from typing import NamedTuple

WORDS: tuple[str, ...] = (
    "listo",
    "seguro",
    "bienvenido",
    "preparado",
    "solo",
    "cansado",
    "agotado",
    "dispuesto",
    "expuesto",
    "tranquilo",
    "convencido",
    "decidido",
    "ocupado",
    "escuchado",
    "molesto",
    "enojado",
    "preocupado",
    "nervioso",
    "frustrado",
    "abrumado",
    "herido",
    "asustado",
)

# Verbs (and a few set phrases) that make the word that follows them about the reader: "tú".
READER_VERBS: tuple[str, ...] = (
    "estés",
    "estás",
    "estarías",
    "estarás",
    "estar",
    "te sientes",
    "te sientas",
    "te sentirías",
    "sentirte",
    "eres",
    "seas",
    "te ves",
    "te notas",
    "se te nota",
)

# Words that may stand between such a verb and the adjective ("te sientes más listo").
DEGREE_WORDS: tuple[str, ...] = (
    "más",
    "menos",
    "muy",
    "todavía",
    "tan",
    "bastante",
    "completamente",
    "un poco",
)

# The couple, named in the masculine plural ("los dos se sienten seguros").
COUPLE_WORDS: tuple[str, ...] = ("los dos", "ambos")


class Allowed(NamedTuple):
    """A use the test lets through: where (a file, or a source file of a catalog entry), the words
    as found, and why they are fine."""

    where: str
    found: str
    why: str


# Feeling words a person picks for themself ("me siento cansado/a"), written with both endings so
# that either reads as theirs. A neutral feelings vocabulary (nouns: "cansancio") would need the
# worksheets' sentences ("me siento {feeling}") to change too: a piece of work of its own.
VOCABULARY_SOURCES: tuple[str, ...] = (
    "worksheets/library/feelings_explorer.py",
    "worksheets/library/i_statement.py",
    "worksheets/library/reflective_listening.py",
    "worksheets/library/repair_plan.py",
    "worksheets/text/listening.py",
)

ALLOWED: tuple[Allowed, ...] = (
    Allowed(
        "docs/chapters/understanding-emotional-intimacy.es.md",
        "bienvenido",
        "said of a feeling (“su sentimiento no era bienvenido”), not of a person",
    ),
    Allowed(
        "worksheets/locale/es/LC_MESSAGES/worksheets.po",
        "bienvenida",
        "said of a worry (“su preocupación no es bienvenida”), not of a person",
    ),
)
