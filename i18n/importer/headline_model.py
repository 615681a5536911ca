"""The headline weighed, not only ruled: each line over the text that could be the headline is
scored from how headlines are set (its length, case and stops, its place against the date and
the other lines, what the lead repeats of it, whether the page prints it twice). The weights are
learned from keyed releases of many organisations (`tools/train_headline_model.py`), not
written for any one of them: the rules of headline.py read the shapes they were written from
well and other shapes less well; the weights, judged on releases of organisations they were not
learned from, choose the right line more often.

`weigh` keeps the rules' choice unless the scores prefer another line by more than MARGIN, and
then takes that line, naming the rules' line as the doubt (a warning): never a silent change.
The margin is where the choice made both ways was right most often on releases left out of the
learning (`tools/train_headline_model.py` prints it); a smaller one loses more of the rules'
right choices than it wins.
"""

from __future__ import annotations

import re

from .common import word_count
from .headline import (Candidate, Choice, choose, content_words, echo, full_stop, headline_case, headline_words,
                       is_sentence, organisation_name, read_anyway, same_headline, sentence_over_marker, summary_under)

MARGIN = 3.0  # chosen as the docstring says
# Learned by tools/train_headline_model.py (a softmax over each release's candidate lines).
WEIGHTS = {
    'above_markers': -0.528,
    'bar': -0.021,
    'capitals': 0.715,
    'colon': -0.460,
    'comma_end': -0.147,
    'digits': 0.391,
    'first': 0.514,
    'from_end': -0.170,
    'full_stop': -0.982,
    'last': -0.491,
    'last_part': 0.122,
    'lead_echo': -0.053,
    'lead_echoes_most': 0.164,
    'lead_echoes_none': -1.960,
    'lead_shares_2': 0.613,
    'lead_shares_4': 1.043,
    'longest': -0.339,
    'marked': 0.225,
    'organisation': -0.789,
    'printed_twice': 1.279,
    'sentence': -0.269,
    'sentence_case': -0.550,
    'title_case': -0.218,
    'words_15_to_25': -0.013,
    'words_3_or_fewer': -0.902,
    'words_4_to_6': 0.133,
    'words_7_to_14': 1.205,
    'words_over_25': -0.424,
}


def features(candidates: list[Candidate], lead: str) -> list[dict[str, float]]:
    """What the scores read of each candidate line (lead: the text's first words)."""
    last_segment = max(c.segment for c in candidates)
    longest = max(word_count(c.text) for c in candidates)
    echoes = [echo(c.text, lead) if lead else 0.0 for c in candidates]
    found = []
    for index, candidate in enumerate(candidates):
        text, words = candidate.text, word_count(candidate.text)
        letters = [ch for ch in text if ch.isalpha()]
        capitals = bool(letters) and all(ch.isupper() for ch in letters)
        shared = len(content_words(text) & content_words(lead)) if lead else 0
        others = max((e for i, e in enumerate(echoes) if i != index), default=0.0)
        found.append({
            "last": float(index == len(candidates) - 1), "first": float(index == 0),
            "from_end": min(3, len(candidates) - 1 - index) / 3,
            "above_markers": float(candidate.segment == 0), "last_part": float(candidate.segment == last_segment),
            "words_3_or_fewer": float(words <= 3), "words_4_to_6": float(4 <= words <= 6),
            "words_7_to_14": float(7 <= words <= 14), "words_15_to_25": float(15 <= words <= 25),
            "words_over_25": float(words > 25), "longest": float(words == longest),
            "title_case": float(headline_case(text) and not capitals), "capitals": float(capitals),
            "sentence_case": float(not headline_case(text)),
            "full_stop": float(full_stop(text)), "sentence": float(is_sentence(text)),
            "lead_echo": echoes[index], "lead_echoes_most": float(echoes[index] > 0 and echoes[index] >= others),
            "lead_echoes_none": float(bool(lead) and echoes[index] == 0),
            "lead_shares_2": float(shared >= 2), "lead_shares_4": float(shared >= 4),
            "printed_twice": float(any(same_headline(text, c.text) for c in candidates if c is not candidate)),
            "marked": float(candidate.marked), "organisation": float(organisation_name(text)),
            "digits": float(bool(re.search(r"\d", text))), "colon": float(":" in text),
            "bar": float("|" in text), "comma_end": float(text.rstrip().endswith(",")),
        })
    return found


def scores(candidates: list[Candidate], lead: str) -> list[float]:
    return [sum(WEIGHTS.get(name, 0.0) * value for name, value in found.items())
            for found in features(candidates, lead)]


def weigh(choice: Choice, candidates: list[Candidate], lead: str) -> Choice:
    """The rules' choice, or the line the scores prefer with the rules' line as the doubt; the
    document's own title (<h1>, Word's Title style) stays."""
    if choice.headline is None or len(candidates) < 2 or choice.headline.marked:
        return choice
    scored = scores(candidates, lead)
    best = max(range(len(candidates)), key=scored.__getitem__)
    pick, ruled = candidates[best], next((i for i, c in enumerate(candidates) if c is choice.headline), None)
    if ruled is None or scored[best] - scored[ruled] <= MARGIN or same_headline(pick.text, choice.headline.text):
        return choice
    subtitle = choice.subtitle if choice.subtitle is not None and choice.subtitle is not pick \
        and choice.subtitle.position > pick.position else summary_under(candidates, pick)
    others = [c for c in candidates if c is not pick and c is not subtitle]
    return Choice(pick, subtitle, others, doubt=choice.headline.text)


def fuller(choice: Choice, candidates: list[Candidate]) -> Choice:
    """A headline whose words begin a line above it ("Water Interruption" under "Water Interruption
    Notice to Citizens", "Election pamphlets give" wrapped under the page's title) is that line cut
    short: the fuller line is the headline. (A line under the headline that goes on from its words
    is its subhead.)"""
    if choice.headline is None or choice.headline.marked:
        return choice
    words = headline_words(choice.headline.text)
    begun = [c for c in candidates if c.position < choice.headline.position
             and len(headline_words(c.text)) >= len(words) + 2 and headline_words(c.text)[:len(words)] == words]
    if not words or not begun:
        return choice
    pick = begun[-1]
    return Choice(pick, None, [c for c in candidates if c is not pick], doubt=choice.headline.text)


def headline_choice(candidates: list[Candidate], not_headlines: list, lead: str, segments: int) -> Choice:
    """The headline among the lines over the text (not_headlines: the lines that are none, each with
    why; segments: how many markers the header has): the rules' choice, weighed; with none, a
    sentence over the header's markers or a line read as none after all (see headline.py)."""
    choice = fuller(weigh(choose(candidates, lead), candidates, lead), candidates)
    return choice if choice.headline else (sentence_over_marker(candidates, segments, lead)
                                           or read_anyway(not_headlines, candidates) or choice)
