package validate

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/status"
)

// checkSemantics applies the rules a schema cannot express.
func (c *checker) checkSemantics(doc *ogp.Package) {
	plans := newIDScope(c, "document")
	for i := range doc.Plans {
		plan := &doc.Plans[i]
		ptr := "/plans/" + strconv.Itoa(i)
		plans.add(plan.ID, ptr+"/id")
		c.checkIDs(plan, ptr)
		c.checkReferences(plan, ptr)
		if c.checkDates(plan, ptr) {
			c.checkHistory(plan, ptr)
			c.checkDeadlineTexts(plan, ptr)
		}
	}
	if len(doc.Languages) > 0 && !c.unreadable("/languages", false) {
		// Without declared languages (a schema error), every text would be
		// in an undeclared one.
		c.checkLanguages(doc)
	}
}

// unreadable reports whether the decoder refused a value at or under
// prefix: with onlyIDs, an id, or a value holding ids (of the wrong type).
// The rules that need those values then do not run, so that one mistake
// gives one finding.
func (c *checker) unreadable(prefix string, onlyIDs bool) bool {
	for _, e := range c.read.Errors {
		if e.Pointer != prefix && !strings.HasPrefix(e.Pointer, prefix+"/") {
			continue
		}
		var se *ogp.SchemaError
		if !onlyIDs || strings.HasSuffix(e.Pointer, "/id") || errors.As(e, &se) && se.Keyword == "type" {
			return true
		}
	}
	return false
}

// idScope finds ids used twice within one scope.
type idScope struct {
	c     *checker
	scope string
	first map[string]string // id -> pointer of its first use
}

func newIDScope(c *checker, scope string) *idScope {
	return &idScope{c: c, scope: scope, first: map[string]string{}}
}

func (s *idScope) add(id, ptr string) {
	if id == "" {
		return // the schema reports a missing id
	}
	if first, dup := s.first[id]; dup {
		s.c.add(CodeDuplicateID, ptr, "value", finding.Clip(id), "first", first, "scope", s.scope)
		return
	}
	s.first[id] = ptr
}

// checkIDs checks that the ids of a plan's items are unique (commitments,
// milestones and indicators share one scope, since reports name milestones
// and indicators alike; institutions and extensions each have their own),
// and, when the plan writes dotted ids (C10, C10.7, C10.7.2), that each
// item's id starts with its parent's.
func (c *checker) checkIDs(plan *ogp.Plan, ptr string) {
	items := newIDScope(c, "plan")
	institutions := newIDScope(c, "plan")
	extensions := newIDScope(c, "plan")
	for i, inst := range plan.Institutions {
		institutions.add(inst.ID, ptr+"/institutions/"+strconv.Itoa(i)+"/id")
	}
	for i, x := range plan.Extensions {
		extensions.add(x.ID, ptr+"/extensions/"+strconv.Itoa(i)+"/id")
	}
	dotted := usesDottedIDs(plan)
	hierarchy := func(parent, id, idPtr string) {
		if dotted && id != "" && parent != "" && !strings.HasPrefix(id, parent+".") {
			c.add(CodeIDHierarchy, idPtr, "value", finding.Clip(id), "want", finding.Clip(parent))
		}
	}
	for item := range plan.Items() {
		idPtr := ptr + item.Pointer + "/id"
		items.add(item.ID, idPtr)
		hierarchy(item.Parent, item.ID, idPtr)
	}
}

// usesDottedIDs reports whether a plan numbers its items as Canada does:
// some milestone's id is its commitment's id, a dot, and more.
func usesDottedIDs(plan *ogp.Plan) bool {
	for item := range plan.Items() {
		if item.Level == ogp.LevelMilestone && item.Parent != "" && strings.HasPrefix(item.ID, item.Parent+".") {
			return true
		}
	}
	return false
}

// checkReferences checks that every institution a plan's items and reports
// name is declared in the plan.
func (c *checker) checkReferences(plan *ogp.Plan, ptr string) {
	if c.unreadable(ptr+"/institutions", false) {
		// An institution whose id could not be read would be reported
		// unknown wherever it is named: its own finding says it all.
		return
	}
	declared := map[string]bool{}
	for _, inst := range plan.Institutions {
		declared[inst.ID] = true
	}
	refs := func(ids []string, listPtr string) {
		for i, id := range ids {
			if id != "" && !declared[id] { // "" is an id the schema refused
				c.add(CodeUnknownInst, listPtr+"/"+strconv.Itoa(i), "value", finding.Clip(id))
			}
		}
	}
	for item := range plan.Items() {
		var leads, supporters []string
		switch {
		case item.Commitment != nil:
			leads, supporters = item.Commitment.Leads, item.Commitment.Supporters
		case item.Milestone != nil:
			leads, supporters = item.Milestone.Leads, item.Milestone.Supporters
		case item.Indicator != nil:
			leads, supporters = item.Indicator.Leads, item.Indicator.Supporters
		}
		refs(leads, ptr+item.Pointer+"/leads")
		refs(supporters, ptr+item.Pointer+"/supporters")
	}
	for i, r := range plan.Reports {
		refs(r.Leads, ptr+"/reports/"+strconv.Itoa(i)+"/leads")
	}
}

// checkDates checks that periods run forward, that extensions do not move
// the plan's end earlier (one that keeps it moves deadlines within the
// plan), and that deadlines fall within the plan's period as extended. It reports whether the plan's period makes sense: when it does
// not, nothing can be inside or outside it.
func (c *checker) checkDates(plan *ogp.Plan, ptr string) (periodOK bool) {
	start, end := plan.Period.Start, plan.Period.End
	if !start.IsZero() && !end.IsZero() && start.First().Compare(end.Last()) > 0 {
		c.add(CodePeriodOrder, ptr+"/period/start", "value", start.String(), "want", end.String())
		return false
	}
	for i, x := range plan.Extensions {
		if !x.End.IsZero() && !x.PreviousEnd.IsZero() && x.End.Last().Compare(x.PreviousEnd.Last()) < 0 {
			c.add(CodeExtensionOrder, ptr+"/extensions/"+strconv.Itoa(i)+"/end", "value", x.End.String(), "want", x.PreviousEnd.String())
		}
	}
	planEnd := plan.End()
	if start.IsZero() || planEnd.IsZero() {
		return true
	}
	span := start.String() + "…" + planEnd.String()
	deadline := func(d *ogp.Deadline, dPtr string) {
		if d == nil || d.Date.IsZero() {
			return
		}
		if d.Date.Last().Compare(start.First()) < 0 || d.Date.First().Compare(planEnd.Last()) > 0 {
			c.add(CodeOutsidePlan, dPtr+"/date", "value", d.Date.String(), "want", span)
		}
	}
	for item := range plan.Items() {
		deadline(item.Deadline, ptr+item.Pointer+"/deadline")
	}
	return true
}

// checkHistory checks the plan's reports with the status package's default
// transition table: duplicate reports, unknown targets, moves backwards or
// out of withdrawal, reports outside the plan's period. It runs only on a
// plan whose period makes sense.
func (c *checker) checkHistory(plan *ogp.Plan, ptr string) {
	// An item whose id could not be read would make every report on it a
	// report on an unknown target: its own finding says it all.
	idsRead := !c.unreadable(ptr+"/commitments", true)
	for _, f := range status.Check(plan).Findings {
		rp := ptr + f.Path
		switch f.Code {
		case status.CodeUnknownStatus:
			// The schema layer reports a missing or unknown status.
		case status.CodeUnknownTarget:
			if target := f.Args["target"]; target != "" && idsRead {
				f.Args["target"] = finding.Clip(target)
				f.Path = rp + "/target"
				c.addFinding(f)
			}
		default:
			at := rp + "/status"
			if f.Code == status.CodeDuplicateReport || f.Code == status.CodeAfterPlanEnd || f.Code == status.CodeBeforePlanStart {
				at = rp + "/period"
			}
			if target := f.Args["target"]; target != "" {
				f.Args["target"] = finding.Clip(target)
			}
			f.Path = at
			c.addFinding(f)
		}
	}
}

// checkLanguages checks that every text of the document is given in every
// language the document declares, and in no other. Tags are compared
// without regard to case, as BCP 47 says: a text keyed "EN" is in the
// declared "en", and a language declared as "en" and "EN" is declared
// twice. A tag not written in its canonical form ("EN" for "en") gets one
// notice, where it is first written, however often it is used.
func (c *checker) checkLanguages(doc *ogp.Package) {
	var declared []string             // each declared language once
	isDeclared := map[string]string{} // canonical tag -> the tag declared
	hinted := map[string]bool{}
	hint := func(tag, ptr string) {
		if canonical := ogp.CanonicalTag(tag); canonical != tag && !hinted[tag] {
			hinted[tag] = true
			c.add(CodeTagCase, ptr, "value", finding.Clip(tag), "want", finding.Clip(canonical))
		}
	}
	for i, lang := range doc.Languages {
		ptr := "/languages/" + strconv.Itoa(i)
		canonical := ogp.CanonicalTag(lang)
		if first, dup := isDeclared[canonical]; dup {
			if first != lang { // the schema reports a tag listed twice as is
				c.add(CodeDuplicateLang, ptr, "value", finding.Clip(first), "other", finding.Clip(lang))
			}
			continue
		}
		isDeclared[canonical] = lang
		declared = append(declared, lang)
		hint(lang, ptr)
	}
	want, wantMore := listed(declared, len(declared))
	forEachText(reflect.ValueOf(doc).Elem(), "", func(t ogp.Text, ptr string) {
		if len(t) == 0 {
			return
		}
		seen := make(map[string]string, len(t))
		given := 0 // declared languages t has a text in
		for _, lang := range t.Languages() {
			canonical := ogp.CanonicalTag(lang)
			if first, dup := seen[canonical]; dup {
				c.add(CodeDuplicateLang, ptr+"/"+ogp.PointerToken(lang), "value", finding.Clip(first), "other", finding.Clip(lang))
				continue
			}
			seen[canonical] = lang
			if _, ok := isDeclared[canonical]; !ok {
				c.add(CodeUndeclaredLang, ptr+"/"+ogp.PointerToken(lang), "value", finding.Clip(lang), "want", want, "wantMore", wantMore)
				continue
			}
			if canonical != lang { // the pointer only for a tag to hint at
				hint(lang, ptr+"/"+ogp.PointerToken(lang))
			}
			if strings.TrimSpace(t[lang]) != "" {
				given++
			}
		}
		if n := len(declared) - given; n > 0 {
			// Only the languages a message lists are looked for: a document
			// that declares thousands costs no more per text than one that
			// declares two.
			var missing []string
			for _, lang := range declared {
				if len(missing) == min(n, maxListed) {
					break
				}
				if have := seen[ogp.CanonicalTag(lang)]; strings.TrimSpace(t[have]) == "" {
					missing = append(missing, lang)
				}
			}
			value, more := listed(missing, n)
			c.add(CodeMissingLang, ptr, "value", value, "more", more, "want", want, "wantMore", wantMore)
		}
	})
}

var textType = reflect.TypeFor[ogp.Text]()

// forEachText calls f with every Text of the model value v and its JSON
// Pointer, in the order of the document.
func forEachText(v reflect.Value, ptr string, f func(ogp.Text, string)) {
	switch v.Kind() {
	case reflect.Map:
		if v.Type() == textType {
			f(v.Interface().(ogp.Text), ptr)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			forEachText(v.Elem(), ptr, f)
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Struct {
			for i := range v.Len() {
				forEachText(v.Index(i), ptr+"/"+strconv.Itoa(i), f)
			}
		}
	case reflect.Struct:
		for _, field := range textFieldsOf(v.Type()) {
			forEachText(v.Field(field.index), ptr+"/"+field.name, f)
		}
	}
}

// textField is a field of a model struct that is or holds a Text.
type textField struct {
	name  string // the member's name, as a pointer token
	index int
}

var textFields sync.Map // reflect.Type -> []textField

// textFieldsOf returns the fields of struct type t that are or hold a Text.
func textFieldsOf(t reflect.Type) []textField {
	if fields, ok := textFields.Load(t); ok {
		return fields.([]textField)
	}
	var fields []textField
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		switch k := t.Field(i).Type.Kind(); {
		case name == "" || name == "-":
		case t.Field(i).Type == textType, k == reflect.Struct, k == reflect.Pointer, k == reflect.Slice:
			fields = append(fields, textField{ogp.PointerToken(name), i})
		}
	}
	actual, _ := textFields.LoadOrStore(t, fields)
	return actual.([]textField)
}

// maxListed is the most items a message lists.
const maxListed = 10

// listed writes items, the first of n, for a message: at most maxListed of
// them, and how many more there are ("" when none), so that no message
// grows with the document.
func listed(items []string, n int) (list, more string) {
	items = items[:min(len(items), maxListed)]
	if n > len(items) {
		more = strconv.Itoa(n - len(items))
	}
	return strings.Join(items, ", "), more
}
