package sources_test

import (
	"errors"
	"fmt"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/sources"
)

// A manifest gives articles without front matter their outlet and date;
// front matter, where there is some, wins field by field.
func Example() {
	m, err := sources.Parse("desk/sources.yaml", []byte(`sources:
  - files: "wire/*.txt"
    outlet: Example Wire
    published: 2025-08-18
`), "desk")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, src := range []string{
		"Russia launched 270 drones overnight.",
		"---\nsource: Harbor Ledger\n---\nRussia launched 270 drones overnight.",
	} {
		a, err := article.Parse("desk/wire/0815.txt", []byte(src))
		if err != nil {
			fmt.Println(err)
			return
		}
		m.Apply(a)
		fmt.Println(a.Source, a.Published.Format("2006-01-02"))
	}
	// Output:
	// Example Wire 2025-08-18
	// Harbor Ledger 2025-08-18
}

// Parse reports every error in the file, each with its line and column.
func ExampleParse_errors() {
	_, err := sources.Parse("sources.yaml", []byte(`sources:
  - files: "wire/*.txt"
    outlt: Example Wire
  - files: "post/*.md"
    published: 19/08/2025
    weight: 0
`), ".")
	var list sources.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e)
		}
	}
	// Output:
	// sources.yaml:3:5: unknown key "outlt" in entry; did you mean "outlet"? (allowed: files, outlet, published, url, weight)
	// sources.yaml:5:16: cannot read published date "19/08/2025"; write it as 2025-08-19, 2025-08-19 14:30 or 2025-08-19T14:30:00Z (RFC 3339)
	// sources.yaml:6:13: "weight" must be more than 0, not 0; to leave these articles out, leave them out of the paths checked
}
