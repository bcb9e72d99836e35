"""Diplomacy news, one invented passage a row: what a careful editor would mark as a statement, who made
it, in what capacity and through which outlet. The sentences are written for this table (public figures
in invented sentences, or fictional people); none is copied from an evaluation corpus."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from attribution import Kind, extract
from attribution.models import Statement

_ANY = object()  # an attribute the row does not judge


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    content: str  # the statement's parts as written, joined with " … "
    speaker: str | None
    kind: Kind
    anonymous: bool = False
    affiliation: object = _ANY
    role: object = _ANY
    outlet: str | None = None


def _xfail(case: Case, reason: str):
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # -- quotation marks of every family -----------------------------------------------------------------
    Case(
        "straight-quote-cue-after",
        'Dmitry Peskov spoke on Monday. "The door to negotiations remains open," Peskov told reporters.',
        '"The door to negotiations remains open,"',
        "Dmitry Peskov",
        Kind.DIRECT,
    ),
    Case(
        "curly-quote-inverted-title",
        "“We are ready to meet in Istanbul,” Ukrainian Foreign Minister Andrii Sybiha said.",
        "“We are ready to meet in Istanbul,”",
        "Andrii Sybiha",
        Kind.DIRECT,
        role="Foreign Minister",
        affiliation="Ukrainian Foreign Ministry",
    ),
    Case(
        "guillemets-colon",
        "Dmitry Peskov said: «We are ready to continue the dialogue».",
        "«We are ready to continue the dialogue»",
        "Dmitry Peskov",
        Kind.DIRECT,
        affiliation="Kremlin",
    ),
    Case(
        "low-high-quotes",
        "Kremlin spokesman Dmitry Peskov said: „The delegation will fly on Sunday.“",
        "„The delegation will fly on Sunday.“",
        "Dmitry Peskov",
        Kind.DIRECT,
        role="Spokesman",
        affiliation="Kremlin",
    ),
    Case(
        "colon-quote-two-sentences",
        'Volodymyr Zelensky said: "We will send a delegation. We want a ceasefire first."',
        '"We will send a delegation. We want a ceasefire first."',
        "Volodymyr Zelensky",
        Kind.DIRECT,
    ),
    Case(
        "told-reporters-colon",
        "Kremlin aide Yuri Ushakov told reporters: “The memorandum is ready. It will be handed over in Istanbul.”",
        "“The memorandum is ready. It will be handed over in Istanbul.”",
        "Yuri Ushakov",
        Kind.DIRECT,
        role="Aide",
        affiliation="Kremlin",
    ),
    Case(
        "said-inverted-unnamed-diplomat",
        "“It is the Kremlin’s move,” said a senior European diplomat. “We are waiting.”",
        "“It is the Kremlin’s move,” … “We are waiting.”",
        "unnamed diplomat",
        Kind.DIRECT,
        anonymous=True,
        affiliation="European",
    ),
    # -- quotes over several paragraphs, split quotes, floating quotes -------------------------------------
    Case(
        "multi-paragraph-quote",
        "Rustem Umerov spoke after the meeting.\n"
        "“We came to Istanbul with one goal.\n"
        "“That goal is a lasting ceasefire.\n"
        "“Nothing else will do,” Umerov told reporters.",
        "“We came to Istanbul with one goal. … “That goal is a lasting ceasefire. … “Nothing else will do,”",
        "Rustem Umerov",
        Kind.DIRECT,
    ),
    Case(
        "multi-paragraph-quote-after-colon",
        "Foreign Minister Hakan Fidan said:\n"
        '"Türkiye has made every preparation.\n'
        '"Both delegations will be safe here."',
        '"Türkiye has made every preparation. … "Both delegations will be safe here."',
        "Hakan Fidan",
        Kind.DIRECT,
        role="Foreign Minister",
    ),
    Case(
        "split-quote-said",
        'Steve Witkoff arrived in Moscow. "Peace is possible," Witkoff said, "if both sides show flexibility."',
        '"Peace is possible," … "if both sides show flexibility."',
        "Steve Witkoff",
        Kind.DIRECT,
    ),
    Case(
        "split-quote-pronoun",
        "Andrii Sybiha met the Turkish side on Monday.\n“We want peace,” he said, “but not at any price.”",
        "“We want peace,” … “but not at any price.”",
        "Andrii Sybiha",
        Kind.DIRECT,
    ),
    Case(
        "split-quote-across-sentences",
        '"The first round was useful," Vladimir Medinsky said. "We expect the second one to be as productive."',
        '"The first round was useful," … "We expect the second one to be as productive."',
        "Vladimir Medinsky",
        Kind.DIRECT,
    ),
    Case(
        "floating-quote-next-paragraph",
        '"We have received the document," Andrii Sybiha said on Tuesday.\n"We will study it and respond."',
        '"We have received the document," … "We will study it and respond."',  # one statement, as a split quote
        "Andrii Sybiha",
        Kind.DIRECT,
    ),
    Case(
        "floating-quote-after-reported-speech",
        "Maria Zakharova said Moscow had not received a reply.\n“We are still waiting for Kyiv’s answer.”",
        "“We are still waiting for Kyiv’s answer.”",
        "Maria Zakharova",
        Kind.DIRECT,
    ),
    # -- partial quotes in reported speech: mixed ----------------------------------------------------------
    Case(
        "partial-quote-in-reported",
        'Sergey Lavrov said Moscow was ready for a "serious conversation" about security guarantees.',
        'Moscow was ready for a "serious conversation" about security guarantees',
        "Sergey Lavrov",
        Kind.MIXED,
    ),
    Case(
        "partial-quotes-that-clauses",
        "Vladimir Medinsky said the talks had been “useful” and that Moscow was “satisfied with the result.”",
        "the talks had been “useful” and that Moscow was “satisfied with the result.”",
        "Vladimir Medinsky",
        Kind.MIXED,
    ),
    Case(
        "that-partial-quote",
        'Sergey Lavrov said that the West "does not want peace."',
        'that the West "does not want peace."',
        "Sergey Lavrov",
        Kind.MIXED,
    ),
    Case(
        "organisation-partial-quote",
        "The Kremlin on Monday said it was “too early” to talk about a summit.",
        "it was “too early” to talk about a summit",
        "Kremlin",
        Kind.MIXED,
    ),
    Case(
        "described-as-quote",
        'Dmitry Peskov described the proposal as "a step in the right direction."',
        'the proposal as "a step in the right direction."',
        "Dmitry Peskov",
        Kind.MIXED,
    ),
    # -- apostrophes are never quotation marks -------------------------------------------------------------
    Case(
        "apostrophes-indirect",
        "Russia's delegation won't arrive before Sunday, Turkish officials said.",
        "Russia's delegation won't arrive before Sunday",
        "unnamed official",
        Kind.INDIRECT,
        anonymous=True,
    ),
    Case(
        "curly-apostrophes-indirect",
        "Ukraine’s delegation isn’t ready to travel until Kyiv’s conditions are met, Umerov’s office said.",
        "Ukraine’s delegation isn’t ready to travel until Kyiv’s conditions are met",
        "Umerov’s office",
        Kind.INDIRECT,
    ),
    # -- SPEAKER CUE (that) CONTENT; CONTENT, SPEAKER CUE -------------------------------------------------
    Case(
        "speaker-cue-that",
        "Andrii Sybiha told reporters that Kyiv had not yet received the Russian memorandum.",
        "that Kyiv had not yet received the Russian memorandum",
        "Andrii Sybiha",
        Kind.INDIRECT,
        outlet=None,
    ),
    Case(
        "speaker-cue-no-that",
        "Russian Foreign Minister Sergey Lavrov said the talks would continue in Istanbul.",
        "the talks would continue in Istanbul",
        "Sergey Lavrov",
        Kind.INDIRECT,
        role="Foreign Minister",
        affiliation="Russian Foreign Ministry",
    ),
    Case(
        "content-speaker-cue",
        "Ukraine had not received the memorandum, Andrii Sybiha told reporters on Friday.",
        "Ukraine had not received the memorandum",
        "Andrii Sybiha",
        Kind.INDIRECT,
    ),
    Case(
        "dateline-content-cue-inverted-title",
        "ISTANBUL, May 30 (Reuters) - Turkey is ready to host a second round of talks, Foreign Minister "
        "Hakan Fidan said on Friday.",
        "Turkey is ready to host a second round of talks",
        "Hakan Fidan",
        Kind.INDIRECT,
        role="Foreign Minister",
        outlet=None,  # the dateline credit is the publisher, not a relay
    ),
    Case(
        "parenthetical-cue",
        "The ceasefire, Dmitry Peskov stressed, would require international monitoring.",
        "The ceasefire … would require international monitoring",
        "Dmitry Peskov",
        Kind.INDIRECT,
    ),
    Case(
        "organisation-in-a-statement",
        "In a statement, the Ukrainian Foreign Ministry said the strike was a war crime.",
        "the strike was a war crime",
        "Ukrainian Foreign Ministry",
        Kind.INDIRECT,
    ),
    Case(
        "wrote-on-telegram-that",
        "Maria Zakharova wrote on Telegram that the sanctions were illegal.",
        "that the sanctions were illegal",
        "Maria Zakharova",
        Kind.INDIRECT,
        outlet=None,  # a channel, not an outlet
    ),
    Case(
        "long-adverbial-before-that",
        "Sergey Lavrov said at a joint press conference with his Turkish counterpart Hakan Fidan that Moscow was "
        "ready for a third round.",
        "that Moscow was ready for a third round",
        "Sergey Lavrov",
        Kind.INDIRECT,
    ),
    Case(
        "not-yet-is-no-conjunction",
        "Maria Zakharova added that the venue of the third round was not yet agreed.",
        "that the venue of the third round was not yet agreed",
        "Maria Zakharova",
        Kind.INDIRECT,
    ),
    # -- according to ------------------------------------------------------------------------------------
    Case(
        "according-to-fronted",
        "Yuri Ushakov briefed journalists. According to Ushakov, the delegation will be led by Medinsky.",
        "the delegation will be led by Medinsky",
        "Yuri Ushakov",
        Kind.INDIRECT,
    ),
    Case(
        "according-to-unnamed-source",
        "The talks will be held behind closed doors, according to a source in the Turkish Foreign Ministry.",
        "The talks will be held behind closed doors",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Turkish Foreign Ministry",
    ),
    # -- participial chains -------------------------------------------------------------------------------
    Case(
        "participle-stating",
        "John Kelley addressed the Security Council, stating there is no military solution to the conflict.",
        "there is no military solution to the conflict",
        "John Kelley",
        Kind.INDIRECT,
    ),
    Case(
        "participle-saying",
        "Marco Rubio spoke to reporters in Washington, saying the United States wanted a lasting peace.",
        "the United States wanted a lasting peace",
        "Marco Rubio",
        Kind.INDIRECT,
        affiliation="U.S. State Department",
    ),
    Case(
        "time-phrase-before-cue",
        "Russian President Vladimir Putin in May proposed direct talks without preconditions.",
        "direct talks without preconditions",
        "Vladimir Putin",
        Kind.INDIRECT,
        role="President",
    ),
    Case(
        "coordinated-cue-takes-the-subject",
        "Volodymyr Zelensky ordered a review of the delegation's mandate in Istanbul and warned that Kyiv "
        "would not accept ultimatums.",
        "that Kyiv would not accept ultimatums",
        "Volodymyr Zelensky",
        Kind.INDIRECT,
    ),
    # -- outlets ------------------------------------------------------------------------------------------
    Case(
        "told-outlet-that",
        "Sergey Lavrov told RIA Novosti that Moscow would present its memorandum in Istanbul.",
        "that Moscow would present its memorandum in Istanbul",
        "Sergey Lavrov",
        Kind.INDIRECT,
        outlet="RIA Novosti",
    ),
    Case(
        "told-outlet-no-that",
        "Andrii Sybiha told CNN the talks could not succeed without a ceasefire.",
        "the talks could not succeed without a ceasefire",
        "Andrii Sybiha",
        Kind.INDIRECT,
        outlet="CNN",
    ),
    Case(
        "told-two-word-outlet",
        "Yuri Ushakov told Channel One that the memorandum had been handed over.",
        "that the memorandum had been handed over",
        "Yuri Ushakov",
        Kind.INDIRECT,
        outlet="Channel One",
    ),
    Case(
        "told-outlet-title",
        "Russian Deputy Foreign Minister Sergei Ryabkov told TASS that Moscow saw no grounds for optimism.",
        "that Moscow saw no grounds for optimism",
        "Sergei Ryabkov",
        Kind.INDIRECT,
        role="Deputy Foreign Minister",
        affiliation="Russian Foreign Ministry",
        outlet="TASS",
    ),
    Case(
        "told-hyphenated-outlet",
        "Andrii Sybiha told Interfax-Ukraine that the Istanbul talks were a farce.",
        "that the Istanbul talks were a farce",
        "Andrii Sybiha",
        Kind.INDIRECT,
        outlet="Interfax-Ukraine",
    ),
    Case(
        "told-outlet-with-media-noun",
        "The Kremlin has no such plans, Dmitry Peskov told the Zvezda TV channel.",
        "The Kremlin has no such plans",
        "Dmitry Peskov",
        Kind.INDIRECT,
        outlet="Zvezda",
    ),
    Case(
        "speaking-to-outlet",
        "Speaking to RIA Novosti, Dmitry Peskov said the talks would resume in June.",
        "the talks would resume in June",
        "Dmitry Peskov",
        Kind.INDIRECT,
        outlet="RIA Novosti",
    ),
    Case(
        "interview-with-outlet",
        "In an interview with CBS, Marco Rubio said the United States would not walk away from the talks.",
        "the United States would not walk away from the talks",
        "Marco Rubio",
        Kind.INDIRECT,
        outlet="CBS",
    ),
    Case(
        "interview-aside",
        "Sergey Lavrov, in an interview with the BBC, said Russia was ready to continue the negotiations.",
        "Russia was ready to continue the negotiations",
        "Sergey Lavrov",
        Kind.INDIRECT,
        outlet="BBC",
    ),
    Case(
        "outlet-possessive-programme",
        "“We will respond,” Marco Rubio told CBS's “Face the Nation” on Sunday.",
        "“We will respond,”",
        "Marco Rubio",
        Kind.DIRECT,
        outlet="CBS",
    ),
    Case(
        "quote-according-to-outlet",
        "“We are ready,” Dmitry Peskov said, according to TASS.",
        "“We are ready,”",
        "Dmitry Peskov",
        Kind.DIRECT,
        outlet="TASS",
    ),
    Case(
        "citing-outlet",
        "Dmitry Peskov said the delegation had left Moscow, citing TASS.",
        "the delegation had left Moscow",
        "Dmitry Peskov",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "outlet-reported",
        "The Russian delegation has arrived in Istanbul, TASS reported.",
        "The Russian delegation has arrived in Istanbul",
        "TASS",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "outlet-reports-this",
        "The Russian delegation has left Istanbul, RBC reports this.",
        "The Russian delegation has left Istanbul",
        "RBC",
        Kind.INDIRECT,
        outlet="RBC",
    ),
    Case(
        "as-reported-by",
        "The meeting lasted nearly two hours, as reported by the BBC Russian service.",
        "The meeting lasted nearly two hours",
        "BBC Russian service",
        Kind.INDIRECT,
        affiliation="BBC",
        outlet="BBC",
    ),
    Case(
        "outlet-reported-citing-source",
        "The talks will start on Monday, TASS reported, citing a source in the Russian delegation.",
        "The talks will start on Monday",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Russian delegation",
        outlet="TASS",
    ),
    # -- wire relays: whoever is quoted or cited spoke; the agency that quotes or cites is the outlet ---------
    Case(
        "quoted-as-saying-by-outlet",
        '"The negotiations are complex," Lavrov was quoted as saying by TASS.',
        '"The negotiations are complex,"',
        "Sergey Lavrov",
        Kind.DIRECT,
        outlet="TASS",
    ),
    Case(
        "quoted-by-outlet-as-saying",
        '"The negotiations are complex," Lavrov was quoted by TASS as saying.',
        '"The negotiations are complex,"',
        "Sergey Lavrov",
        Kind.DIRECT,
        outlet="TASS",
    ),
    Case(
        "quoted-as-saying-by-outlet-that",
        "Sergei Lavrov was quoted as saying by TASS that the negotiations were complex.",
        "that the negotiations were complex",
        "Sergey Lavrov",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "quoted-by-outlet-as-saying-that",
        "Lavrov was quoted by TASS as saying that the negotiations were complex.",
        "that the negotiations were complex",
        "Sergey Lavrov",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "quoted-as-saying-by-agency-noun",
        "“We are ready,” Kremlin spokesman Dmitry Peskov was also quoted as saying by the Interfax news agency.",
        "“We are ready,”",
        "Dmitry Peskov",
        Kind.DIRECT,
        affiliation="Kremlin",
        outlet="Interfax",
    ),
    Case(
        "outlet-quoted-someone-as-saying",
        "“The door remains open,” RIA Novosti quoted Yuri Ushakov as saying.",
        "“The door remains open,”",
        "Yuri Ushakov",
        Kind.DIRECT,
        outlet="RIA Novosti",
    ),
    Case(
        "outlet-quoted-titled-name-as-saying",
        "TASS quoted Mr. Lavrov as saying that the consultations would resume in June.",
        "that the consultations would resume in June",
        "Sergey Lavrov",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "outlet-cited-source-as-saying",
        "RIA Novosti cited a source in the Russian delegation as saying the talks would resume on Monday.",
        "the talks would resume on Monday",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Russian delegation",
        outlet="RIA Novosti",
    ),
    Case(
        "outlet-reported-quoting-someone-as-saying",
        "Interfax reported, quoting Dmitry Peskov as saying that no date had been set.",
        "that no date had been set",
        "Dmitry Peskov",
        Kind.INDIRECT,
        outlet="Interfax",
    ),
    Case(
        "outlet-reported-citing-source-that",
        "Interfax reported, citing a diplomatic source, that the summit had been postponed.",
        "that the summit had been postponed",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="Interfax",
    ),
    Case(
        "outlet-citing-source-reported",
        "Interfax, citing a diplomatic source, reported that the summit had been postponed.",
        "that the summit had been postponed",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="Interfax",
    ),
    Case(
        "outlet-reported-citing-minister-that",
        "TASS reported, citing Deputy Foreign Minister Sergei Ryabkov, that the consultations would resume in June.",
        "that the consultations would resume in June",
        "Sergei Ryabkov",
        Kind.INDIRECT,
        role="Deputy Foreign Minister",
        outlet="TASS",
    ),
    Case(
        "outlet-citing-minister-reported",
        "TASS, citing Deputy Foreign Minister Sergei Ryabkov, reported that the consultations would resume in June.",
        "that the consultations would resume in June",
        "Sergei Ryabkov",
        Kind.INDIRECT,
        role="Deputy Foreign Minister",
        outlet="TASS",
    ),
    Case(
        "outlet-reported-quoting-source",
        "The talks will resume on Monday, Interfax reported, quoting a diplomatic source.",
        "The talks will resume on Monday",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="Interfax",
    ),
    Case(
        "outlet-citing-document-reported",  # a document cannot speak: the outlet reports, and it cites
        "Kommersant, citing a draft of the memorandum, reported that the document ran to five pages.",
        "that the document ran to five pages",
        "Kommersant",
        Kind.INDIRECT,
        outlet="Kommersant",
    ),
    # -- unnamed sources: label, affiliation, outlet --------------------------------------------------------
    Case(
        "source-in-administration-told-outlet",
        "A source in the Turkish presidential administration told RIA Novosti that the delegations would meet "
        "at the Ciragan Palace.",
        "that the delegations would meet at the Ciragan Palace",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Turkish presidential administration",
        outlet="RIA Novosti",
    ),
    Case(
        "sources-in-delegation-told-outlet",
        "Sources in the Russian delegation told TASS the meeting had ended.",
        "the meeting had ended",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Russian delegation",
        outlet="TASS",
    ),
    Case(
        "source-in-city-told-outlet",
        "A diplomatic source in Ankara told Anadolu Agency that both delegations had confirmed attendance.",
        "that both delegations had confirmed attendance",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="Anadolu Agency",
    ),
    Case(
        "sources-familiar-with",
        "Two sources familiar with the talks told Reuters the meeting would take place in the Dolmabahce Palace.",
        "the meeting would take place in the Dolmabahce Palace",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="Reuters",
    ),
    Case(
        "kremlin-source",
        "A Kremlin source told RBC that a summit was not on the agenda.",
        "that a summit was not on the agenda",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Kremlin",
        outlet="RBC",
    ),
    Case(
        "senior-official-anonymity",
        "A senior Ukrainian official, speaking on condition of anonymity, told Reuters that Kyiv would send Umerov.",
        "that Kyiv would send Umerov",
        "unnamed official",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Ukrainian",  # "senior" says how high, not whose
        outlet="Reuters",
    ),
    Case(
        "diplomatic-sources-told",
        "Diplomatic sources told TASS that the venue had not yet been agreed.",
        "that the venue had not yet been agreed",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation=None,  # "diplomatic" says what kind of source, not whose
        outlet="TASS",
    ),
    Case(
        "speaking-to-outlet-unnamed",
        "Speaking to RIA Novosti, a Turkish diplomatic source said the talks would start at 10 a.m.",
        "the talks would start at 10 a.m",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="RIA Novosti",
    ),
    Case(
        "group-keeps-outlet",
        "Turkish presidential administration officials told RIA Novosti that security measures were ready.\n"
        "Türkiye expects both delegations on Monday.\n"
        "“Everything is prepared for the delegations,” a presidential administration representative said.",
        "“Everything is prepared for the delegations,”",
        "unnamed representative",
        Kind.DIRECT,
        anonymous=True,
        affiliation="Turkish presidential administration",
        outlet="RIA Novosti",
    ),
    Case(
        "sources-keep-outlet-later-paragraph",
        "Sources in the Russian delegation told TASS the meeting had ended.\n"
        "Later, the sources said a joint statement was being prepared.",
        "a joint statement was being prepared",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Russian delegation",
        outlet="TASS",
    ),
    Case(
        "the-source-keeps-outlet",
        "A source told RIA Novosti that the delegations would meet on Monday. According to the source, the talks "
        "would last one day.",
        "the talks would last one day",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="RIA Novosti",
    ),
    Case(
        "member-of-delegation",
        "“We are going there to talk about a ceasefire, not about territory,” a member of the Ukrainian "
        "delegation said.",
        "“We are going there to talk about a ceasefire, not about territory,”",
        "unnamed member",
        Kind.DIRECT,
        anonymous=True,
        affiliation="Ukrainian delegation",
    ),
    Case(
        "the-ministry-is-the-ministry-that-spoke",
        "The Turkish Foreign Ministry said the talks would be held at the Ciragan Palace.\n"
        "“Our doors are open to both sides,” the ministry said in a statement.",
        "“Our doors are open to both sides,”",
        "Turkish Foreign Ministry",
        Kind.DIRECT,
    ),
    Case(
        "channel-noun-before-colon-is-no-second-statement",
        "Maria Zakharova said in a Telegram post: “Kyiv is sabotaging the process.”",
        "“Kyiv is sabotaging the process.”",
        "Maria Zakharova",
        Kind.DIRECT,
    ),
    # -- "as X put it", colon statements ------------------------------------------------------------------
    Case(
        "as-put-it-aside",
        "Marco Rubio met Sybiha in Rome. The war, as Rubio put it, has become a stalemate.",
        "The war … has become a stalemate",
        "Marco Rubio",
        Kind.INDIRECT,
    ),
    Case(
        "as-put-it-quote",
        'Dmitry Peskov was cautious. As Peskov put it, "the devil is in the details."',
        '"the devil is in the details."',
        "Dmitry Peskov",
        Kind.DIRECT,
    ),
    Case(
        "says-headline",
        "Kremlin says no plans for Putin to attend Istanbul talks",
        "no plans for Putin to attend Istanbul talks",
        "Kremlin",
        Kind.INDIRECT,
    ),
    Case(
        "colon-headline",
        "Zelensky: Ukraine is ready for a full ceasefire",
        "Ukraine is ready for a full ceasefire",
        "Volodymyr Zelensky",  # a bare surname is the one known speaker who bears it
        Kind.INDIRECT,
    ),
    Case(
        "wrote-colon-quote",
        'Maria Zakharova wrote on Telegram: "The West is trying to sabotage the talks."',
        '"The West is trying to sabotage the talks."',
        "Maria Zakharova",
        Kind.DIRECT,
    ),
    Case(
        "message-colon",
        "Dmitry Peskov had a clear message: Moscow will not accept any preconditions.",
        "Moscow will not accept any preconditions",
        "Dmitry Peskov",
        Kind.INDIRECT,
    ),
    Case(
        "warning-colon-quote",
        'Maria Zakharova issued a warning: "The West will regret this."',
        '"The West will regret this."',
        "Maria Zakharova",
        Kind.DIRECT,
    ),
    # -- resolution: pronouns, surnames, role nouns ----------------------------------------------------------
    Case(
        "surname-before-a-later-name-it-opens",
        "Mikhail Galuzin arrived in Istanbul on Monday. He presented the so-called Galuzin Formula to both "
        "delegations.\n“We will go on with the talks,” Galuzin said.",
        "“We will go on with the talks,”",
        "Mikhail Galuzin",
        Kind.DIRECT,
    ),
    Case(
        "role-noun-after-titled-statement",
        "Kremlin spokesman Dmitry Peskov said the memorandum was being drafted.\n"
        '"Moscow is waiting for Kyiv\'s response," the Kremlin spokesman said.',
        '"Moscow is waiting for Kyiv\'s response,"',
        "Dmitry Peskov",
        Kind.DIRECT,
        affiliation="Kremlin",
    ),
    Case(
        "role-noun-after-titled-mention",
        "Turkish Foreign Minister Hakan Fidan opened the meeting at the Dolmabahce Palace.\n"
        '"We have prepared everything," the Turkish foreign minister said, "and the delegations are welcome."',
        '"We have prepared everything," … "and the delegations are welcome."',
        "Hakan Fidan",
        Kind.DIRECT,
        affiliation="Turkish Foreign Ministry",
    ),
    Case(
        "role-noun-known-from-the-knowledge-base",
        "Dmitry Peskov spoke to journalists on Tuesday.\n"
        "“Moscow is waiting for Kyiv's response,” the Kremlin spokesman said.",
        "“Moscow is waiting for Kyiv's response,”",
        "Dmitry Peskov",
        Kind.DIRECT,
        affiliation="Kremlin",
    ),
    Case(
        "role-noun-is-not-another-office",
        "Vice President JD Vance spoke in Munich. The president said the talks must continue.",
        "the talks must continue",
        "president",  # no president was introduced: a vice president holds another office
        Kind.INDIRECT,
    ),
    Case(
        "role-noun-needs-the-same-affiliation",
        "Russian Foreign Minister Sergey Lavrov said the memorandum was ready. Turkish Foreign Minister Hakan "
        "Fidan arrived later. The Russian foreign minister said Moscow would wait.",
        "Moscow would wait",
        "Sergey Lavrov",
        Kind.INDIRECT,
        affiliation="Russian Foreign Ministry",
    ),
    Case(
        "indefinite-role-noun-is-unnamed",
        "Kremlin spokesman Dmitry Peskov said the talks would resume. A spokesman for the Ukrainian delegation "
        "said no date had been set.",
        "no date had been set",
        "unnamed spokesman",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Ukrainian delegation",
    ),
    Case(
        "role-noun-president",
        "Russian President Vladimir Putin proposed the talks in May. The president said the negotiations "
        "should address the root causes of the conflict.",
        "the negotiations should address the root causes of the conflict",
        "Vladimir Putin",
        Kind.INDIRECT,
    ),
    Case(
        "surname-after-full-name",
        "Maria Zakharova held a briefing on Wednesday. Zakharova said the sanctions would not change Moscow's "
        "position.",
        "the sanctions would not change Moscow's position",
        "Maria Zakharova",
        Kind.INDIRECT,
        affiliation="Russian Foreign Ministry",
    ),
    Case(
        "known-surname-alone",
        "Peskov told reporters on Monday that the Kremlin had no plans for a summit.",
        "that the Kremlin had no plans for a summit",
        "Dmitry Peskov",
        Kind.INDIRECT,
        affiliation="Kremlin",
    ),
    Case(
        "surname-of-the-person-the-article-named",
        "Bill Clinton spoke in Little Rock on Friday. Clinton said the talks in Istanbul deserved support.",
        "the talks in Istanbul deserved support",
        "Bill Clinton",
        Kind.INDIRECT,
    ),
    Case(
        "pronoun-after-arrival",
        "Andrii Sybiha arrived in Istanbul on Sunday.\n“We came here for peace,” he said.",
        "“We came here for peace,”",
        "Andrii Sybiha",
        Kind.DIRECT,
    ),
    Case(
        "pronoun-after-passive-question",
        "Caroline Leavitt was asked whether Donald Trump would travel to Istanbul. "
        "“The president’s schedule is fluid,” she said.",
        "“The president’s schedule is fluid,”",
        "Caroline Leavitt",
        Kind.DIRECT,
    ),
    Case(
        "white-house-press-secretary",
        "White House Press Secretary Caroline Leavitt told reporters that the president was frustrated.",
        "that the president was frustrated",
        "Caroline Leavitt",
        Kind.INDIRECT,
        role="Press Secretary",
        affiliation="White House",
    ),
    Case(
        "foreign-ministry-spokeswoman",
        "Chinese Foreign Ministry spokeswoman Mao Ning said Beijing supported all efforts conducive to peace.",
        "Beijing supported all efforts conducive to peace",
        "Mao Ning",
        Kind.INDIRECT,
        affiliation="Chinese Foreign Ministry",
    ),
    # -- appositives ----------------------------------------------------------------------------------------
    Case(
        "appositive-who-heads",
        "Vladimir Medinsky, who heads the Russian delegation, said the memorandum was ready.",
        "the memorandum was ready",
        "Vladimir Medinsky",
        Kind.INDIRECT,
    ),
    Case(
        "appositive-title-who-led",
        "Ukrainian Defense Minister Rustem Umerov, who led the Kyiv delegation, said the next round would focus "
        "on prisoners.",
        "the next round would focus on prisoners",
        "Rustem Umerov",
        Kind.INDIRECT,
        role="Defense Minister",
        affiliation="Ukrainian Defense Ministry",
    ),
    Case(
        "description-then-name",
        "The Kremlin's top foreign policy aide, Yuri Ushakov, said the memorandum contained several sections.",
        "the memorandum contained several sections",
        "Yuri Ushakov",
        Kind.INDIRECT,
    ),
    Case(
        "quote-description-then-name",
        "“The memorandum is a serious document,” the Kremlin spokesman, Dmitry Peskov, said on Friday. "
        "“It deserves a serious answer.”",
        "“The memorandum is a serious document,” … “It deserves a serious answer.”",
        "Dmitry Peskov",
        Kind.DIRECT,
        role="Spokesman",
        affiliation="Kremlin",
    ),
    Case(
        "appositive-role-before-name",
        "The spokesman for the U.N. Secretary-General, Stephane Dujarric, said the organisation welcomed the talks.",
        "the organisation welcomed the talks",
        "Stephane Dujarric",
        Kind.INDIRECT,
    ),
    # -- titles with "of" before a name, possessive countries and organisations ---------------------------
    Case(
        "title-with-of-then-surname",
        "U.S. Secretary of State Marco Rubio met his counterpart. Rubio stressed that patience was not unlimited.",
        "that patience was not unlimited",
        "Marco Rubio",
        Kind.INDIRECT,
        affiliation="U.S. State Department",
    ),
    Case(
        "title-with-of-second-verb",
        "Secretary of State Marco Rubio said that Washington saw some progress but warned that sanctions could be "
        "tightened.",
        "that sanctions could be tightened",
        "Marco Rubio",
        Kind.INDIRECT,
    ),
    Case(
        "title-read-short-then-of",
        "After Deputy Secretary of State Lena Marsh visited Kyiv, Marsh said that aid would continue.",
        "that aid would continue",
        "Lena Marsh",
        Kind.INDIRECT,
    ),
    Case(
        "minister-of-foreign-affairs-surname",
        "Minister of Foreign Affairs Hakan Fidan hosted the delegations. Fidan said Ankara was ready to help.",
        "Ankara was ready to help",
        "Hakan Fidan",
        Kind.INDIRECT,
    ),
    Case(
        "possessive-organisation",
        "The EU's foreign policy chief Kaja Kallas said the bloc was preparing new sanctions.",
        "the bloc was preparing new sanctions",
        "Kaja Kallas",
        Kind.INDIRECT,
        affiliation="European Union",
    ),
    Case(
        "possessive-country",
        "Germany's Chancellor Friedrich Merz said Berlin would keep supporting Kyiv.",
        "Berlin would keep supporting Kyiv",
        "Friedrich Merz",
        Kind.INDIRECT,
        affiliation="German government",
    ),
    Case(
        "possessive-alliance",
        "NATO's Secretary General Mark Rutte told reporters that the alliance was united.",
        "that the alliance was united",
        "Mark Rutte",
        Kind.INDIRECT,
        affiliation="NATO",
    ),
    Case(
        "possessive-office-holder-spokesman",
        "Turkish President Recep Tayyip Erdogan's spokesman Omer Celik told reporters that Ankara was ready to host "
        "the talks.",
        "that Ankara was ready to host the talks",
        "Omer Celik",
        Kind.INDIRECT,
        role="Spokesman",
        affiliation="Turkish presidential administration",  # as organisations.csv names the Turkish presidency
    ),
    Case(
        "organisation-with-and-before-title",
        "Ukraine's National Security and Defense Council Secretary Rustem Umerov said the talks had been useful.",
        "the talks had been useful",
        "Rustem Umerov",
        Kind.INDIRECT,
        affiliation="National Security and Defense Council of Ukraine",
    ),
    Case(
        "organisation-with-of-before-title",
        "Russian Ministry of Foreign Affairs spokeswoman Alina Verdova said the statement was a provocation.",
        "the statement was a provocation",
        "Alina Verdova",
        Kind.INDIRECT,
        affiliation="Russian Foreign Ministry",
    ),
    Case(
        "national-security-council-not-the-un",
        "Russian Security Council Deputy Chairman Dmitry Medvedev said the talks were pointless.",
        "the talks were pointless",
        "Dmitry Medvedev",
        Kind.INDIRECT,
        affiliation="Russian Security Council",
    ),
    Case(
        "unlisted-ministry-is-a-body",
        "The Chinese Foreign Ministry said Beijing supported all efforts conducive to peace.",
        "Beijing supported all efforts conducive to peace",
        "Chinese Foreign Ministry",
        Kind.INDIRECT,
        affiliation="Chinese Foreign Ministry",
    ),
    Case(
        "the-ministry-after-an-unlisted-one",
        "The Chinese Foreign Ministry said Beijing would help. The ministry added that it was ready to host talks.",
        "that it was ready to host talks",
        "Chinese Foreign Ministry",
        Kind.INDIRECT,
    ),
    Case(
        "leads-an-unlisted-body",
        "Fahrettin Altun, the communications director of the Turkish presidency, said the meeting was productive.",
        "the meeting was productive",
        "Fahrettin Altun",
        Kind.INDIRECT,
        affiliation="Turkish presidency",
    ),
    Case(
        "office-of-a-known-person",
        "Zelensky's office said in a statement that the delegation would travel to Istanbul on Friday.",
        "that the delegation would travel to Istanbul on Friday",
        "Zelensky's office",
        Kind.INDIRECT,
        affiliation="Office of the President of Ukraine",
    ),
    Case(
        "participial-aside-before-that",
        "Peskov said, commenting on the reports, that no decisions had been made.",
        "that no decisions had been made",
        "Dmitry Peskov",
        Kind.INDIRECT,
    ),
    Case(
        "answering-a-question-from-an-outlet",
        "Kremlin spokesman Dmitry Peskov, answering a question from TASS, said the Kremlin had not received the "
        "document.",
        "the Kremlin had not received the document",
        "Dmitry Peskov",
        Kind.INDIRECT,
        outlet="TASS",
    ),
    Case(
        "country-outside-the-first-list",
        "Slovak Prime Minister Robert Fico, in turn, expressed doubts that the package would pass unanimously.",
        "doubts that the package would pass unanimously",
        "Robert Fico",
        Kind.INDIRECT,
        affiliation="Slovak government",
    ),
    Case(
        "brussels-is-the-eu",
        "Brussels expects member states to agree on the package at the next meeting.",
        "member states to agree on the package at the next meeting",
        "European Union",
        Kind.INDIRECT,
    ),
    Case(
        "adjective-that-is-a-surname",
        "Marco Cuban, a businessman, met the delegation. Cuban said the sanctions hurt trade.",
        "the sanctions hurt trade",
        "Marco Cuban",
        Kind.INDIRECT,
    ),
    Case(
        "title-case-dateline",
        "Moscow, June 1 — The Russian delegation will arrive in Istanbul on Sunday evening, a source in the "
        "delegation told RIA Novosti.",
        "The Russian delegation will arrive in Istanbul on Sunday evening",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        outlet="RIA Novosti",
    ),
    Case(
        "according-to-him",
        "Vladimir Medinsky told reporters that the Russian side had prepared a memorandum. According to him, the "
        "document sets out Moscow's conditions.",
        "the document sets out Moscow's conditions",
        "Vladimir Medinsky",
        Kind.INDIRECT,
    ),
    Case(
        "document-speaks",
        "The memorandum states that both sides will refrain from strikes on energy infrastructure.",
        "that both sides will refrain from strikes on energy infrastructure",
        "memorandum",
        Kind.INDIRECT,
    ),
    Case(
        "joint-declaration-speaks",
        "The joint declaration says the parties will meet again in Geneva.",
        "the parties will meet again in Geneva",
        "joint declaration",
        Kind.INDIRECT,
    ),
    Case(
        "organisation-with-aside",
        "The Foreign Ministry of Belarus, in turn, noted that Minsk was ready to provide a venue.",
        "that Minsk was ready to provide a venue",
        "Foreign Ministry of Belarus",
        Kind.INDIRECT,
    ),
    # -- "the diplomat", "the official": the person who has just spoken, or an unnamed one introduced before ----
    Case(
        "definite-noun-after-named-speaker",
        "Foreign Ministry spokeswoman Maria Zakharova said Moscow had received no proposals. The diplomat stressed "
        "that Russia remained open to dialogue.",
        "that Russia remained open to dialogue",
        "Maria Zakharova",
        Kind.INDIRECT,
    ),
    Case(
        "definite-noun-after-unnamed-one",
        "A senior official said the talks had stalled. Peskov declined to comment. The official added that a new "
        "round was possible.",
        "that a new round was possible",
        "unnamed official",
        Kind.INDIRECT,
        anonymous=True,
    ),
    Case(
        "new-unnamed-source-has-no-earlier-affiliation",
        "A spokesperson for the National Security Council said the proposal was under review. A diplomatic source "
        "told Interfax that the summit had been postponed.",
        "that the summit had been postponed",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation=None,
        outlet="Interfax",
    ),
    Case(
        "the-source-keeps-its-affiliation",
        "A source in the Turkish Foreign Ministry told TASS that Ankara was ready. The source added that no date had "
        "been agreed.",
        "that no date had been agreed",
        "unnamed source",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="Turkish Foreign Ministry",
        outlet="TASS",  # what the source goes on to say reached us the same way
    ),
    Case(
        "the-country-leader",
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi. The Russian leader said "
        "the sides had agreed to expand trade.",
        "the sides had agreed to expand trade",
        "Vladimir Putin",
        Kind.INDIRECT,
    ),
    Case(
        "opposition-leader-is-not-anaphoric",
        "Putin met the opposition on Monday. The opposition leader said the talks had failed.",
        "the talks had failed",
        "opposition leader",
        Kind.INDIRECT,
    ),
    Case(
        "the-diplomats-are-the-diplomats-before",
        "Two EU diplomats told TASS that a new package was ready. An EU Commission spokesperson declined to comment "
        "on the timing. According to the diplomats, the package includes restrictions on gas imports.",
        "the package includes restrictions on gas imports",
        "unnamed diplomat",
        Kind.INDIRECT,
        anonymous=True,
        affiliation="EU",
        outlet="TASS",
    ),
    Case(
        "described-noun-is-someone-else",
        "Peskov said the talks had stalled. The Turkish diplomat said a new round was possible.",
        "a new round was possible",
        "unnamed diplomat",
        Kind.INDIRECT,
        anonymous=True,
    ),
]


def _matching(found: list[Statement], content: str) -> Statement:
    match = [s for s in found if s.text == content]
    assert match, [s.text for s in found]
    return match[0]


@pytest.mark.parametrize("case", [c if not isinstance(c, Case) else pytest.param(c, id=c.id) for c in CASES])
def test_diplomacy(case: Case) -> None:
    found = extract(case.text, "t")
    s = _matching(found, case.content)
    got = {"speaker": s.speaker, "kind": s.kind, "anonymous": s.anonymous, "outlet": s.outlet}
    want = {"speaker": case.speaker, "kind": case.kind, "anonymous": case.anonymous, "outlet": case.outlet}
    if case.affiliation is not _ANY:
        got["affiliation"], want["affiliation"] = s.affiliation, case.affiliation
    if case.role is not _ANY:
        got["role"], want["role"] = s.role, case.role
    assert got == want
    # One statement for one act of speaking: no other statement covers the same words.
    others = [o.text for o in found if o is not s and any(a.overlaps(b) for a in o.spans for b in s.spans)]
    assert not others


def test_case_ids_are_unique() -> None:
    ids = [(c.values[0] if not isinstance(c, Case) else c).id for c in CASES]
    assert len(ids) == len(set(ids))


# Quotation marks, headlines and datelines that are not statements.
NOT_STATEMENTS = [
    "The two sides agreed on a “1,000 for 1,000” prisoner exchange.",  # a formula
    'The so-called "coalition of the willing" met in Paris on Thursday.',  # scare quotes
    'Medinsky wrote the book "War and Peace in Our Time" in 2019.',  # a book title
    "Peskov appeared on the talk show “Moscow. Kremlin. Putin.” on Sunday.",  # a programme's title
    "Russia-Ukraine talks in Istanbul to resume on June 2",  # a headline without a cue
    "ISTANBUL, June 2 (AP) —",  # a dateline on its own
    "The delegations' cars arrived at the palace in the '90s style motorcade.",  # apostrophes only
    "Russia's and Ukraine's delegations met for nearly two hours on Friday.",  # apostrophes only
    "The Istanbul talks represent continued diplomatic efforts to end the war.",  # no speaker, no cue
    "Peskov's remarks came a day after the delegations met in Istanbul.",  # a report noun, no content
    "The so-called 'Istanbul format' was revived in May.",  # single-mark scare quotes
    'Putin\'s "special military operation" entered its fourth year.',  # a possessed label
    "The film “The Negotiator” was shown at the festival in Istanbul.",  # a film title
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_statements(text: str) -> None:
    assert [s.text for s in extract(text, "t")] == []


# A passage with a statement and a quoted phrase that is not one: (text, the phrase, the statement).
NOT_THEIR_OWN = [
    (
        "Sergey Lavrov said the swap under the “1,000 for 1,000” formula was complete.",
        "“1,000 for 1,000”",
        "the swap under the “1,000 for 1,000” formula was complete",
    ),
    (
        "The memorandum, dubbed “Istanbul-2” by officials, was handed over, Vladimir Medinsky said.",
        "“Istanbul-2”",
        "The memorandum, dubbed “Istanbul-2” by officials, was handed over",
    ),
    (  # a cited outlet is the channel, not a statement of its own
        "Interfax, citing TASS, reported that the summit had been postponed.",
        "TASS",
        "that the summit had been postponed",
    ),
    (
        "Interfax reported, citing TASS, that the summit had been postponed.",
        "TASS",
        "that the summit had been postponed",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "statement"), NOT_THEIR_OWN)
def test_quoted_phrase_is_not_its_own_statement(text: str, phrase: str, statement: str) -> None:
    found = [s.text for s in extract(text, "t")]
    assert phrase not in found
    assert statement in found
