"""Attribution rules of news English added in session 3, each tested on sentences written in
several outlets' styles (wire, BBC, press release, local paper, Indian, African, Australian,
New Zealand, Canadian). Every name here is invented."""
from __future__ import annotations

import pytest

from briefs.extract.names import analyse
from briefs.extract.quotes import extract_quotes
from briefs.model import Article
from briefs.text import parse


def speaker(text: str, words: str) -> str | None:
    parsed = parse(Article(id="a", path="a.txt", text=text))
    hits = [q for q in extract_quotes(parsed, analyse(parsed)) if words in q.text]
    assert len(hits) == 1, [q.text for q in extract_quotes(parsed, analyse(parsed))]
    return hits[0].speaker


# ---------------------------------------------------------------- brackets inside the speaker phrase


@pytest.mark.parametrize("text, words, who", [
    ("\"The aim is to support research that matters to every region,\" says Associate Health "
     "(Mental Health) Minister Aroha Tane.", "The aim is", "Aroha Tane"),
    ("MLA Suresh Pillai (Congress, Kottayam) said the dam was \"a disaster waiting to happen for "
     "the whole valley\".", "a disaster waiting", "Suresh Pillai"),
    ("Councillor Brenda Hollis (Lib Dem, Eastfield) told the meeting: \"We cannot keep closing "
     "libraries and calling it reform.\"", "We cannot keep", "Brenda Hollis"),
])
def test_bracketed_aside_does_not_split_the_speaker_phrase(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- a second verb after a conjunction


@pytest.mark.parametrize("text, words, who", [
    ("Ports spokeswoman Ngaire Whitfield conceded there were \"some rough edges\" but said \"the new "
     "system is already saving hours every day\".", "the new system", "Ngaire Whitfield"),
    ("Coach Sipho Dlamini admitted the side had been \"poor in the first half\" and added \"we were "
     "lucky to come away with a point\".", "we were lucky", "Sipho Dlamini"),
    ("Mayor Karen Liddell called the vote \"a disgrace to this council\" yet insisted \"the "
     "project will go ahead regardless\".", "the project will", "Karen Liddell"),
])
def test_verb_after_a_conjunction_shares_the_sentence_subject(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- praise and blame with "as"


@pytest.mark.parametrize("text, words, who", [
    ("The Regional Hauliers Federation, which has attacked the levy as \"a tax on every family's "
     "shopping\", said it would go to court.", "a tax on every", "Regional Hauliers Federation"),
    ("Opposition leader Kofi Mensah dismissed the budget as \"a wish list with no money behind "
     "it\".", "a wish list", "Kofi Mensah"),
    ("Farmers' leader Gurpreet Sandhu hailed the decision as \"a victory for every small grower in "
     "Punjab\".", "a victory for", "Gurpreet Sandhu"),
])
def test_praise_or_blame_with_as_reports_its_subject(text, words, who):
    assert speaker(text, words) == who


def test_passive_praise_with_no_agent_has_no_speaker():
    assert speaker("Universities, hailed as \"the engines of the new economy\" last year, now "
                   "face cuts of 4%.", "the engines") is None


# ---------------------------------------------------------------- a relative clause's reporter


@pytest.mark.parametrize("text, words, who", [
    ("The Ministry of Transport is facing two court challenges, one from the Bus Owners "
     "Association and the other from the National Road Carriers Union, which has attacked the law "
     "as \"a licence to print fines\".", "a licence", "National Road Carriers Union"),
    ("Residents have objected. The plan was backed by Northfield Council but opposed by local "
     "campaigner Maria Osei, who said it was \"a slap in the face for the whole street\".",
     "a slap in the face", "Maria Osei"),
    ("Dr Kwame Asante, who chairs the review panel, said the findings were \"deeply troubling for "
     "every parent\".", "deeply troubling", "Kwame Asante"),
])
def test_relative_clause_verb_has_the_phrase_before_it_for_subject(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- the agent of a passive


@pytest.mark.parametrize("text, words, who", [
    ("The budget was described as \"an irresponsible gamble with our future\" by opposition leader "
     "Thabo Mokoena on Wednesday.", "an irresponsible gamble", "Thabo Mokoena"),
    ("The stadium deal, branded \"a giveaway to billionaires\" by councillor Dana Brook, passed by "
     "one vote.", "a giveaway", "Dana Brook"),
    ("Universities, deemed \"the crown jewels of the economy\" by Treasurer Liam Doherty, will "
     "still face cuts.", "the crown jewels", "Liam Doherty"),
])
def test_agent_of_a_passive_reporting_verb_speaks(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- a title and its of-phrase before the name


@pytest.mark.parametrize("text, words, who", [
    ("Locals packed the town hall on Monday.\n\nIn response to the criticism, Chief Executive of "
     "the Northgate Health Trust Dana Whitlock defended the site, arguing that it is \"at the heart "
     "of a well-served community of clinics\".", "at the heart", "Dana Whitlock"),
    ("Vice-Chancellor of the University of Ballarat Professor Lena Moretti welcomed the grant. "
     "\"It puts regional research on the map for good,\" she said.", "It puts regional", "Lena Moretti"),
    ("Secretary of State for Transport Gareth Price said the line was \"years behind schedule and "
     "over budget\".", "years behind", "Gareth Price"),
])
def test_title_with_of_phrase_before_the_name(text, words, who):
    assert speaker(text, words) == who


def test_pronoun_after_a_title_of_subject_resolves_to_that_person():
    text = ("Locals packed the hall.\n\nIn reply, CEO and Director of the Harbour Arts Centre Ama "
            "Boateng defended the plan, arguing it was \"the only way to keep the doors open\".\n\n"
            "She also praised the town as \"a magnet for artists from across the region\".")
    assert speaker(text, "a magnet for") == "Ama Boateng"
