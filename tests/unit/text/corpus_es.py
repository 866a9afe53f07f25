"""Spanish sentences written for Closer, each with what the text engine should find in it.

Read with the message table (I-statement builder, repair plan) and the Spanish lexicon. Each
case gives the sentence and every kind found, with its phrases as written, in reading order;
an empty dict expects nothing. Accents may be missing ("Tu nunca", "Jamas"): matching folds them.
"""

from __future__ import annotations

from .corpus_en import Case

MESSAGE: tuple[Case, ...] = (
    Case("message", "Tú nunca me escuchas.", {"blame": ("Tú nunca",), "absolute": ("nunca",)}),
    Case("message", "Tu nunca me escuchas", {"blame": ("Tu nunca",), "absolute": ("nunca",)}),
    Case("message", "TÚ SIEMPRE LLEGAS TARDE.", {"blame": ("TÚ SIEMPRE",), "absolute": ("SIEMPRE",)}),
    Case("message", "Nunca me ayudas con la casa.", {"blame": ("Nunca me",), "absolute": ("Nunca",)}),
    Case("message", "Jamás me preguntas cómo estoy.", {"blame": ("Jamás me",), "absolute": ("Jamás",)}),
    Case("message", "Siempre dejas todo tirado en la cocina.", {"absolute": ("Siempre", "todo")}),
    Case("message", "Todo el tiempo estás con el celular.", {"absolute": ("Todo el tiempo",)}),
    Case("message", "Cada vez que hablo, me interrumpes.", {"absolute": ("Cada vez que",)}),
    Case("message", "Ni una sola vez llamaste para avisar.", {"absolute": ("Ni una sola vez",)}),
    Case("message", "Nadie en esta casa lava los platos.", {"absolute": ("Nadie",)}),
    Case("message", "Me haces sentir invisible cuando miras el teléfono.", {"blame": ("Me haces sentir",)}),
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
    Case("message", "Siento que tú no me quieres.", {"feel-that": ("Siento que tú no",)}),
    Case("message", "Siento que no te importo.", {"feel-that": ("Siento que no",)}),
    Case("message", "Siento como si tú ya no estuvieras aquí.", {"feel-that": ("Siento como si tú",)}),
    Case("message", "Me siento triste cuando cenamos con el teléfono en la mesa.", {}),
    Case("message", "Me siento sola cuando llegas tarde sin avisar.", {}),
    Case("message", "Me siento tonta cuando no entiendo la conversación.", {}),
    Case("message", "Soy tan tonto, olvidé nuestro aniversario.", {}),
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
    Case("message", "Me gustaría que cenáramos juntos el viernes.", {}),
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
    ),
    Case("message", "Jamas me pides perdon.", {"blame": ("Jamas me",), "absolute": ("Jamas",)}),
)
