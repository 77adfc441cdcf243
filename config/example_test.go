package config_test

import (
	"errors"
	"fmt"
	"os"

	"github.com/crosscheck-news/crosscheck/config"
)

var options = config.Options{
	Formats: []string{"text", "json", "sarif", "markdown"},
	FailOn:  []string{"conflict", "single", "revised", "never"},
}

// A command reads the file, sets what its flags and defaults say over it,
// and can print the result with each value's origin.
func Example() {
	src := []byte(`# .crosscheck.yaml
rules: rules/
paths: [articles/, wires/]
format: [text, sarif:reports/crosscheck.sarif]
`)
	c, err := config.Parse("newsroom/.crosscheck.yaml", src, options)
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Paths, c.Origin["paths"] = []string{"today/"}, "flag"
	c.FailOn, c.Origin["fail-on"] = "conflict", "default"
	if err := c.Write(os.Stdout); err != nil {
		fmt.Println(err)
	}
	for _, f := range c.Format {
		name, file := config.SplitFormat(f)
		fmt.Printf("%s to %q\n", name, file)
	}
	// Output:
	// rules: [newsroom/rules]  # newsroom/.crosscheck.yaml:2
	// paths: [today/]  # flag
	// format: [text, 'sarif:newsroom/reports/crosscheck.sarif']  # newsroom/.crosscheck.yaml:4
	// fail-on: conflict  # default
	// # baseline:  # not set
	// # sources:  # not set
	// text to ""
	// sarif to "newsroom/reports/crosscheck.sarif"
}

// Parse reports every error in the file, each with its line and column.
func ExampleParse_errors() {
	src := []byte(`rules: rules/
failon: single
format: [text, sarf:out.sarif]
output: report.txt
`)
	_, err := config.Parse(".crosscheck.yaml", src, options)
	var list config.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e)
		}
	}
	// Output:
	// .crosscheck.yaml:2:1: unknown key "failon"; did you mean "fail-on"? (keys: rules, paths, format, fail-on, baseline, sources)
	// .crosscheck.yaml:3:16: unknown format "sarf"; did you mean "sarif"? (valid: text, json, sarif, markdown)
	// .crosscheck.yaml:4:1: unknown key "output"; name the report file in format instead: format: FORMAT:FILE, such as format: sarif:crosscheck.sarif (keys: rules, paths, format, fail-on, baseline, sources)
}
