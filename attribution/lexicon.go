package attribution

// The lexicon: the words the phrase rules need, looked up once per word when
// the sentence is tokenized, so the rules test bits instead of strings.

type flags uint32

const (
	fDet       flags = 1 << iota // the, a, its...: a noun phrase starts here
	fPrep                        // of, in, for...: may join two noun phrases
	fConj                        // and, but, while, as...: a clause edge
	fContrast                    // but, although...: after a comma, ends a said-clause
	fRel                         // that, which, who...
	fBe                          // is, was...: before a cue, the cue is passive
	fModal                       // will, could, did...: the cue is not an assertion
	fHave                        // has, have, had: "have said" asserts
	fAdv                         // adverbs that sit between a claimant and its cue
	fNeg                         // not, never, no, neither
	fPron                        // a pronoun: no claimant a report can compare
	fTime                        // Tuesday, week, August...
	fDay                         // a time word that stands alone: Tuesday, yesterday
	fTimeLead                    // last, this, earlier...: "last week"
	fMonth                       // month names, capitalised only
	fChannel                     // statement, Telegram, interview...
	fData                        // figures, data, estimates, report...
	fSource                      // officials, ministry, police...: someone who can be cited
	fNumWord                     // two, dozen...
	fCue                         // a reporting verb: said, reported, estimates...
	fNeedsData                   // show, found...: "images show 40 jets" is evidence, not a source
	fInvert                      // said, added...: may come before its claimant
	fTold                        // told, tells, informed: take an object first
	fPut                         // put, puts: "put the toll at"
	fNotSource                   // plan, schedule...: "according to plan" names nobody
	fVague                       // latest, new...: modifiers of data that name no one
	fAbbrev                      // Mr, Inc, Aug...: a following dot is part of the word
	fNotAdverb                   // ally, family...: ends in -ly, is a noun
	fNeedsThat                   // added, posted...: else a verb of fact, "added 254,000 jobs"
	fSub                         // after, as, when...: a clause it opens ends at its comma
	fIdiom                       // goodbye, grace...: "said goodbye" reports no claim
	fCueWord                     // according, per, by...: a word cues tests by name
)

func add(m map[string]flags, f flags, words ...string) {
	for _, w := range words {
		m[w] |= f
	}
}

// lexicon maps a lower-case word, apostrophes folded to ', to its flags.
var lexicon = func() map[string]flags {
	m := map[string]flags{}
	add(m, fDet, "the", "a", "an", "this", "these", "those", "its", "their", "his", "her",
		"our", "my", "your", "both", "each", "every", "any", "some", "several", "many", "few",
		"most", "all", "other", "no", "neither", "either")
	add(m, fPrep, "of", "for", "in", "at", "from", "on", "with", "to", "by", "near", "under",
		"over", "across", "inside", "outside", "within", "among", "amid", "between", "about",
		"against", "into", "onto", "via", "during", "through", "throughout", "toward",
		"towards", "without", "behind", "beyond", "around", "along", "upon")
	add(m, fConj, "and", "but", "or", "nor", "while", "whilst", "whereas", "as", "after",
		"before", "because", "since", "when", "whenever", "where", "if", "unless", "although",
		"though", "so", "yet", "than", "whether", "once", "until", "till")
	add(m, fSub, "after", "as", "when", "whenever", "while", "whilst", "because", "since", "if",
		"although", "though", "before", "once", "until", "unless", "whereas")
	add(m, fContrast, "but", "whereas", "although", "though", "yet")
	add(m, fRel, "that", "which", "who", "whom", "whose", "what", "how", "why")
	add(m, fBe, "is", "are", "was", "were", "be", "been", "being", "am")
	add(m, fModal, "will", "would", "can", "could", "may", "might", "must", "should", "shall",
		"do", "does", "did", "cannot")
	add(m, fHave, "has", "have", "had")
	add(m, fAdv, "also", "already", "previously", "earlier", "later", "separately", "since",
		"initially", "first", "now", "then", "again", "repeatedly", "publicly", "recently",
		"officially", "subsequently", "further", "independently", "meanwhile", "still", "too",
		"just", "reportedly", "similarly", "likewise", "however", "jointly", "privately",
		"originally", "once", "today", "yesterday", "overnight", "late", "early")
	add(m, fNeg, "not", "never", "no", "neither", "none", "nobody")
	add(m, fPron, "he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "someone",
		"somebody", "anyone", "everyone", "nobody", "some", "others", "many", "few", "both",
		"all", "this", "these", "those", "one", "each")
	add(m, fTime|fDay, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sunday", "today", "yesterday", "tonight", "overnight")
	add(m, fTime, "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks",
		"weekend", "month", "months", "year", "years", "hour", "hours")
	add(m, fTime|fMonth, "january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december", "jan.", "feb.", "mar.",
		"apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.")
	add(m, fTimeLead, "last", "this", "next", "earlier", "late", "early", "later", "past")
	add(m, fChannel, "statement", "statements", "interview", "briefing", "post", "posts",
		"conference", "telegram", "x", "facebook", "twitter", "instagram", "youtube", "social",
		"media", "broadcast", "address", "speech", "remarks", "video", "message", "tweet",
		"email", "letter", "release", "television", "tv", "radio", "website", "channel", "app",
		"podcast", "appearance", "hearing", "session", "call", "meeting", "summit", "visit",
		"trip", "event", "report", "update", "filing", "note")
	add(m, fData, "figures", "figure", "data", "estimate", "estimates", "statistics", "stats",
		"numbers", "tally", "tallies", "count", "counts", "records", "survey", "poll", "polls",
		"report", "reports", "analysis", "census", "study", "assessment", "calculations",
		"calculation", "projections", "projection", "forecast", "forecasts", "research",
		"findings", "review", "audit")
	add(m, fSource, "officials", "official", "sources", "source", "people", "person",
		"spokesman", "spokeswoman", "spokesperson", "spokespeople", "analysts", "analyst",
		"ministry", "agency", "authorities", "authority", "police", "government",
		"intelligence", "documents", "document", "witnesses", "witness", "residents",
		"diplomats", "diplomat", "experts", "expert", "media", "military", "army", "commander",
		"commanders", "governor", "mayor", "minister", "office", "officer", "officers",
		"monitor", "monitors", "observatory", "doctors", "medics", "hospital", "hospitals",
		"lawmakers", "lawmaker", "aides", "aide", "investigators", "prosecutors", "survivors",
		"rescuers", "researchers", "scientists", "insiders", "executives", "staff",
		"newspaper", "outlet", "broadcaster", "group", "organization", "organisation",
		"service", "council", "committee", "department", "administration", "company", "firm",
		"institute", "center", "centre", "court", "union", "bank", "spokesmen", "envoy",
		"envoys", "president", "leader", "leaders", "chief", "head", "board", "team")
	add(m, fNumWord, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
		"thousand", "thousands", "million", "millions", "billion", "dozen", "dozens")
	add(m, fCue, "said", "says", "say", "told", "tells", "informed", "reported", "reports",
		"announced", "announces", "confirmed", "confirms", "claimed", "claims", "claim",
		"estimated", "estimates", "estimate", "stated", "added", "adds", "noted", "notes",
		"wrote", "writes", "posted", "tweeted", "warned", "warns", "insisted", "acknowledged",
		"admitted", "alleged", "explained", "disclosed", "revealed", "recorded", "documented",
		"verified", "counted", "tallied", "put", "puts", "show", "shows", "showed", "suggest",
		"suggests", "suggested", "indicate", "indicates", "indicated", "found", "finds",
		"expect", "expects", "expected", "forecast", "forecasts", "predicted", "predicts",
		"projected", "allege", "alleges", "contend", "contends", "contended", "argue", "argues",
		"argued", "believe", "believes", "cited", "cites", "acknowledges", "admits", "confirm",
		"announce")
	add(m, fNeedsThat, "added", "adds", "posted", "wrote", "writes", "tweeted", "explained",
		"insisted", "noted", "notes")
	add(m, fNeedsData, "show", "shows", "showed", "suggest", "suggests", "suggested", "indicate",
		"indicates", "indicated", "found", "finds")
	add(m, fInvert, "said", "says", "say", "added", "adds", "wrote", "writes", "noted", "notes",
		"reported", "explained")
	add(m, fTold, "told", "tells", "informed")
	add(m, fIdiom, "goodbye", "farewell", "hello", "grace", "prayers", "thanks", "sorry", "nothing")
	add(m, fPut, "put", "puts")
	add(m, fCueWord, cueWords...)
	add(m, fNotSource, "plan", "plans", "schedule", "protocol", "tradition", "custom",
		"script", "design", "instructions", "expectations", "expectation", "rules", "law",
		"timetable", "legend", "recipe", "size", "age", "type", "need", "needs", "taste",
		"form", "precedent", "convention", "guidelines", "procedure", "standard")
	add(m, fVague, "latest", "new", "recent", "preliminary", "initial", "final", "updated",
		"provisional", "available", "current", "first", "last", "most", "early", "earlier",
		"previous", "same", "such", "these", "those", "daily", "weekly", "monthly", "annual")
	add(m, fAbbrev, "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
		"capt", "maj", "sgt", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "jan",
		"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
		"ft", "adm", "cmdr", "pres", "amb", "rev", "messrs")
	add(m, fNotAdverb, "ally", "family", "assembly", "daily", "weekly", "monthly", "quarterly",
		"tally", "rally", "supply", "monopoly", "anomaly", "reply", "italy", "july", "fly",
		"butterfly", "belly", "bully", "jelly", "lily", "holly", "sally", "kelly", "emily",
		"billy", "molly", "polly", "willy", "burly", "only")
	return m
}()
