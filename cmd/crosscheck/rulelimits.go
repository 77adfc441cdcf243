package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/crosscheck-news/crosscheck/rules"
)

// addRuleLimitFlags adds --max-facts, which sets lim; every command that
// loads rule files takes it. The rule-file size cap has no flag: a larger
// file is split, not allowed.
func addRuleLimitFlags(fl *pflag.FlagSet, lim *rules.Limits) {
	*lim = rules.DefaultLimits
	fl.Var(maxFactsFlag{&lim.MaxFacts}, "max-facts",
		"most facts one rule file may hold; a file with more is an error at its first fact over the limit")
}

// maxFactsFlag is a count of at least 1: rules.Limits takes 0 for the
// default, which a user writing 0 would not mean.
type maxFactsFlag struct{ n *int }

func (f maxFactsFlag) String() string {
	if f.n == nil {
		return ""
	}
	return strconv.Itoa(*f.n)
}
func (f maxFactsFlag) Type() string { return "count" }
func (f maxFactsFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return fmt.Errorf("%q is not a number of facts: write a whole number of at least 1", s)
	}
	*f.n = n
	return nil
}
