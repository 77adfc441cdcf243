package main

import (
	"github.com/spf13/pflag"

	"github.com/crosscheck-news/crosscheck/article"
)

// addLimitFlags adds --max-article-size and --max-line, which set lim;
// check, extract and explain take them.
func addLimitFlags(fl *pflag.FlagSet, lim *article.Limits) {
	*lim = article.DefaultLimits
	fl.Var(sizeFlag{&lim.MaxSize}, "max-article-size",
		"largest article read, a file or a JSON-lines record's text (64MB is 64,000,000 bytes; 64MiB or 64M, 1GiB binary); a larger one is skipped")
	fl.Var(lineFlag{&lim.MaxLine}, "max-line",
		"longest line of a JSON-lines file, one record (sizes as for --max-article-size); a longer record is skipped")
}

// sizeFlag is a size in bytes written as article.ParseSize reads it.
type sizeFlag struct{ n *int64 }

func (f sizeFlag) String() string {
	if f.n == nil {
		return ""
	}
	return article.FormatSize(*f.n)
}
func (f sizeFlag) Type() string { return "size" }
func (f sizeFlag) Set(s string) error {
	n, err := article.ParseSize(s)
	if err != nil {
		return err
	}
	*f.n = n
	return nil
}

// lineFlag is sizeFlag for an int.
type lineFlag struct{ n *int }

func (f lineFlag) String() string {
	if f.n == nil {
		return ""
	}
	return article.FormatSize(int64(*f.n))
}
func (f lineFlag) Type() string { return "size" }
func (f lineFlag) Set(s string) error {
	n, err := article.ParseSize(s)
	if err != nil {
		return err
	}
	if n > 1<<30 {
		return usage("%s: a line of more than 1GiB is not a record; the limit is read whole into memory", s)
	}
	*f.n = int(n)
	return nil
}
