"""Relay outlets, speakers and affiliations in web copy in styles the s11-s13 sets (A-T) did not cover: excerpts cut
mid-story (a first pronoun with no antecedent in the excerpt: no speaker's name, and no unnamed source), a headline
whose lede repeats it, translated wire's passive attributions ("it was reported by", "as stated by", "reports the
agency's correspondent"), "in comments to", "in a conversation with", "speaking on the sidelines of", readouts,
statements posted on a ministry's website and transcripts published by the Kremlin, channels' programmes ("on Rossiya
1's Vesti", "on the 60 Minutes programme"), podcasts and YouTube channels, Telegram channels by handle, a quote
relayed through two outlets (the nearer one is the relay), "told journalists" beside "told Reuters", long titles of
press secretaries and deputies, intelligence and military sources, Turkish hosts and the Vatican's and Qatar's
mediators, outlets no list holds, and an outlet's anaphor ("the agency") after a different organisation of that
kind. Invented excerpts about the 2025 Istanbul talks: every sentence is made up and the statements put in real
officials' mouths are invented. Each set was annotated before the engine was run on it, and its first run is
recorded above it.

Rows and conventions as in tests/test_engine_outlets_s11.py: a fragment of a statement's content, its speaker
(alternatives | separated; None: an unnamed source; "": no name and no unnamed source), the affiliations accepted
(None: not checked) and the relay outlet ("" for none): never the publisher (a dateline) nor a platform; an
interview's outlet carries over to the same speaker's next statements; in a chain, the outlet the words were given
to."""

from __future__ import annotations

import pytest

from tests.test_engine_outlets_s11 import (
    Row,
    check_affiliation,
    check_construction,
    check_outlet,
    check_speaker,
    set_rows,
)
from tests.test_engine_outlets_s12 import OPU, RU_MFA, TR_MFA, UA_MFA

KREMLIN = ("Kremlin",)
KREMLIN_DELEGATION = ("Kremlin", "Russian delegation")

# Set U: excerpts cut mid-story (the first sentence's pronoun has no antecedent in the excerpt), a headline and a
# lede that repeat each other. A pronoun with no antecedent stands for a person the story named before the cut: the
# statement has no speaker's name and is not an unnamed source's (speaker ""), and takes no one named later.
# First run: named outlet 3/3, speaker 6/9, affiliation 3/3; the three speaker misses were the annotation's, which
# had flagged the cut pronoun's statements as an unnamed source's (corrected as above: 9/9).
SET_U: dict[str, tuple[str, list[Row]]] = {
    "cut-pronoun": (
        "He added that the Russian side had asked for a break of \u201cno more than two hours\u201d.\n\n"
        "\u201cWe will wait, but not forever,\u201d he said.\n\n"
        "Turkish Foreign Minister Hakan Fidan told reporters that both delegations were still in the building.",
        [
            ("the Russian side had asked for a break", "", None, ""),
            ("We will wait, but not forever", "", None, ""),
            ("both delegations were still in the building", "Hakan Fidan", TR_MFA, ""),
        ],
    ),
    "cut-she-told-outlet": (
        "She told Ukrainska Pravda that the lists of children had been handed to the Turkish side.\n\n"
        "Ukraine's human rights commissioner Dmytro Lubinets said the first exchange would involve the wounded.",
        [
            ("the lists of children had been handed", "", None, "Ukrainska Pravda"),
            ("the first exchange would involve the wounded", "Dmytro Lubinets", None, ""),
        ],
    ),
    "headline-and-lede": (
        "Peskov: Kremlin sees no grounds for a meeting of leaders yet\n\n"
        "The Kremlin sees no grounds for a meeting between Vladimir Putin and Volodymyr Zelensky yet, presidential "
        "press secretary Dmitry Peskov told journalists on Tuesday.\n\n"
        "\u201cFirst the experts must do their work,\u201d Peskov said.",
        [
            ("The Kremlin sees no grounds for a meeting between", "Dmitry Peskov", KREMLIN, ""),
            ("First the experts must do their work", "Dmitry Peskov", KREMLIN, ""),
        ],
    ),
    "headline-outlet-lede": (
        "Umerov to Reuters: Kyiv ready for a third round\n\n"
        "Kyiv is ready for a third round of talks in Istanbul, Ukraine's chief negotiator Rustem Umerov told "
        "Reuters on Wednesday.\n\n"
        "\u201cWe are not afraid of any format,\u201d he said.",
        [
            ("Kyiv is ready for a third round of talks", "Rustem Umerov", None, "Reuters"),
            ("We are not afraid of any format", "Rustem Umerov", None, "Reuters"),
        ],
    ),
}

# Set V: translated Russian and Ukrainian wire copy with passive attributions.
# First run: named outlet 3/5, speaker 3/7, affiliation 1/4; after its fixes ('It was reported by OUTLET with reference
# to SOURCE' after a sentence no report holds, 'as stated by' a description then the person named in apposition with
# a title in lower case): 5/5, 7/7, 4/4 (Medinsky's 'Russian delegation', the description's body, accepted beside
# his listed Kremlin after the run).
SET_V: dict[str, tuple[str, list[Row]]] = {
    "it-was-reported-by": (
        "The second round of talks will take place at the Ciragan Palace on Monday. It was reported by the RBC news "
        "agency with reference to a source in the Turkish Foreign Ministry.\n\n"
        "The delegations are expected to arrive on Sunday evening.",
        [
            ("The second round of talks will take place", None, None, "RBC"),
        ],
    ),
    "as-stated-by": (
        "Russia does not intend to discuss the withdrawal of troops, as stated by the deputy head of the Russian "
        "delegation, Deputy Foreign Minister Mikhail Galuzin.\n\n"
        "\u201cThis question is closed,\u201d the diplomat emphasised.",
        [
            ("Russia does not intend to discuss the withdrawal", "Mikhail Galuzin", RU_MFA, ""),
            ("This question is closed", "Mikhail Galuzin", RU_MFA, ""),
        ],
    ),
    "agency-correspondent": (
        "The Ukrainian delegation has arrived at the venue of the talks, reports the correspondent of Ukrinform.\n\n"
        "According to him, the talks are expected to begin at 13:30 local time.\n\n"
        "This was stated by the head of the Ukrainian delegation, Rustem Umerov, in a comment to Interfax-Ukraine.",
        [
            ("The Ukrainian delegation has arrived at the venue", None, None, "Ukrinform"),
            ("the talks are expected to begin at 13:30", None, None, "Ukrinform"),
        ],
    ),
    "stated-this-in-comment": (
        "Moscow has handed Kyiv its draft memorandum. This was stated by the head of the Russian delegation, "
        "presidential aide Vladimir Medinsky, in a comment to the Izvestia newspaper.\n\n"
        "He noted that the Ukrainian side had promised to respond within a week.",
        [
            ("Moscow has handed Kyiv its draft memorandum", "Vladimir Medinsky", KREMLIN_DELEGATION, "Izvestia"),
            ("the Ukrainian side had promised to respond", "Vladimir Medinsky", KREMLIN_DELEGATION, "Izvestia"),
        ],
    ),
}

# Set W: "in comments to", "in a conversation with", "speaking on the sidelines of", readouts, a statement posted on
# a ministry's website, a transcript published by the Kremlin.
# First run: named outlet 4/4, speaker 8/8, affiliation 4/4.
SET_W: dict[str, tuple[str, list[Row]]] = {
    "in-comments-to": (
        "In comments to the Kyiv Independent, Deputy Foreign Minister Serhiy Kyslytsya said Ukraine had offered an "
        "\u201call for all\u201d exchange.\n\n"
        "Kyslytsya added that Moscow had rejected it within minutes.",
        [
            ("Ukraine had offered an", "Serhiy Kyslytsya", UA_MFA, "Kyiv Independent"),
            ("Moscow had rejected it within minutes", "Serhiy Kyslytsya", UA_MFA, "Kyiv Independent"),
        ],
    ),
    "conversation-with": (
        "In a conversation with RBC-Ukraine, a member of the Ukrainian delegation said the Russian memorandum "
        "repeated old ultimatums.\n\n"
        "Speaking on the sidelines of the NATO summit in The Hague, Zelensky said he was ready to meet Putin "
        "\u201cin any format\u201d.",
        [
            ("the Russian memorandum repeated old ultimatums", None, None, "RBC-Ukraine"),
            ("he was ready to meet Putin", "Volodymyr Zelensky", None, ""),
        ],
    ),
    "readout-and-website": (
        "According to a readout issued by the Turkish Presidency, Erdogan told Zelensky that Turkiye was ready to "
        "host a leaders' meeting.\n\n"
        "In a statement posted on the ministry's website, the Russian Foreign Ministry said the West was "
        "\u201cpushing Kyiv to sabotage\u201d the process.",
        [
            ("Turkiye was ready to host a leaders' meeting", "Recep Tayyip Erdogan|Erdogan", None, ""),
            ("the West was", "Russian Foreign Ministry", None, ""),
        ],
    ),
    "kremlin-transcript": (
        "Putin said the memorandums would be compared \u201cline by line\u201d, according to a transcript published "
        "by the Kremlin.\n\n"
        "Kremlin aide Yuri Ushakov told the Zvezda TV channel that the next round could take place in late June.",
        [
            ("the memorandums would be compared", "Vladimir Putin", KREMLIN, ""),
            ("the next round could take place in late June", "Yuri Ushakov", KREMLIN, "Zvezda"),
        ],
    ),
}

# Set X: channels' programmes, podcasts and YouTube channels.
# First run: named outlet 5/6, speaker 6/7, affiliation 4/5; after its fix (a programme's quoted title inside the
# adverbial before "that": the statement is read, and the title is no one's words): 5/6, 7/7, 4/5 (the rest KNOWN).
SET_X: dict[str, tuple[str, list[Row]]] = {
    "vesti-programme": (
        "Speaking on Rossiya 1's Vesti programme, Foreign Ministry spokeswoman Maria Zakharova said Kyiv had "
        "\u201cdisrupted the exchange again\u201d.\n\n"
        "\u201cThey do not want peace,\u201d Zakharova said.",
        [
            ("disrupted the exchange again", "Maria Zakharova", RU_MFA, "Rossiya 1|Vesti"),
            ("They do not want peace", "Maria Zakharova", RU_MFA, "Rossiya 1|Vesti"),
        ],
    ),
    "sixty-minutes": (
        "Senator Andrei Klishas said on the 60 Minutes programme on Rossiya 1 that the constitution did not allow "
        "the transfer of any regions.\n\n"
        "Host Olga Skabeyeva asked whether the talks should continue.",
        [
            ("the constitution did not allow the transfer", "Andrei Klishas", None, "Rossiya 1"),
        ],
    ),
    "podcast": (
        "US envoy Keith Kellogg said on the \u201cPod Save the World\u201d podcast that the Istanbul talks were "
        "\u201ca start, not a finish\u201d.\n\n"
        "Mykhailo Podolyak, an adviser to the head of the Presidential Office, told the YouTube channel of journalist "
        "Dmytro Gordon that Russia was \u201cimitating diplomacy\u201d.",
        [
            ("the Istanbul talks were", "Keith Kellogg", None, "Pod Save the World"),
            ("Russia was", "Mykhailo Podolyak", OPU, ""),
        ],
    ),
    "channel-one-time": (
        "Medinsky told Channel One's Vremya news programme that the Ukrainian side had asked for a pause to consult "
        "Kyiv.\n\n"
        "He also said Russia had handed over 6,000 bodies of Ukrainian soldiers.",
        [
            ("the Ukrainian side had asked for a pause", "Vladimir Medinsky", KREMLIN, "Channel One"),
            ("Russia had handed over 6,000 bodies", "Vladimir Medinsky", KREMLIN, "Channel One"),
        ],
    ),
}

# Set Y: Telegram channels named by their handle or as channels that report; posts relayed by an outlet.
# First run: named outlet 2/3, speaker 4/5, affiliation 0/1 (all three misses KNOWN).
SET_Y: dict[str, tuple[str, list[Row]]] = {
    "news-channel-handle": (
        "Ukrainian prisoners were brought to the Belarusian border on Monday morning, the Russian Telegram channel "
        "Baza reported, citing its sources.\n\n"
        "Lubinets wrote on Telegram that the exchange was \u201cin its final stage\u201d.",
        [
            ("Ukrainian prisoners were brought to the Belarusian border", None, None, "Baza"),
            ("the exchange was", "Dmytro Lubinets", None, ""),
        ],
    ),
    "handle-insider": (
        "The Russian delegation will again be led by Medinsky, the Telegram channel @insiderUKR writes, citing a "
        "source in the Office of the President.\n\n"
        "Presidential Office adviser Dmytro Lytvyn told journalists that the composition of Ukraine's delegation "
        "had not changed.",
        [
            ("The Russian delegation will again be led by Medinsky", None, None, "@insiderUKR|insiderUKR"),
            ("the composition of Ukraine's delegation had not changed", "Dmytro Lytvyn", OPU, ""),
        ],
    ),
    "post-via-outlet": (
        "Kadyrov wrote on his Telegram channel that Chechen fighters would \u201cnot stop\u201d regardless of any "
        "agreements, Meduza reported.\n\n"
        "Kremlin spokesman Dmitry Peskov declined to comment on the post.",
        [
            ("Chechen fighters would", "Ramzan Kadyrov|Kadyrov", None, "Meduza"),
        ],
    ),
}

# Set Z: a quote relayed through two outlets, the nearer one the relay; "told journalists" beside "told Reuters".
# First run: named outlet 4/4, speaker 7/7, affiliation 4/4.
SET_Z: dict[str, tuple[str, list[Row]]] = {
    "two-outlets-nearest": (
        "Zelensky told Axios that he would go to Istanbul only if Putin did, CNN reported.\n\n"
        "Meanwhile, Interfax quoted Peskov as saying that Putin's schedule had \u201cno Istanbul in it\u201d, "
        "according to The Moscow Times.",
        [
            ("he would go to Istanbul only if Putin did", "Volodymyr Zelensky", None, "Axios"),
            ("Putin's schedule had", "Dmitry Peskov", KREMLIN, "Interfax"),
        ],
    ),
    "journalists-then-reuters": (
        "Fidan told journalists in Antalya that the next round would be \u201cmore technical\u201d.\n\n"
        "A Turkish diplomatic source told Reuters that the date would be announced by Ankara.\n\n"
        "Sybiha told journalists that Kyiv had not yet received an invitation.",
        [
            ("the next round would be", "Hakan Fidan", TR_MFA, ""),
            ("the date would be announced by Ankara", None, None, "Reuters"),
            ("Kyiv had not yet received an invitation", "Andrii Sybiha", UA_MFA, ""),
        ],
    ),
    "journalists-of-outlet": (
        "Medinsky told journalists from the RIA Novosti news agency that Moscow was satisfied with the results.\n\n"
        "Umerov told a briefing for journalists that Kyiv had proposed a meeting of leaders by the end of August.",
        [
            ("Moscow was satisfied with the results", "Vladimir Medinsky", KREMLIN, "RIA Novosti"),
            ("Kyiv had proposed a meeting of leaders", "Rustem Umerov", None, ""),
        ],
    ),
}

# Set AA: press secretaries and deputies with long titles.
# First run: named outlet 4/4, speaker 5/6, affiliation 4/6; after its fixes (a title of many words "of" or "for" a
# body before the name, the body a title's office or ending in a country, or a portfolio; the mention read through
# both "of"s): 4/4, 6/6, 5/6 (the rest KNOWN).
SET_AA: dict[str, tuple[str, list[Row]]] = {
    "deputy-head-office": (
        "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva said in an interview with the Financial "
        "Times that Kyiv wanted the United States at the table in Istanbul.\n\n"
        "He said Europe would also be kept informed.",
        [
            ("Kyiv wanted the United States at the table", "Ihor Zhovkva", OPU, "Financial Times"),
            ("Europe would also be kept informed", "Ihor Zhovkva", OPU, "Financial Times"),
        ],
    ),
    "press-secretary-long": (
        "Press Secretary of the President of the Russian Federation Dmitry Peskov said the Kremlin was studying the "
        "Ukrainian proposals.\n\n"
        "First Deputy Chief of Staff of the Presidential Administration Sergei Kiriyenko told TASS that the exchanges "
        "would continue.",
        [
            ("the Kremlin was studying the Ukrainian proposals", "Dmitry Peskov", KREMLIN, ""),
            ("the exchanges would continue", "Sergei Kiriyenko", KREMLIN, "TASS"),
        ],
    ),
    "nsdc-secretary": (
        "Secretary of the National Security and Defense Council Rustem Umerov told Suspilne that the humanitarian "
        "track was \u201cthe only one that works\u201d.\n\n"
        "Spokesperson for the Ministry of Foreign Affairs of Ukraine Heorhii Tykhyi said the ministry had no "
        "comment.",
        [
            (
                "the humanitarian",
                "Rustem Umerov",
                ("National Security and Defense Council of Ukraine",),
                "Suspilne",
            ),
            ("the ministry had no comment", "Heorhii Tykhyi", UA_MFA, ""),
        ],
    ),
}

# Set AB: military and intelligence sources: the GUR, a source in the security services, a spokesman of the GUR.
# First run: named outlet 4/5, speaker 6/6; after its fix (a capital "The" inside a sentence opens an outlet's title
# when told or interviewed: "The War Zone"): 5/5, 6/6.
SET_AB: dict[str, tuple[str, list[Row]]] = {
    "gur-spokesman": (
        "Andriy Yusov, a representative of Ukraine's military intelligence agency (GUR), told Radio Liberty that "
        "Russia was preparing a new offensive while talking in Istanbul.\n\n"
        "\u201cThe talks are a cover,\u201d Yusov said.",
        [
            ("Russia was preparing a new offensive", "Andriy Yusov", None, "Radio Liberty|RFE/RL"),
            ("The talks are a cover", "Andriy Yusov", None, "Radio Liberty|RFE/RL"),
        ],
    ),
    "security-services-source": (
        "A source in the security services told RBC-Ukraine that the drones had been launched from the Kursk "
        "region.\n\n"
        "The GUR said in a statement that it had intercepted orders from Russian commanders.",
        [
            ("the drones had been launched from the Kursk region", None, None, "RBC-Ukraine"),
            ("it had intercepted orders", "GUR|HUR|Main Intelligence Directorate", None, ""),
        ],
    ),
    "budanov-interview": (
        "Kyrylo Budanov, head of Ukraine's military intelligence, said in an interview with The War Zone that Russia "
        "had \u201cno plan to stop\u201d.\n\n"
        "A military source told the Kyiv Post that the front line around Pokrovsk remained stable.",
        [
            ("no plan to stop", "Kyrylo Budanov", None, "The War Zone"),
            ("the front line around Pokrovsk remained stable", None, None, "Kyiv Post"),
        ],
    ),
}

# Set AC: Turkish hosts and mediators: Fidan, Erdogan's communications director, the Vatican, Qatar.
# First run: named outlet 3/4, speaker 6/6, affiliation 1/1; after its fix ("the broadcaster A Haber": a listed name
# opening with a function word after a media noun is the addressee whole): 4/4, 6/6, 1/1.
SET_AC: dict[str, tuple[str, list[Row]]] = {
    "communications-director": (
        "Turkish Communications Director Burhanettin Duran said on X that Turkiye would \u201ccontinue to work for a "
        "just peace\u201d.\n\n"
        "Fidan told the broadcaster A Haber that the delegations had agreed to exchange 1,000 prisoners each.",
        [
            ("continue to work for a", "Burhanettin Duran", None, ""),
            ("the delegations had agreed to exchange 1,000", "Hakan Fidan", TR_MFA, "A Haber"),
        ],
    ),
    "vatican-mediator": (
        "Vatican Secretary of State Cardinal Pietro Parolin told Vatican News that the Holy See was ready to offer "
        "its mediation.\n\n"
        "Pope Leo XIV said the Vatican was \u201calways available\u201d to bring the sides together.",
        [
            ("the Holy See was ready to offer its mediation", "Pietro Parolin", None, "Vatican News"),
            ("the Vatican was", "Pope Leo XIV|Leo XIV", None, ""),
        ],
    ),
    "qatar-mediator": (
        "Qatar's foreign ministry spokesman Majed al-Ansari told Al Jazeera that Doha had helped return 30 Ukrainian "
        "children.\n\n"
        "\u201cThis work is quiet, but it is constant,\u201d al-Ansari said.",
        [
            ("Doha had helped return 30 Ukrainian children", "Majed al-Ansari", None, "Al Jazeera"),
            ("This work is quiet, but it is constant", "Majed al-Ansari", None, "Al Jazeera"),
        ],
    ),
}

# Set AD: outlets no list holds, by shape and context; an outlet's anaphor after a different organisation of the
# same kind ("the agency" after the UN refugee agency).
# First run: named outlet 3/5, speaker 6/6, affiliation 1/1, and "the agency" of the UN refugee agency given RIA
# Novosti (the known miss); after its fixes (the anaphor's noun heading a body named by its kind; a listed outlet's
# edition, "Kommersant-Ukraine", also as what "the newspaper" stands for): 5/5, 6/6, 1/1, and "" for the agency.
SET_AD: dict[str, tuple[str, list[Row]]] = {
    "unlisted-by-shape": (
        "Ukraine will not withdraw from the Zaporizhzhia region, Umerov told the Odesa-based outlet Dumska.\n\n"
        "A Russian negotiator told the business daily Delovoy Peterburg that the next round would be shorter.",
        [
            ("Ukraine will not withdraw from the Zaporizhzhia region", "Rustem Umerov", None, "Dumska"),
            ("the next round would be shorter", None, None, "Delovoy Peterburg"),
        ],
    ),
    "agency-after-un-agency": (
        "Zakharova told RIA Novosti that Kyiv was delaying the exchange.\n\n"
        "The UN refugee agency said in a statement that it was ready to help. The agency said 3.6 million people "
        "remained displaced inside Ukraine.",
        [
            ("Kyiv was delaying the exchange", "Maria Zakharova", RU_MFA, "RIA Novosti"),
            ("3.6 million people remained displaced", "UN refugee agency|UNHCR", None, ""),
        ],
    ),
    "newspaper-after-ministry": (
        "A Ukrainian diplomat told Kommersant-Ukraine that the memorandum had been handed over in Russian only.\n\n"
        "The Foreign Ministry in Kyiv confirmed receiving it. The ministry's spokesman told the newspaper that a "
        "translation was being prepared.",
        [
            ("the memorandum had been handed over in Russian only", None, None, "Kommersant-Ukraine|Kommersant"),
            ("a translation was being prepared", None, None, "Kommersant-Ukraine|Kommersant"),
        ],
    ),
}

# Set AE: written after the fixes above and measured once, as a check on how they generalise: a passive "as was
# stated by" with an apposition, "It was reported by" an unlisted agency citing a source, an unlisted "The …" weekly,
# a regional edition, long titles of a Ukrainian and a Turkish official, a podcast's title, the anaphor after a
# monitoring mission.
# First run: named outlet 6/6, speaker 7/9, affiliation 2/2; after its fix ("as was stated by"): 6/6, 8/9, 2/2 ("the
# mission" as a speaker's noun fixed the other and broke s13's "any monitoring mission agreed in Istanbul": KNOWN).
SET_AE: dict[str, tuple[str, list[Row]]] = {
    "as-was-stated": (
        "Kyiv is ready to exchange all prisoners for all, as was stated by the head of the Coordination Headquarters, "
        "Major General Dmytro Usov.\n\n"
        "The next exchange could take place as early as next week. It was reported by the Ukrainian agency UNIAN with "
        "reference to a source in the Headquarters.",
        [
            ("Kyiv is ready to exchange all prisoners for all", "Dmytro Usov", None, ""),
            ("The next exchange could take place as early as next week", None, None, "UNIAN"),
        ],
    ),
    "weekly-and-edition": (
        "Russia wants the talks to drag on until the autumn, Ukrainian MP Mariana Bezuhla told The Kyiv Weekly.\n\n"
        "A Turkish official told Izvestia-Ukraine that Ankara was ready to host technical groups every month. The "
        "official told the newspaper that the venue would again be Istanbul.",
        [
            ("Russia wants the talks to drag on", "Mariana Bezuhla", None, "The Kyiv Weekly|Kyiv Weekly"),
            ("Ankara was ready to host technical groups", None, None, "Izvestia-Ukraine|Izvestia"),
            ("the venue would again be Istanbul", None, None, "Izvestia-Ukraine|Izvestia"),
        ],
    ),
    "long-titles": (
        "Ukraine will not sign anything in Istanbul. Deputy Head of the Office of the President of Ukraine Iryna "
        "Vereshchuk said on the \u201cRadio NV\u201d podcast that the children's return came first.\n\n"
        "Turkish Deputy Minister for Foreign Affairs Berris Ekinci told Anadolu Agency that the technical teams had "
        "met twice.",
        [
            ("the children's return came first", "Iryna Vereshchuk", OPU, ""),
            ("the technical teams had met twice", "Berris Ekinci", None, "Anadolu Agency|Anadolu"),
        ],
    ),
    "mission-then-agency": (
        "Peskov told TASS that Moscow was waiting for Kyiv's answer.\n\n"
        "The OSCE monitoring mission said it had recorded fewer violations. The mission said both sides had "
        "withdrawn heavy weapons.",
        [
            ("Moscow was waiting for Kyiv's answer", "Dmitry Peskov", KREMLIN, "TASS"),
            ("both sides had withdrawn heavy weapons", "OSCE monitoring mission|OSCE", None, ""),
        ],
    ),
}

SETS = {"u": SET_U, "v": SET_V, "w": SET_W, "x": SET_X, "y": SET_Y, "z": SET_Z, "aa": SET_AA, "ab": SET_AB}
SETS |= {"ac": SET_AC, "ad": SET_AD, "ae": SET_AE}

# Known misses: (set, excerpt, fragment, attribute) → why.
KNOWN: dict[tuple[str, str, str, str], str] = {
    ("x", "podcast", "the Istanbul talks were", "outlet"): "a podcast named only by its quoted title: the outlet "
    "is looked for outside quotations, and no outlet is named beside the title",
    ("x", "podcast", "Russia was", "affiliation"): "'the Presidential Office' is the listed body of the country named "
    "last before the mention, and that is the United States ('US envoy'), whose office no list holds",
    ("y", "handle-insider", "The Russian delegation will again be led by Medinsky", "outlet"): "a Telegram handle "
    "('@insiderUKR') is two tokens, '@' and a word in lower case, which no subject or outlet rule reads as a name: "
    "the report is read as Medinsky's",
    ("y", "handle-insider", "The Russian delegation will again be led by Medinsky", "speaker"): "a Telegram handle "
    "is two tokens, '@' and a word in lower case: the source it cites is not reached",
    ("y", "handle-insider", "the composition of Ukraine's delegation had not changed", "affiliation"): "'Presidential "
    "Office' is the listed body of the country named last before the mention, and that is Russia ('The Russian "
    "delegation'); Ukraine is named only after it",
    ("aa", "press-secretary-long", "the exchanges would continue", "affiliation"): "'the Presidential Administration' "
    "is the listed body of the country named last before the mention, and that is Ukraine ('the Ukrainian "
    "proposals'), whose such body no list holds",
    ("ae", "mission-then-agency", "both sides had withdrawn heavy weapons", "speaker"): "'The mission said …' gives no "
    "statement: 'mission' is no speaker's noun (see MISSION below)",
    ("ae", "mission-then-agency", "both sides had withdrawn heavy weapons", "outlet"): "'The mission said …' gives no "
    "statement: 'mission' is no speaker's noun (see MISSION below)",
}


@pytest.mark.parametrize(("text", "fragment", "outlet"), set_rows(SETS, KNOWN, "outlet"))
def test_outlet(text: str, fragment: str, outlet: str) -> None:
    check_outlet(text, fragment, outlet)


@pytest.mark.parametrize(("text", "fragment", "speaker"), set_rows(SETS, KNOWN, "speaker"))
def test_speaker(text: str, fragment: str, speaker: str | None) -> None:
    check_speaker(text, fragment, speaker)


@pytest.mark.parametrize(("text", "fragment", "affiliations"), set_rows(SETS, KNOWN, "affiliation"))
def test_affiliation(text: str, fragment: str, affiliations: tuple[str, ...]) -> None:
    check_affiliation(text, fragment, affiliations)


MISSION = (
    "'mission' is no speaker's noun (data/speaker_nouns.txt): as one, 'any monitoring mission agreed in Istanbul' "
    "(s13's set O) is read as a report with 'agreed' for its cue, a participle after a noun taken for a verb"
)

# The constructions the sets taught, each with negatives: (text, fragment of a statement, attribute, expected);
# expected None: no statement holds the fragment.
CONSTRUCTIONS = [
    # "the agency" after a body named by its kind ("the UN refugee agency") stands for that body, not the outlet
    # named before it
    (
        "Zakharova told RIA Novosti that Kyiv was stalling. The UN refugee agency said it was ready to help. The "
        "agency said 3.6 million people remained displaced.",
        "3.6 million people remained displaced",
        "outlet",
        "",
    ),
    (
        "Lavrov told TASS that Kyiv was stalling. Kyiv's envoy met the head of the UN's nuclear agency. The agency "
        "said the plant was safe.",
        "the plant was safe",
        "outlet",
        "",
    ),
    # negatives: an outlet's own description ("the Interfax news agency", "the state news agency WAM")
    (
        "Zakharova told the Interfax news agency that Kyiv was stalling. The agency said the talks were over.",
        "the talks were over",
        "outlet",
        "Interfax",
    ),
    (
        "Zakharova said Kyiv was stalling, the state news agency WAM reported. The agency said the talks were over.",
        "the talks were over",
        "outlet",
        "Emirates News Agency",
    ),
    (
        "Zakharova told the Russian news agency TASS that Kyiv was stalling. The agency said the talks were over.",
        "the talks were over",
        "outlet",
        "TASS",
    ),
    # "as stated by" and "This was stated by" a description, then the person named in apposition with a title in
    # lower case: the person speaks
    (
        "Russia will not withdraw, as stated by the deputy head of the delegation, Deputy Foreign Minister Mikhail "
        "Galuzin.",
        "Russia will not withdraw",
        "speaker",
        "Mikhail Galuzin",
    ),
    (
        "Kyiv will not yield. This was stated by the head of the delegation, presidential aide Anna Berg, in a "
        "comment to the Izvestia newspaper.",
        "Kyiv will not yield",
        "speaker",
        "Anna Berg",
    ),
    (
        "Kyiv will not yield. This was stated by the head of the delegation, presidential aide Anna Berg, in a "
        "comment to the Izvestia newspaper. She noted that the lists were ready.",
        "the lists were ready",
        "outlet",
        "Izvestia",
    ),
    # negatives: a description alone; an outlet's "as reported by"
    (
        "Kyiv will not yield, as stated by the head of the delegation.",
        "Kyiv will not yield",
        "speaker",
        "head of the delegation",
    ),
    ("The ceasefire holds, as reported by Reuters and AFP.", "The ceasefire holds", "outlet", "Reuters"),
    # "It/This was reported by OUTLET with reference to / citing SOURCE" after a sentence no report holds: the
    # source said it, the outlet relayed it
    (
        "The round will take place on Monday. It was reported by the RBC news agency with reference to a source in "
        "the Turkish Foreign Ministry.",
        "The round will take place on Monday",
        "outlet",
        "RBC",
    ),
    (
        "The round will take place on Monday. It was reported by the RBC news agency with reference to a source in "
        "the Turkish Foreign Ministry.",
        "The round will take place on Monday",
        "anonymous",
        True,
    ),
    (
        "The round will take place on Monday. This was reported by Nordvision, citing a diplomatic source.",
        "The round will take place on Monday",
        "outlet",
        "Nordvision",
    ),
    (
        "The round will take place on Monday. This was reported by Nordvision, citing a diplomatic source.",
        "The round will take place on Monday",
        "anonymous",
        True,
    ),
    # negatives: a sentence a report holds keeps its speaker; no source cited, or "that" after the outlet
    (
        "Umerov said the round would be on Monday. This was reported by RBC, citing a source.",
        "the round would be on Monday",
        "speaker",
        "Rustem Umerov",
    ),
    ("The round will take place on Monday. This was reported by Reuters.", "The round will take place", "outlet", None),
    (
        "The round will take place on Monday. It was reported by Reuters that the venue is set.",
        "The round will take place",
        "outlet",
        None,
    ),
    # a name with a capital "The" inside a sentence, told or interviewed, is an outlet's title
    (
        "Budanov said in an interview with The War Zone that Russia had no plan.",
        "Russia had no plan",
        "outlet",
        "The War Zone",
    ),
    (
        "Budanov, speaking to The Kestrel Review, said Russia had no plan.",
        "Russia had no plan",
        "outlet",
        "The Kestrel Review",
    ),
    # negatives: the name qualifies a noun; no capital "The"
    ("Budanov told The Hague tribunal that Russia had no plan.", "Russia had no plan", "outlet", ""),
    ("Budanov told the war council that Russia had no plan.", "Russia had no plan", "outlet", ""),
    # a listed outlet's name opening with a function word after a media noun is the addressee whole
    ("Fidan told the broadcaster A Haber that the talks had ended.", "the talks had ended", "outlet", "A Haber"),
    (
        "Fidan told the broadcaster A Haber that the talks had ended.",
        "the talks had ended",
        "text",
        "that the talks had ended",
    ),
    ("Fidan told the broadcaster that the talks had ended.", "the talks had ended", "outlet", ""),
    # a listed outlet's edition ("Kommersant-Ukraine") is an outlet, and the one "the newspaper" stands for
    (
        "A diplomat told Kommersant-Ukraine that the memorandum was ready.",
        "the memorandum was ready",
        "outlet",
        "Kommersant-Ukraine",
    ),
    (
        "A diplomat told Kommersant-Ukraine that the memorandum was ready.\n\nThe ministry's spokesman told the "
        "newspaper that a translation was ready.",
        "a translation was ready",
        "outlet",
        "Kommersant-Ukraine",
    ),
    ("A diplomat told Anna Kim-Lee that the memorandum was ready.", "the memorandum was ready", "outlet", ""),
    # a programme's quoted title inside the adverbial before "that": the statement is read, the title is no one's words
    (
        "Kellogg said on the \u201cPod Save the World\u201d podcast that the talks were over.",
        "the talks were over",
        "speaker",
        "Kellogg",
    ),
    (
        "Kellogg said on the \u201cPod Save the World\u201d podcast that the talks were \u201ca start, not a "
        "finish\u201d.",
        "the talks were",
        "text",
        "that the talks were \u201ca start, not a finish\u201d",
    ),
    # negatives: a quotation that no programme's noun follows
    (
        "Kellogg said the talks were \u201ca start, not a finish\u201d and left.",
        "the talks were",
        "text",
        "the talks were \u201ca start, not a finish\u201d and left",
    ),
    ("Kellogg said the talks were over. \u201cWe go on,\u201d he added.", "We go on", "speaker", "Kellogg"),
    # a listed national body named without its country ("Presidential Office") is the one of the country named before
    (
        "Ukraine will not yield. Presidential Office adviser Anna Berg said the lists were ready.",
        "the lists were ready",
        "affiliation",
        "Office of the President of Ukraine",
    ),
    # negative: a country whose such body no list holds
    (
        "Russia will not yield. Presidential Office adviser Anna Berg said the lists were ready.",
        "the lists were ready",
        "affiliation",
        "Presidential Office",
    ),
    # a title "of" or "for" a body written before the person's name, the title of many words, the body a title's office
    # or ending in a country's name, or a portfolio: the person speaks, the body (or the title's) is the affiliation
    (
        "Press Secretary of the President of the Russian Federation Dmitry Peskov said the talks were over.",
        "the talks were over",
        "affiliation",
        "Kremlin",
    ),
    (
        "Press Secretary of the President of the Russian Federation Dmitry Peskov said the talks were over.",
        "the talks were over",
        "speaker",
        "Dmitry Peskov",
    ),
    (
        "Russia will not yield. First Deputy Chief of Staff of the Presidential Administration Sergei Kiriyenko said "
        "the talks were over.",
        "the talks were over",
        "speaker",
        "Sergei Kiriyenko",
    ),
    (
        "Russia will not yield. First Deputy Chief of Staff of the Presidential Administration Sergei Kiriyenko said "
        "the talks were over.",
        "the talks were over",
        "affiliation",
        "Kremlin",
    ),
    (
        "Spokesperson for the Ministry of Foreign Affairs of Ukraine Heorhii Tykhyi said the talks were over.",
        "the talks were over",
        "speaker",
        "Heorhii Tykhyi",
    ),
    (
        "Spokesperson for the Ministry of Foreign Affairs of Ukraine Heorhii Tykhyi said the talks were over.",
        "the talks were over",
        "affiliation",
        "Ukrainian Foreign Ministry",
    ),
    (
        "The talks were over, Hungarian State Secretary for European Affairs Gabor Kovacs said.",
        "The talks were over",
        "affiliation",
        "Hungarian government",
    ),
    (
        "Spokesperson for the Kestrel Group Anna Berg said the talks were over.",
        "the talks were over",
        "affiliation",
        "Kestrel Group",
    ),
    # negatives: a title with its own "of" ("Secretary of State"), one inside a longer one, a portfolio of no country
    (
        "Secretary of State Marco Rubio said the talks were over.",
        "the talks were over",
        "affiliation",
        "U.S. State Department",
    ),
    ("Deputy Secretary of State Tom Nides said the talks were over.", "the talks were over", "speaker", "Tom Nides"),
    (
        "Moscow will open the line, Deputy Mayor for Transport Artur Melnikov said.",
        "Moscow will open the line",
        "affiliation",
        "",
    ),
    (
        "Karl Voss of the Institute of Soil Studies said the talks were over.",
        "the talks were over",
        "affiliation",
        "Institute of Soil Studies",
    ),
    # "as was stated by": the auxiliary between "as" and the cue; a mission speaks as a delegation does (KNOWN)
    (
        "Kyiv is ready to exchange all for all, as was stated by the head of the delegation, Major General Ivan Orlov.",
        "Kyiv is ready to exchange all for all",
        "speaker",
        "Ivan Orlov",
    ),
    ("As was reported by TASS, the talks were over.", "the talks were over", "outlet", "TASS"),
    pytest.param(
        "The monitoring mission said both sides had withdrawn.",
        "both sides had withdrawn",
        "speaker",
        "monitoring mission",
        marks=pytest.mark.xfail(strict=True, reason=MISSION),
    ),
    # negative: a mission's statement is no outlet's after an outlet named before
    pytest.param(
        "Peskov told TASS that Moscow was waiting. The mission said both sides had withdrawn.",
        "both sides had withdrawn",
        "outlet",
        "",
        marks=pytest.mark.xfail(strict=True, reason=MISSION),
    ),
    # a military rank of two words is a title, not a body before one ("Major" is no affiliation)
    ("Kyiv is ready, as stated by Major General Anna Berg.", "Kyiv is ready", "affiliation", ""),
    ("Kyiv is ready, as stated by Major General Anna Berg.", "Kyiv is ready", "role", "Major General"),
    ("Kyiv is ready, Lieutenant General Ivan Orlov told Suspilne.", "Kyiv is ready", "role", "Lieutenant General"),
]


@pytest.mark.parametrize(("text", "fragment", "attribute", "expected"), CONSTRUCTIONS)
def test_construction(text: str, fragment: str, attribute: str, expected: object) -> None:
    check_construction(text, fragment, attribute, expected)
