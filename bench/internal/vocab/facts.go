package vocab

import (
	"math"
	"strconv"
)

// Kind is the kind of value a fact takes, as rule files name it.
type Kind string

// Kinds the topics use.
const (
	Count    Kind = "count"
	Money    Kind = "money"
	Percent  Kind = "percent"
	Year     Kind = "year"
	Duration Kind = "duration"
)

// Topic is a kind of fact news reports about many subjects: the civilians
// a strike killed (in some city), the unemployment rate (of some country).
// A fact is a topic applied to one subject; its rule and the sentences
// that state it come from the topic, so the rules genrules writes match
// the sentences gencorpus writes by construction.
//
// Patterns use these slots: {S} the subject's name, {V} the value as
// claimed (maybe hedged, maybe a different figure), {A} a duration's value
// as an adjective ("three-year"), {C} who says it, opening the sentence,
// {a} who says it, as a trailing clause; misses also use {X}, a value of
// the topic's kind that is not a claim, {n} a small count and {y} a year.
type Topic struct {
	Key     string // the end of the fact id: "strike-deaths"
	Subject SubjectKind
	Kind    Kind
	Unit    string // the rule's unit: "people", "USD", "years"
	Title   string // with {S}
	// All holds the terms every sentence needs besides the subject's,
	// which is always the first all term.
	All, Any, None, Near []string
	Within               int
	Tolerance            string // "" for the default, 0
	Trend                string // "" or "rising"
	// Says and Sayers, when set, replace the subject kind's Attributions
	// and Claimants: a court, not a mayor, gives a prison sentence.
	Says, Sayers []string
	// Claims state the fact; Misses come close (the subject, the topic's
	// words, often a number) but must not be taken: a none term, a value
	// of another kind, a value too far from a near term, or no value.
	Claims, Misses []Template
	// lo and hi bound the true values of the topic's facts.
	lo, hi float64
}

// Topics are every topic, in a fixed order.
var Topics = []*Topic{
	// Cities.
	{
		Key: "strike-deaths", Subject: City, Kind: Count, Unit: "people",
		Title: "Civilians killed in the strike on {S}",
		Any:   []string{"killed", "died", "dead", "death toll"}, None: []string{"anniversary", "memorial"},
		Near: []string{"civilians", "people", "residents"}, Within: 3, Trend: "rising",
		Claims: ParseAll(
			"{C} said the strike on {S} killed {V} civilians.",
			"The strike on {S} killed {V} civilians, {a}.",
			"The death toll from the attack on {S} rose to {V} people, {a}.",
			"In {S}, {V} residents died when missiles hit a market, {a}.",
			"Rescuers in {S} said {V} people were killed and many more injured.",
		),
		Misses: ParseAll(
			"{S} held a memorial for the {n} civilians killed in last year's strike.",
			"Officials in {S} said the death toll was likely to rise as rescuers searched the rubble.",
			"Schools in {S} stayed closed for {n} days after the strike, as people mourned the dead.",
			"On the anniversary of the strike on {S}, {n} people who lost relatives laid flowers.",
		),
		lo: 2, hi: 60,
	},
	{
		Key: "overnight-drones", Subject: City, Kind: Count, Unit: "drones",
		Title: "Drones launched at {S} in one overnight attack",
		All:   []string{"overnight"}, Any: []string{"drones", `re:\bShaheds?\b`},
		Near: []string{"drones", "shahed"}, Within: 2,
		Claims: ParseAll(
			"{C} said {V} drones targeted {S} overnight.",
			"Air defences over {S} shot down most of the {V} drones launched overnight, {a}.",
			"Overnight, {V} Shahed drones were fired at {S}, {a}.",
			"{S} came under attack overnight from {V} drones, {a}.",
		),
		Misses: ParseAll(
			"Air-raid sirens sounded in {S} overnight as drones flew over the city.",
			"Drone debris damaged {n} houses on the edge of {S} overnight, {a}.",
			"Residents of {S} spent the night in shelters while drones circled overhead.",
		),
		lo: 20, hi: 400,
	},
	{
		Key: "evacuations", Subject: City, Kind: Count, Unit: "people",
		Title: "People evacuated from {S}",
		Any:   []string{"evacuated", "evacuation"}, None: []string{"drill"},
		Near: []string{"people", "residents"}, Within: 3, Trend: "rising",
		Claims: ParseAll(
			"{C} said {V} people had been evacuated from {S} as the river rose.",
			"The evacuation of {S} has moved {V} residents to shelters, {a}.",
			"Buses evacuated {V} residents from {S} overnight, {a}.",
			"By Sunday, {V} people had been evacuated from low-lying parts of {S}.",
		),
		Misses: ParseAll(
			"{S} held an evacuation drill for {X} people on Thursday.",
			"The evacuation of {S} was ordered at dawn, {a}.",
			"Officials in {S} said the evacuation would continue for at least {n} days.",
		),
		lo: 200, hi: 60000,
	},
	{
		Key: "protest-arrests", Subject: City, Kind: Count, Unit: "protesters",
		Title: "Protesters arrested in {S}",
		Any:   []string{"arrested", "detained"}, None: []string{"released"},
		Near: []string{"protesters", "demonstrators", "people"}, Within: 3,
		Claims: ParseAll(
			"Police in {S} arrested {V} protesters on Saturday, {a}.",
			"{C} said {V} demonstrators were detained in {S}.",
			"In {S}, {V} people were arrested as the protest turned violent, {a}.",
		),
		Misses: ParseAll(
			"Police in {S} released {X} protesters who had been arrested last week.",
			"Police in {S} said more protesters could be arrested in the coming days.",
			"The protest in {S} was the largest in {n} years, and police detained its organisers.",
		),
		lo: 10, hi: 400,
	},
	{
		Key: "cholera-cases", Subject: City, Kind: Count, Unit: "cases",
		Title: "Cholera cases recorded in {S}",
		All:   []string{"cholera"}, Any: []string{"cases", "infections"}, None: []string{"deaths"},
		Near: []string{"cases", "infections"}, Within: 3, Trend: "rising",
		Claims: ParseAll(
			"Health officials in {S} have recorded {V} cholera cases since March, {a}.",
			"The cholera outbreak in {S} has reached {V} cases, {a}.",
			"{C} reported {V} cholera infections in {S} this season.",
		),
		Misses: ParseAll(
			"Cholera deaths in {S} rose to {X} as cases spread, {a}.",
			"Doctors in {S} warned that cholera cases would rise with the rains.",
			"The only clinic in {S} that treats cholera has {n} beds, far too few for the cases.",
		),
		lo: 100, hi: 20000,
	},
	{
		Key: "bridge-year", Subject: City, Kind: Year,
		Title: "Year the old bridge in {S} opened",
		All:   []string{"bridge"}, Any: []string{"opened", "built", "completed"}, None: []string{"closed"},
		Near: []string{"opened", "built", "completed"}, Within: 3,
		Claims: ParseAll(
			"The old bridge in {S}, which opened in {V}, was damaged in the storm.",
			"Engineers said the bridge in {S} was built in {V} and never fully renovated.",
			"The bridge that carries most of the traffic in {S} was completed in {V}.",
		),
		Misses: ParseAll(
			"The bridge in {S} was closed in {y} for repairs and opened again a year later.",
			"A new bridge in {S} opened to traffic on Monday.",
			"The old bridge in {S} was built by engineers who had never worked on a river that wide.",
		),
		lo: 1890, hi: 1995,
	},
	{
		Key: "flood-homes", Subject: City, Kind: Count, Unit: "homes",
		Title: "Homes destroyed by floods in {S}",
		Any:   []string{"floods"}, None: []string{"insured"},
		Near: []string{"homes", "houses"}, Within: 3, Trend: "rising",
		Claims: ParseAll(
			"The floods destroyed {V} homes in {S}, {a}.",
			"{C} said flooding in {S} had destroyed {V} houses.",
			"In {S}, {V} homes were swept away by the floods, {a}.",
		),
		Misses: ParseAll(
			"Only {X} insured homes in {S} were covered after the floods.",
			"Floods cut power to much of {S} on Wednesday.",
			"Flooding in {S} closed {n} schools and the main road to the airport.",
		),
		lo: 50, hi: 12000,
	},

	// Countries.
	{
		Key: "aid-package-usd", Subject: Country, Kind: Money, Unit: "USD",
		Title: "Value of the international aid package for {S}",
		Any:   []string{"aid", "assistance"}, None: []string{"military"},
		Near: []string{"aid", "package", "assistance"}, Within: 4, Tolerance: "5%",
		Claims: ParseAll(
			"Donors pledged an aid package worth {V} to {S}, {a}.",
			"{S} will receive {V} in aid over the next decade, {a}.",
			"The assistance for {S}, totalling {V}, will go to reconstruction.",
		),
		Misses: ParseAll(
			"{S} also received {X} in military aid, {a}.",
			"Aid agencies said {S} needed more assistance before winter.",
			"The aid conference on {S} lasted {n} days and ended without a final communique.",
		),
		lo: 0.2e9, hi: 12e9,
	},
	{
		Key: "unemployment-rate", Subject: Country, Kind: Percent,
		Title: "Unemployment rate in {S}",
		Any:   []string{"unemployment", "jobless rate"}, None: []string{"youth"},
		Near: []string{"unemployment", "rate"}, Within: 5, Tolerance: "0.2",
		Claims: ParseAll(
			"Unemployment in {S} rose to {V} in the second quarter, {a}.",
			"The jobless rate in {S} stood at {V}, {a}.",
			"{S}'s unemployment rate fell to {V} last month.",
		),
		Misses: ParseAll(
			"Youth unemployment in {S} reached {X}, the highest in a decade.",
			"{S} has struggled with unemployment since the pandemic.",
			"Unemployment in {S} has fallen in {n} of the past twelve months, {a}.",
		),
		lo: 2, hi: 25,
	},
	{
		Key: "inflation-rate", Subject: Country, Kind: Percent,
		Title: "Annual inflation in {S}",
		Any:   []string{"inflation", "consumer prices"}, None: []string{"target"},
		Near: []string{"inflation", "prices"}, Within: 5, Tolerance: "0.2",
		Claims: ParseAll(
			"Inflation in {S} slowed to {V} in June, {a}.",
			"Consumer prices in {S} rose {V} from a year earlier, {a}.",
			"{S}'s annual inflation rate was {V}, {a}.",
		),
		Misses: ParseAll(
			"The central bank of {S} kept its inflation target at {X}.",
			"Economists expect inflation in {S} to ease next year.",
			"Inflation in {S} has eaten into wages for {n} straight months, {a}.",
		),
		lo: 0.5, hi: 40,
	},
	{
		Key: "election-turnout", Subject: Country, Kind: Percent,
		Title: "Turnout in {S}'s general election",
		Any:   []string{"turnout"}, None: []string{"referendum"},
		Near: []string{"turnout"}, Within: 6,
		Says:   []string{"the election commission said", "observers said", "according to official results"},
		Sayers: []string{"The election commission", "Observers", "Officials"},
		Claims: ParseAll(
			"Turnout in {S}'s general election was {V}, the election commission said.",
			"{C} put turnout in {S} at {V}.",
			"In {S}, turnout reached {V}, {a}.",
		),
		Misses: ParseAll(
			"Turnout in the {S} referendum was {X}, {a}.",
			"Turnout in {S} was expected to be low because of the rain.",
			"Polling stations in {S} stayed open for {n} extra hours to lift turnout.",
		),
		lo: 35, hi: 85,
	},
	{
		Key: "wto-accession-year", Subject: Country, Kind: Year,
		Title: "Year {S} joined the World Trade Organization",
		Any:   []string{"WTO", "World Trade Organization"},
		Near:  []string{"joined", "member", "accession"}, Within: 4,
		Claims: ParseAll(
			"{S} joined the WTO in {V}, opening its markets to foreign banks.",
			"{S}, a WTO member since {V}, has filed a complaint against its neighbour.",
			"Since joining the WTO in {V}, {S} has doubled its exports.",
		),
		Misses: ParseAll(
			"{S} asked the WTO to rule on the dispute.",
			"{S} has been a WTO member for {n} years, {a}.",
			"{S} filed its complaint with the World Trade Organization on Tuesday.",
		),
		lo: 1995, hi: 2016,
	},
	{
		Key: "drought-years", Subject: Country, Kind: Duration, Unit: "years",
		Title: "How long the drought in {S} has lasted, in years",
		Any:   []string{"drought"}, None: []string{"forecast"},
		Near: []string{"drought"}, Within: 3,
		Claims: ParseAll(
			"The {A} drought in {S} has emptied reservoirs.",
			"{S}'s drought has lasted {V}, {a}.",
			"Farmers in {S} say the {A} drought has ruined them.",
		),
		Misses: ParseAll(
			"The forecast for {S} warns that the drought could last another {X}.",
			"The drought in {S} has hit farmers hardest.",
			"The drought in {S} has cut the wheat harvest by {n} million tonnes, {a}.",
		),
		lo: 2, hi: 9,
	},

	// Companies.
	{
		Key: "acquisition-usd", Subject: Company, Kind: Money, Unit: "USD",
		Title: "Price of {S}'s acquisition of its rival",
		Any:   []string{"acquisition", "acquire", "takeover"}, None: []string{"abandoned"},
		Near: []string{"deal", "acquisition", "takeover", "worth", "valued"}, Within: 4, Tolerance: "5%",
		Claims: ParseAll(
			"{S} agreed to acquire its largest rival in a deal worth {V}, {a}.",
			"The takeover, valued at {V}, makes {S} the biggest firm in its sector.",
			"{S} will pay {V} for the acquisition, {a}.",
		),
		Misses: ParseAll(
			"{S} abandoned a {X} takeover bid last year.",
			"Shares in {S} rose after it announced the acquisition.",
			"{S} expects the acquisition to close within {n} months, {a}.",
		),
		lo: 0.3e9, hi: 60e9,
	},
	{
		Key: "regulator-fine-usd", Subject: Company, Kind: Money, Unit: "USD",
		Title: "Fine imposed on {S} by regulators",
		Any:   []string{"fined", "penalty"}, None: []string{"appeal"},
		Near: []string{"fined", "penalty"}, Within: 4,
		Claims: ParseAll(
			"Regulators fined {S} {V} for misleading customers.",
			"{S} must pay a penalty of {V}, {a}.",
			"{C} said {S} had been fined {V} over the data breach.",
		),
		Misses: ParseAll(
			"{S} said it would appeal the {X} fine.",
			"{S} denied wrongdoing and said it expected no penalty.",
			"{S} has been fined {n} times since the rules changed, {a}.",
		),
		lo: 1e6, hi: 900e6,
	},
	{
		Key: "founded-year", Subject: Company, Kind: Year,
		Title: "Year {S} was founded",
		Any:   []string{`"founded"`, "established"},
		Near:  []string{`"founded"`, "established"}, Within: 3,
		Claims: ParseAll(
			"{S}, founded in {V}, employs thousands of people.",
			"{S} was established in {V} as a family business.",
			"Since it was founded in {V}, {S} has never cut its dividend.",
		),
		Misses: ParseAll(
			"{S} was founded by two engineers who met at university.",
			"{S} has been run by the same family since it was established.",
			"{S} has opened {n} factories since it was founded.",
		),
		lo: 1850, hi: 2015,
	},
	{
		Key: "strike-weeks", Subject: Company, Kind: Duration, Unit: "weeks",
		Title: "How long the strike at {S} lasted, in weeks",
		Any:   []string{"strike", "walkout"}, None: []string{"threatened"},
		Near: []string{"strike", "walkout"}, Within: 3,
		Claims: ParseAll(
			"The {A} strike at {S} ended on Friday with a pay deal.",
			"Workers at {S} ended a walkout that lasted {V}, {a}.",
			"At {S}, the strike has lasted {V}, {a}.",
		),
		Misses: ParseAll(
			"Unions at {S} threatened a strike lasting {X}.",
			"The strike at {S} disrupted deliveries across the region.",
			"About {n} percent of workers at {S} voted for the strike.",
		),
		lo: 2, hi: 14,
	},
	{
		Key: "job-cuts", Subject: Company, Kind: Count, Unit: "jobs",
		Title: "Jobs {S} plans to cut",
		Any:   []string{"cut", "layoffs", "redundancies"}, None: []string{"hire"},
		Near: []string{"jobs", "positions", "workers"}, Within: 3,
		Claims: ParseAll(
			"{S} will cut {V} jobs, {a}.",
			"{S} plans to cut {V} positions worldwide by the end of the year.",
			"{C} said {S} would cut {V} jobs as sales fell.",
		),
		Misses: ParseAll(
			"{S} said it would hire {X} workers despite the cuts.",
			"{S} did not rule out further job cuts.",
			"{S} cut its profit forecast for the {n} months to December.",
		),
		lo: 100, hi: 12000,
	},

	// People.
	{
		Key: "prison-sentence-years", Subject: Person, Kind: Duration, Unit: "years",
		Title: "Prison sentence handed to {S}, in years",
		Any:   []string{"sentenced"}, None: []string{"suspended"},
		Near: []string{"prison", "jail"}, Within: 4,
		Says:   []string{"the court said", "prosecutors said", "local media reported", "lawyers for the defence said"},
		Sayers: []string{"The court", "Prosecutors", "Local media"},
		Claims: ParseAll(
			"{S} was sentenced to {V} in prison on Tuesday.",
			"A court sentenced {S} to {V} in jail, {a}.",
			"{S}, sentenced to {V} in prison, plans to appeal.",
		),
		Misses: ParseAll(
			"{S} was given a suspended sentence of {X} in prison.",
			"Lawyers for {S} said the sentence was unjust.",
			"{S} was sentenced on Tuesday after a trial that lasted {n} days.",
		),
		lo: 2, hi: 25,
	},
	{
		Key: "net-worth-usd", Subject: Person, Kind: Money, Unit: "USD",
		Title: "Net worth of {S}",
		Any:   []string{"net worth", "fortune"}, None: []string{"charity"},
		Near: []string{"worth", "fortune"}, Within: 4, Tolerance: "10%",
		Says:   []string{"according to a published estimate", "according to a wealth ranking", "local media reported"},
		Sayers: []string{"A wealth ranking", "Local media", "Analysts"},
		Claims: ParseAll(
			"{S}'s net worth is estimated at {V}, {a}.",
			"{S} has a fortune of {V}, {a}.",
			"{S}, whose net worth is {V}, owns a football club.",
		),
		Misses: ParseAll(
			"{S} has pledged a fortune of {X} to charity.",
			"{S} declined to comment on reports about the family fortune.",
			"{S} built the fortune over {n} years in shipping.",
		),
		lo: 0.5e9, hi: 90e9,
	},
	{
		Key: "election-votes", Subject: Person, Kind: Count, Unit: "votes",
		Title: "Votes won by {S} in the election",
		Any:   []string{"votes", "ballots"}, None: []string{"recount"},
		Near: []string{"votes", "ballots"}, Within: 2,
		Says:   []string{"the election commission said", "according to official results", "local media reported"},
		Sayers: []string{"The election commission", "Local media", "Observers"},
		Claims: ParseAll(
			"{S} won {V} votes, {a}.",
			"{S} received {V} votes in the first round.",
			"Official results gave {S} {V} votes.",
		),
		Misses: ParseAll(
			"{S} demanded a recount of the {X} votes cast in the capital.",
			"{S} thanked voters for their support and promised to count every vote.",
			"{S} won majorities in {n} regions and most of the votes in the capital.",
		),
		lo: 50000, hi: 9000000,
	},
}

// Fact is one topic applied to one subject, with its true value: the
// figure most articles that state it give.
type Fact struct {
	ID      string
	Title   string
	Topic   *Topic
	Subject Subject
	Value   float64
}

// Combinations is how many distinct facts the topics and subjects make:
// the most rules genrules can write.
func Combinations() int {
	n := 0
	for _, t := range Topics {
		n += len(subjects[t.Subject])
	}
	return n
}

// Universe returns every fact, in an order shuffled by seed. Rule sets are
// prefixes of it (genrules -n 10 takes the first ten) and the corpus gives
// earlier facts more coverage, so a smaller rule set holds the facts the
// corpus talks about most, as a desk's first rules would.
func Universe(seed uint64) []Fact {
	var all []Fact
	for ti, t := range Topics {
		for si, s := range subjects[t.Subject] {
			// The value depends on the seed and the fact, not on its
			// place in the shuffle.
			r := NewRand(seed, 0xfac7, uint64(ti), uint64(si))
			all = append(all, Fact{
				ID:      s.Slug() + "-" + t.Key,
				Title:   string(Parse(t.Title).Append(nil, subjectFiller(s.Name))),
				Topic:   t,
				Subject: s,
				Value:   t.value(r),
			})
		}
	}
	r := NewRand(seed, 0x5407)
	for i := len(all) - 1; i > 0; i-- {
		j := r.IntN(i + 1)
		all[i], all[j] = all[j], all[i]
	}
	return all
}

// About returns the same fact about a subject of the same kind named name,
// matched by the whole name: genrules -unmatched writes rules about
// subjects no article of the corpus names.
func (f Fact) About(name string) Fact {
	f.Subject = Subject{Kind: f.Subject.Kind, Name: name, Term: name}
	f.ID = f.Subject.Slug() + "-" + f.Topic.Key
	f.Title = string(Parse(f.Topic.Title).Append(nil, subjectFiller(name)))
	return f
}

type subjectFiller string

func (s subjectFiller) Fill(buf []byte, slot string) []byte { return append(buf, s...) }

// value draws a true value in the topic's range, rounded as reports round.
func (t *Topic) value(r *Rand) float64 {
	// The explicit conversions keep the compiler from fusing a multiply
	// and an add (the spec allows it, and arm64 does it), which could
	// round differently and change a value from one platform to another.
	x := t.lo + float64(r.Float64()*(t.hi-t.lo))
	return t.round(x)
}

func (t *Topic) round(x float64) float64 {
	switch t.Kind {
	case Money:
		if x >= 1e9 {
			return math.Round(x/1e8) * 1e8 // $4.5bn
		}
		return math.Max(1e6, round2(x/1e6)*1e6) // $450 million
	case Percent:
		return math.Round(x*10) / 10
	case Year, Duration:
		return math.Round(x)
	}
	if x >= 1e6 {
		return math.Round(x/1e5) * 1e5 // 1.2 million
	}
	return round2(x)
}

// Terms are the fact's match lists as its rule writes them; the subject's
// term comes first in all.
func (f *Fact) Terms() (all, anyOf, none, near []string) {
	t := f.Topic
	all = append([]string{f.Subject.Term}, t.All...)
	return all, t.Any, t.None, t.Near
}

// AppendClaim writes one sentence stating the fact. Most give the true
// value in one of the ways reporters write it; some hedge it ("about",
// "more than", a range), some give another figure (a revision, or a
// source that disagrees), so that findings have agreements, revisions and
// conflicts to compare, as a real corpus does.
func (f *Fact) AppendClaim(buf []byte, r *Rand) []byte {
	c := claimFiller{f: f, r: r, v: f.Value}
	switch x := r.Float64(); {
	case x < 0.70:
	case x < 0.84:
		c.hedge = true
	case x < 0.94:
		c.v = f.other(r)
	default:
		c.ranged = true
	}
	start := len(buf)
	buf = Pick(r, f.Topic.Claims).Append(buf, &c)
	Capitalize(buf, start)
	return buf
}

// AppendMiss writes a sentence about the fact that the fact's rule must
// not take a value from.
func (f *Fact) AppendMiss(buf []byte, r *Rand) []byte {
	c := claimFiller{f: f, r: r, v: f.other(r)}
	start := len(buf)
	buf = Pick(r, f.Topic.Misses).Append(buf, &c)
	Capitalize(buf, start)
	return buf
}

// other is a value of the fact's kind that is not its true value: for a
// rising toll a later, higher one; otherwise a figure off by up to 30%.
func (f *Fact) other(r *Rand) float64 {
	t := f.Topic
	for range 8 {
		var x float64
		switch {
		case t.Kind == Year:
			x = f.Value + float64(r.Between(-3, 3))
		case t.Kind == Duration:
			x = f.Value + float64(r.Between(-1, 2))
		case t.Trend == "rising":
			x = f.Value * (1.1 + float64(0.5*r.Float64()))
		default:
			x = f.Value * (0.7 + float64(0.6*r.Float64()))
		}
		// Not below 2 for durations: "one-year" is not read as one.
		if x = t.round(x); x != f.Value && x > 0 && (t.Kind != Duration || x >= 2) {
			return x
		}
	}
	return f.Value + 1
}

// Example is a sentence the fact's rule must take the true value from,
// with the expectation as a rule file writes it, and a near miss it must
// take nothing from.
func (f *Fact) Example() (sentence, expect, miss string) {
	c := claimFiller{f: f, v: f.Value, plain: true}
	sentence = string(f.Topic.Claims[0].Append(nil, &c))
	c.v = f.other(NewRand(0, 0xe8a))
	b := f.Topic.Misses[0].Append(nil, &c)
	Capitalize(b, 0)
	miss = string(b)
	if f.Topic.Kind == Duration {
		// A duration in whole units means at least that many: "five
		// years" is [5, 6).
		expect = "{low: " + formatFloat(f.Value) + ", high: " + formatFloat(f.Value+1) + ", high_open: true}"
	} else {
		expect = formatFloat(f.Value)
	}
	return sentence, expect, miss
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// claimFiller fills a topic's patterns for one sentence.
type claimFiller struct {
	f      *Fact
	r      *Rand // nil for an example: the first choice everywhere
	v      float64
	hedge  bool // write v with a hedge that keeps it inside: "about 300"
	ranged bool // write a range around v: "between 250 and 350"
	plain  bool // an example: no choices, digits
}

func (c *claimFiller) pick(n int) int {
	if c.r == nil {
		return 0
	}
	return c.r.IntN(n)
}

func (c *claimFiller) Fill(buf []byte, slot string) []byte {
	t := c.f.Topic
	switch slot {
	case "S":
		return append(buf, c.f.Subject.Name...)
	case "C":
		who := t.Sayers
		if who == nil {
			who = Claimants[c.f.Subject.Kind]
		}
		return append(buf, who[c.pick(len(who))]...)
	case "a":
		who := t.Says
		if who == nil {
			who = Attributions[c.f.Subject.Kind]
		}
		return append(buf, who[c.pick(len(who))]...)
	case "V":
		return c.value(buf, false)
	case "A":
		return c.value(buf, true)
	case "X":
		return c.appendKind(buf, c.v, false, c.pick(6))
	case "n":
		return strconv.AppendInt(buf, int64(2+c.pick(18)), 10)
	case "y":
		return strconv.AppendInt(buf, int64(1960+c.pick(60)), 10)
	}
	panic("vocab: unknown slot {" + slot + "} in topic " + t.Key)
}

var (
	symmetricHedges = []string{"about ", "around ", "some ", "roughly ", "an estimated "}
	lowerHedges     = []string{"more than ", "at least ", "over "}
	upperHedges     = []string{"up to ", "as many as ", "nearly ", "almost "}
)

// value writes the claimed value: plain, hedged or as a range.
func (c *claimFiller) value(buf []byte, adjective bool) []byte {
	t := c.f.Topic
	style := c.pick(6)
	if c.plain || t.Kind == Year {
		return c.appendKind(buf, c.v, adjective, style)
	}
	if c.ranged && !adjective && (t.Kind == Count || t.Kind == Percent) {
		lo, hi := t.round(c.v*0.85), t.round(c.v*1.15)
		if lo < hi && lo > 0 {
			if c.r.Chance(0.5) {
				buf = append(buf, "between "...)
				buf = c.appendKind(buf, lo, false, style)
				buf = append(buf, " and "...)
			} else {
				buf = append(buf, "from "...)
				buf = c.appendKind(buf, lo, false, style)
				buf = append(buf, " to "...)
			}
			return c.appendKind(buf, hi, false, style)
		}
	}
	if (c.hedge || c.ranged) && !adjective {
		switch c.r.IntN(3) {
		case 0:
			buf = append(buf, Pick(c.r, symmetricHedges)...)
			return c.appendKind(buf, c.v, false, style)
		case 1:
			buf = append(buf, Pick(c.r, lowerHedges)...)
			return c.appendKind(buf, t.round(c.v*0.9), false, style)
		default:
			buf = append(buf, Pick(c.r, upperHedges)...)
			return c.appendKind(buf, t.round(float64(c.v*1.05)+0.5), false, style)
		}
	}
	return c.appendKind(buf, c.v, adjective, style)
}

// appendKind writes v as the topic's kind of value.
func (c *claimFiller) appendKind(buf []byte, v float64, adjective bool, style int) []byte {
	t := c.f.Topic
	switch t.Kind {
	case Money:
		return AppendMoney(buf, v, style)
	case Percent:
		return AppendPercent(buf, v, style)
	case Year:
		return strconv.AppendInt(buf, int64(v), 10)
	case Duration:
		return AppendDuration(buf, int(v), t.Unit, adjective)
	}
	return AppendCount(buf, v, !c.plain && style < 4)
}
