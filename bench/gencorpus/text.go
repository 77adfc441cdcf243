package main

import "github.com/crosscheck-news/crosscheck/bench/internal/vocab"

// The sentence patterns of the corpus, besides the claims and near misses
// of bench/internal/vocab. Slots:
//
//	{F}        the article's focus, the subject of its main fact (focusProse)
//	{place}    the focus when it is a city or country, else a city the article names
//	{city} {country} {company} {person}
//	           a subject of that kind, from the few the article names
//	{org} {official} {day} {month} {thing} {quote} {outlet}
//	{n}        a count in digits ("37", "4,500")    {nw}   a number word
//	{big}      a large count ("1.2 million")       {m}    money, any currency
//	{p}        a percentage                         {pp}   percentage points
//	{y}        a year                               {dur}  a duration ("six months")
//	{dura}     a duration adjective ("two-year")    {h}    a hedged count ("about 300")
//	{r}        a range ("between 3 and 5")          {frac} a share in words ("a third")
//	{vague}    "dozens", "hundreds"…                {date} {time} {ord} {phone} {score}
//	{code} {jet} {treaty} {flight}
//	           names with numbers in them: "G7", "F-16", "Article 5", "Flight 370"
//
// Pools are in lower case where they can fall mid-sentence; a sentence's
// first letter is capitalised once it is written.
//
// Prose patterns hold no number at all; number patterns hold figures no
// rule asks for; decoys hold what looks like a number and is not a value
// (dates, times, ordinals, names such as "G7" and "F-16").

var prose = vocab.ParseAll(
	"Officials in {place} said the situation remained tense but under control.",
	"{person} told reporters in {city} that the government would not change course.",
	"The announcement surprised analysts, who had expected a more cautious approach.",
	"Residents of {place} said they had heard nothing from the authorities for days.",
	"{official} is expected to travel to {country} later this week.",
	"Critics say the plan does little to address the underlying problems.",
	"The talks in {city} ended without agreement, and both sides blamed each other.",
	"{company} declined to comment on the report.",
	"The decision was welcomed by business groups and criticised by unions.",
	"Diplomats said privately that a deal was still possible before the end of the month.",
	"In {place}, shops reopened and traffic returned to the main avenues.",
	"{org} called on all sides to show restraint.",
	"The opposition accused the government of hiding the true scale of the problem.",
	"Few people in {place} believe the promises made by the authorities.",
	"{person}, who has led the ministry since the last election, has denied any wrongdoing.",
	"The report, which has not been made public, was seen by {outlet}.",
	"Markets reacted calmly to the news, with most indexes little changed.",
	"The move comes amid growing pressure on the government to act.",
	"Several ministers have privately questioned the wisdom of the plan.",
	"Aid groups warned that the worst was yet to come.",
	"On {day}, {official} met community leaders in {place} to discuss the response.",
	"It was not clear who would pay for the repairs.",
	"The ministry said it was monitoring the situation closely.",
	"{company} has faced questions from investors about its strategy.",
	"The government in {country} has promised an independent inquiry.",
	"Local journalists said they had been prevented from reaching the area.",
	"There was no immediate response from the authorities in {place}.",
	"Many families have moved in with relatives in the countryside.",
	"The proposal still needs the approval of parliament.",
	"{person} said the measures were necessary and would be reviewed regularly.",
	"The city council in {city} met in an emergency session on {day}.",
	"Supporters of the plan argue that it will bring stability to {place}.",
	"Teachers, doctors and transport workers have all joined the protests.",
	"{org} said it was ready to send experts if asked.",
	"The details of the agreement have not been published.",
	"Business owners in {place} complained that nobody had consulted them.",
	"The army said its units had been placed on alert.",
	"Both candidates have promised to tackle corruption.",
	"The court is expected to rule on the case next month.",
	"Engineers were still assessing the damage to the power grid.",
	"{company} said it would cooperate fully with investigators.",
	"The rain made the work of the rescue teams even harder.",
	"Prices for bread and fuel have become a daily worry for families in {place}.",
	"The foreign ministry of {country} summoned the ambassador for talks.",
	"Several roads into {place} remained closed on {day} morning.",
	"The union said its members were prepared to escalate their action.",
	"It is the latest in a series of setbacks for the government.",
	"{person} has spent most of the campaign in the provinces.",
	"Observers from {org} said the process had been largely orderly.",
	"The central bank is under pressure to act before the summer.",
	"Volunteers handed out food and blankets outside the station.",
	"The mayor of {city} said the city would need help from abroad.",
	"Analysts at {company} said the outlook had worsened.",
	"The question now is whether the agreement will hold.",
	"Some residents of {place} have begun to rebuild on their own.",
	"The health ministry said hospitals were coping but stretched.",
	"Police said they had opened an investigation into the incident.",
	"{official} described the talks as constructive.",
	"The regulator said it had received complaints from customers in {country}.",
	"Officials have not said when the restrictions will be lifted.",
	"The government of {country} rejected the accusations as baseless.",
	"Western diplomats said the offer was not serious.",
	"In {city}, hundreds gathered in the main square on {day} evening.",
	"Economists warned that the recovery remained fragile.",
	"The airport in {place} reopened after a brief closure.",
	"Most of the damage was concentrated in the older districts of {place}.",
	"The company's shares fell sharply in early trading.",
	"Residents said the water supply had still not been restored.",
	"The committee will publish its findings in the autumn.",
	"{person} said {place} deserved better from its leaders.",
	"\"{quote},\" {person} said.",
	"\"{quote},\" said {official}.",
	"\"{quote}\", a resident of {place} told {outlet}.",
	"{official} said in a statement: \"{quote}.\"",
)

var quotes = []string{
	"We will not give up", "This is only the beginning", "Nobody told us anything",
	"We need help, and we need it now", "The numbers speak for themselves", "We have done everything we could",
	"It is too early to say", "This was a deliberate attack", "We are ready to talk",
	"Our patience has limits", "The people deserve the truth", "We will rebuild",
	"There is no military solution", "The market will decide", "I have never seen anything like it",
}

var numbers = vocab.ParseAll(
	"The company employs {n} people and has offices in {city}.",
	"Prices rose {p} in {month}, the statistics office said.",
	"The project will cost {m} and take {dur} to complete.",
	"About {n} people attended the rally in {city}, organisers said.",
	"The government plans to spend {m} on roads and schools over {dur}.",
	"Since {y}, the population of {place} has grown by {p}.",
	"The {dura} plan was approved by parliament in {month}.",
	"{h} people queued outside the embassy in {city} on {day}.",
	"The bank raised interest rates by {pp} to {p}.",
	"Exports to {country} fell {p} last year.",
	"The museum, which draws {n} visitors a year, closed for repairs.",
	"{person} won the seat in {y} with {p} of the vote.",
	"The fund has lent {m} to small businesses in {country}.",
	"The ceasefire lasted only {dur}.",
	"The aircraft was carrying {n} passengers and {nw} crew.",
	"{company} reported a profit of {m} for the quarter.",
	"The strike closed {n} schools across {country} for {dur}.",
	"Officials said {r} people were still missing.",
	"The city has {n} hospital beds and {nw} working ambulances.",
	"The law, passed in {y}, was amended {nw} times.",
	"Turnover at {company} rose {p} to {m}.",
	"The report said {frac} of households in {place} had no running water.",
	"Fuel prices have doubled in {dur}.",
	"The {dura} contract is worth {m}, the ministry said.",
	"{big} people live in the wider {place} region.",
	"The survey of {n} adults found that {p} supported the plan.",
	"The debt stands at {p} of economic output, up from {p} in {y}.",
	"Some {n} troops are stationed in {country}.",
	"The river rose by {nw} metres in {dur}.",
	"The budget allocates {m} for defence, {p} more than last year.",
	"The trial is expected to last {dur}.",
	"More than {n} flights were cancelled at the airport in {city}.",
	"{company} shares fell {p} after the announcement.",
	"The refugee camp near {city} houses {big} people.",
	"The government hopes to cut emissions by {p} by {y}.",
	"The bridge is {n} metres long and was closed for {dur}.",
	"{nw} members of the council voted against the plan.",
	"Between {y} and {y}, the economy shrank by {p}.",
	"The tax would raise {m} a year, according to the finance ministry.",
	"Each family received {m} in compensation.",
	"The organisation has {n} staff in {country}.",
	"Wages rose {p} while prices rose {p}.",
	"The loan must be repaid within {dur}.",
	"The factory produces {n} cars a month.",
	"{h} homes were without power on {day} night.",
	"The company was fined {m} in {y} for a similar breach.",
	"Up to {n} people can be held at the centre.",
	"Nearly {p} of voters said they were undecided.",
	"The journey from {city} to {place} now takes {nw} hours.",
)

var vagues = vocab.ParseAll(
	"{vague} of people gathered outside the parliament in {city}.",
	"The storm damaged {vague} of homes along the coast.",
	"{vague} of workers at {company} have signed the petition.",
	"Police detained several people near the square in {place}.",
	"A few residents refused to leave their homes.",
	"{vague} of soldiers were sent to the border with {country}.",
	"The fire destroyed {vague} of hectares of forest.",
	"Dozens more were treated for smoke inhalation.",
	"{vague} of documents were seized during the raid.",
	"Millions of people watched the debate on television.",
)

var decoys = vocab.ParseAll(
	"The leaders of the {code} will meet in {city} on {date}.",
	"The meeting began at {time} and ended shortly before midnight.",
	"It was the {ord} such incident in {place} this year.",
	"{country} has asked to buy {jet} jets from its allies.",
	"The alliance has never invoked {treaty}, diplomats said.",
	"The ministry's hotline, {phone}, was overwhelmed on {date}.",
	"The final score was {score}, and fans in {city} celebrated late into the night.",
	"{person} is serving a {ord} term as party leader.",
	"The vote is scheduled for {date} at {time}.",
	"The rules date from the {ord} century.",
	"Schools reopened after the COVID-19 closures, and traffic on Route 66 was back to normal.",
	"The summit on {date} will be the {ord} this year.",
	"Investigators compared the crash with that of {flight}.",
	"Flights resumed at {time} on {date}, the airport said.",
	"{company} held its {ord} annual meeting in {city} on {date}.",
	"The report was published on {date} in {city}.",
)

// focusProse mentions the article's focus, by the kind of subject it is:
// an article about a company keeps naming the company.
var focusProse = [4][]vocab.Template{
	vocab.City: vocab.ParseAll(
		"Officials in {F} said the situation remained tense but under control.",
		"Residents of {F} said they had heard nothing from the authorities for days.",
		"In {F}, shops reopened and traffic returned to the main avenues.",
		"Few people in {F} believe the promises made by the authorities.",
		"The airport in {F} reopened after a brief closure.",
		"Most of the damage was concentrated in the older districts of {F}.",
		"The mayor of {F} said the city would need help from abroad.",
		"Several roads into {F} remained closed on {day} morning.",
	),
	vocab.Country: vocab.ParseAll(
		"The government of {F} rejected the accusations as baseless.",
		"The foreign ministry of {F} summoned the ambassador for talks.",
		"The government in {F} has promised an independent inquiry.",
		"Elections in {F} are due next year, and the ruling party is divided.",
		"The economy of {F} has struggled since the pandemic.",
		"Diplomats in {F} said the talks had stalled.",
		"The opposition in {F} accused the government of hiding the true scale of the problem.",
	),
	vocab.Company: vocab.ParseAll(
		"{F} declined to comment on the report.",
		"{F} has faced questions from investors about its strategy.",
		"{F} said it would cooperate fully with investigators.",
		"Shares in {F} fell sharply in early trading.",
		"The chief executive of {F} said the company was in good shape.",
		"Analysts said {F} had been slow to react to the changes in its market.",
		"A spokesperson for {F} said the company had done nothing wrong.",
		"Unions at {F} said their members had not been consulted.",
	),
	vocab.Person: vocab.ParseAll(
		"{F} told reporters that the accusations were politically motivated.",
		"Aides to {F} said no decision had been taken.",
		"{F} did not respond to a request for comment.",
		"Supporters of {F} gathered outside the court on {day}.",
		"{F} has denied any wrongdoing.",
		"Critics of {F} say the record speaks for itself.",
		"\"{quote},\" {F} said.",
	),
}

var headlines = [4][]vocab.Template{
	vocab.City: vocab.ParseAll(
		"{F}: what we know so far",
		"In {F}, a long night and an uncertain morning",
		"Officials in {F} count the cost",
		"{F} braces for more",
		"After {F}, a search for answers",
	),
	vocab.Country: vocab.ParseAll(
		"{F}: what we know so far",
		"What the figures from {F} do and do not say",
		"{F} and the limits of patience",
		"A difficult year for {F}",
		"Behind the numbers in {F}",
	),
	vocab.Company: vocab.ParseAll(
		"{F}: what we know so far",
		"Questions mount over {F}",
		"{F} under pressure",
		"Inside the troubles at {F}",
		"What next for {F}",
	),
	vocab.Person: vocab.ParseAll(
		"{F}: what we know so far",
		"The rise and stumble of {F}",
		"{F} under pressure",
		"Who is {F}?",
		"A week that tested {F}",
	),
}

var subheads = []string{
	"What happens next", "Background", "The response", "A city on edge", "Money and politics",
	"Reaction abroad", "The numbers", "Who is to blame", "Looking ahead", "On the ground",
}

var (
	orgs = []string{
		"the United Nations", "the World Bank", "the European Union", "NATO", "the IMF",
		"the African Union", "the Red Cross", "the World Health Organization", "Amnesty International",
	}
	officials = []string{
		"the foreign minister", "the interior minister", "a senior diplomat", "the central bank governor",
		"the prime minister", "the defence minister", "the president's spokesperson", "the finance minister",
		"the UN envoy", "the opposition leader",
	}
	days     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	vague    = []string{"dozens", "hundreds", "thousands", "tens of thousands", "scores"}
	codes    = []string{"G7", "G20", "P5", "C40"}
	jets     = []string{"F-16", "F-35", "Su-35", "Rafale"}
	treaty   = []string{"Article 5", "Article 4", "Resolution 2231", "Chapter 7"}
	flights  = []string{"Flight 370", "MH17", "a Boeing 737 in 2019", "an A320 in 2015"}
	ordinals = []string{"second", "third", "fifth", "21st", "19th", "fourth", "10th", "first"}
	units    = []string{"years", "months", "weeks", "days", "hours"}
	fracs    = []string{"a third", "half", "two thirds", "a quarter", "one in five", "nine out of 10", "a fifth"}
	scores   = []string{"52-48", "3-1", "2-0", "101-98", "4-2"}
	hedges   = []string{"about", "more than", "nearly", "up to", "at least", "fewer than", "some", "roughly", "almost", "over"}
	money    = []string{"$", "€", "£", "US$"}
	billions = []string{"bn", " billion"}
	millions = []string{" million", "m"}
)
