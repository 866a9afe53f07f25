"""Spanish sentences written for Closer, each with what the text engine should find in it.

Read with the Spanish lexicon and the table each case names ("message": I-statement builder and
repair plan; "reply": reflective listening; "good-news"). Each case gives the sentence and every
kind found, with its phrases as written, in reading order; an empty dict expects nothing.
Accents may be missing ("Tu nunca", "Jamas"): matching folds them.
"""

from __future__ import annotations

from .corpus_en import Case

MESSAGE: tuple[Case, ...] = (
    Case("message", "Tú nunca me escuchas.", {"blame": ("Tú nunca",), "absolute": ("nunca",)}),
    Case(
        "message",
        "Tu nunca me escuchas",
        {"blame": ("Tu nunca",), "absolute": ("nunca",)},
        "no accents and no full stop: matching folds accents",
    ),
    Case("message", "TÚ SIEMPRE LLEGAS TARDE.", {"blame": ("TÚ SIEMPRE",), "absolute": ("SIEMPRE",)}),
    Case("message", "Nunca me ayudas con la casa.", {"blame": ("Nunca me",), "absolute": ("Nunca",)}),
    Case("message", "Jamás me preguntas cómo estoy.", {"blame": ("Jamás me",), "absolute": ("Jamás",)}),
    Case(
        "message",
        "Siempre dejas todo tirado en la cocina.",
        {"absolute": ("Siempre", "todo")},
        "an absolute without “tú” is not a blame opener",
    ),
    Case("message", "Todo el tiempo estás con el celular.", {"absolute": ("Todo el tiempo",)}),
    Case("message", "Cada vez que hablo, me interrumpes.", {"absolute": ("Cada vez que",)}),
    Case("message", "Ni una sola vez llamaste para avisar.", {"absolute": ("Ni una sola vez",)}),
    Case("message", "Nadie en esta casa lava los platos.", {"absolute": ("Nadie",)}),
    Case(
        "message",
        "Me haces sentir invisible cuando miras el teléfono.",
        {"blame": ("Me haces sentir",)},
        "what follows “me haces sentir” is the speaker's feeling",
    ),
    Case("message", "Tú me haces la vida difícil.", {"blame": ("Tú me haces",)}),
    Case("message", "Me hiciste sentir tonta delante de tus amigos.", {"blame": ("Me hiciste sentir",)}),
    Case("message", "Por tu culpa llegamos tarde a la boda.", {"blame": ("Por tu culpa",)}),
    Case("message", "Es tu culpa que estemos así.", {"blame": ("Es tu culpa",)}),
    Case("message", "Mira lo que hiciste.", {"blame": ("Mira lo que hiciste",)}),
    Case(
        "message",
        "¿Por qué siempre tienes que tener la razón?",
        {"blame": ("¿Por qué siempre",), "absolute": ("siempre",), "command": ("tienes que",)},
    ),
    Case("message", "Por qué no puedes llegar a tiempo", {"blame": ("Por qué no puedes",)}),
    Case(
        "message",
        "Siento que tú no me quieres.",
        {"feel-that": ("Siento que tú no",)},
        "“siento que tú…” is a thought about the partner, not a feeling",
    ),
    Case(
        "message",
        "Siento que no te importo.",
        {"feel-that": ("Siento que no",)},
        "a thought even without “tú”",
    ),
    Case("message", "Siento como si tú ya no estuvieras aquí.", {"feel-that": ("Siento como si tú",)}),
    Case("message", "Me siento triste cuando cenamos con el teléfono en la mesa.", {}),
    Case("message", "Me siento sola cuando llegas tarde sin avisar.", {}),
    Case(
        "message",
        "Me siento tonta cuando no entiendo la conversación.",
        {},
        "a feeling about oneself, not a label",
    ),
    Case(
        "message",
        "Soy tan tonto, olvidé nuestro aniversario.",
        {},
        "about the speaker (“soy”), not the partner",
    ),
    Case("message", "Eres un flojo y un egoísta.", {"label": ("flojo", "egoísta")}),
    Case("message", "Eres muy egoísta con tu tiempo.", {"label": ("egoísta",)}),
    Case("message", "Eres una mentirosa.", {"label": ("mentirosa",)}),
    Case("message", "¡Típico!", {"label": ("Típico",)}),
    Case("message", "Eres demasiado sensible.", {"label": ("demasiado sensible",)}),
    Case("message", "Sí, claro, como si te importara.", {"sarcasm": ("Sí, claro",)}),
    Case("message", "Gracias por nada.", {"sarcasm": ("Gracias por nada",)}),
    Case("message", "Qué sorpresa, otra vez tarde.", {"sarcasm": ("Qué sorpresa",)}),
    Case("message", "¿En serio?", {"sarcasm": ("¿En serio?",)}),
    Case("message", "Lo que sea.", {"sarcasm": ("Lo que sea",)}),
    Case("message", "Qué patético.", {"contempt": ("patético",)}),
    Case("message", "¿Qué te pasa?", {"contempt": ("Qué te pasa",)}),
    Case("message", "Tienes que cambiar.", {"command": ("Tienes que",)}),
    Case("message", "Deberías ayudarme más.", {"command": ("Deberías",)}),
    Case("message", "Me gustaría que cenáramos juntos el viernes.", {}, "a request, nothing to change"),
    Case("message", "¿Podrías avisarme si vas a llegar tarde?", {}),
    Case("message", "Necesito un rato a solas después del trabajo.", {}),
    Case(
        "message",
        "Me siento dolida cuando olvidas lo que te pido, porque necesito sentir que cuento contigo.",
        {},
    ),
    Case("message", "Te quiero y me gusta pasar tiempo contigo.", {}),
    Case(
        "message",
        "Anoche me sentí ignorado cuando te fuiste a dormir sin hablar.",
        {"judgement-feeling": ("ignorado",)},
        "“ignorado” says what the partner did",
    ),
    Case(
        "message",
        "Jamas me pides perdon.",
        {"blame": ("Jamas me",), "absolute": ("Jamas",)},
        "“jamas” without its accent is still an absolute",
    ),
)
REPLY: tuple[Case, ...] = (
    Case(
        "reply",
        "Parece que estás agotada. ¿Entendí bien?",
        {"checked": ("Parece que", "¿Entendí bien?"), "named_feeling": ("agotada",)},
    ),
    Case(
        "reply",
        "No te preocupes, al menos tienes trabajo.",
        {"minimising": ("No te preocupes",), "silver_lining": ("al menos",)},
    ),
    Case("reply", "Deberías hablar con tu jefe mañana.", {"advice": ("Deberías",)}),
    Case("reply", "A mí me pasó lo mismo el año pasado.", {"self_story": ("A mí me pasó",)}),
    Case("reply", "Sé exactamente cómo te sientes.", {"assuming": ("Sé exactamente cómo te sientes",)}),
    Case(
        "reply",
        "Suena muy frustrante. ¿Quieres hablar de eso o te servirían ideas?",
        {"named_feeling": ("frustrante",), "asked_what_helps": ("Quieres hablar", "te servirían ideas")},
    ),
    Case(
        "reply",
        "No te preocupes, es solo un fin de semana.",
        {"minimising": ("No te preocupes",)},
        "“solo” here is the adverb “only”, not a feeling",
    ),
    Case("reply", "Te sientes muy solo con todo esto.", {"named_feeling": ("sientes muy solo",)}),
)
GOOD_NEWS: tuple[Case, ...] = (
    Case(
        "good-news",
        "¡Felicidades! Te lo mereces, trabajaste tanto.",
        {"excitement": ("Felicidades",), "effort": ("Te lo mereces", "trabajaste tanto")},
    ),
    Case(
        "good-news",
        "Qué bien. Por cierto, ¿qué hay de cenar?",
        {"praise": ("Qué bien",), "subject": ("Por cierto", "qué hay de cenar")},
    ),
    Case("good-news", "¿Estás seguro? Es muy arriesgado.", {"doubts": ("Estás seguro", "muy arriesgado")}),
    Case(
        "good-news",
        "Genial, pero ¿quién va a cuidar a los niños?",
        {"excitement": ("Genial",), "but": ("pero",), "doubts": ("quién va a",)},
    ),
)
CORPUS: tuple[Case, ...] = (*MESSAGE, *REPLY, *GOOD_NEWS)
