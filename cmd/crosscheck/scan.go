package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/crosscheck-news/crosscheck/article"
	"github.com/crosscheck-news/crosscheck/quantity"
	"github.com/crosscheck-news/crosscheck/report"
)

type scanFlags struct {
	format string
	output string
}

func newScanCmd() *cobra.Command {
	var f scanFlags
	cmd := &cobra.Command{
		Use:   "scan [FILE...]",
		Short: "Print every quantity the reader finds in the text",
		Long: `scan prints every quantity crosscheck reads in each FILE (standard input
when there is none, or for "-"): where it is, the words, the kind (number,
percent, money, year or duration) and the interval the words mean. It is how
a rule author sees what the reader made of a sentence.

The file is read as it is, front matter included, so offsets and columns
point into the file as given. The default format is one JSON object per
line; --format text is for people.

Exit status: 0 when every file was read, 2 when one could not be (the
others are still scanned) or on a usage error.`,
		Example: `  crosscheck scan testdata/articles/02-capital-daily-summit.md
  echo 'Nearly 20% of Ukraine, up to $100bn.' | crosscheck scan --format text`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "json", "output format: json (one object per line) or text")
	fl.StringVarP(&f.output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

func runScan(cmd *cobra.Command, f *scanFlags, files []string) error {
	var write func(io.Writer, report.Scanned) error
	switch f.format {
	case "json":
		write = report.QuantitiesJSON
	case "text":
		write = report.QuantitiesText
	default:
		return usage("--format %q: use json or text", f.format)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	out, err := openOutput(cmd.OutOrStdout(), f.output)
	if err != nil {
		return err
	}
	defer out.close()

	skipped := 0
	for _, name := range files {
		text, err := readInput(cmd, name)
		if err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "crosscheck: skipped %s: %s\n", name, err)
			skipped++
			continue
		}
		s := report.Scanned{File: name, Text: text, Quantities: quantity.Scan(text)}
		if err := write(out.w, s); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("writing output: %w", err)}
		}
	}
	if err := out.commit(); err != nil {
		return err
	}
	if skipped > 0 {
		return &codeError{code: exitError, err: fmt.Errorf("%d input(s) could not be read; the output covers the rest", skipped)}
	}
	return nil
}

// readInput returns the whole of the named file, or of standard input for
// "-". Its errors are reasons without the path, which the caller prints.
func readInput(cmd *cobra.Command, name string) (string, error) {
	if name == "-" {
		b, err := io.ReadAll(cmd.InOrStdin())
		if err != nil {
			return "", fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), nil
	}
	fh, err := os.Open(name)
	if err != nil {
		return "", errors.New(article.Reason(err))
	}
	defer fh.Close()
	if fi, err := fh.Stat(); err == nil && fi.IsDir() {
		return "", errors.New("is a directory; scan takes files")
	}
	b, err := io.ReadAll(fh)
	if err != nil {
		return "", errors.New(article.Reason(err))
	}
	return string(b), nil
}
