package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

// timeCommand is GNU time, which reports a command's peak memory.
const timeCommand = "/usr/bin/time"

// hostile is one input written to measure the validator's memory.
type hostile struct {
	name  string
	file  string
	write func(w *bufio.Writer) error
}

// hostileInputs are the inputs of the memory table, each within the
// validator's default size limit of 64 MiB.
var hostileInputs = []hostile{
	// A 62 MB array of 31 million zeros: the most values per byte, for a
	// parser that keeps a node per value; the schema refuses it at once.
	{"array of zeros", "zeros-62MB.json", writeZeros},
	// A small valid document with 4 million tiny extension members at its
	// root, {"x-0":0,...}, 60 MB: the most object members per byte, all of
	// which the format allows.
	{"x- members", "x-members-60MB.json", writeXMembers},
	// A small valid document that declares 10,000 distinct language tags
	// (60 KB), all well formed: every text then misses 9,998 languages.
	{"10,000 languages", "languages-10000.json", writeLanguages},
	// A generated plan of 200,000 short progress reports, without
	// indentation (35 MB): history checks over many reports.
	{"200,000 reports", "reports-200000.json", writeReports},
}

// measureMemory writes the hostile inputs into dir, builds the ogp command
// there, and prints a table of the peak memory and time of ogp validate on
// each, with the largest input of the side-by-side table as a baseline.
func measureMemory(root, dir string, inputs []input, w io.Writer) error {
	var files []input
	for _, h := range hostileInputs {
		path := filepath.Join(dir, h.file)
		size, err := writeFile(path, h.write)
		if err != nil {
			return fmt.Errorf("%s: %v", h.file, err)
		}
		files = append(files, input{name: h.name, path: path, size: size})
	}
	if len(inputs) > 0 {
		largest := inputs[0]
		for _, in := range inputs {
			if in.size > largest.size {
				largest = in
			}
		}
		files = append(files, largest)
	}

	ogpBin := filepath.Join(dir, "ogp")
	build := exec.Command("go", "build", "-o", ogpBin, "./cmd/ogp")
	build.Dir = root
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("go build ./cmd/ogp: %v", err)
	}

	fmt.Fprintf(w, "\nPeak memory of ogp validate (built once: go build -o %s ./cmd/ogp), one run each:\n\n", ogpBin)
	if _, err := os.Stat(timeCommand); err != nil {
		fmt.Fprintf(w, "%s is missing (apt-get install -y time); the commands are:\n\n", timeCommand)
		for _, f := range files {
			fmt.Fprintf(w, "    %s -v %s validate --format json %s > /dev/null\n", timeCommand, ogpBin, f.path)
		}
		return nil
	}
	fmt.Fprintln(w, "| input | size | peak RSS MB | RSS/size | seconds | exit code |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	var commands []string
	for _, f := range files {
		commands = append(commands, fmt.Sprintf("%s -v %s validate --format json %s > /dev/null", timeCommand, ogpBin, f.path))
		rss, elapsed, code, err := timeValidate(ogpBin, f.path)
		if err != nil {
			return fmt.Errorf("%s: %v", f.name, err)
		}
		fmt.Fprintf(w, "| %s | %s | %.0f | %.1f | %.2f | %d |\n", f.name, humanSize(f.size),
			float64(rss)/1e6, float64(rss)/float64(f.size), elapsed.Seconds(), code)
	}
	fmt.Fprintf(w, "\nPeak RSS is GNU time's maximum resident set size (MB = 10^6 bytes); exit code 1 is an invalid file.\nCommands:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "    %s\n", c)
	}
	return nil
}

// timeValidate runs ogp validate on file under GNU time and returns its
// peak resident set size in bytes, its elapsed time and its exit code.
func timeValidate(ogpBin, file string) (rss int64, elapsed time.Duration, code int, err error) {
	cmd := exec.Command(timeCommand, "-v", ogpBin, "validate", "--format", "json", file)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code, err = exit.ExitCode(), nil
	}
	if err != nil {
		return 0, 0, 0, err
	}
	rss, elapsed = -1, -1
	for line := range strings.Lines(stderr.String()) {
		name, value, ok := strings.Cut(strings.TrimSpace(line), "): ")
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(name, "Maximum resident set size (kbytes"):
			kb, err := strconv.ParseInt(value, 10, 64)
			if err != nil {
				return 0, 0, 0, fmt.Errorf("time: %q: %v", line, err)
			}
			rss = kb * 1024
		case strings.HasPrefix(name, "Elapsed (wall clock) time"):
			if elapsed, err = parseClock(value); err != nil {
				return 0, 0, 0, fmt.Errorf("time: %q: %v", line, err)
			}
		}
	}
	if rss < 0 || elapsed < 0 {
		return 0, 0, 0, fmt.Errorf("time printed no peak memory or elapsed time:\n%s", stderr.String())
	}
	return rss, elapsed, code, nil
}

// parseClock reads GNU time's elapsed time, "h:mm:ss" or "m:ss.ss".
func parseClock(s string) (time.Duration, error) {
	var secs float64
	for part := range strings.SplitSeq(s, ":") {
		f, err := strconv.ParseFloat(part, 64)
		if err != nil {
			return 0, err
		}
		secs = secs*60 + f
	}
	return time.Duration(secs * float64(time.Second)), nil
}

// writeFile writes a file with write and returns its size.
func writeFile(path string, write func(*bufio.Writer) error) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	cw := &countWriter{w: f}
	bw := bufio.NewWriterSize(cw, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return cw.n, err
}

// countWriter counts the bytes written through it.
type countWriter struct {
	w io.Writer
	n int
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += n
	return n, err
}

func writeZeros(w *bufio.Writer) error {
	const n = 31_000_000
	w.WriteString("[0")
	for range n - 1 {
		w.WriteString(",0")
	}
	_, err := w.WriteString("]\n")
	return err
}

func writeXMembers(w *bufio.Writer) error {
	const size = 60_000_000
	doc, err := docgen.Near(5000, 1)
	if err != nil {
		return err
	}
	// Drop the closing brace of the root object, and add members before it.
	doc = []byte(strings.TrimRight(string(doc), " \n"))
	doc = doc[:len(doc)-1]
	w.Write(doc)
	written := len(doc)
	for i := 0; written < size; i++ {
		n, _ := w.WriteString(`,"x-` + strconv.Itoa(i) + `":0`)
		written += n
	}
	_, err = w.WriteString("}\n")
	return err
}

func writeLanguages(w *bufio.Writer) error {
	const count = 10_000
	doc, err := genericDoc(docgen.Options{
		Seed: 1, CommitmentsPerPlan: 1, MilestonesPerCommitment: 1, IndicatorsPerMilestone: 1, ReportingPeriods: -1,
	})
	if err != nil {
		return err
	}
	// The document's own languages first, the primary one first, then two-
	// and three-letter tags: aa, ab, ... zz, aaa, aab, ...
	langs := []any{}
	seen := map[string]bool{}
	for _, l := range doc["languages"].([]any) {
		langs = append(langs, l)
		seen[l.(string)] = true
	}
	for n := 2; len(langs) < count; n++ {
		tag := make([]byte, n)
		for i := range tag {
			tag[i] = 'a'
		}
		for len(langs) < count {
			if !seen[string(tag)] {
				langs = append(langs, string(tag))
			}
			// The next tag of n letters, as if counting in base 26.
			i := n - 1
			for ; i >= 0 && tag[i] == 'z'; i-- {
				tag[i] = 'a'
			}
			if i < 0 {
				break
			}
			tag[i]++
		}
	}
	doc["languages"] = langs
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func writeReports(w *bufio.Writer) error {
	const count = 200_000
	statuses := []string{"not-started", "limited", "substantial", "complete"}
	// A plan without reports, with enough indicators for count reports on
	// each quarter of the plan's period; docgen's own reports would be ten
	// times as large, with their texts.
	const perCommitment = 5 * 4
	probe, err := genericDoc(docgen.Options{Seed: 1, CommitmentsPerPlan: 1, MilestonesPerCommitment: 1, IndicatorsPerMilestone: 1, ReportingPeriods: -1})
	if err != nil {
		return err
	}
	quarters, err := planQuarters(probe)
	if err != nil {
		return err
	}
	indicators := (count + len(quarters) - 1) / len(quarters)
	doc, err := genericDoc(docgen.Options{
		Seed: 1, CommitmentsPerPlan: (indicators + perCommitment - 1) / perCommitment,
		MilestonesPerCommitment: 5, IndicatorsPerMilestone: 4, ReportingPeriods: -1,
	})
	if err != nil {
		return err
	}
	plan := doc["plans"].([]any)[0].(map[string]any)
	var reports []any
	k := 0
	for _, c := range plan["commitments"].([]any) {
		for _, m := range c.(map[string]any)["milestones"].([]any) {
			for _, ind := range m.(map[string]any)["indicators"].([]any) {
				id := ind.(map[string]any)["id"]
				for q, period := range quarters {
					if len(reports) == count {
						break
					}
					// Statuses only move forward, at a pace that varies
					// from one indicator to the next.
					status := statuses[min(3, (q+k%4)/3)]
					reports = append(reports, map[string]any{"target": id, "period": period, "status": status})
				}
				k++
			}
		}
	}
	plan["reports"] = reports
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

// genericDoc returns the document docgen generates from opts, as JSON
// values rather than the model, so that the hostile inputs depend only on
// the format.
func genericDoc(opts docgen.Options) (map[string]any, error) {
	data, err := ogp.Encode(docgen.Generate(opts))
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	err = json.Unmarshal(data, &doc)
	return doc, err
}

// planQuarters returns the ends of the quarters (YYYY-03, -06, -09, -12)
// within the period of the document's first plan.
func planQuarters(doc map[string]any) ([]string, error) {
	period, _ := doc["plans"].([]any)[0].(map[string]any)["period"].(map[string]any)
	start, _ := period["start"].(string)
	end, _ := period["end"].(string)
	from, err := time.Parse("2006-01", start)
	if err != nil {
		return nil, fmt.Errorf("plan period start %q: %v", start, err)
	}
	to, err := time.Parse("2006-01", end)
	if err != nil {
		return nil, fmt.Errorf("plan period end %q: %v", end, err)
	}
	var quarters []string
	for m := from; !m.After(to); m = m.AddDate(0, 1, 0) {
		if m.Month()%3 == 0 {
			quarters = append(quarters, m.Format("2006-01"))
		}
	}
	if len(quarters) == 0 {
		return nil, fmt.Errorf("no quarter in the plan's period %s to %s", start, end)
	}
	return quarters, nil
}
