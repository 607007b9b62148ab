package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ogpx/interchange/finding"
)

// progress shows, on a terminal, how far a run over many files is: a line
// "12/200 files, 35.2 MB/s" on standard error, redrawn a few times a
// second once the run has lasted a second, and cleared before each output
// and at the end. It shows nothing unless on.
type progress struct {
	w     io.Writer
	lang  string
	on    bool
	start time.Time
	now   func() time.Time

	total int
	// done and bytes count the files checked and the bytes they had,
	// whether printed yet or not; workers add to them.
	done, bytes atomic.Int64
	shown       bool
}

// newProgress returns the progress of a run over total files, shown on
// standard error when it is a terminal and quiet is false.
func (e *env) newProgress(total int, quiet bool) *progress {
	return &progress{w: e.stderr, lang: e.lang, on: e.terminal && !quiet, total: total, start: time.Now(), now: time.Now}
}

// add counts a file of size bytes done; workers call it as they finish.
func (p *progress) add(size int64) {
	p.done.Add(1)
	p.bytes.Add(size)
}

// wait returns the report that ch delivers, redrawing the progress line
// while it waits.
func (p *progress) wait(ch <-chan fileReport) fileReport {
	var tick <-chan time.Time
	if p.on {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case r := <-ch:
			return r
		case <-tick:
			p.show()
		}
	}
}

// show draws the progress line, once the run has lasted a second.
func (p *progress) show() {
	elapsed := p.now().Sub(p.start)
	if !p.on || elapsed < time.Second {
		return
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", progressLine(p.lang, int(p.done.Load()), p.total, p.bytes.Load(), elapsed))
	p.shown = true
}

// clear erases the progress line, if shown.
func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// progressLine says in lang how many of total files are done and how fast
// bytes were read in elapsed: "12/200 files, 35.2 MB/s".
func progressLine(lang string, done, total int, bytes int64, elapsed time.Duration) string {
	rate := strconv.FormatFloat(float64(bytes)/1e6/elapsed.Seconds(), 'f', 1, 64)
	if finding.Match(lang) == "fr" {
		rate = strings.Replace(rate, ".", ",", 1)
	}
	return say(lang, "cli.progress", "done", strconv.Itoa(done), "total", strconv.Itoa(total), "rate", rate)
}
