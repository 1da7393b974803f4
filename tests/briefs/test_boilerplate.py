"""Boilerplate spans: kept out of extraction by general rules, never deleted (briefs.boilerplate)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefs.boilerplate import find_boilerplate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


def marked(text: str, **kwargs) -> list[str]:
    """The boilerplate pieces of `text`, as strings."""
    return [text[a:b] for a, b in find_boilerplate(text, **kwargs)]


def blanked(text: str, **kwargs) -> str:
    """The text as extraction sees it: boilerplate replaced by spaces, offsets kept."""
    chars = list(text)
    for a, b in find_boilerplate(text, **kwargs):
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def is_marked(text: str, piece: str) -> bool:
    start = text.index(piece)
    return blanked(text)[start:start + len(piece)].strip() == ""


def is_kept(text: str, piece: str) -> bool:
    start = text.index(piece)
    return blanked(text)[start:start + len(piece)] == piece


BODY = "The council approved a $12 million plan on Monday, officials said."


# ------------------------------------------------------------------ metadata blocks

def test_front_matter_block_is_boilerplate():
    text = "---\ntitle: Levee plan\ndate: 2023-03-14\n---\n" + BODY
    assert marked(text)[0] == "---\ntitle: Levee plan\ndate: 2023-03-14\n---"
    assert is_kept(text, BODY)


def test_headline_paragraph_is_boilerplate():
    text = "Council approves levee plan\n\n" + BODY
    assert marked(text) == ["Council approves levee plan"]


def test_markdown_and_setext_headings_are_boilerplate():
    atx = "# Council approves levee plan\n\n" + BODY
    setext = "Council approves levee plan\n===========================\n\n" + BODY
    assert is_marked(atx, "# Council approves levee plan")
    assert is_marked(setext, "Council approves levee plan\n====")
    assert is_kept(setext, BODY)


def test_a_paragraph_repeating_the_title_is_boilerplate():
    text = ("---\ntitle: Council approves levee plan\n---\n**Press Release: Riverside Council**\n\n"
            f"Council approves levee plan\n\n{BODY}")
    assert is_marked(text, "Council approves levee plan\n")
    html_text = f"Intro words here.\n\nCouncil approves levee plan\n\n{BODY}"
    assert "Council approves levee plan" in marked(html_text, title="Council Approves Levee Plan")
    assert is_kept(html_text, BODY)


def test_leading_date_token_is_boilerplate_but_the_sentence_after_it_is_kept():
    text = " date 2022-03-14 The plant reopened on Monday after a fire.\n\nMore text follows here."
    assert marked(text)[0] == "date 2022-03-14"
    assert is_kept(text, "The plant reopened on Monday after a fire.")


@pytest.mark.parametrize("line", [
    "**Thursday, 20 November 2003, 4:38 pm**",
    "October 31, 2013",
    "29 June 2017",
    "Friday, September 21, 2007",
    "Published: 5 Nov 2024, 09:30 GMT",
])
def test_date_only_lines_are_boilerplate(line):
    text = f"Levee plan approved\n\n{line}\n\n{BODY}"
    assert is_marked(text, line)
    assert is_kept(text, BODY)


@pytest.mark.parametrize("line", [
    "Press Release: Riverside Council",
    "Contact: Sam Oduya 0400 000 000",
    "Updated: 5 November 2024",
    "Tags: floods, council",
    "\u00a9 Lakeside Courier 2022",
    "Copyright 2022 Lakeside Courier. All rights reserved.",
])
def test_metadata_and_copyright_lines_are_boilerplate(line):
    text = f"{BODY}\n\n{line}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, line)
    assert is_kept(text, BODY)


# ------------------------------------------------------------------ captions and credits

def test_caption_paragraph_with_credit_is_boilerplate_whole():
    caption = "Workers at the plant during a shift change on Monday. Credit: Handout."
    text = f"{caption}\n\n{BODY}"
    assert is_marked(text, caption)
    assert is_kept(text, BODY)


def test_caption_with_alt_duplicate_is_boilerplate_whole():
    caption = ("Mayor Ana Ruiz at the levee on Monday. Photo: Gazette alt=Mayor Ana Ruiz at the levee "
               "on Monday. Photo: Gazette>")
    text = f"{BODY}\n\n{caption}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, caption)
    assert is_kept(text, "The work is expected to finish by 2026.")


@pytest.mark.parametrize("caption", [
    "Picture: Lakeside Courier",
    "The east bank after the storm. (Getty Images)",
    "Riot police in the square on Sunday. (AP Photo/Jane Doe)",
    "Turbines off the coast. Photograph: Coast Herald",
    "Mayor Ana Ruiz. Image: Supplied",
])
def test_caption_forms(caption):
    text = f"{BODY}\n\n{caption}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, caption)


def test_inline_photo_credit_in_a_long_paragraph_is_only_the_credit():
    sentence = ("The protest began at noon (Photo by Jane Doe/Getty Images) and had ended by the "
                "evening, when police reopened the road and traffic began to move again through "
                "the square, officials said. " * 3)
    text = f"{sentence}\n\nMore text."
    pieces = marked(text)
    assert "(Photo by Jane Doe/Getty Images)" in pieces
    assert is_kept(text, "The protest began at noon")


def test_prose_about_images_is_not_a_caption():
    text = ("The company's image suffered after the recall, and its photo app lost users.\n\n"
            "Analysts said the picture would improve by 2026.")
    assert marked(text) == []


def test_markdown_image_and_its_repeated_alt_caption_are_boilerplate():
    text = ("Intro paragraph of the story.\n\n"
            '![Vice-Chancellor, Professor Ana Mele](https://x.example/a.jpg "Professor Ana Mele")\n\n'
            "Vice-Chancellor, Professor Ana Mele\n\n"
            "Vice-Chancellor, Professor Ana Mele welcomed the funding.")
    assert is_marked(text, "![Vice-Chancellor")
    assert "Vice-Chancellor, Professor Ana Mele" in marked(text)
    assert is_kept(text, "Vice-Chancellor, Professor Ana Mele welcomed the funding.")


# ------------------------------------------------------------------ promotions and furniture

@pytest.mark.parametrize("promo", [
    "Do you want the biggest stories explained? Find the answers with Courier Plus, our new "
    "platform of explainers and analysis brought to you by our award-winning team.",
    "Sign up to our morning newsletter and get the day's top stories delivered to your inbox.",
    "Get the latest headlines delivered to your inbox every morning with our free newsletter.",
    "Download our app to follow your local team wherever you are.",
    "Subscribe today for unlimited access to the Courier.",
    "Click here to read the full report.",
    "Follow us on social media for updates.",
    "The Courier is free to read, but you'll need a subscription for work use. Join today with "
    "plans starting from $3 per week.",
])
def test_promotion_paragraphs_are_boilerplate(promo):
    text = f"{BODY}\n\n{promo}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, promo)
    assert is_kept(text, BODY)


@pytest.mark.parametrize("prose", [
    # the reader addressed with a scheme's sign-up: consumer news, not a promotion
    "If you earn less than \u00a320,000 a year, you can sign up for the scheme from April.",
    # someone's words, in quotation marks
    "\u201cYou can subscribe to the idea or not, but our newsletter reached 2m people,\u201d she said.",
    # promotion words with no reader addressed
    "The publisher said its newsletter business grew 12% last year.",
    "Subscriber numbers at the streaming service rose to 40 million.",
])
def test_prose_that_looks_like_promotion_is_kept(prose):
    text = f"{BODY}\n\n{prose}"
    assert is_kept(text, prose)


@pytest.mark.parametrize("line", [
    "Advertisement",
    "ADVERTISEMENT",
    "Advertisement - scroll to continue reading",
    "Story continues below advertisement",
    "Share this article",
    "Share on Facebook",
    "Share: Facebook Twitter Email",
    "Related: Chip stocks rally as spending grows",
    "Read more: How tidal power works",
    "See also: Flood maps for every county",
    "Find more from Riverside Council on InfoPages.",
])
def test_furniture_lines_are_boilerplate(line):
    text = f"{BODY}\n\n{line}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, line)
    assert is_kept(text, "The work is expected to finish by 2026.")


@pytest.mark.parametrize("line", [
    "Advertising revenue fell 5% in the quarter.",
    "Share prices rose sharply after the announcement.",
    "Related companies were not named in the filing.",
    "More than 300 people attended the meeting.",
])
def test_prose_that_starts_like_furniture_is_kept(line):
    text = f"{BODY}\n\n{line}"
    assert is_kept(text, line)


def test_link_only_paragraph_is_navigation():
    text = f"{BODY}\n\n[Join now](https://x.example/join) [Find out more](https://x.example/more)"
    assert is_marked(text, "[Join now]")
    assert is_marked(text, "[Find out more](https://x.example/more)")


# ------------------------------------------------------------------ credits and bylines

def test_wire_credits_are_boilerplate():
    credit = "(Reporting by Tom Barker; Additional reporting by Lena Vogt; Editing by Paul Hines)"
    text = f"{BODY}\n\n{credit}"
    assert is_marked(text, credit)
    inline = f"Shares rose 6 percent. (Additional reporting by Lena Vogt)\n\n{BODY}"
    assert is_marked(inline, "(Additional reporting by Lena Vogt)")
    assert is_kept(inline, "Shares rose 6 percent.")


@pytest.mark.parametrize("line", [
    "-- Compiled by Dana Whitfield",
    "\u2014 Compiled by Dana Whitfield",
    "Reporting by Tom Barker; Editing by Paul Hines",
    "By Jane Smith",
    "By Jane Smith and Omar Ali, Political Correspondents",
    "By JANE SMITH",
])
def test_byline_lines_are_boilerplate(line):
    text = f"Council approves levee plan\n\n{line}\n\n{BODY}"
    assert is_marked(text, line)
    assert is_kept(text, BODY)


def test_byline_inside_a_header_paragraph():
    text = f"Levee plan approved\n\n**Tuesday, 8 June 2021, 2:05 pm**\nBy Priya Shah\n\n{BODY}"
    assert is_marked(text, "By Priya Shah")


@pytest.mark.parametrize("line", [
    "By the end of 2025 the council aims to finish the levee.",
    "By Christmas, the shops were full",
    "The report was written by Jane Smith.",
])
def test_sentences_starting_with_by_are_kept(line):
    text = f"{BODY}\n\n{line}"
    assert is_kept(text, line)


def test_wrapped_sentence_line_starting_with_by_is_kept():
    text = f"{BODY}\n\nShoppers filled the high street in December.\nBy Christmas Day Mr Smith had sold out"
    assert is_kept(text, "By Christmas Day Mr Smith had sold out")


# ------------------------------------------------------------------ Markdown syntax

def test_inline_link_keeps_its_text():
    text = f"The grant came from the [Marine Energy Fund](https://fund.example/about) on Monday.\n\n{BODY}"
    view = blanked(text)
    assert "Marine Energy Fund" in view
    assert "fund.example" not in view and "[" not in view and "](" not in view
    assert len(view) == len(text)


def test_brackets_that_are_not_links_are_kept():
    text = '"The goal is to [nurture] talent," the professor said.'
    assert marked(text) == []


def test_emphasis_marks_are_boilerplate_but_their_words_kept():
    text = f"The **city council** has won a grant for _early 2022_ and __more__.\n\n{BODY}"
    view = blanked(text)
    assert "city council" in view and "early 2022" in view and "more" in view
    assert "*" not in view and "_" not in view


def test_snake_case_and_arithmetic_are_not_emphasis():
    text = "The file_name_here holds 5*3*2 rows, said the report.\n\nAnother paragraph."
    assert is_kept(text, "file_name_here holds 5*3*2 rows")


def test_heading_marks_rules_quotes_escapes_and_tags():
    text = ("Intro paragraph of the story.\n\n### What happens next ###\n\n---\n\n"
            '> Quoted block text.\n\nHe said \\"yes\\" to the plan.<br>\n\n[1]: https://x.example/ref\n\n'
            "a.promo:hover {color:#EC4438!important;}\n\nClosing paragraph.")
    view = blanked(text)
    assert "What happens next" in view and "#" not in view
    assert "---" not in view and ">" not in view and "\\" not in view and "<br" not in view
    assert "https://x.example/ref" not in view and "color" not in view
    assert 'He said  "yes " to the plan.    ' in view
    assert "Quoted block text." in view


def test_image_line_is_boilerplate():
    text = f"{BODY}\n\n![Turbines](https://img.example/t.jpg)\n\nMore text."
    assert "![Turbines](https://img.example/t.jpg)" in marked(text)


# ------------------------------------------------------------------ shouted labels

@pytest.mark.parametrize("label", [" *** MEDIA RELEASE *** ", "NEW OPENINGS", "THE HON MAREE COLLINS MP"])
def test_all_caps_paragraphs_are_boilerplate(label):
    text = f"{BODY}\n\n{label}\n\nThe work is expected to finish by 2026."
    assert is_marked(text, label)


def test_paragraph_with_acronyms_and_lower_case_is_kept():
    text = f"{BODY}\n\nNHMRC and the ARC said the UK and EU would join.\n\n$7,500"
    assert is_kept(text, "NHMRC and the ARC said the UK and EU would join.")
    assert is_kept(text, "$7,500")


# ------------------------------------------------------------------ whole articles

def test_wire_fixture_keeps_its_story():
    text = (FIXTURES / "wire.txt").read_text(encoding="utf-8")
    view = blanked(text)
    assert "Halvor Semiconductor raised its full-year revenue forecast" in view
    assert '"Demand for our power chips has never been stronger," Kessler said.' in view
    for gone in ("Advertisement", "Related:", "Reporting by", "Chipmaker lifts forecast"):
        assert gone not in view


def test_markdown_fixture_keeps_its_story():
    text = (FIXTURES / "frontmatter.md").read_text(encoding="utf-8")
    view = blanked(text)
    assert "The   city council   has won a \u00a32.5m grant from the  Marine Energy Fund " in view
    assert "The three-year trial is expected to begin in  early 2022" in view
    for gone in ("layout: post", "Priya Shah", "Tuesday, 8 June", "newsletter", "Share this",
                 "Read more", "North Quay News", "====", "turbine.jpg"):
        assert gone not in view


def test_seeds_captions_and_promotion_are_boilerplate():
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    zero = (seeds / "000_d88d51fb85c6f3fc.txt").read_text(encoding="utf-8")
    one = (seeds / "001_3628807d12dfb9ff.txt").read_text(encoding="utf-8")
    first_para = zero.split("\n\n")[0]
    assert is_marked(zero, first_para)
    assert is_kept(zero, "Chinese smartphone company Oppo, in collaboration with")
    assert is_marked(one, "Do you have questions about the biggest topics")
    assert is_marked(one, "Photo: Handout alt=")
    assert is_marked(one, "Chinese smartphone giant Oppo, PolyU to launch joint AI research centre in Hong Kong\n")
    assert is_kept(one, "Oppo last Friday pledged no less than 30 million yuan")
    assert is_kept(one, "\"The research centre's primary goal is to [nurture] talent,\"")


# ------------------------------------------------------------------ fuzzing

def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous = -1
    for a, b in spans:
        assert 0 <= a < b <= len(text)
        assert a > previous  # sorted, merged: no overlap, no touching
        previous = b


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_spans_lie_inside_any_text(text):
    check_spans(text, find_boilerplate(text))


PIECES = st.sampled_from([
    "---\n", "title: >\n", "  A title\n", "date: 2024-11-05\n", "# ", "### ", "====\n", "----\n",
    "\n\n", "\n", " ", "[", "](", ")", "![", "**", "__", "_", "*", "\\", "\\\"", "<br>", "{a:b;}",
    "Photo: Handout", " alt=", "(Getty Images)", "Credit: ", "Advertisement", "Share this",
    "Related: ", "Read more", "(Reporting by X; Editing by Y)", "-- Compiled by ", "By Jane Smith",
    "you", " our newsletter ", "Subscribe", "\u201c", "\u201d", "ALL CAPS", " date 2024-11-05 ",
    "5 November 2024", "The council said.", "Contact: ", "\u00a9 ", "> ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES | st.text(max_size=4), max_size=40).map("".join), st.none() | st.text(max_size=20))
def test_spans_lie_inside_newsy_text(text, title):
    check_spans(text, find_boilerplate(text, title=title))


# ---------------------------------------------------------------- wire datelines (gen4)

@pytest.mark.parametrize("text, dateline", [
    ("NEW YORK General Electric Co said on Wednesday it will move.", "NEW YORK "),  # wire, no dash
    ("LONDON (Reuters) Barclays said on Tuesday it would cut jobs.", "LONDON (Reuters) "),
    ("HONG KONG, May 3 (Reuters) - Cathay Pacific said it would buy jets.", "HONG KONG, May 3 (Reuters) - "),
    ("NAIROBI, Kenya (AP) Safaricom said it would expand its network.", "NAIROBI, Kenya (AP) "),
    ("MUMBAI: Tata Motors said on Friday it will invest in a plant.", "MUMBAI: "),  # Indian
    ("PORTLAND -- The city council voted on Monday.", "PORTLAND -- "),  # local US
    ("KABUL (AFP)\u2013Afghanistan hopes donors will pledge $5bn.", "KABUL (AFP)\u2013"),  # unspaced dash
    ("April 4 (Reuters) - Kessler Corp said it would buy a rival.", "April 4 (Reuters) - "),
])
def test_a_wire_dateline_opening_a_paragraph_is_boilerplate(text, dateline):
    spans = find_boilerplate("Headline words here\n\n" + text + "\n\nAnother paragraph follows.")
    pieces = [("Headline words here\n\n" + text)[a:b] for a, b in spans]
    assert dateline in pieces, pieces


@pytest.mark.parametrize("text", [
    "OPPO Research Institute president Jason Liao said the work matters.",  # a brand in capitals
    "IBM said it would hire 500 people.",
    "NASA Administrator Bill Nelson said the rocket would fly.",
    "TODO: image from the launch event.",
])
def test_capitals_that_are_no_place_open_the_story(text):
    full = "Headline words here\n\n" + text
    assert [full[a:b] for a, b in find_boilerplate(full)] == ["Headline words here"]
