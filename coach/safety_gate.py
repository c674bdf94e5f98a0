"""Run only the safety rules a message could match, found from the words each rule requires.

The check runs on every message, and one regex of a few hundred branches, each starting with a
word boundary, is slow in Python: every position of the text tries every branch. Most rules
cannot match without some literal word ("kil", "pils", "bridge"), and a substring test for it
runs at C speed. So each rule's required words are read from the rule itself (from the parsed
regex, never written by hand, so they cannot drift from it), a message switches on the rules
whose words it contains (a word of every set of words the rule requires), and only those
rules run. Gating only skips rules that could not have matched: results are the same as without it.

Two more things keep each rule cheap: a rule's leading word boundary is compiled as the space
before a word (the text is given one leading space), a literal the regex engine scans for; and
a group of plain alternatives is compiled as one prefix-sharing regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_REPEATS = re.compile(r"([a-z])\1+")


def _squeeze(text: str) -> str:
    return _REPEATS.sub(r"\1", text)


_SHORTEST = 3  # a required word shorter than this ("a", "i") would switch every rule on
# Words in most messages: requiring one of them hardly narrows the rules down.
_EVERYDAY = frozenset(
    {"to", "is", "of", "be", "at", "the", "and", "it", "my", "in", "on", "a", "i", "am", "have",
     "this", "that", "just", "any", "how", "you", "for", "with", "not", "do", "so", "me", "what",
     "wil", "can", "about", "like", "ned", "going", "was", "are", "he", "she", "they", "her",
     "his", "al", "get", "got"}
)


def required_words(source: str) -> frozenset[str] | None:
    """Words of which every match of `source` contains at least one; None if there are none."""
    return _required(sre_parse.parse(source).data)


def all_required_words(source: str) -> list[frozenset[str]]:
    """Every such set of words (a match needs one word of each), the most selective first."""
    return sorted(_candidates(sre_parse.parse(source).data), key=_selectivity, reverse=True)


def _required(nodes: list[tuple[object, object]]) -> frozenset[str] | None:
    # The most selective: no everyday word among them, the longest shortest word, fewest words.
    return max(_candidates(nodes), key=_selectivity, default=None)


def _candidates(nodes: list[tuple[object, object]]) -> list[frozenset[str]]:
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in nodes:
        if op is sre.LITERAL:
            run += chr(value)  # type: ignore[arg-type]
            continue
        if len(run) >= _SHORTEST:
            candidates.append(frozenset({run}))
        run = ""
        found = _required_in(op, value)
        if found is not None:
            candidates.append(found)
    if len(run) >= _SHORTEST:
        candidates.append(frozenset({run}))
    return candidates


def _selectivity(words: frozenset[str]) -> tuple[bool, int, int]:
    everyday = any(set(word.split()) <= _EVERYDAY for word in words)
    return not everyday, min(map(len, words)), -len(words)


def _required_in(op: object, value: object) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _required(value[-1])  # type: ignore[index]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:  # type: ignore[index]
        return _required(value[2])  # type: ignore[index]
    if op is sre.BRANCH:
        branches = [_required(branch) for branch in value[1]]  # type: ignore[index]
        if any(words is None for words in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    return None


class GatedRules:
    """Rules by kind; `finditer` yields matches whose `lastgroup` names their kind.

    The text must be normalised (words parted by single spaces) and begin with one space: a
    rule's leading word boundary is then read as that space, a literal the regex engine can
    scan for, instead of an assertion it must try at every position (about three times
    faster). A match of such a rule starts at the space before its first word."""

    def __init__(self, kinds: dict[str, Sequence[str]]) -> None:
        self._rules = [(kind, source) for kind, sources in kinds.items() for source in sources]
        # Each rule is its own regex, compiled when first needed: every match of every rule is
        # read (none hides another), and starting the bot does not wait for rare rules.
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._rules)
        # A rule runs only when the message has a word of each set its regex requires: it is
        # found through the most selective set, then checked against the rest.
        self._required = [all_required_words(source) for _, source in self._rules]
        self._rest = [sets[1:] for sets in self._required]
        self._always = frozenset(index for index, sets in enumerate(self._required) if not sets)
        by_word: dict[str, set[int]] = {}
        for index, sets in enumerate(self._required):
            for word in sets[0] if sets else ():
                by_word.setdefault(word, set()).add(index)
        every_word = {word for sets in self._required for words in sets for word in words}
        # At one position, every word found is a prefix of the longest one found there: so the
        # longest stands for all its prefixes, and one scan finds every word.
        self._prefixes = {
            word: frozenset(word[:end] for end in range(1, len(word) + 1)) & every_word
            for word in every_word
        }
        self._by_longest = {
            word: frozenset().union(*(by_word.get(prefix, ()) for prefix in prefixes))
            for word, prefixes in self._prefixes.items()
        }
        # The same as bit masks (a bit per rule, a bit per word): on every message, or-ing ints
        # is cheaper than joining sets.
        bit = {word: 1 << number for number, word in enumerate(sorted(every_word))}
        # A found word: the rules it switches on, and the words (itself and its prefixes) found.
        self._bits_of = {
            word: (_bits(1 << i for i in rules), _bits(bit[p] for p in self._prefixes[word]))
            for word, rules in self._by_longest.items()
        }
        self._token_bits = _TokenBits(self._bits_of)
        self._rest_bits = [[_bits(bit[w] for w in words) for words in rest] for rest in self._rest]
        self._always_bits = _bits(1 << index for index in self._always)
        self._checked_bits = _bits(1 << index for index, rest in enumerate(self._rest) if rest)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        active, found = self._token_bits.of(text)
        active |= self._always_bits
        # Rules that require one set of words run; the others only if a word of each is found.
        running, checked = active & ~self._checked_bits, active & self._checked_bits
        while checked:
            lowest = checked & -checked
            checked ^= lowest
            for words in self._rest_bits[lowest.bit_length() - 1]:
                if not found & words:
                    break
            else:
                running |= lowest
        while running:  # the rules in order, lowest bit first
            lowest = running & -running
            running ^= lowest
            # `search`, not `finditer`: most rules that run do not match, and a failed search
            # costs less than an iterator.
            search = self._pattern(lowest.bit_length() - 1).search
            match = search(text)
            while match:
                yield match
                match = search(text, match.end() + (match.end() == match.start()))

    def _pattern(self, index: int) -> re.Pattern[str]:
        pattern = self._patterns[index]
        if pattern is None:
            kind, source = self._rules[index]
            pattern = re.compile(f"(?P<{kind}>{shared_prefixes(_spaced(source))})")
            self._patterns[index] = pattern
        return pattern


class _TokenBits:
    """The rules a text switches on and the required words it holds, read a word at a time.

    Scanning the whole text for a few thousand words at every position was a third of the
    check's time. Words recur from message to message, so each word of the text (with the
    spaces around it, " word ") is scanned once and its answer kept. A required word that
    runs across words ("be gone") is looked for through its longest piece inside one word
    (" gone "), then checked against the whole text (a substring test, at C speed).
    """

    _KEEP_AT_MOST = 50_000  # distinct words remembered; then forgotten and learned again

    def __init__(self, bits_of: dict[str, tuple[int, int]]) -> None:
        stand_in = {word: _piece_in_one_word(word) for word in bits_of}
        stands_for: dict[str, set[str]] = {}
        for word, key in stand_in.items():
            stands_for.setdefault(key, set()).add(word)
        # What finding a key means (at one position the scan reports only the longest key,
        # so a key also means its prefixes among the keys): the rules and words of those
        # inside one word, and the words across words still to be checked.
        self._bits: dict[str, tuple[int, int, tuple[str, ...]]] = {}
        for key in stands_for:
            rules = found = 0
            across: set[str] = set()
            for end in range(1, len(key) + 1):
                for word in stands_for.get(key[:end], ()):
                    if stand_in[word] == word:
                        rules |= bits_of[word][0]
                        found |= bits_of[word][1]
                    else:
                        across.add(word)
            self._bits[key] = (rules, found, tuple(sorted(across)))
        self._bits_of = bits_of
        self._scan = re.compile(f"(?=({_trie(stands_for)}))").findall
        self._seen: dict[str, tuple[int, int, tuple[str, ...]]] = {}

    def of(self, text: str) -> tuple[int, int]:
        """(rules switched on, required words found) for a text of words parted by spaces."""
        rules = found = 0
        across: set[str] = set()
        seen = self._seen
        for word in set(text.split(" ")):
            known = seen.get(word)
            if known is None:
                known = self._learn(word)
            rules |= known[0]
            found |= known[1]
            if known[2]:
                across.update(known[2])
        for phrase in across:
            if phrase in text:
                rules |= self._bits_of[phrase][0]
                found |= self._bits_of[phrase][1]
        return rules, found

    def _learn(self, word: str) -> tuple[int, int, tuple[str, ...]]:
        rules = found = 0
        across: set[str] = set()
        for key in set(self._scan(f" {word} ")):
            key_rules, key_found, key_across = self._bits[key]
            rules |= key_rules
            found |= key_found
            across.update(key_across)
        if len(self._seen) >= self._KEEP_AT_MOST:
            self._seen.clear()
        known = self._seen[word] = (rules, found, tuple(sorted(across)))
        return known


def _piece_in_one_word(word: str) -> str:
    """`word` itself when it lies inside one space-padded word of a text ("alive", " alive",
    "after "); else its longest piece that does: " be gone" -> " gone"."""
    parts = word.split(" ")
    if len(parts) <= 2 and (len(parts) == 1 or "" in parts):
        return word  # no space, or one space at an end only
    last = len(parts) - 1
    pieces = [(" " if at else "") + part + (" " if at < last else "")
              for at, part in enumerate(parts) if part]
    return max(pieces, key=len) if pieces else " "


_START = re.compile(r"(?<![\[\\])\^")  # "^", not "[^" or "\^"


def _spaced(source: str) -> str:
    """`source` with the word boundary that starts each top-level alternative read as the
    space before a word (and "^" as the start of a text beginning with a space); unchanged
    when an alternative starts otherwise."""
    source = _START.sub("^ ", source)
    parts = _top_level(source)
    if not all(part.startswith(("\\b", "^")) for part in parts):
        return source
    return "|".join(" " + part[2:] if part.startswith("\\b") else part for part in parts)


def _top_level(source: str) -> list[str]:
    """The top-level alternatives of a regex source (outside groups and character sets)."""
    parts, depth, in_set, escaped, start = [], 0, False, False, 0
    for at, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:at])
            start = at + 1
    return [*parts, source[start:]]


# A group of plain alternatives: "(?:want|wants|wish|...)", with no regex inside.
_PLAIN_GROUP = re.compile(r"\(\?:((?:[a-z0-9 ]+\|)+[a-z0-9 ]+)\)")


def shared_prefixes(source: str) -> str:
    """`source` with each group of plain alternatives written as one prefix-sharing regex.

    Python's regex engine tries every alternative of a group in turn at every position, so a
    list of seventy words costs seventy tries; sharing prefixes makes it one or two. The
    language matched is the same (longer words are tried first, as a greedy match would keep)."""
    return _PLAIN_GROUP.sub(lambda group: f"(?:{_trie(group.group(1).split('|'))})", source)


def _bits(numbers: Iterable[int]) -> int:
    """One int with every bit of `numbers` (each a single bit, 1 << n) set."""
    total = 0
    for number in numbers:
        total |= number
    return total


def word_search(phrases: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of `phrases` as whole words, spelled as `squeeze` spells the text."""
    return re.compile(rf"\b{_trie(_squeeze(phrase) for phrase in phrases)}\b").search


def literal_search(words: Iterable[str]) -> Callable[[str], bool]:
    """A fast test for whether a text contains any of `words`, as one prefix-sharing regex."""
    return re.compile(_trie(words)).search  # type: ignore[return-value]


def _trie(words: object) -> str:
    """A regex for a set of words that tries the longest first and shares common prefixes."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:  # type: ignore[attr-defined]
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _emit(child) for char, child in node.items() if char]
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{body})?" if branches else ""
    return body
