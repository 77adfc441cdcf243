// Package yamldiag holds what crosscheck's YAML readers, rule files
// (package rules), the sources manifest (package sources) and
// .crosscheck.yaml (package config), share to report what is wrong with a
// file: loading with limits on nesting and aliases, so that no reader ever
// walks a tree built to exhaust it; positions and their ordering; go-yaml
// syntax errors turned into a position and advice; words for a YAML node
// in a message; and did-you-mean suggestions.
//
// It formats no message of its own beyond those the readers have in
// common, so that each keeps its wording for the rest.
package yamldiag
