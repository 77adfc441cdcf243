// Package yamldiag holds what crosscheck's two YAML readers, rule files
// (package rules) and .crosscheck.yaml (package config), share to report
// what is wrong with a file: positions and their ordering, go-yaml syntax
// errors turned into a position and advice, words for a YAML node in a
// message, and did-you-mean suggestions.
//
// It formats no message of its own beyond those the two readers have in
// common, so that each keeps its wording for the rest.
package yamldiag
