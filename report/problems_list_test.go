package report

// problems returns the open problems of the whole report, finding by
// finding in fact id order, for tests that look at them all; the
// renderers call findingProblems a finding at a time instead, so as not to
// hold every finding's claims.
func problems(r *Report) []problem {
	var out []problem
	fs := findings(r)
	for i := range fs {
		open, _ := findingProblems(&fs[i], i, failOn(r))
		out = append(out, open...)
	}
	return out
}
