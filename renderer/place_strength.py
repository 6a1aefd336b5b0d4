"""How firmly a sentence puts the dreamer in a place it names (renderer/director.py decides
where each passage happens from these strengths): the words of the place's clause before it,
and what the sentence says around it, a view through a window, a thing the place is inside,
a picture, someone's words, a phrase of what came before, a place seen from afar."""

from __future__ import annotations

from renderer import place_words as pw
from renderer.dream import Sentence
from renderer.mapping.daylight import time_words
from renderer.mapping.matcher import Token, readings, sentence_tags, tokenize
from renderer.mapping.plan import Keyword

SHIFTS = 0.5  # moves the dream where the place in force has faded below it ("towards the sea")
LOCATIVE = 1.0  # someone "in the corridor", "onto a beach", "at an airport"
BECOMES = 0.9  # the place turns into another: "then it was a prairie"
PARAGRAPH = 0.8  # a paragraph that opens on a place: "The corridor was long."
PRESENT = 0.75  # "there was a forest"
RIDES = 0.75  # in a road's vehicle, on a road less firmly than on one named: "in my truck"
OPENING = 0.55  # a sentence that opens on the place
MENTION_THERE = 0.5  # something else there: "waves broke on the sand"
MENTION = 0.4  # any other mention
PASSED = 0.35  # a place gone past: "we were steaming out past the breakwater"
ABOUT = 0.3  # a place only talked about: "a dream about the sea"
INSTEAD_REACH = 7  # the most words from "only" or "just" to the place there instead
WINDOW_PHRASE = 6  # the most words of an opening that looks out: "out of the kitchen window"


def place_strength(
    sentence: Sentence,
    first_in_paragraph: bool,
    keyword: Keyword,
    others: frozenset[int],
    riders: frozenset[str] = frozenset(),
    tokens: list[Token] | None = None,
) -> float:
    """How firmly a place keyword puts the dream there (others: where the sentence's other
    place keywords start; a place after one of them only qualifies it: "the creek at the
    bottom of the pasture"; riders: words of its places and vehicles, which carry the dreamer
    where they go: "the train went into a tunnel"; tokens: the sentence's, when at hand)."""
    tokens = tokens or tokenize(sentence.text, sentence.start)
    strength = _in_clause(sentence, first_in_paragraph, keyword, others, riders, tokens)
    after = [t for t in tokens if t.start >= keyword.end][:1]
    if after and not after[0].brk:
        if after[0].word in pw.ENDING:  # "the city ended and the salt flats began": there no
            return min(strength, MENTION)  # more
        if after[0].word in pw.BEGINNING and not _where_before(tokens, keyword):
            return max(strength, BECOMES)  # not "to see where the forest began"
    return strength


def _where_before(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether "where" comes right before the keyword's phrase: "where the forest began"."""
    before = [t.word for t in tokens if t.end <= keyword.start and t.word not in pw.DETERMINERS]
    return before[-1:] == ["where"]


def _in_clause(
    sentence: Sentence,
    first_in_paragraph: bool,
    keyword: Keyword,
    others: frozenset[int],
    riders: frozenset[str],
    tokens: list[Token],
) -> float:
    """place_strength from the keyword's own clause."""
    index = token_index(tokens, keyword.start)
    clause = clause_start(tokens, index)
    before = [t.word for t in tokens[clause:index]]
    before = before[_object_it(sentence, tokens, clause, index) :]
    governed = before[:1] and before[0] in pw.LOCATIVES  # by the clause's first word alone
    governed = governed and not set(before[1:]) & (pw.LOCATIVES | pw.BECOMING | pw.EXISTENTIAL)
    if governed and (verb_after(sentence, tokens, keyword) or there_after(tokens, keyword)):
        if seen_through_window(tokens, clause, index):
            return MENTION  # "outside the window the houses got smaller": a view
        return MENTION_THERE  # an inverted clause describes the place in force: "Along the
        # paths grew crystal flowers", "In the hall stood a clock", "In the tank there were
        # axolotls"
    if _opens_onto(before):
        return LOCATIVE
    strength = _strength(before, index - clause <= 2, first_in_paragraph and clause == 0, riders)
    joins = strength in (LOCATIVE, BECOMES) and set(before[-3:]) & pw.CLAUSE_LINKS
    if joins and verb_after(sentence, tokens, keyword):  # "onto a platform and the train
        strength = MENTION  # pulled away", "the shops were shut and the sky was green": the
        # subject of the next clause, not where one went or what something became
    if strength == LOCATIVE and _participle_of_another(tokens, clause):
        strength = MENTION_THERE  # "The heron is still there, standing in a shallow pond":
        # where the heron stands, in the place in force
    for k in range(max(clause, index - pw.LOOKBACK - 2), index):
        between = {t.word for t in tokens[k + 1 : index]}
        joined = between & pw.LINKS and not between & (pw.UNLINKS | pw.MOTION | pw.ENTERING)
        joined = joined or _set_in(tokens, k, index)
        if tokens[k].start in others and joined and not _onward(tokens, clause, k, index, riders):
            strength = min(strength, MENTION_THERE)
            if _after_about(tokens, clause, k):  # "a dream about the laundromat on Pike
                strength = min(strength, ABOUT)  # street": the street only says where it is
    ahead = [t.word for t in tokens[index + 1 : index + 3]]
    seen_as = [*(t.word for t in tokens[:index]), "", *ahead]
    pairs = set(zip(seen_as, seen_as[1:], strict=False))  # "far off a tent", "a ridge far off",
    # "Far above, through the blowhole, ..."
    if pairs & pw.FAR:  # far from where one is
        strength = min(strength, MENTION)
    if _seen_in_clause(before):  # "I saw a city"
        strength = min(strength, MENTION_THERE)
    elif _seen_before(tokens, clause):  # "I could see the valley, the river a silver thread"
        strength = min(strength, MENTION)
    if seen_through_window(tokens, clause, index):
        strength = min(strength, MENTION)
    if _said_of_things(tokens, clause, index):
        strength = min(strength, MENTION_THERE)
    if opens_outside(tokens):  # "Outside, in the garden, a fox sat": seen from within
        strength = min(strength, MENTION)
    beside = before[1:2] if before[:1] and before[0] in pw.BESIDE else before[2:3]
    nearby = before[0] in pw.BESIDE or before[:2] == ["next", "to"] if before else False
    if beside and beside[0] in pw.PEOPLE and nearby:
        strength = min(strength, MENTION)  # "beside him was a pool": a feature by someone
    if strength == PRESENT and _amid_where_one_is(tokens, index):
        strength = MENTION_THERE  # "There was a pond in the middle": a feature of the place
    if _landmark_of_it(before):
        strength = min(strength, MENTION)
    if any(t.word in pw.WAKING for t in tokens[:index]):  # "woke up sweating, the room was hot"
        strength = max(strength, PRESENT)
    if clause == 0 and _heads_a_fragment(sentence, tokens, keyword):
        strength = max(strength, PRESENT)
    if _names_only(sentence, tokens, keyword):  # a sentence that is only the place: "Beach."
        strength = max(strength, PARAGRAPH)
    if _reported(tokens[clause:index]):
        strength = min(strength, ABOUT)
    if _before_then(before):  # "I arrived at the hotel after a long drive up a mountain road"
        strength = min(strength, MENTION)
    if _contained(tokens, index, others) or held_inside(tokens, index) or (
        before[:2] in pw.INSIDE_IT
    ):
        strength = min(strength, MENTION)  # (and "inside it was a whole town": in a thing)
    if _in_a_thing(tokens[clause:index], others):
        strength = min(strength, MENTION)
    core = [w for w in before if w not in pw.DETERMINERS]
    if core[-2:] == ["one", "of"] and not set(before) & pw.PEOPLE:
        strength = min(strength, MENTION_THERE)  # where something is, among the place's
        # own: "in one of the pools a pike is hanging" (not "I went into one of the shops")
    if set(before) & pw.SKY_AND_WEATHER and not set(before) & pw.PEOPLE:
        strength = min(strength, MENTION)  # where the weather is: "a low white sky that
        # seemed to press down on the rooftops"
    return strength


_FRAGMENT_LEAD = frozenset(["RB", "CC", "DT", "JJ", "PRP$", "CD", "UH"])  # 'then suddenly an'


def _names_only(sentence: Sentence, tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the sentence is nothing but the place, however described: "Beach.", "A wide
    grey beach." (the scene it moves to; not "The stalls thin out.")."""
    rest = [k for k, t in enumerate(tokens) if not keyword.start <= t.start < keyword.end]
    if any(tokens[k].word not in pw.DETERMINERS and "ADJ" not in readings(tokens[k].word)
           for k in rest):
        return False
    tags = sentence_tags(sentence.text, sentence.start, tokens) if rest else None
    return not rest or tags is not None and not any(tags[k][:2] in ("VB", "RP") for k in rest)


def _heads_a_fragment(sentence: Sentence, tokens: list[Token], keyword: Keyword) -> bool:
    """Whether the place keyword is a clause of its own after only words like "then" and
    "suddenly", the scene a fragment moves to: "then suddenly an orchard, rows and rows of
    apple trees" (not "portholes for windows", nor "the beach was empty")."""
    index = token_index(tokens, keyword.start)
    after = next_in_clause(tokens, keyword)
    if after is not None or index == 0:
        return False
    tags = sentence_tags(sentence.text, sentence.start, tokens)
    if tags is None or any(tags[k] not in _FRAGMENT_LEAD for k in range(index)):
        return False
    return any(tags[k] in ("RB", "CC") for k in range(index))


def _onward(tokens: list[Token], clause: int, k: int, index: int, riders: frozenset[str]) -> bool:
    """Whether the place at token `index` is where one goes on to from the place at token `k`:
    "I followed it down a slope to a river" (not "on the school bus to the theme park", where
    the ride goes)."""
    between = [t.word for t in tokens[k:index]]
    if "to" not in between or set(between) & riders:
        return False
    return any(t.word in pw.MOTION for t in tokens[clause:k])


def _particle_verb(word: str) -> bool:
    """Whether a word before "out" is a verb that takes it as its particle, one that moves no
    one: "blocked out", "shut out" (not "went out", "was out")."""
    return "VERB" in readings(word) and word not in pw.MOTION | pw.BE | pw.PEOPLE


def _landmark_of_it(before: list[str]) -> bool:
    """Whether the place only says where something else stands: "it was just behind the
    fair", "which is next to the station" (not "I was behind the barn")."""
    words = [w for w in before if w not in pw.DETERMINERS | pw.HEDGES | pw.ONLY]
    if words[-1:] and words[-1] in pw.BESIDE - {"by"}:
        rest = words[:-1]
    elif words[-2:] == ["next", "to"]:
        rest = words[:-2]
    else:
        return False
    return rest[-2:-1] in (["it"], ["which"], ["that"]) and rest[-1] in pw.BE


_FROM_THE_DREAMER = frozenset(  # where something lies seen from the dreamer: "behind me"
    (way, who)
    for way in pw.BESIDE | {"above", "beyond"}
    for who in pw.DREAMER_SENT
)


def there_instead(tokens: list[Token], index: int) -> bool:
    """Whether the place at token `index` is what is there instead of something that is not:
    "there is no wall, only a wide, empty beach", "there was no stage, just warm sand and a
    whole island", or all that is there: "there was only sand", "there was nothing but sea"."""
    words = [t.word for t in tokens[:index]]
    only = max(  # (or "nothing but")
        (k for k, w in enumerate(words) if w in pw.ONLY or words[k - 1 : k + 1] == pw.NOTHING_BUT),
        default=-1,
    )
    if only < 0 or index - only > INSTEAD_REACH:
        return False
    there = [k for k, w in enumerate(words[:only]) if w in pw.EXISTENTIAL]
    between = set(words[there[-1] + 1 : only]) if there else set()
    return bool(there) and ("no" in between or all_there(tokens, index))


def seen_from_the_dreamer(tokens: list[Token], index: int) -> bool:
    """Whether the sentence puts what lies before token `index` somewhere seen from the
    dreamer: "there was no beach behind me, only the hill" (the hill is behind too)."""
    words = [t.word for t in tokens[:index]]
    return any(pair in _FROM_THE_DREAMER for pair in zip(words, words[1:], strict=False))


def all_there(tokens: list[Token], index: int) -> bool:
    """Whether the place (or stuff) at token `index` is all there is: "there was only sand",
    "there was nothing but the sea" (what it is like aside: "only red sand")."""
    words = [t.word for t in tokens[:index]]
    j = len(words) - 1
    while j >= 0 and words[j] not in pw.ONLY:
        if words[j] not in pw.DETERMINERS and "ADJ" not in readings(words[j]):
            break
        j -= 1
    if j >= 0 and words[j] == "but" and words[j - 1 : j] == ["nothing"]:
        j -= 1
    elif j < 0 or words[j] not in pw.ONLY:
        return False
    return j >= 2 and words[j - 2] in pw.EXISTENTIAL and words[j - 1] in pw.BE


def _placed_before(words: list[str]) -> bool:
    """Whether the words put one somewhere already: a preposition of place and what it
    governs ("on the green")."""
    at = [k for k, word in enumerate(words) if word in pw.LOCATIVES]
    return bool(at) and any(w not in pw.DETERMINERS for w in words[at[-1] + 1 :])


def _contained(tokens: list[Token], index: int, places: frozenset[int]) -> bool:
    """Whether the place at token `index` is inside a thing (places: where the sentence's
    place keywords start): "there was sea inside it", "a forest inside the jar", "the sea in
    it" (not "a forest in the rain", nor "a lake inside the park", a place in a place)."""
    after = [t for t in tokens[index + 1 : index + 4] if t.word not in pw.DETERMINERS]
    if len(after) < 2 or any(t.brk for t in tokens[index + 1 : index + 2]) or after[1].brk:
        return False
    word, holder = after[0].word, after[1]
    if holder.word in ("it", "them"):
        return word in pw.CONTAINING or word == "in"
    return word in pw.CONTAINING and holder.start not in places and "NOUN" in readings(holder.word)


def held_inside(tokens: list[Token], index: int) -> bool:
    """Whether the place at token `index` is what a thing holds inside it: "a tin that held a
    whole beach inside", "a globe with a village inside" (not "the kitchen inside was warm")."""
    after = index + 1
    if after >= len(tokens) or tokens[after].word not in pw.WITHIN or tokens[after].brk:
        return False
    if after + 1 < len(tokens) and not tokens[after + 1].brk:
        return False  # inside what is named after it ("a forest inside the jar")
    k = index - 1
    while k >= 0 and not tokens[k + 1].brk and (
        tokens[k].word in pw.DETERMINERS or "ADJ" in readings(tokens[k].word)
    ):
        k -= 1
    return k >= 0 and not tokens[k + 1].brk and tokens[k].word in pw.HOLDING


def _in_a_thing(before: list[Token], places: frozenset[int]) -> bool:
    """Whether the clause opens inside a thing that is no place (places: where the sentence's
    place keywords start): "inside every cage there was a little bit of sky" (not "Inside the
    castle it was cold")."""
    while before and before[0].word in pw.CLAUSE_LINKS:
        before = before[1:]
    if not before or before[0].word not in pw.CONTAINING:
        return False
    held = next((t for t in before[1:] if t.word not in pw.DETERMINERS), None)
    return held is not None and held.start not in places and "NOUN" in readings(held.word)


def _seen_in_clause(before: list[str]) -> bool:
    """Whether the place is seen from elsewhere, a word of seeing before it in its clause and
    no new clause with its own subject between: "I saw a city" (not "I went to see where it
    came from and when I pushed them open it was a library")."""
    seen = [k for k, word in enumerate(before) if word in pw.AFAR]
    if not seen:
        return False
    after = before[seen[-1] + 1 :]
    return not any(
        link in pw.CLAUSE_LINKS | pw.NEXT and subject in pw.PEOPLE | pw.SCENE | pw.NEXT
        for link, subject in zip(after, after[1:], strict=False)
    )


def _seen_before(tokens: list[Token], clause: int) -> bool:
    """Whether an earlier clause of the sentence is the dreamer seeing, and this clause goes
    on with what is seen, naming no one and nothing done: "From the top I could see the
    valley, the river a thin silver thread" (not "I saw a light, so I ran into the forest")."""
    words = [t.word for t in tokens[:clause]]
    seeing = any(
        a in pw.DREAMER and (b in pw.AFAR or c in pw.AFAR)
        for a, b, c in zip(words, words[1:], [*words[2:], ""], strict=False)
    )
    if not seeing:
        return False
    rest = [t.word for t in tokens[clause:]]
    return not set(rest) & (pw.PEOPLE | pw.MOTION | pw.CLAUSE_LINKS | {"so", "then"})


def only_a_picture(tokens: list[Token], index: int) -> bool:
    """Whether the place at token `index` is said to be a picture or a model of one: "the
    mountain is only a poster", "the sea was just a painting"."""
    after = [t.word for t in tokens[index + 1 : index + 6] if t.word not in pw.DETERMINERS]
    if not after or after[0] not in pw.BE:
        return False
    rest = [w for w in after[1:] if w not in pw.HEDGES]
    return bool(rest) and rest[0] in pw.PICTURES | pw.TOY_MAKES


def _before_then(before: list[str]) -> bool:
    """Whether the place is in a phrase of what came before, with no one named in it: "after
    a long drive up a mountain road" (not "after lunch we went to the beach")."""
    starts = [k for k, word in enumerate(before) if word in pw.EARLIER]
    return bool(starts) and not set(before[starts[-1] + 1 :]) & pw.PEOPLE


def _set_in(tokens: list[Token], k: int, index: int) -> bool:
    """Whether the words from token k to the place at token `index` say where the thing at k
    was put: "a library built inside a whale", "a café hidden in the woods"."""
    between = [t for t in tokens[k + 1 : index] if t.word not in pw.DETERMINERS]
    if len(between) != 2 or any(t.brk for t in tokens[k + 1 : index + 1]):
        return False
    made, where = between[0].word, between[1].word
    done = made.endswith(("ed", "en", "lt", "id", "ept", "ung")) and "VERB" in readings(made)
    return done and where in pw.LOCATIVES


def _carrier(riders: frozenset[str]) -> frozenset[str]:
    """The words that may name what carries the dreamer: its own, and "it" once one is named."""
    return riders | {"it"} if riders else riders


def _after_about(tokens: list[Token], clause: int, index: int) -> bool:
    """Whether the place at token `index` comes after "about" in its clause, near enough to be
    what is talked about: "a dream about the sea", "she told me about her village"."""
    return any(t.word == "about" for t in tokens[max(clause, index - pw.LOOKBACK) : index])


def _reported(before: list[Token]) -> bool:
    """Whether the words before a place in its clause report what someone says the place is:
    "my sister said it was a town", "he told me that this was the sea" (not "I said goodbye
    and walked into the forest")."""
    words = [t.word for t in before]
    for k, word in enumerate(words):
        if word in pw.REPORTING:
            rest = [w for w in words[k + 1 : k + 5] if w not in ("that", "me", "us", "him", "her")]
            if len(rest) >= 2 and rest[0] in pw.SCENE | pw.PEOPLE | {"this"} and rest[1] in pw.BE:
                return True
    return False


def _said_of_things(tokens: list[Token], clause: int, index: int) -> bool:
    """Whether the place at token `index` is an adjective said of things where one is: "the
    long tables were underwater" (not "I was underwater", "everything was underwater")."""
    if index - clause < 2 or "NOUN" in readings(tokens[index].word):
        return False
    subject, verb = tokens[index - 2].word, tokens[index - 1].word
    return verb in pw.BE and subject not in pw.DREAMER | pw.SCENE | pw.PEOPLE


def opens_outside(tokens: list[Token]) -> bool:
    """Whether the sentence opens by looking out of the room one is in, so that all it shows
    is outside: "Outside, a fox ran across the lawn", "Past the kitchen window, a heron stood
    on the fence", "Through the glass of the window: fields" (not "Through the door we ran")."""
    if not tokens:
        return False
    if tokens[0].word == "outside":
        return True
    first = tokens[: next((k for k in range(1, len(tokens)) if tokens[k].brk), len(tokens))]
    return (
        tokens[0].word in pw.LOOKING_OUT | {"past"}
        and len(first) <= WINDOW_PHRASE
        and first[-1].word in pw.WINDOWS
        and len(first) < len(tokens)
    )


def seen_through_window(tokens: list[Token], clause: int, index: int) -> bool:
    """Whether the place at token `index` is a view out of a window earlier in its clause:
    "out the window just fields", "through the window I could see a forest", "in every round
    window there is a different sky" (not "out the
    window and we're in a jungle", nor the place the window is in: "out of a porthole in a
    submarine")."""
    for k in range(index - 1, clause, -1):
        word = tokens[k].word
        if word in pw.DREAMER and not {t.word for t in tokens[k + 1 : index]} & pw.AFAR:
            return False
        if word in pw.WINDOWS:
            between = {t.word for t in tokens[k + 1 : index]}
            holder = pw.LOCATIVES | {"of"}
            if between & holder and between <= holder | pw.DETERMINERS:
                return False
            looking = pw.LOOKING_OUT | {"in"}  # "in every round window there is a sky"
            return bool({t.word for t in tokens[max(clause, k - 3) : k]} & looking)
    return False


def _opens_onto(before: list[str]) -> bool:
    """Whether a way through opens onto the place, the words of its clause before it: "the
    back door of the shop opens onto a tennis court", "the gate led into a wide meadow", "the
    tunnel opened into a ballroom", "the corridor opened out into a proper forest", "behind the
    door was a mountain" (not a window: a view, seen from where one is)."""
    near = [w for w in before if w not in pw.DETERMINERS and w != "out"]
    for k in range(max(1, len(near) - 3), len(near)):
        if near[k] in pw.ENTERING and near[k - 1] in pw.OPENING:
            return not set(near[: k - 1]) & pw.WINDOWS
    beyond = [w for w in near if w != "there"]  # "behind the door was a mountain"
    return (
        len(beyond) == 3
        and beyond[0] in pw.BEYOND
        and beyond[1] in pw.DOORS
        and beyond[2] in pw.BE
    )


def token_index(tokens: list[Token], offset: int) -> int:
    """The index of the first token at or after `offset` in the dream (len(tokens) if none)."""
    return next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))


def clause_start(tokens: list[Token], index: int) -> int:
    """The index of the first token of the clause that holds token `index` (punctuation before
    a token starts a clause)."""
    while index > 0 and not tokens[index].brk:
        index -= 1
    return index


def next_in_clause(tokens: list[Token], keyword: Keyword) -> int | None:
    """The index of the token right after the keyword, if its clause goes on."""
    after = token_index(tokens, keyword.end)
    return None if after == len(tokens) or tokens[after].brk else after


def there_after(tokens: list[Token], keyword: Keyword) -> bool:
    """Whether "there" follows the keyword in its clause ("in the tank there were fish")."""
    after = next_in_clause(tokens, keyword)
    return after is not None and tokens[after].word == "there"


def verb_after(sentence: Sentence, tokens: list[Token], keyword: Keyword) -> bool:
    """Whether a verb follows the keyword in its clause ("along the paths grew")."""
    after = next_in_clause(tokens, keyword)
    if after is None:
        return False
    tags = sentence_tags(sentence.text, sentence.start, tokens)
    return tags is not None and tags[after].startswith("VB")


def _amid_where_one_is(tokens: list[Token], index: int) -> bool:
    """Whether the place at token `index` is said to lie in the middle, a corner or at the end
    of where one already is, named by no other place: "There was a pond in the middle with a
    stone frog" (not "in the middle of a lake")."""
    after = [t.word for t in tokens[index + 1 : index + 6]]
    for k in range(min(len(after) - 2, 2)):
        if after[k] in ("in", "at") and after[k + 1] == "the" and after[k + 2] in pw.MIDST:
            return after[k + 3 : k + 4] != ["of"]
    return False


def _participle_of_another(tokens: list[Token], clause: int) -> bool:
    """Whether the clause opening at token `clause` is a participle ("standing in a pond")
    said of a subject before it that is not the dreamer: "The heron is still there, standing
    in a shallow pond" (not "I was still there, standing in a pond", nor notes: "standing in a
    pond")."""
    if clause == 0 or not tokens[clause].word.endswith("ing"):
        return False
    if "VERB" not in readings(tokens[clause].word):
        return False
    before = {t.word for t in tokens[:clause]}
    return not before & (pw.DREAMER | {"me", "us", "my", "our"}) and bool(before & pw.DETERMINERS)


def _object_it(sentence: Sentence, tokens: list[Token], clause: int, index: int) -> int:
    """How many of the clause's words before token `index` end on an "it" that is the object
    of a verb, with a new clause after it ("when I went to close it the shed was full": the
    shed is no place one went to; not "through it a garden", nor "it's a car park"); 0 if
    none."""
    for k in range(index - 1, clause, -1):
        it, verb = tokens[k], tokens[k - 1].word
        after = sentence.text[it.end - sentence.start : it.end - sentence.start + 1]
        plain = it.word == "it" and after not in ("'", "\u2019")  # not "it's"
        links = not tokens[k + 1].brk and tokens[k + 1].word in pw.DETERMINERS | pw.CLAUSE_LINKS
        if plain and verb not in pw.LOCATIVES and links:
            return k + 1 - clause
    return 0


def _whose(before: list[str], j: int) -> bool:
    """Whether the pronoun at j owns the place after it: "in her kitchen", "her old room"."""
    return before[j] in pw.DETERMINERS and not set(before[j + 1 :]) & pw.FUNCTION_WORDS


def _the_scene_is(words: list[str]) -> bool:
    """Whether the words say how it is where one is: "it was cold", "it was Christmas
    morning" (not "it was a mouse")."""
    if words[:1] != ["it"] or len(words) < 3 or words[1] not in pw.BE:
        return False
    return words[-1] in time_words() or "ADJ" in readings(words[-1])


def _strength(
    before: list[str], opens: bool, first_in_paragraph: bool, riders: frozenset[str]
) -> float:
    """The strength of a place from the words of its clause before it."""
    near = [w for w in before if w not in pw.DETERMINERS][-3:]
    if any(w in pw.EXISTENTIAL for w in before[-6:]):
        return PRESENT
    if near[-1:] == ["past"]:
        return PASSED
    core = [w for w in before if w not in pw.DETERMINERS]
    while core:  # what it turned into, however described: "turned into a wide beach", "turned
        if core[-1] == "of" and core[-2:-1] and core[-2] in pw.AREAS | pw.ROOM_PARTS:
            core = core[:-2]  # into the aisles of a church"
        elif "ADJ" in readings(core[-1]):
            core.pop()
        else:
            break
    if core[-2:] in pw.TURNED or near == pw.TURNED_OUT or core[-3:] in pw.GAVE_WAY:  # "the
        return BECOMES  # boards turned to grass", "a dome, which turned out to be a planetarium"
    becoming = [k for k, w in enumerate(near) if w in pw.BECOMING]
    rest = near[becoming[-1] :] if becoming else []
    # "every wall was a honeycomb of cubbyholes": what it became is the honeycomb, and the
    # place after 'of' is what that is made of; not "it became the aisle of a supermarket"
    made_of = any(
        w == "of" and rest[k - 1] not in pw.AREAS | pw.ROOM_PARTS for k, w in enumerate(rest) if k
    )
    directed = pw.LOCATIVES | pw.APPROACH  # "they are all turned toward the sea": no becoming
    if becoming and not made_of and not any(w in directed or w.endswith("ing") for w in rest):
        subject = near[becoming[-1] - 1] if becoming[-1] > 0 else ""
        verb = max(k for k, w in enumerate(before) if w == near[becoming[-1]])
        wholly = bool(set(before[verb + 1 :]) & pw.WHOLLY)  # "the floor was all sand": it all
        flooded = subject in pw.ROOM_PARTS and not wholly  # turns; "the whole floor was a
        return MENTION_THERE if flooded else BECOMES  # lake": the room floods, and stays
    if set(before) & pw.WISHED:  # "I wanted to go to the beach", "I had promised to be home":
        # not (yet) there
        return ABOUT
    stop = len(before) - 1 - pw.LOOKBACK
    for j in range(len(before) - 1, -1, -1):
        if j <= stop:
            break
        if before[j] == "of" and j > 0 and before[j - 1] in pw.ROOM_PARTS | pw.AREAS:
            stop -= pw.PART_OF  # "on the polished floor of a hotel ballroom": in the ballroom
        if before[j] == "about":  # "a dream about the sea"
            return ABOUT
        if before[j] == "for" and j > 0 and before[j - 1] in pw.AWAITING:  # "waiting for the
            return ABOUT  # lift", "looking for the station": not there (yet)
        if before[j] in pw.AWAY or before[j] in pw.PEOPLE and not _whose(before, j):  # "up off
            break  # the ground", "next to me eating a sandwich" (not "in her kitchen")
        if before[j] in pw.APPROACH or before[j - 1 : j + 1] in pw.ON_THE_WAY:
            goers = pw.DREAMER | pw.MOTION | riders  # on the way there: "towards
            if before[:j] and not set(before[:j]) & goers:  # the sea", "a train going to the
                return MENTION  # sea" (not "they're all turned toward the projector")
            return SHIFTS
        if before[j : j + 2] == ["out", "of"]:  # leaving it: "we pulled out of the station"
            part = [w for w in before[j + 2 :] if w not in pw.DETERMINERS][:2]
            under = bool(part) and part[0] in pw.ROOM_PARTS | {"ground"} and part[1:] == ["of"]
            if under and set(before[:j]) & pw.PEOPLE:  # "I came up out of the floor of a pine
                return LOCATIVE  # forest": into it
            return MENTION
        if before[j] in pw.ARRIVING | pw.ROAMING and set(before[:j]) & pw.PEOPLE:  # "we
            return LOCATIVE  # reached a night market", "I entered the cave", "we explored the
            # castle": there
        if before[j - 1 : j + 1] == ["next", "to"]:  # beside it: "next to a bench where a
            return MENTION  # deer trail met the road"
        if before[j] == "behind" and _placed_before(before[:j]):  # "on the green behind the
            return MENTION  # church": a landmark of where one is (not "out behind the garage")
        if before[j] in pw.OBJECT_PARTICLES and j > 0 and _particle_verb(before[j - 1]):
            return MENTION  # a verb's particle, the place its object: "they blocked out half
            # the sky" (not "up" or "down": "walking down the corridor" goes there)
        if before[j] in pw.LOCATIVES:  # someone there, someone going there, or no subject
            someone = any(
                w in pw.PEOPLE
                or w in pw.STARTING  # "it started in my grandmother's house"
                or _the_scene_is(before[m:j])  # "it was Christmas morning in her kitchen"
                or w in pw.MOTION  # (what carries one is "it" after it is named: "the
                and (m == 0 or before[m - 1] in pw.LEADS | _carrier(riders))  # tram does
                # not stop; it slides off the rails and into the canal")
                and not set(before[m + 1 : j]) & pw.THEIRS  # not "floating with their hulls
                # to the sky": things that move
                for m, w in enumerate(before[:j])
            )
            return LOCATIVE if someone or j <= 1 else MENTION_THERE  # or no subject: "was
            # in the hall", "landed at a gas station"
    if opens:
        return PARAGRAPH if first_in_paragraph else OPENING
    return MENTION
