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


# ---------------------------------------------------------------- a closing mark left out before "X says,"


def quotes_of(text: str) -> list[tuple[str | None, str]]:
    parsed = parse(Article(id="a", path="a.txt", text=text))
    return [(q.speaker, q.text) for q in extract_quotes(parsed, analyse(parsed))]


@pytest.mark.parametrize("text, first, second, who", [
    ("The clinic opened in March. \u201cWe see forty patients a day, Dr Ama Mensah says, \u201cand most "
     "of them have walked for hours.\u201d", "We see forty patients a day,",
     "and most of them have walked for hours.", "Ama Mensah"),
    ("\u201cThe river has never been this low, said farmer Colin Baird, \u201cnot even in the drought "
     "of the nineties.\u201d", "The river has never been this low,",
     "not even in the drought of the nineties.", "Colin Baird"),
    ("Rahul Verma runs the stall. \u201cBusiness is slow this season, Verma explains, \u201cbut the "
     "regulars keep us going through the monsoon.\u201d", "Business is slow this season,",
     "but the regulars keep us going through the monsoon.", "Rahul Verma"),
])
def test_missing_closing_mark_before_an_attribution_splits_the_quote(text, first, second, who):
    assert quotes_of(text) == [(who, first), (who, second)]


# ---------------------------------------------------------------- a document and its author


@pytest.mark.parametrize("text, words, who", [
    ("Work begins in January. In a statement released by the Halden Group, it is stated that the "
     "plant \"will be fully operational by the end of next year\".", "fully operational", "Halden Group"),
    ("A letter from the Nairobi Water Company to residents describes the outages as \"a temporary "
     "measure while mains are replaced\".", "a temporary measure", "Nairobi Water Company"),
    ("In [a statement](https://example.org/news/1) issued by the Ottawa Transit Commission, the "
     "delays are put down to \"a shortage of trained drivers across the network\".",
     "a shortage of trained", "Ottawa Transit Commission"),
])
def test_document_with_its_author_gives_the_speaker(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- someone's words as a subject


@pytest.mark.parametrize("text, words, who", [
    ("The Greenvale District Council criticised the plan last month. The Ministry of Water "
     "drew up the plan.\n\nThe Ministry of Water's response has been brief.\n\n\"We will study "
     "the council's concerns and reply in due course.\"", "We will study", "Ministry of Water"),
    ("Regulators fined the bank on Monday.\n\nKestrel Bank's statement was short.\n\n\"We accept "
     "the findings and have already changed our systems.\"", "We accept the findings", "Kestrel Bank"),
    ("Ms Tara Quinn wrote to the board in May.\n\nThe board's reply was swift.\n\nDirector Paul "
     "Hegarty met her a week later.\n\nTara Quinn's reaction was one of relief.\n\n\"I finally feel "
     "that someone is listening to the families.\"", "I finally feel", "Tara Quinn"),
])
def test_possessed_words_as_subject_make_their_owner_the_speaker(text, words, who):
    assert speaker(text, words) == who


# ---------------------------------------------------------------- "the College" before the name


def test_capitalised_org_noun_can_point_to_the_organisation_named_later():
    text = ("The remainder of the campus will be funded by the College. In a statement released by "
            "the College, the hub is said to be \"open to every business in west London\".\n\n"
            "Professor Ruth Adler, Rector of Kingsbridge College, said the campus was on time.")
    assert speaker(text, "open to every business") == "Kingsbridge College"
