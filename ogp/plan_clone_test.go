package ogp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// canadaPlan reads the Canada example's plan and gives every object in it an
// x- member, so that each Extra is there to be copied.
func canadaPlan(t *testing.T) *Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	p := &pkg.Plans[0]
	p.Extensions = append(p.Extensions, PlanExtension{ID: "x", Authority: Text{"en": "OGP"}, Reason: Text{"en": "why"}, URL: Text{"en": "u"}})
	for i := range p.Commitments {
		for j := range p.Commitments[i].Milestones {
			if m := &p.Commitments[i].Milestones[j]; m.Deadline == nil {
				m.Deadline = &Deadline{Text: Text{"en": "Ongoing"}}
			}
		}
	}
	walk(reflect.ValueOf(p), func(v reflect.Value) {
		if v.Type() == reflect.TypeFor[Extra]() {
			v.Set(reflect.ValueOf(Extra{"x-test": json.RawMessage(`{"a":[1,2]}`)}))
		}
	})
	return p
}

// walk calls f on every settable value reachable from v, before walking into
// it.
func walk(v reflect.Value, f func(reflect.Value)) {
	if v.CanSet() {
		f(v)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walk(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			// A map's values cannot be set in place: change a copy and
			// store it back, which also changes whatever the copy shares
			// with the value, such as the bytes of a json.RawMessage.
			c := reflect.New(v.Type().Elem()).Elem()
			c.Set(v.MapIndex(k))
			walk(c, f)
			v.SetMapIndex(k, c)
		}
	}
}

var dates = cmp.AllowUnexported(Date{})

func TestCloneChangingTheCopyLeavesThePlanAsItWas(t *testing.T) {
	orig, want := canadaPlan(t), canadaPlan(t)
	c := orig.Clone()
	if !cmp.Equal(c, orig, dates) {
		t.Fatalf("clone differs from the plan:\n%s", cmp.Diff(orig, c, dates))
	}
	var changed int
	walk(reflect.ValueOf(c), func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(v.String() + "!")
		case reflect.Int:
			v.SetInt(v.Int() + 1)
		case reflect.Uint8:
			v.SetUint(v.Uint() + 1)
		case reflect.Map:
			if !v.IsNil() {
				v.SetMapIndex(reflect.ValueOf("added").Convert(v.Type().Key()), reflect.Zero(v.Type().Elem()))
			}
		case reflect.Struct:
			if d, ok := v.Addr().Interface().(*Date); ok {
				*d = MustParseDate("1999")
			}
		default:
			return
		}
		changed++
	})
	if changed < 1000 {
		t.Fatalf("the walk changed %d values of the copy; want the whole plan", changed)
	}
	if c.ID == orig.ID {
		t.Fatal("the walk left the copy as it was")
	}
	if diff := cmp.Diff(want, orig, dates); diff != "" {
		t.Errorf("changing the copy changed the plan (-want +got):\n%s", diff)
	}
}

func TestCloneKeepsWhatIsNotValid(t *testing.T) {
	r := DecodeAll([]byte(`{"formatVersion":"1.0.0","publisher":{"name":{"en":"P"}},"languages":["en"],"plans":[{"id":"P1","member":{"kind":"national","country":"CA","name":{"en":"Canada"}},"title":{"en":"T"},"period":{"start":"2018","end":"2020"},"commitments":[],"reports":[{"target":"C1.1","period":"2019","status":"done-ish"}]}]}`), Limits{})
	if r.Package == nil || len(r.Package.Plans) != 1 {
		t.Fatalf("DecodeAll read %+v", r)
	}
	p := &r.Package.Plans[0]
	c := p.Clone()
	if diff := cmp.Diff(p, c, dates); diff != "" {
		t.Errorf("clone differs (-plan +clone):\n%s", diff)
	}
	// A status DecodeAll could not read is left as it read it; one set
	// by hand outside the code list is copied too.
	p.Reports[0].Status = "done-ish"
	if c := p.Clone(); c.Reports[0].Status != "done-ish" {
		t.Errorf("status %q; want the plan's, done-ish", c.Reports[0].Status)
	}
}

func TestCloneOfNoPlanIsNoPlan(t *testing.T) {
	var p *Plan
	if c := p.Clone(); c != nil {
		t.Errorf("Clone of a nil plan = %+v; want nil", c)
	}
}
