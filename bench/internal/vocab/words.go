package vocab

import "strings"

// SubjectKind is what a fact is about: a city, a country, a company or a
// person. Each topic takes subjects of one kind.
type SubjectKind int

// Subject kinds.
const (
	City SubjectKind = iota
	Country
	Company
	Person
)

// Subject is a named thing articles write about. Name is how prose writes
// it; Term is the word a rule matches it by (a company's distinctive first
// word, a person's surname), chosen so that no other subject contains it.
type Subject struct {
	Kind SubjectKind
	Name string
	Term string
}

// Slug is the subject in a fact id: its term in lower-case kebab-case.
func (s Subject) Slug() string {
	return strings.ToLower(strings.ReplaceAll(s.Term, " ", "-"))
}

// Subjects returns the pool of subjects of a kind, in a fixed order.
func Subjects(k SubjectKind) []Subject { return subjects[k] }

var subjects = [4][]Subject{
	City:    pool(City, cities, false),
	Country: pool(Country, countries, false),
	Company: pool(Company, companies, true),
	Person:  pool(Person, people, true),
}

// pool builds subjects from names; with byWord, a company is matched by its
// first word and a person by the last.
func pool(k SubjectKind, names []string, byWord bool) []Subject {
	out := make([]Subject, len(names))
	for i, n := range names {
		t := n
		if byWord {
			f := strings.Fields(n)
			if k == Company {
				t = f[0]
			} else {
				t = f[len(f)-1]
			}
		}
		out[i] = Subject{Kind: k, Name: n, Term: t}
	}
	return out
}

// Cities are real cities, none of which contains a country's name or
// another city's as a whole word, and none an English word ("Nice",
// "Reading"), so a rule's city term matches only that city.
var cities = []string{
	"Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Mykolaiv", "Sumy", "Lviv",
	"Mosul", "Aleppo", "Homs", "Idlib", "Khartoum", "Omdurman", "Goma", "Mogadishu",
	"Lagos", "Kano", "Accra", "Nairobi", "Mombasa", "Kampala", "Beira", "Maputo",
	"Harare", "Lusaka", "Dakar", "Bamako", "Niamey", "Tripoli", "Benghazi", "Sanaa",
	"Aden", "Beirut", "Basra", "Kirkuk", "Herat", "Kandahar", "Karachi", "Lahore",
	"Peshawar", "Dhaka", "Chittagong", "Kolkata", "Chennai", "Mumbai", "Yangon", "Mandalay",
	"Manila", "Cebu", "Jakarta", "Surabaya", "Hanoi", "Bangkok", "Lima", "Cusco",
	"Quito", "Guayaquil", "Bogota", "Medellin", "Caracas", "Maracaibo", "Recife", "Manaus",
	"Santiago", "Valparaiso", "Rosario", "Montevideo", "Tijuana", "Monterrey", "Havana", "Naples",
	"Marseille", "Seville", "Gdansk", "Krakow", "Tbilisi", "Yerevan", "Almaty", "Izmir",
}

// Countries are single names that no other country or city contains.
var countries = []string{
	"Chile", "Peru", "Bolivia", "Colombia", "Ecuador", "Argentina", "Brazil", "Canada",
	"Nigeria", "Ghana", "Kenya", "Ethiopia", "Somalia", "Uganda", "Tanzania", "Zambia",
	"Malawi", "Mozambique", "Angola", "Namibia", "Botswana", "Senegal", "Mali", "Libya",
	"Tunisia", "Algeria", "Morocco", "Egypt", "Jordan", "Lebanon", "Iraq", "Yemen",
	"Pakistan", "Bangladesh", "Nepal", "Myanmar", "Thailand", "Vietnam", "Indonesia", "Philippines",
	"Mongolia", "Kazakhstan", "Armenia", "Moldova", "Romania", "Poland", "Hungary", "Serbia",
	"Portugal", "Finland",
}

// Companies are invented; the first word of each is unique and no English
// word, so it can serve as the rule's term.
var companies = []string{
	"Norvane Energy", "Keltrix Mining", "Avandor Freight", "Brivane Foods", "Corvida Systems", "Dunmora Steel",
	"Elmsted Pharma", "Fairlo Bank", "Galecrest Airlines", "Halvorsen Shipping", "Ironleaf Motors", "Jasperline Telecom",
	"Kestrova Aerospace", "Lumora Retail", "Marlowe Chemicals", "Nettlebrook Insurance", "Orison Health", "Pellucid Semiconductors",
	"Quillon Media", "Rookwood Rail", "Saltmarsh Utilities", "Tarrant Logistics", "Umberfield Cement", "Valtrine Software",
	"Wexcombe Textiles", "Yarrowby Agritech", "Zephyrine Solar", "Ashgrove Capital", "Blackfen Oil", "Castellan Defence",
	"Drayvale Water", "Emberly Games", "Foxley Biotech", "Greywick Paper", "Hollin Electronics", "Ironvale Mining",
	"Junova Hotels", "Kilbride Brewing", "Larkmoor Fashion", "Meridane Pharma", "Northcote Bank", "Oakhurst Timber",
	"Pemberton Motors", "Quarrymoor Glass", "Ravensholt Security", "Silverdune Gaming", "Thornbury Foods", "Ulverston Cables",
	"Vexley Robotics", "Whitmore Insurance", "Xantera Batteries", "Ysolde Cosmetics", "Zarnow Chemicals", "Belcourt Media",
	"Caldren Shipping", "Denholm Grain", "Estova Telecom", "Fenwick Airways", "Gorvane Metals", "Hartlepine Water",
}

// People are invented, each with a surname unique in the pools.
var people = []string{
	"Adaeze Okafor", "Tomasz Wieczorek", "Lucia Ferraz", "Mehmet Aydin", "Ines Carvalho", "Kwame Mensah",
	"Priya Raghavan", "Diego Salcedo", "Hana Novotna", "Oleksandr Marchenko", "Farida Haddad", "Jonas Lindqvist",
	"Amara Diallo", "Sergio Bastos", "Keiko Tanabe", "Rashid Qureshi", "Elena Petrescu", "Mateo Quiroga",
	"Nadia Benali", "Pavel Horak", "Grace Wanjiru", "Arjun Mehta", "Sofia Lindgren", "Tariq Nasser",
	"Marta Kowalczyk", "Olumide Adeyemi", "Leila Farahani", "Bruno Teixeira", "Yara Khalil", "Viktor Sokolov",
	"Chiara Bellini", "Samuel Otieno", "Ana Vukovic", "Hamid Karimi", "Isabel Montoya", "Felix Brandt",
	"Zainab Bello", "Nikos Papadakis", "Mariam Sow", "Lars Eriksen", "Camila Restrepo", "Dmitri Volkov",
	"Aisha Mwangi", "Goran Petrovic", "Lina Haddadin", "Rafael Ortega", "Sana Iqbal", "Emil Novak",
	"Beatriz Lozano", "Kofi Asante", "Ilse Vermeulen", "Omar Farouk", "Tereza Dvorak", "Jun Takahara",
	"Malik Osei", "Ewa Zielinska", "Andres Villalobos", "Noor Rahman", "Stefan Albu", "Ruth Achieng",
}

// Outlets are the sources articles come from.
var Outlets = []string{
	"Northern Wire", "Capital Daily", "Harbor Ledger", "Eastern Courier", "Valley Gazette",
	"Evening Post", "Field Notes", "Morning Herald", "Coastal Times", "Metro Tribune",
	"Lakeside Observer", "Summit Review", "Prairie Chronicle", "River City Record", "Global Dispatch",
	"Continental Report", "Atlantic Monitor", "Pacific Bulletin", "Mountain Sentinel", "Union Register",
	"Civic Journal", "Iron Bridge News", "Market Street Journal", "Red Cliff Examiner", "Bay Area Beacon",
	"Central Press", "Frontier Telegraph", "Harborview Star", "Liberty Gazette", "Northern Lights Daily",
	"Old Town Crier", "Pine Valley Post", "Quayside Times", "Redwood Reporter", "Southern Mail",
	"Tidewater Times", "Upland Review", "Vantage Point News", "Westgate Weekly", "Yellow Creek Courier",
	"Granite State Ledger", "Ember Radio News", "Open Source Wire", "Clearwater Bulletin", "Highland Echo",
	"Midland Mercury", "Crescent Chronicle", "Signal Hill Daily", "Three Rivers Press", "Windward Herald",
}

// Attributions end a claim: who gives the figure, as a trailing clause,
// by the kind of subject the claim is about.
var Attributions = [4][]string{
	City: {
		"officials said", "local officials said", "the mayor said", "police said",
		"the regional governor said", "the health ministry said", "according to local authorities",
		"emergency services said", "according to the United Nations",
	},
	Country: {
		"the statistics office said", "the finance ministry said", "according to the World Bank",
		"according to a government estimate", "officials said", "analysts estimated",
		"the central bank said", "according to the United Nations",
	},
	Company: {
		"the company said in a statement", "a spokesperson said", "analysts estimated",
		"two people familiar with the matter said", "according to a regulatory filing",
		"according to figures seen by reporters", "the union said",
	},
	Person: {"local media reported", "according to people close to the matter"},
}

// Claimants open a claim: who says it, as a sentence subject, by the kind
// of subject the claim is about.
var Claimants = [4][]string{
	City:    {"Officials", "Local officials", "The mayor", "Police", "The regional governor", "Emergency services", "Aid workers", "The health ministry"},
	Country: {"The statistics office", "The finance ministry", "Officials", "Analysts", "The central bank", "Two senior officials"},
	Company: {"Analysts", "A company spokesperson", "Regulators", "Two people familiar with the matter", "The union"},
	Person:  {"Local media", "People close to the matter"},
}
