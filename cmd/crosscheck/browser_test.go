package main

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// chromiumPath returns the browser the HTML report is tested in: Debian's
// chromium at /usr/bin/chromium, or one named chromium on the PATH. Without
// one the test skips, unless CROSSCHECK_BROWSER=required (as .ci/run sets
// after installing it), when a missing browser fails the run.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, p := range []string{"/usr/bin/chromium", "chromium"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	if os.Getenv("CROSSCHECK_BROWSER") == "required" {
		t.Fatal("CROSSCHECK_BROWSER=required but no chromium at /usr/bin/chromium or on the PATH (apt-get install chromium)")
	}
	t.Skip("no chromium: install Debian's chromium package to run the browser test")
	return ""
}

// newBrowser starts a headless chromium with a fresh profile and none of
// the background traffic (updates, sync, field trials) that fails, slowly,
// on a closed network.
func newBrowser(t *testing.T, width, height int) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	// Cleanups run last in, first out: the browser stops before the
	// profile folder is removed.
	t.Cleanup(func() { cancelBrowser(); cancelAlloc(); cancel() })
	return bctx
}

// box is an element's bounding box in the page, as getBoundingClientRect
// gives it.
type box struct{ Left, Right, Top, Bottom float64 }

// kharkivView is what the page shows of the Kharkiv fact.
type kharkivView struct {
	Status string
	Claims []struct {
		Low, High, Letter, Class string
		Box                      box
	}
	Gaps []struct {
		Box   box
		Label string
	}
}

const kharkivJS = `(() => {
	const s = document.querySelector('section.fact[data-fact="kharkiv-civilian-deaths"]');
	const bb = el => { const r = el.getBoundingClientRect(); return {Left: r.left, Right: r.right, Top: r.top, Bottom: r.bottom}; };
	return {
		Status: s.dataset.status + " " + s.querySelector("h2 .badge").textContent,
		Claims: [...s.querySelectorAll("g.claim")].map(g => ({
			Low: g.dataset.low, High: g.dataset.high, Class: g.getAttribute("class"),
			Letter: g.querySelector(".letter").textContent,
			Box: bb(g.querySelector(".bar") || g.querySelector(".shape")),
		})),
		Gaps: [...s.querySelectorAll("rect.gap")].map(r => ({Box: bb(r), Label: (r.nextElementSibling || {}).textContent || ""})),
	};
})()`

// visibleFacts lists the facts the filters leave on the page.
const visibleFactsJS = `[...document.querySelectorAll("section.fact")].filter(s => s.offsetParent !== null).map(s => s.dataset.fact + ":" + s.dataset.status)`

// TestHTMLReportInBrowser opens the HTML report of the seed articles in
// headless chromium and checks what a reader sees: the Kharkiv toll as two
// intervals that do not overlap, with the conflict between them marked;
// the filters, with their state in the URL fragment; a claim's card on
// focus. It saves a screenshot to the test's artifact folder (go test
// -artifacts keeps it), and to docs/html-report.png, the README's, when
// CROSSCHECK_SCREENSHOT=1.
func TestHTMLReportInBrowser(t *testing.T) {
	ctx := newBrowser(t, 1280, 1000)
	seeds := seedsDir(t)
	repoRoot(t)
	// Relative to the repository, as a reader would type it, so the
	// screenshot shows "../shared/seeds/…" rather than this machine's
	// folders.
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, seeds); err == nil {
			seeds = rel
		}
	}
	out, stderr, code := runCLI(t, "check", "--rules", "testdata/rules/ukraine.yaml", "--format", "html", seeds)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (the seeds hold a conflict); stderr:\n%s", code, exitFindings, stderr)
	}
	page := filepath.Join(t.TempDir(), "seeds.html")
	if err := os.WriteFile(page, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(page)}).String()

	// A fixed viewport, so the screenshot does not depend on the window
	// manager's idea of a window's frame.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 1100), chromedp.Navigate(pageURL), chromedp.WaitVisible("#filters")); err != nil {
		t.Fatal(err)
	}

	// Nothing widens the page past the window: the hidden tables of
	// claims once did, by the width of their unwrapped sentences.
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, document.documentElement.clientWidth]`))
	if err != nil {
		t.Fatal(err)
	}
	if len(wide) == 2 && wide[0] > wide[1] {
		t.Errorf("the page is %d px wide in a %d px window: something overflows", wide[0], wide[1])
	}

	// The Kharkiv toll: 3 and 7, in two clusters, apart, with a hatched
	// conflict band between them.
	k, err := chromedp.Run(ctx, chromedp.Evaluate[kharkivView](kharkivJS))
	if err != nil {
		t.Fatal(err)
	}
	if k.Status != "conflict conflict" {
		t.Errorf("Kharkiv status %q, want conflict (the seeds carry no dates)", k.Status)
	}
	if len(k.Claims) != 2 {
		t.Fatalf("Kharkiv shows %d claims, want 2: %+v", len(k.Claims), k.Claims)
	}
	lo, hi := k.Claims[0], k.Claims[1]
	if lo.Box.Left > hi.Box.Left {
		lo, hi = hi, lo
	}
	if lo.Low != "3" || lo.High != "3" || hi.Low != "7" || hi.High != "7" {
		t.Errorf("Kharkiv claims [%s, %s] and [%s, %s], want 3 and 7", lo.Low, lo.High, hi.Low, hi.High)
	}
	if !(lo.Box.Right < hi.Box.Left) {
		t.Errorf("the intervals overlap on screen: 3 at %+v, 7 at %+v", lo.Box, hi.Box)
	}
	if lo.Letter == hi.Letter {
		t.Errorf("3 and 7 share cluster %s", lo.Letter)
	}
	for _, c := range k.Claims {
		if !strings.Contains(c.Class, "conflicting") {
			t.Errorf("claim %s not marked conflicting: class %q", c.Low, c.Class)
		}
	}
	if len(k.Gaps) != 1 {
		t.Fatalf("Kharkiv shows %d conflict bands, want 1", len(k.Gaps))
	}
	g := k.Gaps[0]
	if !(g.Box.Left >= lo.Box.Right && g.Box.Right <= hi.Box.Left && g.Box.Right-g.Box.Left > 20) || g.Label != "conflict" {
		t.Errorf("conflict band %+v (label %q) not between 3 (%+v) and 7 (%+v)", g.Box, g.Label, lo.Box, hi.Box)
	}

	// A filter: the status button writes the fragment and hides the rest.
	all, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](visibleFactsJS))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(`#filters button[data-status="conflict"]`)); err != nil {
		t.Fatal(err)
	}
	hash, err := chromedp.Run(ctx, chromedp.Evaluate[string](`location.hash`))
	if err != nil {
		t.Fatal(err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](visibleFactsJS))
	if err != nil {
		t.Fatal(err)
	}
	if hash != "#status=conflict" {
		t.Errorf("after the conflict filter the fragment is %q, want #status=conflict", hash)
	}
	if want := []string{"kharkiv-civilian-deaths:conflict"}; fmt.Sprint(shown) != fmt.Sprint(want) {
		t.Errorf("conflict filter shows %v, want %v (of %d facts)", shown, want, len(all))
	}
	if len(all) < 5 {
		t.Errorf("without filters the page shows %d facts: %v", len(all), all)
	}

	// A shared view: a URL with a fragment opens filtered.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(pageURL+"#status=single&q=drone"), chromedp.WaitVisible("#filters")); err != nil {
		t.Fatal(err)
	}
	shown, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](visibleFactsJS))
	if err != nil {
		t.Fatal(err)
	}
	query, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("q").value + "|" + document.querySelector('#filters .seg [aria-pressed="true"]').dataset.status`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"drone-industry-stake-usd:single", "overnight-drones:single"}; fmt.Sprint(shown) != fmt.Sprint(want) || query != "drone|single" {
		t.Errorf("#status=single&q=drone shows %v with controls %q; want %v and drone|single", shown, query, want)
	}

	// The keyboard: Tab from the search field passes the legend and lands
	// on the first claim of the first chart (Kharkiv's 7, the first row);
	// the right arrow moves to the next claim (3), whose card then shows
	// its sentence with the value marked, its place and its attribution.
	// Focus emulation makes the headless page behave as a focused window
	// does, where focus events fire.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(pageURL), chromedp.WaitVisible("#filters")); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	const focused = `(() => { const e = document.activeElement; return e.tagName + " " + (e.dataset.low || e.id || e.textContent.trim()); })()`
	var trail []string
	for _, step := range []chromedp.Action[chromedp.Void]{chromedp.Focus("#q"), chromedp.KeyEvent("\t"), chromedp.KeyEvent("\t"), chromedp.KeyEvent(kb.ArrowRight)} {
		if err := chromedp.Do(ctx, step); err != nil {
			t.Fatal(err)
		}
		f, err := chromedp.Run(ctx, chromedp.Evaluate[string](focused))
		if err != nil {
			t.Fatal(err)
		}
		trail = append(trail, f)
	}
	if want := "INPUT q|SUMMARY How to read the charts|g 7|g 3"; strings.Join(trail, "|") != want {
		t.Errorf("keyboard focus went %q, want %q", strings.Join(trail, "|"), want)
	}
	card, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const tip = document.getElementById("tip");
		return tip.hidden ? "hidden" : tip.querySelector("mark.v").textContent + "|" + tip.textContent;
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(card, "three|") || !strings.Contains(card, "per Ukrainian authorities") || !strings.Contains(card, "003_dc5d9eb8090fe75b.txt:16:160") {
		t.Errorf("card on focus: %q; want the sentence with «three» marked, its place and who says it", card)
	}

	shot, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(t.ArtifactDir(), "html-report.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("CROSSCHECK_SCREENSHOT") == "1" {
		if err := os.WriteFile(filepath.Join("docs", "html-report.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
