"""English words for the text rules: every list the rule tables in `worksheets.text` name.

Written for Closer. The ideas behind the message lists (harsh start-up, criticism versus
complaint, contempt) and the listening lists (naming a feeling, checking a guess, asking
before advising) come from the chapters' sources; the words are our own. The phrase syntax
is described in `worksheets/lexicon/__init__.py`.
"""

from __future__ import annotations

from . import Lexicon

# --- a message to a partner (I-statement builder, repair plan) ------------------------------

ABSOLUTES = (
    "always",
    "never",
    "every time",
    "every single time",
    "all the time",
    "constantly",
    "not once",
    "nothing",
    "everything",
    "nobody",
    "no one",
)

# Openers that put the partner at the centre. Those that end in "me feel" are kept apart:
# what follows them is the speaker's own feeling, which a rewrite can reuse.
BLAME_OPENERS = (
    "you [always|never|just|really|constantly] (make|made) me",
    "you always",
    "you never",
    "you don't even",
    "you can't even",
    "you just don't",
    "because of you",
    "[it's|it is|this is|that's] [all] your fault",
    "(you're|you are) the reason",
    "look what you did",
    "why do you always",
    "why can't you",
    "why don't you ever",
)
BLAME_MAKES_FEEL = (
    "you [always|never|just|really|constantly] (make|made) me feel",
    "(you're|you are) [always] making me feel",
)

# "I feel that you …": a thought about the partner dressed as a feeling.
FEEL_THAT = ("(i feel|i felt) (that|like|as if|as though) (you|your)",)

# The openers of a feeling, also stripped from a feeling a person types ("I feel tired").
FEEL_OPENERS = ("I feel", "I felt", "I'm feeling", "I am feeling", "feeling")
# How a feeling or a need a person typed is read, as part of a message.
FEEL_FRAME = ("I feel",)
NEED_FRAME = ("I need",)
# "… makes me feel": the words after it are a feeling too.
MADE_TO_FEEL = ("(make|makes|made|making) me feel",)
# Words between an opener and its feeling ("I feel so ignored").
INTENSIFIERS = ("so", "really", "very", "totally", "completely", "a bit", "kind of", "quite", "a little")

# Words that sound like feelings but say what someone did to us; with gentler feelings to try.
GENTLER = {
    "ignored": "lonely or hurt",
    "rejected": "hurt or sad",
    "abandoned": "lonely or scared",
    "betrayed": "hurt or shocked",
    "manipulated": "uneasy or confused",
    "disrespected": "hurt or angry",
    "unappreciated": "tired or sad",
    "taken for granted": "worn out or sad",
    "used": "hurt or resentful",
    "criticised": "hurt or embarrassed",
    "criticized": "hurt or embarrassed",
    "attacked": "scared or upset",
    "judged": "embarrassed or hurt",
    "neglected": "lonely or sad",
    "unheard": "lonely or frustrated",
    "misunderstood": "frustrated or lonely",
    "controlled": "uneasy or angry",
    "pressured": "anxious or stuck",
}

LABELS = (
    "lazy",
    "selfish",
    "crazy",
    "typical",
    "useless",
    "hopeless",
    "stupid",
    "idiot",
    "childish",
    "immature",
    "irresponsible",
    "inconsiderate",
    "thoughtless",
    "careless",
    "clueless",
    "rude",
    "ungrateful",
    "spoiled",
    "clingy",
    "needy",
    "controlling",
    "dramatic",
    "hysterical",
    "too sensitive",
    "oversensitive",
    "ridiculous",
    "liar",
    "loser",
    "jerk",
    "slob",
    "nag",
    "control freak",
    "drama queen",
    "narcissist",
    "psycho",
)
# A label word right after these is about the speaker, not the partner: "you make me feel
# stupid", "I'm so stupid", "it drives me crazy".
ABOUT_ME = (
    "feel",
    "feels",
    "felt",
    "feeling",
    "i'm",
    "i am",
    "i was",
    "i've been",
    "i get",
    "me",
)

SARCASM = (
    "oh great",
    "great, just great",
    "just great",
    "thanks a lot",
    "thanks for nothing",
    "yeah right",
    "oh sure",
    "sure, because",
    "oh really",
    "big surprise",
    "what a surprise",
    "nice going",
    "how nice of you",
    "seriously?",
)
# What a plain phrase cannot say: "whatever" as a brush-off (before punctuation or at the
# end), and the "?!" of exasperation.
SARCASM_PATTERNS = (
    r"(?<!\w)whatever(?=\s*(?:[.!?,…]|$))",
    r"(?<![!?])[!?]*(?:!\?|\?!)[!?]*",
)

CONTEMPT = (
    "pathetic",
    "disgusting",
    "what('s| is) wrong with you",
    "grow up",
    "get a grip",
    "give me a break",
    "are you kidding me",
    "who does that",
    "ugh",
    "pfft",
)
CONTEMPT_PATTERNS = (
    r"(?<!\w)roll(?:s|ed|ing)?\s+(?:my\s+|your\s+|his\s+|her\s+|their\s+)?eyes(?!\w)",
    r"(?<!\w)eye[\s-]?roll(?:s|ed|ing)?(?!\w)",
    "\U0001f644",  # face with rolling eyes
    "\U0001f612",  # unamused face
)

COMMANDS = (
    "you need to",
    "you should",
    "you have to",
    "you must",
    "you'd better",
    "you better",
    "you ought to",
    "you've got to",
    "you gotta",
)
# After "you should", these verbs make a poor request ("Would you be willing to know better?").
NOT_ACTIONS = ("be", "know", "understand", "realise", "realize", "see", "get", "learn", "accept", "grow")
# Where the words a rewrite reuses end ("you make me feel small | when I talk").
CLAUSE_BREAKS = ("when", "because", "but", "and so")

# --- the parts of a message, and what a request asks for -------------------------------------

SITUATION_OPENERS = ("when", "whenever")
NEED_OPENERS = ("because i need", "i need", "because", "need")
REQUEST_OPENERS = (
    "would you be willing to",
    "would you be open to",
    "would you please",
    "would you",
    "could you please",
    "could you",
    "can you please",
    "can you",
    "will you",
    "could we",
    "can we",
    "please",
    "i'd like you to",
    "i would like you to",
    "i want you to",
    "i need you to",
    "i'd like us to",
    "i would like us to",
    "i want us to",
    "let's",
    *COMMANDS[:4],
)
STOP_STARTS = ("don't", "do not", "not", "never", "no longer", "avoid")
STOP_PATTERNS = (
    r"(?<!\w)(?:stop|quit)\s+(?:\w+ing|it|that|this|being)(?!\w)",
    r"(?<!\w)(?:no\s+longer|no\s+more|any\s?more|leave\s+me\s+alone)(?!\w)",
)
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIME_WORDS = (
    "today",
    "tonight",
    "tomorrow",
    "right now",
    "this (morning|afternoon|evening|week|weekend)",
    "next (week|time)",
    "(once|twice) a week",
    "daily",
    "weekly",
    "after (dinner|work|lunch|breakfast)",
    "before (bed|dinner|work)",
    "first thing",
    "at night",
    "in the (morning|evening)",
    "(morning|mornings|evening|evenings|night|nights)",
    "(weekend|weekends|weekday|weekdays)",
    *DAYS,
    *(day + "s" for day in DAYS),
)
TIME_PATTERNS = (
    r"(?<!\w)\d{1,2}(?::\d\d)?\s?(?:am|pm|o'clock)(?!\w)",
    r"(?<!\w)at\s+\d{1,2}(?::\d\d)?(?!\w)",
    r"(?<!\w)(?:\d+|a|an|one|two|three|five|ten|fifteen|twenty|thirty)\s+(?:minutes?|hours?|days?)(?!\w)",
    r"(?<!\w)(?:when|whenever|if|before|after)\s+(?:you|i|we)(?:'\w+)?(?!\w)[^.,;!?\n]*",
)
# Requests that start with one of these verbs name something a camera could see.
ACTION_VERBS = (
    "ask", "book", "bring", "call", "check", "clean", "clear", "come", "cook", "do", "drive",
    "empty", "give", "go", "hold", "hug", "join", "leave", "let", "look", "make", "meet", "pay",
    "phone", "pick", "plan", "put", "read", "ring", "save", "say", "set", "share", "sit", "sort",
    "spend", "split", "start", "take", "talk", "tell", "text", "tidy", "try", "turn", "walk",
    "wash", "write",
)  # fmt: skip
VAGUE = (
    "be (more|less|nicer|kinder|better|there)",
    "do better",
    "try harder",
    "make an effort",
    "more effort",
    "care more",
    "care about",
    "(respect|appreciate|understand|support) me",
    "show me you care",
    "pay more attention",
    "open up",
    "change",
    "improve",
    "grow up",
)
# First words a sentence capitalises that lose it inside a clause ("The bins" -> "the bins").
LOWERCASE_STARTS = (
    "a", "an", "the", "this", "that", "these", "those", "there", "it", "its", "my", "our",
    "your", "his", "her", "their", "we", "you", "they", "he", "she", "after", "before",
    "during", "on", "at", "in", "last", "yesterday", "today", "tonight", "most", "some",
    "every", "each", "nobody", "someone", "something",
)  # fmt: skip
# Words always written with a capital when quoted back ("i'm guessing" -> "I'm guessing").
CAPITALISED = ("i",)

# --- a reply to a partner (reflective listening) ---------------------------------------------

FEELINGS = (
    "afraid", "alone", "angry", "annoyed", "anxious", "ashamed", "betrayed", "bitter",
    "burnt out", "burned out", "confused", "crushed", "disappointed", "discouraged", "drained",
    "embarrassed", "excited", "exhausted", "fed up", "frightened", "frustrated", "furious",
    "glad", "grateful", "grieving", "guilty", "happy", "heartbroken", "helpless", "homesick",
    "hopeful", "hopeless", "humiliated", "hurt", "insecure", "invisible", "irritated", "jealous",
    "left out", "let down", "lonely", "mad", "gutted", "devastated", "miserable", "shattered",
    "isolated", "ignored", "rejected", "overlooked", "torn", "under pressure", "hurting",
    "nervous", "on edge", "overwhelmed", "panicked", "powerless", "proud", "relieved",
    "resentful", "sad", "scared", "shaken", "stressed", "stuck", "tense", "terrified",
    "thrilled", "tired", "trapped", "unappreciated", "uneasy", "unsettled", "upset", "worn out",
    "worried", "worry", "worrying", "worries", "fear", "frustration", "stress", "loneliness",
    "sadness", "anger", "frustrating", "scary", "frightening", "heavy", "painful", "exhausting",
    "overwhelming",
)  # fmt: skip
# Right before a feeling word, these tell the partner not to feel it.
NOT_TO_FEEL = (
    "(don't|do not|no need to|stop|shouldn't) (be|feel)",
    "stop (being|feeling)",
    "don't",
    "do not",
    "no need to",
)
CHECKS = (
    "[it] sounds like",
    "it seems like",
    "it sounds as if",
    "are you saying",
    "(did|have) i (get|got) (that|it) right",
    "is that right",
    "is that it",
    "am i right",
    "is that close",
    "am i close",
    "is that how it felt",
    "(do|did) you mean",
    "if i understand",
    "if i'm hearing you",
    "what i'm hearing",
    "i'm guessing",
    "i wonder if",
    "so you (feel|felt)",
    "correct me if",
    "tell me if i'm wrong",
)
ASKS_WHAT_HELPS = (
    "do you want to (vent|talk)",
    "do you want (ideas|advice)",
    "would ideas help",
    "would it help",
    "what would help",
    "how can i help",
    "what do you need",
    "what can i do",
    "want to talk about it",
    "tell me more",
    "(what was that|what was it|what's it) like",
)
ADVICE = (
    "you [really|just] should",
    "you shouldn't",
    "you [just] need to",
    "you [just] have to",
    "you ought to",
    "you could (try|just)",
    "you must",
    "why don't you",
    "why not just",
    "have you tried",
    "did you try",
    "have you (thought about|considered)",
    "if i were you",
    "my advice",
    "what you (need is|should do)",
    "the best thing to do",
    "the trick is",
    "maybe try",
)
# After "you must" or "you should", these make a guess at a feeling, not advice.
GUESSED_FEELING = ("feel", "be feeling", "have felt")
# "just" + an instruction ("just ignore her"), but not after "I" or "we" ("I just want…").
JUST_ADVICE = (
    "just (ignore|tell|let|forget|say|talk|ask|relax|move|get|go|stop|quit|leave|call|text|email"
    "|try|do|breathe|accept|sleep|take|focus|push|put|walk|drop|book|find|sign|smile|stay|make)",
)
SPEAKER = ("i", "i'm", "we")
SILVER_LININGS = (
    "at least",
    "[look] on the bright side",
    "silver lining",
    "on the plus side",
    "look at it this way",
    "everything happens for a reason",
    "it's a blessing",
    "blessing in disguise",
    "be (grateful|thankful)",
    "think of the positives",
    "count your blessings",
)
MINIMISING = (
    "[it's] not a big deal",
    "no big deal",
    "not that big a deal",
    "(don't|do not) worry",
    "calm down",
    "could (be|have been) worse",
    "[you're|you are] overreacting",
    "you'll be fine",
    "it'll be (fine|okay)",
    "it's [probably] nothing",
    "get over it",
    "don't be so sensitive",
    "too sensitive",
    "it's not that bad",
    "not the end of the world",
    "cheer up",
    "happens to everyone",
    "everyone (forgets|feels)",
    "don't take it personally",
    "don't stress",
    "don't let it get to you",
    "it's (just|only) a",
    "chill out",
    "relax",
    "move on",
)
SELF_STORIES = (
    "that happened to me",
    "same thing happened to me",
    "the same thing happened",
    "that reminds me",
    "i remember when",
    "when i was",
    "i had the same",
    "same here",
    "that's like when i",
    "that's nothing",
    "you think that's bad",
    "try being me",
    "i once",
    "my day was",
)
# "me too" tells a story of one's own, except after a preposition ("let down by me too").
ME_TOO = ("me too",)
PREPOSITIONS = ("by", "for", "to", "with", "at", "from", "about", "like", "and", "of", "on")
ASSUMING = (
    "i know exactly how you feel",
    "i know how you feel",
    "i know exactly what you mean",
    "i totally get it",
    "i know what that's like",
)
SELF_WORDS = ("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive")
YOU_WORDS = ("you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll", "youre", "u")

# --- a reply to good news ---------------------------------------------------------------------

GOOD_NEWS_EXCITEMENT = (
    "amazing", "wow", "congratulations", "congrats", "so proud", "proud of you", "incredible",
    "fantastic", "brilliant", "awesome", "thrilled", "so happy for you", "happy for you",
    "so glad", "yay", "woohoo", "hooray", "well deserved", "that's huge", "so excited",
    "can't believe", "wonderful", "best news", "great news", "omg", "oh my god", "no way",
    "you did it", "love this", "i love that", "tell me everything",
)  # fmt: skip
GOOD_NEWS_EFFORT = (
    "you worked", "worked so hard", "hard work", "you earned", "earned it", "you deserve",
    "deserve it", "you've wanted", "wanted this", "all those", "all that practice", "your effort",
    "you put in", "paid off", "you kept at", "you kept going", "never gave up", "you stuck with",
    "you've missed", "means so much", "means a lot", "you did it anyway",
)  # fmt: skip
GOOD_NEWS_PRAISE = (
    "nice", "good", "that's good", "cool", "well done", "good job", "ok", "okay", "great",
    "not bad", "fine", "sounds good", "neat", "huh", "mm", "hm", "mhm",
)  # fmt: skip
GOOD_NEWS_DOUBTS = (
    "are you sure", "what about", "how will you", "how are you going to", "how will we",
    "won't that", "isn't that", "don't you think", "what if", "can we afford", "can you afford",
    "is it worth", "the catch", "too much", "too risky", "risky", "be careful", "i hope you know",
    "the problem is", "worried that", "worried about", "who will", "when will we", "pay for",
    "the downside", "realistic", "don't get your hopes up", "we'll see", "got lucky",
    "let you down", "after what", "i don't know about",
)  # fmt: skip
GOOD_NEWS_BUT = ("but", "though", "however")
GOOD_NEWS_SUBJECT = (
    "anyway", "by the way", "btw", "speaking of", "did you remember", "did you see",
    "don't forget", "can you pick up", "can you grab", "what's for dinner", "what should we have",
    "guess what", "oh well", "whatever", "in other news", "have you seen", "where did you put",
    "we need to", *SELF_STORIES,
)  # fmt: skip

LEXICON = Lexicon(
    code="en",
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
