from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.model import Article
from briefs.text import find_quotes, mask, parse, split_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def quotes(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text, 0, len(text), 0)]


def parsed(text: str, boilerplate=()):
    return parse(Article(id="a", path="a.txt", text=text, boilerplate=list(boilerplate)))


# ---------------------------------------------------------------- paragraphs

def test_paragraphs_are_blank_line_separated_and_trimmed():
    text = "  First line.\nstill first.\n\n \t\nSecond.\n\n\n"
    spans = split_paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["First line.\nstill first.", "Second."]


def test_no_paragraphs_in_blank_text():
    assert split_paragraphs(" \n\n \n") == []


# ---------------------------------------------------------------- sentences

def test_plain_sentences_split():
    assert sentences("Profits rose. Shares fell! Why? Nobody knows.") == [
        "Profits rose.", "Shares fell!", "Why?", "Nobody knows."]


def test_honorifics_and_titles_do_not_end_sentences():
    text = "Mr. Hallam met Dr. Ruth Okafor and Prof. Lee. They spoke."
    assert sentences(text) == ["Mr. Hallam met Dr. Ruth Okafor and Prof. Lee.", "They spoke."]


def test_styles_of_address_do_not_end_sentences():
    text = "It is led by the Rt. Hon. Dana Whitlock. Fr. Tomas Reyes and Cllr. Ann Lee joined. Brig. Gen. Ola Bello spoke."
    assert sentences(text) == ["It is led by the Rt. Hon. Dana Whitlock.", "Fr. Tomas Reyes and Cllr. Ann Lee joined.",
                               "Brig. Gen. Ola Bello spoke."]


def test_initials_do_not_end_sentences():
    assert sentences("Mark T. Danvers said so. He left.") == ["Mark T. Danvers said so.", "He left."]


def test_dotted_acronym_inside_and_at_the_end_of_a_sentence():
    text = "The U.S. Senate voted. Trade with the U.S. The talks ended."
    assert sentences(text) == ["The U.S. Senate voted.", "Trade with the U.S.", "The talks ended."]


def test_money_forms_do_not_split_and_end_sentences():
    text = "It paid US$4.2 million for the unit. Oppo gave $4.2m. The centre opens in 2025."
    assert sentences(text) == [
        "It paid US$4.2 million for the unit.", "Oppo gave $4.2m.", "The centre opens in 2025."]


def test_lower_case_after_stop_does_not_split():
    assert sentences("The firm, i.e. the buyer, paid. It was late.") == [
        "The firm, i.e. the buyer, paid.", "It was late."]


def test_closing_quote_stays_with_its_sentence():
    text = '"We are delighted." Mr Smith left. He said: "No." Then rain.'
    assert sentences(text) == ['"We are delighted."', "Mr Smith left.", 'He said: "No."', "Then rain."]


def test_month_abbreviation_before_a_date():
    assert sentences("It opened on Nov. 5, 2024 in Hong Kong. Sales rose.") == [
        "It opened on Nov. 5, 2024 in Hong Kong.", "Sales rose."]


# ---------------------------------------------------------------- quotation spans

def test_curly_double_quotes():
    assert quotes("He said: \u201cWe believe in it.\u201d Then left.") == ["We believe in it."]


def test_straight_double_quotes():
    assert quotes('"Sales will rise," he said, "and soon."') == ["Sales will rise,", "and soon."]


def test_straight_open_curly_close_mix():
    assert quotes('She said: "We are pleased with the result\u201d and left.') == ["We are pleased with the result"]


def test_nested_single_quote_is_marked_nested():
    text = "\u201cOur mission of \u2018Technology for Mankind\u2019 matters,\u201d he said."
    spans = find_quotes(text, 0, len(text), 0)
    outer = [q for q in spans if q.double]
    inner = [q for q in spans if not q.double]
    assert [text[q.start:q.end] for q in outer] == ["Our mission of \u2018Technology for Mankind\u2019 matters,"]
    assert [text[q.start:q.end] for q in inner] == ["Technology for Mankind"]
    assert inner[0].nested


def test_apostrophes_are_not_quotation_marks():
    assert quotes("The devices' screens and Oppo\u2019s phones, don't they?") == []
    assert quotes("Korvos' owner said the firm's debts were Castellan's problem.") == []


def test_single_quoted_headline_phrase():
    assert quotes("Steel firm 'to cut' 45,000 jobs") == ["to cut"]


def test_plural_possessive_inside_single_quote_does_not_close_it():
    text = "He called it 'the workers' best deal' today."
    assert quotes(text) == ["the workers' best deal"]


def test_unclosed_quote_runs_to_paragraph_end():
    text = "\u201cIn three years we have grown.\n\n\u201cAdhering to our mission, we go on.\u201d"
    p = parsed(text)
    assert [(p.text[q.start:q.end], q.closed) for q in p.quotes] == [
        ("In three years we have grown.", False), ("Adhering to our mission, we go on.", True)]


# ---------------------------------------------------------------- parsed article

def test_boilerplate_is_masked_not_deleted():
    text = "Photo: Handout\n\nOppo pledged money. It was a lot."
    p = parsed(text, boilerplate=[(0, 14)])
    assert len(p.text) == len(text)
    assert p.text[:14].strip() == ""
    assert [p.sentence_text(s) for s in p.sentences] == ["Oppo pledged money.", "It was a lot."]


def test_mask_keeps_newlines():
    assert mask("ab\ncd", [(0, 5)]) == "  \n  "


def test_evidence_names_the_article_and_the_whole_sentence():
    text = "First one.  Oppo pledged\n30m yuan. Last."
    p = parsed(text)
    start = text.index("30m")
    ev = p.evidence(start, start + 8)
    assert ev.article == "a" and (ev.start, ev.end) == (start, start + 8)
    assert ev.sentence == "Oppo pledged 30m yuan."


def test_sentence_at_finds_the_containing_sentence():
    p = parsed("One two. Three four.")
    assert p.sentence_text(p.sentence_at(10)) == "Three four."
    assert p.sentence_at(8) is None  # the space between sentences


# ---------------------------------------------------------------- never raise, offsets inside

odd_text = st.text(alphabet=st.sampled_from(list("ab .!?\"'\u201c\u201d\u2018\u2019\n\t$m,A")), max_size=200) | st.text(max_size=200)


@settings(max_examples=300, deadline=None)
@given(odd_text)
def test_parse_never_raises_and_offsets_lie_inside(text):
    p = parsed(text)
    n = len(text)
    for a, b in p.paragraphs:
        assert 0 <= a < b <= n
    for s in p.sentences:
        assert 0 <= s.start < s.end <= n
        assert p.sentence_at(s.start) == s
    for q in p.quotes:
        assert 0 <= q.start <= q.end <= n


@settings(max_examples=200, deadline=None)
@given(odd_text, st.lists(st.tuples(st.integers(-5, 250), st.integers(-5, 250)), max_size=4))
def test_masking_any_spans_keeps_length(text, spans):
    assert len(mask(text, spans)) == len(text)


def test_backslash_escaped_opening_mark_still_opens():
    text = '\\"Farming research is an area in which we lead," Mr Holt says.'
    assert quotes(text) == ["Farming research is an area in which we lead,"]


def test_two_quoted_paragraphs_printed_as_one_are_two_spans():
    text = 'Sir Alan said: "Higher fees will help the colleges. "More students will get the chance."'
    spans = find_quotes(text, 0, len(text), 0)
    assert [text[q.start:q.end] for q in spans] == [
        "Higher fees will help the colleges.", "More students will get the chance."]
    assert [q.closed for q in spans] == [False, True]


def test_blank_line_inside_a_sentence_does_not_split_the_paragraph():
    text = "Dr Lee will receive $600,000 over five\n\nyears to study sleep.\n\nA new paragraph."
    spans = split_paragraphs(text)
    assert [text[a:b] for a, b in spans] == [
        "Dr Lee will receive $600,000 over five\n\nyears to study sleep.", "A new paragraph."]


def test_blank_line_after_a_heading_still_splits():
    text = "Funding boost\n\nThe council said on Monday it would pay.\n\n(Reporting by Ann Lee)"
    assert len(split_paragraphs(text)) == 3


def test_evidence_of_a_quote_spanning_sentences_cites_them_all():
    text = 'Intro here. He said: "We grew. We hired. We won." Then he left.'
    p = parsed(text)
    start = text.index("We grew")
    end = text.index('won."') + 4
    assert p.evidence(start, end).sentence == 'He said: "We grew. We hired. We won."'
