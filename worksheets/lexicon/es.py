"""Spanish words for the text rules (neutral Latin American Spanish, "tú"): the same lists as en.py.

Written for Closer, for the same ideas as the English lists (harsh start-up, criticism versus
complaint, contempt; naming a feeling, checking a guess, asking before advising). Matching
ignores case and the acute, grave and diaeresis accents (text/fold.py), so "jamás" and
"jamas", "tú" and "tu" are one word; the tilde of "ñ" counts. The phrase syntax is described
in `worksheets/lexicon/__init__.py`.
"""

from __future__ import annotations

from . import Lexicon

# --- a message to a partner (I-statement builder, repair plan) ------------------------------

ABSOLUTES = (
    "siempre",
    "nunca",
    "jamás",
    "todo el tiempo",
    "cada vez",
    "todas las veces",
    "cada vez que",
    "constantemente",
    "ni una vez",
    "ni una sola vez",
    "nada",
    "todo",
    "nadie",
)

# Openers that put the partner at the centre; those ending in "sentir" are kept apart: what
# follows is the speaker's own feeling, which a rewrite can reuse.
BLAME_OPENERS = (
    "[tú] [siempre|nunca|solo|de verdad] me (haces|hiciste)",
    "tú siempre",
    "tú nunca",
    "tú jamás",
    "(nunca|jamás) me",
    "siempre me (dejas|ignoras|interrumpes|criticas)",
    "ni siquiera",
    "por tu culpa",
    "[es|todo es|esto es] [toda] tu culpa",
    "(tú eres|eres) [la] (razón|culpable)",
    "mira lo que hiciste",
    "¿por qué siempre",
    "por qué siempre",
    "por qué no puedes",
    "por qué nunca",
)
BLAME_MAKES_FEEL = (
    "[tú] [siempre|nunca|solo|de verdad] me (haces|hiciste) sentir",
    "me haces sentir",
    "me hiciste sentir",
)

# "Siento que tú …": a thought about the partner dressed as a feeling.
FEEL_THAT = ("(siento|sentí) (que|como si) [tú] (tú|tu|te|no|nunca|siempre|me|eres|estás)",)

FEEL_OPENERS = ("me siento", "me sentí", "siento", "sentí", "me estoy sintiendo", "sintiéndome")
FEEL_FRAME = ("me siento",)
NEED_FRAME = ("necesito",)
MADE_TO_FEEL = ("me (hace|haces|hizo|hiciste) sentir",)

INTENSIFIERS = ("muy", "tan", "bastante", "demasiado", "un poco", "algo", "totalmente", "súper")

# Words that sound like feelings but say what someone did to us; with gentler feelings to try.
GENTLER = {
    "ignorado": "solo o dolido",
    "ignorada": "sola o dolida",
    "rechazado": "dolido o triste",
    "rechazada": "dolida o triste",
    "abandonado": "solo o con miedo",
    "abandonada": "sola o con miedo",
    "traicionado": "dolido o en shock",
    "traicionada": "dolida o en shock",
    "manipulado": "incómodo o confundido",
    "manipulada": "incómoda o confundida",
    "menospreciado": "dolido o enojado",
    "menospreciada": "dolida o enojada",
    "usado": "dolido o resentido",
    "usada": "dolida o resentida",
    "criticado": "dolido o avergonzado",
    "criticada": "dolida o avergonzada",
    "atacado": "asustado o alterado",
    "atacada": "asustada o alterada",
    "juzgado": "avergonzado o dolido",
    "juzgada": "avergonzada o dolida",
    "controlado": "incómodo o enojado",
    "controlada": "incómoda o enojada",
    "presionado": "ansioso o atascado",
    "presionada": "ansiosa o atascada",
}

LABELS = (
    "flojo",
    "floja",
    "egoísta",
    "loco",
    "loca",
    "típico",
    "inútil",
    "estúpido",
    "estúpida",
    "idiota",
    "tonto",
    "tonta",
    "infantil",
    "inmaduro",
    "inmadura",
    "irresponsable",
    "desconsiderado",
    "desconsiderada",
    "descuidado",
    "descuidada",
    "grosero",
    "grosera",
    "malagradecido",
    "malagradecida",
    "consentido",
    "consentida",
    "controlador",
    "controladora",
    "dramático",
    "dramática",
    "histérico",
    "histérica",
    "demasiado sensible",
    "ridículo",
    "ridícula",
    "mentiroso",
    "mentirosa",
    "perdedor",
    "perdedora",
    "cochino",
    "cochina",
    "narcisista",
    "psicópata",
)
# A label right after these is about the speaker: "me siento tonta", "soy tan tonto".
ABOUT_ME = ("siento", "sentí", "sentir", "sintiendo", "soy", "estoy", "fui", "me vuelve", "me pone")

SARCASM = (
    "qué bien",
    "genial, de verdad",
    "qué maravilla",
    "muchas gracias, eh",
    "gracias por nada",
    "sí, claro",
    "ay, claro",
    "claro, como si",
    "¿en serio?",
    "qué sorpresa",
    "qué amable de tu parte",
    "bravo",
)
SARCASM_PATTERNS = (
    r"(?<!\w)lo que sea(?=\s*(?:[.!?,…]|$))",
    r"(?<![!?¡¿])[!?¡¿]*(?:!\?|\?!)[!?]*",
)

CONTEMPT = (
    "patético",
    "patética",
    "qué asco",
    "das asco",
    "qué te pasa",
    "madura",
    "madura ya",
    "no me hagas reír",
    "no puede ser",
    "¿quién hace eso?",
    "quién hace eso",
    "uf",
    "bah",
)
CONTEMPT_PATTERNS = (
    r"(?<!\w)(?:pongo|pones|puso|poner|rodar|ruedo|ruedas)\s+(?:los\s+)?ojos\s+en\s+blanco(?!\w)",
    "\U0001f644",  # face with rolling eyes
    "\U0001f612",  # unamused face
)

COMMANDS = (
    "tienes que",
    "debes",
    "deberías",
    "necesitas",
    "más te vale",
    "te toca",
)
NOT_ACTIONS = ("ser", "saber", "entender", "comprender", "ver", "aprender", "aceptar", "madurar", "cambiar")
CLAUSE_BREAKS = ("cuando", "porque", "pero", "y entonces")

# --- the parts of a message, and what a request asks for -------------------------------------

SITUATION_OPENERS = ("cuando", "cada vez que")
NEED_OPENERS = ("porque necesito", "necesito", "porque", "necesidad de")
REQUEST_OPENERS = (
    "estarías dispuesto a",
    "estarías dispuesta a",
    "te parecería",
    "podrías por favor",
    "podrías",
    "puedes por favor",
    "puedes",
    "podemos",
    "podríamos",
    "por favor",
    "me gustaría que",
    "quiero que",
    "necesito que",
    "me gustaría que nosotros",
    "vamos a",
    *COMMANDS[:4],
)

STOP_STARTS = ("no", "nunca", "ya no", "deja de", "evita")
STOP_PATTERNS = (
    r"(?<!\w)(?:deja|dejes|para|pares)\s+de\s+\w+(?!\w)",
    r"(?<!\w)(?:ya\s+no|nunca\s+más|déjame\s+en\s+paz|dejame\s+en\s+paz)(?!\w)",
)

DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
TIME_WORDS = (
    "hoy",
    "esta noche",
    "mañana",
    "ahora mismo",
    "esta (mañana|tarde|semana)",
    "este fin de semana",
    "la próxima (semana|vez)",
    "(una|dos) veces (a|por) semana",
    "una vez (a|por) semana",
    "cada día",
    "todos los días",
    "cada semana",
    "después de (cenar|comer|trabajar|desayunar)",
    "antes de (dormir|cenar|trabajar)",
    "por la (mañana|tarde|noche)",
    "en la (mañana|tarde|noche)",
    "(mañanas|tardes|noches)",
    "fines de semana",
    *DAYS,
    "los sábados",
    "los domingos",
)
TIME_PATTERNS = (
    r"(?<!\w)a\s+las?\s+\d{1,2}(?::\d\d)?(?!\w)",
    r"(?<!\w)(?:\d+|un|una|dos|tres|cinco|diez|quince|veinte|treinta)\s+(?:minutos?|horas?|dias?)(?!\w)",
    r"(?<!\w)(?:cuando|si|antes\s+de\s+que|despues\s+de\s+que)\s+(?:tu|yo|nosotros|llegues|llegue)(?!\w)[^.,;!?\n]*",
)

ACTION_VERBS = (
    "preguntar", "pregúntame", "llamar", "llámame", "revisar", "limpiar", "venir", "cocinar", "hacer",
    "manejar", "vaciar", "dar", "ir", "abrazar", "abrázame", "acompañar", "dejar", "mirar", "pagar",
    "planear", "poner", "leer", "guardar", "decir", "dime", "compartir", "sentarnos", "ordenar",
    "pasar", "dividir", "empezar", "tomar", "hablar", "hablemos", "contar", "cuéntame", "escribir",
    "escríbeme", "avisar", "avísame", "intentar", "caminar", "lavar", "apagar", "sacar",
)  # fmt: skip

VAGUE = (
    "ser (más|menos|mejor) [amable|cariñoso|cariñosa|atento|atenta]",
    "hacerlo mejor",
    "esforzarte más",
    "poner de tu parte",
    "más esfuerzo",
    "que te importe",
    "(respetarme|valorarme|entenderme|apoyarme)",
    "demostrarme que te importo",
    "prestar más atención",
    "abrirte",
    "cambiar",
    "mejorar",
    "madurar",
)

LOWERCASE_STARTS = (
    "el", "la", "los", "las", "un", "una", "este", "esta", "ese", "esa", "eso", "esto", "ahí",
    "mi", "mis", "nuestro", "nuestra", "tu", "tus", "su", "sus", "nosotros", "tú", "ellos",
    "ella", "él", "después", "antes", "durante", "en", "ayer", "hoy", "anoche", "casi", "algunos",
    "cada", "nadie", "alguien", "algo",
)  # fmt: skip
CAPITALISED = ()

# --- a reply to a partner (reflective listening) ---------------------------------------------

# "solo" alone is mostly the adverb ("es solo un fin de semana"): a feeling only after a verb of feeling.
FEELINGS = (
    "asustado", "asustada", "(siento|sientes|siente|sentí|sentiste|sentirte|sentirse|estás|estoy|está)"
    " [muy|tan|un poco] solo", "sola", "enojado", "enojada", "molesto", "molesta", "ansioso",
    "ansiosa", "avergonzado", "avergonzada", "amargado", "agotado", "agotada", "quemado", "quemada",
    "confundido", "confundida", "decepcionado", "decepcionada", "desanimado", "desanimada",
    "emocionado", "emocionada", "harto", "harta", "frustrado", "frustrada", "furioso", "furiosa",
    "contento", "contenta", "agradecido", "agradecida", "culpable", "feliz", "destrozado",
    "destrozada", "impotente", "esperanzado", "esperanzada", "humillado", "humillada", "dolido",
    "dolida", "inseguro", "insegura", "invisible", "irritado", "irritada", "celoso", "celosa",
    "excluido", "excluida", "decepcionante", "triste", "nervioso", "nerviosa", "abrumado",
    "abrumada", "con pánico", "orgulloso", "orgullosa", "aliviado", "aliviada", "resentido",
    "resentida", "tenso", "tensa", "estresado", "estresada", "atascado", "atascada", "aterrado",
    "aterrada", "cansado", "cansada", "atrapado", "atrapada", "inquieto", "inquieta", "alterado",
    "alterada", "preocupado", "preocupada", "preocupación", "miedo", "frustración", "estrés",
    "soledad", "tristeza", "enojo", "rabia", "frustrante", "doloroso", "dolorosa", "pesado",
    "pesada", "agotador", "agotadora", "abrumador", "abrumadora",
)  # fmt: skip
NOT_TO_FEEL = (
    "no (te pongas|estés|te sientas)",
    "deja de (estar|sentirte)",
    "no tienes por qué",
    "no hace falta",
)

CHECKS = (
    "[parece que|suena a que|suena como si]",
    "parece que",
    "suena a que",
    "suena como si",
    "me estás diciendo que",
    "¿entendí bien?",
    "entendí bien",
    "es así",
    "¿es así?",
    "¿me acerco?",
    "me acerco",
    "¿es eso?",
    "quieres decir",
    "si te entiendo bien",
    "lo que escucho es",
    "me imagino que",
    "me pregunto si",
    "o sea que te (sientes|sentiste)",
    "corrígeme si",
    "dime si me equivoco",
)

ASKS_WHAT_HELPS = (
    "quieres (desahogarte|hablar)",
    "quieres (ideas|consejos)",
    "te servirían ideas",
    "te ayudaría",
    "qué te ayudaría",
    "cómo te puedo ayudar",
    "cómo puedo ayudarte",
    "qué necesitas",
    "qué puedo hacer",
    "quieres hablar de eso",
    "cuéntame más",
    "cómo fue",
)

ADVICE = (
    "[de verdad|solo] deberías",
    "no deberías",
    "[solo] tienes que",
    "[solo] necesitas",
    "podrías (intentar|simplemente)",
    "debes",
    "por qué no",
    "¿por qué no",
    "ya intentaste",
    "has intentado",
    "has pensado en",
    "yo que tú",
    "si yo fuera tú",
    "mi consejo",
    "lo que tienes que hacer",
    "lo mejor es",
    "el truco es",
    "quizás intenta",
)
GUESSED_FEELING = ("sentirte", "estar", "haberte sentido")
JUST_ADVICE = (
    "solo (ignóralo|ignóralos|dile|déjalo|olvídalo|relájate|respira|acéptalo|duerme|habla"
    "|pregunta|llama|vete|quédate)",
)
SPEAKER = ("yo", "nosotros")

SILVER_LININGS = (
    "por lo menos",
    "al menos",
    "[mira] el lado bueno",
    "el lado positivo",
    "míralo así",
    "todo pasa por algo",
    "es una bendición",
    "no hay mal que por bien no venga",
    "deberías estar agradecido",
    "deberías estar agradecida",
    "piensa en lo positivo",
)
MINIMISING = (
    "no es para tanto",
    "no es gran cosa",
    "no te preocupes",
    "cálmate",
    "pudo ser peor",
    "podría ser peor",
    "estás exagerando",
    "vas a estar bien",
    "todo va a estar bien",
    "no es nada",
    "supéralo",
    "no seas tan sensible",
    "demasiado sensible",
    "no es tan grave",
    "no es el fin del mundo",
    "anímate",
    "le pasa a todo el mundo",
    "a todos nos pasa",
    "no te lo tomes personal",
    "no te estreses",
    "relájate",
    "ya pasará",
)
SELF_STORIES = (
    "a mí me pasó",
    "me pasó lo mismo",
    "lo mismo me pasó",
    "eso me recuerda",
    "me acuerdo cuando",
    "cuando yo era",
    "yo tuve lo mismo",
    "igual yo",
    "eso no es nada",
    "y crees que eso es malo",
    "intenta ser yo",
    "una vez yo",
    "mi día fue",
)
ME_TOO = ("yo también",)
PREPOSITIONS = ("por", "para", "a", "con", "en", "de", "sobre", "como", "y", "desde")
ASSUMING = (
    "sé exactamente cómo te sientes",
    "sé cómo te sientes",
    "sé exactamente lo que quieres decir",
    "te entiendo perfectamente",
    "sé lo que se siente",
)
SELF_WORDS = ("yo", "me", "mi", "mis", "mío", "mía", "conmigo")
YOU_WORDS = ("tú", "tu", "tus", "te", "ti", "contigo", "tuyo", "tuya")

# --- a reply to good news (responding to good news) -----------------------------------------

GOOD_NEWS_EXCITEMENT = (
    "increíble", "guau", "felicidades", "felicitaciones", "qué orgullo", "orgulloso de ti",
    "orgullosa de ti", "fantástico", "genial", "maravilloso", "qué emoción", "qué felicidad",
    "me alegro tanto", "me alegro mucho", "qué alegría", "bien merecido", "es enorme",
    "no lo puedo creer", "la mejor noticia", "qué buena noticia", "no puede ser", "lo lograste",
    "me encanta", "cuéntamelo todo", "cuéntame todo",
)  # fmt: skip
GOOD_NEWS_EFFORT = (
    "trabajaste", "trabajaste tanto", "tanto esfuerzo", "te lo ganaste", "te lo mereces",
    "lo querías", "tanto tiempo", "toda esa práctica", "tu esfuerzo", "valió la pena",
    "no te rendiste", "seguiste adelante", "significa mucho", "lo hiciste de todos modos",
)  # fmt: skip
GOOD_NEWS_PRAISE = (
    "bien", "qué bien", "bueno", "está bien", "chévere", "bien hecho", "buen trabajo", "ok",
    "okey", "nada mal", "suena bien", "ajá", "mm", "mmm",
)  # fmt: skip
GOOD_NEWS_DOUBTS = (
    "estás seguro", "estás segura", "y qué pasa con", "cómo vas a", "cómo vamos a", "no crees que",
    "y si", "nos alcanza", "te alcanza", "vale la pena", "cuál es el truco", "demasiado",
    "muy arriesgado", "arriesgado", "ten cuidado", "el problema es", "me preocupa", "quién va a",
    "cuándo vamos a", "pagar", "la desventaja", "realista", "no te ilusiones", "ya veremos",
    "tuviste suerte", "no sé si",
)  # fmt: skip
GOOD_NEWS_BUT = ("pero", "aunque", "sin embargo")
GOOD_NEWS_SUBJECT = (
    "en fin", "por cierto", "hablando de", "te acordaste", "viste", "no te olvides", "no olvides",
    "puedes pasar por", "puedes comprar", "qué hay de cenar", "qué cenamos", "adivina qué",
    "bueno, ya", "lo que sea", "cambiando de tema", "has visto", "dónde pusiste", "tenemos que",
    *SELF_STORIES,
)  # fmt: skip

LEXICON = Lexicon(
    code="es",
    phrases={
        "absolutes": ABSOLUTES,
        "blame_openers": BLAME_OPENERS,
        "blame_makes_feel": BLAME_MAKES_FEEL,
        "feel_that": FEEL_THAT,
        "feel_openers": FEEL_OPENERS,
        "feel_frame": FEEL_FRAME,
        "need_frame": NEED_FRAME,
        "made_to_feel": MADE_TO_FEEL,
        "intensifiers": INTENSIFIERS,
        "judgement_feelings": tuple(GENTLER),
        "labels": LABELS,
        "about_me": ABOUT_ME,
        "sarcasm": SARCASM,
        "contempt": CONTEMPT,
        "commands": COMMANDS,
        "not_actions": NOT_ACTIONS,
        "clause_breaks": CLAUSE_BREAKS,
        "situation_openers": SITUATION_OPENERS,
        "need_openers": NEED_OPENERS,
        "request_openers": REQUEST_OPENERS,
        "stop_starts": STOP_STARTS,
        "time_words": TIME_WORDS,
        "action_verbs": ACTION_VERBS,
        "vague": VAGUE,
        "lowercase_starts": LOWERCASE_STARTS,
        "capitalised": CAPITALISED,
        "feelings": FEELINGS,
        "not_to_feel": NOT_TO_FEEL,
        "checks": CHECKS,
        "asks_what_helps": ASKS_WHAT_HELPS,
        "advice": ADVICE,
        "guessed_feeling": GUESSED_FEELING,
        "just_advice": JUST_ADVICE,
        "speaker": SPEAKER,
        "silver_linings": SILVER_LININGS,
        "minimising": MINIMISING,
        "self_stories": SELF_STORIES,
        "me_too": ME_TOO,
        "prepositions": PREPOSITIONS,
        "assuming": ASSUMING,
        "self_words": SELF_WORDS,
        "you_words": YOU_WORDS,
        "good_news_excitement": GOOD_NEWS_EXCITEMENT,
        "good_news_effort": GOOD_NEWS_EFFORT,
        "good_news_praise": GOOD_NEWS_PRAISE,
        "good_news_doubts": GOOD_NEWS_DOUBTS,
        "good_news_but": GOOD_NEWS_BUT,
        "good_news_subject": GOOD_NEWS_SUBJECT,
    },
    patterns={
        "sarcasm": SARCASM_PATTERNS,
        "contempt": CONTEMPT_PATTERNS,
        "stop_anywhere": STOP_PATTERNS,
        "time_words": TIME_PATTERNS,
    },
    gentler=GENTLER,
)
