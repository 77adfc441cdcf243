package rules

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of a version 1 rule file,
// for editors to complete and check rule files. Load checks more than the
// schema can say, so Load has the last word.
//
//go:embed schema.json
var JSONSchema []byte
