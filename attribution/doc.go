// Package attribution reads who a news sentence says gives a figure: in
// "Ukrainian authorities reported that Russian strikes killed three
// civilians", the three comes from "Ukrainian authorities". With it a report
// can show whose number is whose, and tell two sources that disagree from two
// outlets repeating one source.
//
// The analysis is pure text, one sentence at a time, with byte offsets into
// the sentence and no allocation. It knows English news prose rather than
// English: a lexicon of reporting verbs, function words, time words and
// nouns for sources and data, and a few phrase rules over it. No
// part-of-speech tagger or parser is used, so the rules lean on what news
// style guarantees (commas around parentheticals, "said" after its subject)
// and, when a sentence does not fit them, Find reports no source rather than
// guess one.
//
// # Cues and scopes
//
// A cue ties a claimant to a stretch of the sentence, its scope. A figure is
// attributed when it lies in a cue's scope; when it lies in several, the cue
// nearest to it wins.
//
//	according to X / per X / citing X        the whole clause
//	figures from X / reported by X / by X's estimate
//	X said (that) ... / X reported on Tuesday that ...   what follows the cue
//	X estimates ... / X put the toll at ...
//	X's figures show ... / a UN report found ...
//	..., X said. / ..., X told reporters.     what precedes the claimant
//	..., said X. / "...," said the mayor, Ihor Terekhov.
//	A, the agency said, B                      A and B
//	..., X said, adding that ...              X, for what follows "adding"
//	Interfax quoted X as saying ...           X, for what follows "saying"
//
// The reporting verbs are said, says, told, reported, announced, confirmed,
// claimed, estimated, stated, added, noted, wrote, posted, tweeted, warned,
// insisted, acknowledged, admitted, alleged, explained, disclosed, revealed,
// recorded, documented, verified, counted, tallied, expect, forecast,
// predicted, projected, contend, argue, believe and cited, with their other
// tenses. Some need more than the verb:
//
//   - show, suggest, indicate and found attribute only after a phrase built on
//     data ("figures", "data", "a report", "a poll"): "satellite images show"
//     is evidence, not a source;
//   - added, posted, wrote, tweeted, noted, explained and insisted attribute
//     before "that", a quote or a colon, or at the end of a clause; otherwise
//     they are verbs of fact: "employers added 254,000 jobs";
//   - put attributes as "put the toll at", "put it at".
//
// A clause ends at a semicolon. What a leading cue says also ends at a comma
// before "but", "whereas", "although", "though" or "yet", and at ", and" or
// ", so" opening a clause with a subject of its own. So in "Officials said
// the bridge was closed; Russia launched 40 drones", in "..., but Russia
// launched 40 drones" and in "The company said profits would drop, and its
// shares fell 5%" the last figure has no source, while in "The air force said
// it had tracked 150 drones, and had shot down 120" both figures have one.
// "while" does not end a clause: in news it mostly joins two things the same
// source reported. A cue in a subordinate or relative clause speaks only up
// to the comma that closes it: in "As the UN warned that 2 million faced
// famine, donors pledged $1 billion" and "The toll, which officials said
// stood at 40, rose to 52" the last figure has no source.
//
// A trailing ", X said" speaks for its clause up to the claimant, and for
// what follows when it stands between commas mid-sentence, unless a
// conjunction or a participle follows it (", and Ukraine shot down 30", ",
// adding that"). It must follow a comma, a dash, a quote, a bracket or "as",
// so in "Russia launched 40 drones and the air force said it downed 30" the
// 40 has no source.
//
// # Claimants
//
// A claimant is the noun phrase next to its cue, as written, of at most a
// dozen words. Back from a verb it runs to a clause edge (punctuation, a
// conjunction, a relative pronoun, an auxiliary) or to a determiner that no
// preposition precedes, so "Later in the day the regional governor said"
// gives "the regional governor" while "the head of the agency" stays whole.
// Time and channel phrases between the claimant and the verb are left out
// ("the ministry on Tuesday said", "Zelensky in his nightly address said"),
// and so are a time or place phrase that opens the sentence without a comma
// ("On Tuesday officials said") and an acronym in brackets after a name
// ("the International Organization for Migration (IOM) said"). Names joined
// by "and", and lists of them, stay together ("Russia and Ukraine said",
// "the UN, the World Bank and the EU estimated"); a lower-case word before
// "and" ends the phrase ("Kyiv burned and officials said"). Forward from
// "according to" the phrase runs to punctuation, a clause word or a new
// determiner.
//
// A relative clause or participle between a claimant and its verb is skipped
// ("the Observatory, which monitors the war, said"). Of a name and a role in
// apposition ("Dmitry Peskov, the Kremlin's spokesman, said"; "said the
// mayor, Ihor Terekhov") the name is the claimant, since it identifies the
// source across articles.
//
// Data speaks for whoever made it: "figures from the health ministry", "the
// UN's latest figures", "a UN report" and "Home Office figures" give "the
// health ministry", "the UN", "UN" and "Home Office"; "official figures",
// "Western estimates" and "Israeli tallies" stay whole, since their modifier
// is an adjective.
//
// # Decisions
//
//   - A citation names the cited party, not the outlet: "Reuters reported,
//     citing two officials, that ..." gives "two officials". The outlet is
//     the article's source already; the figure comes from the officials.
//     "Interfax quoted the ministry as saying" gives "the ministry" for the
//     same reason.
//   - A pronoun is no claimant: "he said", "it said", "they said", "most
//     put the toll at" have no source, because a report cannot compare "he"
//     across articles and resolving it needs the sentences before. Data that
//     names no one ("the figures show", "the report said", "according to
//     the latest figures") is treated the same. When the pronoun's cue lies
//     in another cue's scope ("The ministry said it had recorded 30 new
//     cases"), the outer claimant is returned.
//   - Negated, hypothetical, infinitive and passive cues attribute nothing:
//     "did not say", "would not confirm", "declined to say", "were reported
//     killed", "an estimated 40,000", "neither government confirms", "the
//     final say", "said goodbye", "said nothing".
//   - Verbs are recognised only in lower case ("Said" is more often a name),
//     except in a sentence written wholly in capitals.
package attribution
