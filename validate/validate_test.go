package validate

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ogpx/interchange/deadline"
	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/internal/docgen"
	"github.com/ogpx/interchange/ogp"
)

func TestExamplesAreValid(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*", "*.json"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Validate(data)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Valid {
			t.Errorf("%s is not valid: %v", file, r.Findings)
		}
		for _, f := range r.Findings {
			switch {
			case f.Code == CodeMissingLang && strings.Contains(f.Path, "/reports/"),
				f.Code == CodeMissingLang && f.Path == "/plans/0/commitments/6/milestones/2/indicators/1/deadline/text",
				f.Code == CodeOutsidePlan, f.Code == "status.regress",
				f.Code == CodeDeadlineText, f.Code == CodeLanguagesDiffer:
				// Canada's real data, explained in the README.
			default:
				t.Errorf("%s: unexpected finding %v", filepath.Base(file), f)
			}
		}
	}
}

// TestCanadaWarnings pins down the warnings Canada's real data causes, which
// the README explains.
func TestCanadaWarnings(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := Validate(data)
	counts := map[string]int{}
	for _, f := range r.Findings {
		counts[f.Code]++
	}
	// The deadlines whose text and date disagree are those of the
	// disagreements deadline/canada_test.go lists that have a date in the
	// table and texts that read to none of it: C02.3.1, C08.1.1 and C08.5.1,
	// one finding each, at the date, since their English and French agree;
	// C04.1.1 in English only, where its languages differ too. The texts
	// that name two dates (C01.2.7, C10.1.1) agree with either.
	want := map[string]int{CodeMissingLang: 67, CodeOutsidePlan: 2, "status.regress": 1,
		CodeDeadlineText: 4, CodeLanguagesDiffer: 1}
	for code, n := range want {
		if counts[code] != n {
			t.Errorf("%d %s findings, want %d", counts[code], code, n)
		}
	}
	if len(counts) != len(want) {
		t.Errorf("finding codes %v, want %v", counts, want)
	}
}

// TestHostileInput checks that broken and hostile submissions get a clear
// finding each, never a panic.
func TestHostileInput(t *testing.T) {
	canada, _ := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	tests := []struct {
		name string
		data []byte
		code string
	}{
		// Nothing can be read of these but where they stop being JSON.
		{"empty", nil, CodeSyntax},
		{"truncated", canada[:len(canada)/2], CodeSyntax},
		{"binary garbage", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), CodeInvalidUTF8},
		{"control characters", []byte("\x00\x01\x02{}"), CodeSyntax},
		{"binary that is not UTF-8", []byte("{\"a\": \"\xc0\xaf\"}"), CodeInvalidUTF8},
		{"100,000 nested arrays", []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)), CodeTooDeep},
		{"100,000 nested objects", []byte(strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)), CodeTooDeep},
		{"a string", []byte(`"plan"`), CodeType},
		// These are read on: their finding is among others.
		{"duplicate keys", []byte(`{"formatVersion": "1.0.0", "formatVersion": "1.0.0"}`), CodeDuplicateKey},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Validate(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			has := slices.ContainsFunc(r.Findings, func(f finding.Finding) bool { return f.Code == tt.code })
			if only := i < len(tests)-1; r.Valid || !has || only && len(r.Findings) != 1 {
				t.Errorf("findings %v, want one %s", r.Findings, tt.code)
			}
		})
	}
}

// TestLargeSubmissionIsRefusedWithoutReadingIt feeds a 100 MB stream to
// ValidateReader: it reads one byte past the limit, then stops.
func TestLargeSubmissionIsRefusedWithoutReadingIt(t *testing.T) {
	const size = 100 << 20
	src := &countingReader{r: io.LimitReader(zeros{}, size)}
	v, _ := New()
	r, err := v.ValidateReader(src)
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Findings[0].Code != CodeTooLarge {
		t.Errorf("findings %v, want json.too-large", r.Findings)
	}
	if src.n > DefaultMaxBytes+1 {
		t.Errorf("read %d bytes of a %d-byte stream; the limit is %d", src.n, size, DefaultMaxBytes)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestValidateReaderPassesOnReadErrors(t *testing.T) {
	v, _ := New()
	boom := errors.New("boom")
	if _, err := v.ValidateReader(io.MultiReader(strings.NewReader("{"), errReader{boom})); !errors.Is(err, boom) {
		t.Errorf("err = %v, want the reader's", err)
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func TestOptions(t *testing.T) {
	for _, opt := range []Option{Language("de"), Profile("nowhere"), MaxBytes(0), MaxDepth(-1), MaxFindings(0)} {
		if _, err := New(opt); err == nil {
			t.Error("New accepted a bad option")
		}
	}
	if v, err := New(Language("fr-CA")); err != nil || v.opts.lang != "fr" {
		t.Errorf("Language(fr-CA): %v", err)
	}
}

// TestConcurrentUse validates from many goroutines with one Validator; run
// with -race.
func TestConcurrentUse(t *testing.T) {
	v, _ := New(Language("fr"), Profile("testland"))
	docs := [][]byte{}
	for _, seed := range []uint64{1, 2, 3, 4} {
		b, err := ogp.Encode(docgen.Generate(docgen.Options{Seed: seed, CommitmentsPerPlan: 2}))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, b)
	}
	want := make([]*Report, len(docs))
	for i, d := range docs {
		want[i] = v.Validate(d)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i, d := range docs {
				got := v.Validate(d)
				if got.Valid != want[i].Valid || len(got.Findings) != len(want[i].Findings) {
					t.Errorf("goroutine %d, document %d: a different report", g, i)
				}
			}
		})
	}
	wg.Wait()
}

func TestGeneratedDocumentsAreValid(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		b, err := ogp.Encode(docgen.Generate(docgen.Options{Seed: seed}))
		if err != nil {
			t.Fatal(err)
		}
		r, _ := Validate(b, Profile("testland"), Strict())
		if !r.Valid {
			t.Errorf("seed %d: %v", seed, r.Findings[:min(5, len(r.Findings))])
		}
	}
}

func FuzzValidate(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "cases", "*.json"))
	for _, file := range files {
		b, _ := os.ReadFile(file)
		f.Add(b)
	}
	v, _ := New(Profile("testland"), MaxFindings(50))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := v.Validate(data)
		for i, fd := range r.Findings {
			if fd.Line < 1 || fd.Column < 1 || fd.Code == "" || fd.Message("fr") == "" {
				t.Fatalf("finding %d lacks a place or text: %+v", i, fd)
			}
			if _, ok := finding.Lookup(fd.Code); !ok {
				t.Fatalf("finding %d has an unlisted code: %+v", i, fd)
			}
		}
		if r.Valid {
			if _, err := ogp.Decode(data); err != nil {
				t.Fatalf("valid, but does not decode: %v", err)
			}
		}
		if again := v.Validate(bytes.Clone(data)); len(again.Findings) != len(r.Findings) {
			t.Fatal("two reports on the same input differ")
		}
	})
}

// TestMemberNamesThatNeedEscaping checks pointers and positions of members
// whose names have spaces, "%", non-ASCII letters, "/" and "~".
func TestMemberNamesThatNeedEscaping(t *testing.T) {
	doc := `{"formatVersion": "1.0.0", "languages": ["en"], "plans": [],
"publisher": {"name": {"a b": "x", "100%": 5, "é/~": "y"}}}`
	r, _ := Validate([]byte(doc))
	var got []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%d:%d %s %s", f.Line, f.Column, f.Code, f.Path))
	}
	want := []string{
		"1:49 schema.min-items /plans",
		"2:24 schema.property-name /publisher/name/a b",
		"2:36 schema.property-name /publisher/name/100%",
		"2:36 schema.type /publisher/name/100%",
		"2:47 schema.property-name /publisher/name/é~1~0",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSemanticsDespiteUnreadableValues checks that the rules that need the
// model still run when some values cannot be read.
func TestSemanticsDespiteUnreadableValues(t *testing.T) {
	data, _ := os.ReadFile(filepath.Join("testdata", "cases", "valid.json"))
	doc := strings.Replace(string(data), `"leads": [
            "tbs-sct"
          ]`, `"leads": [3]`, 1)
	doc = strings.Replace(doc, `"id": "C01.1.2"`, `"id": "C01.1.1"`, 1)
	doc = strings.Replace(doc, `"fiscalYearEnd": 3`, `"fiscalYearEnd": 3.5`, 1)
	doc = strings.Replace(doc, `"formatVersion": "1.0.0",`, ``, 1)
	r, _ := Validate([]byte(doc))
	codes := findingCodes(r)
	for _, want := range []string{CodeRequired, CodeType, CodeDuplicateID} {
		if !slices.Contains(codes, want) {
			t.Errorf("findings %v lack %s", codes, want)
		}
	}
}

func TestByteOrderMark(t *testing.T) {
	r, _ := Validate([]byte("\uFEFF{}"), Language("fr"))
	if len(r.Findings) != 1 || !strings.Contains(r.Findings[0].Message("fr"), "BOM") {
		t.Errorf("findings %v; want one naming the BOM", r.Findings)
	}
}

// TestExtendedDocumentsAreValid checks that what package deadline makes of
// the reference document passes validation: the two packages agree on what
// an extension may record.
func TestExtendedDocumentsAreValid(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range deadline.PresetNames() {
		doc, err := ogp.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		policy, _ := deadline.PresetPolicy(name)
		plan, _, err := deadline.Apply(&doc.Plans[0], policy)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		doc.Plans[0] = *plan
		out, err := ogp.Encode(doc)
		if err != nil {
			t.Fatal(err)
		}
		r, _ := Validate(out)
		for _, f := range r.Findings {
			if f.Severity == finding.Error {
				t.Errorf("%s: %v", name, f)
			}
		}
	}
}

// TestSyntaxMessages checks what a submitter reads about a file that is
// not JSON: the character found and what was looked for, in French too.
func TestSyntaxMessages(t *testing.T) {
	tests := []struct{ data, lang, want string }{
		{"", "en", "the file is empty"},
		{" \n", "fr", "le fichier est vide"},
		{`{"a": "x` + "\x00" + `y"}`, "en", `a control character inside a string; write it as an escape such as \n, found '\x00'`},
		{`{"a": 1`, "en", "the file ends in the middle of a value"},
		{`{'a': 1}`, "fr", "un caractère inattendu là où devrait commencer un nom de membre entre guillemets droits, trouvé '\\''"},
		{`{"a": “x”}`, "en", `an unexpected character where a value should start, found '“'`},
		{`{"a": 1 "b": 2}`, "en", `an unexpected character after a member, where a comma or } should be, found '"'`},
		// What the first bytes say the file is, when it is not JSON.
		{"\xff\xfe{\x00\"\x00", "en", "the file looks like UTF-16 text; the format is JSON in UTF-8: save it as UTF-8"},
		{"\xfe\xff\x00{\x00\"", "en", "looks like UTF-16"},
		{"{\x00\"\x00a\x00", "fr", "le fichier semble être du texte en UTF-16"},
		{"formatVersion: 1.0.0\nplans: []\n", "en", "the file looks like YAML; the format is JSON: convert it, for example with yq -o json"},
		{"---\r\nformatVersion: 1.0.0\r\n", "fr", "le fichier semble être du YAML"},
		{"PK\x03\x04\x14\x00\x06\x00", "en", "the file looks like a workbook or another zip archive"},
		{"plans", "en", "the file is not valid JSON"},
	}
	for _, tt := range tests {
		r, _ := Validate([]byte(tt.data), Language(tt.lang))
		if len(r.Findings) != 1 || !strings.Contains(r.Findings[0].Message(tt.lang), tt.want) {
			t.Errorf("%q: %v; want one finding saying %q", tt.data, r.Findings, tt.want)
		}
	}
}

// TestLanguageTagCase checks that tags are compared without regard to
// case: a tag written "EN" gets one notice, however many texts use it, and
// a text keyed "EN" is in the declared "en".
func TestLanguageTagCase(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cases", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	keyed := strings.Replace(string(data), `"en": "June 2025"`, `"EN": "June 2025"`, 1)
	for name, tt := range map[string]struct {
		doc, path string
	}{
		"declared EN": {strings.Replace(string(data), `"languages": [
    "en",`, `"languages": [
    "EN",`, 1), "/languages/0"},
		"a text keyed EN": {keyed, "/plans/0/commitments/0/milestones/0/indicators/0/deadline/text/EN"},
	} {
		r, _ := Validate([]byte(tt.doc))
		if len(r.Findings) != 1 || r.Findings[0].Code != CodeTagCase || r.Findings[0].Path != tt.path ||
			r.Findings[0].Severity != finding.Notice || !r.Valid {
			t.Errorf("%s: findings %v, want one notice %s at %s", name, r.Findings, CodeTagCase, tt.path)
		}
	}
	if got := ogp.CanonicalTag("FR-latn-ca-X-Private"); got != "fr-Latn-CA-x-private" {
		t.Errorf("canonicalTag = %q", got)
	}
}

// TestMaxFindingsListsErrorsFirst checks that a limit on the findings never
// hides an error: Canada's plan has dozens of warnings before a status
// nobody knows near its end, and a report of three findings lists that
// error among warnings, all in the order of the file, and then the finding that says the rest
// were left out, with no place.
func TestMaxFindingsListsErrorsFirst(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "canada-2018-2020", "canada-2018-2020.json"))
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.LastIndex(data, []byte(`"status": "substantial"`))
	data = slices.Concat(data[:at], []byte(`"status": "finished"`), data[at+len(`"status": "substantial"`):])
	r, err := Validate(data, MaxFindings(3))
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || len(r.Findings) != 4 {
		t.Fatalf("valid %v, %d findings, want not valid and 4: %v", r.Valid, len(r.Findings), r.Findings)
	}
	var codes []string
	for _, f := range r.Findings {
		codes = append(codes, f.Code)
	}
	if !slices.Contains(codes[:3], CodeEnum) || codes[3] != CodeTruncated {
		t.Errorf("codes %v, want %s among the first three and %s last", codes, CodeEnum, CodeTruncated)
	}
	for i := 1; i < 3; i++ {
		if a, b := r.Findings[i-1], r.Findings[i]; a.Line > b.Line {
			t.Errorf("findings out of order: %v before %v", a, b)
		}
	}
	if last := r.Findings[3]; last.Path != "" || last.Line != 0 || last.Column != 0 {
		t.Errorf("%s at %q %d:%d, want no place", CodeTruncated, last.Path, last.Line, last.Column)
	}
}

// TestLanguageDeclaredTwice checks that a language declared under two tags
// equal but for case is an error at the second, and gets no other finding:
// each text is in the language once.
func TestLanguageDeclaredTwice(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cases", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Replace(string(data), `"languages": [
    "en",`, `"languages": [
    "en",
    "EN",`, 1)
	r, _ := Validate([]byte(doc))
	if len(r.Findings) != 1 || r.Findings[0].Code != CodeDuplicateLang || r.Findings[0].Path != "/languages/1" || r.Valid {
		t.Fatalf("findings %v, want one error %s at /languages/1", r.Findings, CodeDuplicateLang)
	}
	if got, want := r.Findings[0].Message("en"), `one language is given twice, as "en" and "EN": language tags are case-insensitive, so keep one`; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}

// TestManyDeclaredLanguagesStayFast validates Canada's plan declaring
// 17,000 languages: each of its 1,700 texts lacks them all, and the whole
// check takes a small part of a second (it took six seconds when each text
// was compared with each declared language).
func TestManyDeclaredLanguagesStayFast(t *testing.T) {
	data := manyLanguages(t, 17000)
	start := time.Now()
	r, _ := Validate(data)
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("validation took %v, want well under a second", elapsed)
	}
	f := r.Findings[0]
	if f.Code != CodeMissingLang || f.Args["more"] != "16990" {
		t.Errorf("first finding %v, want %s listing ten languages and counting 16990 more", f, CodeMissingLang)
	}
}

// TestPrivateUseTagIsNotCalledInvalid checks the message on a text keyed by
// a tag with a private-use part, "EN-ca-x-Y": a valid BCP 47 tag, which the
// format does not accept, and the message says why rather than calling it
// no language tag.
func TestPrivateUseTagIsNotCalledInvalid(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "cases", "valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := Validate([]byte(strings.Replace(string(data), `"en": "June 2025"`, `"EN-ca-x-Y": "June 2025"`, 1)))
	want := map[string]string{
		"en": `"EN-ca-x-Y" is not a language tag without extensions or private-use parts, such as en, fr or fr-CA`,
		"fr": "«\u00a0EN-ca-x-Y\u00a0» n’est pas une étiquette de langue sans extensions ni parties à usage privé, comme en, fr ou fr-CA",
	}
	i := slices.IndexFunc(r.Findings, func(f finding.Finding) bool { return f.Code == CodePropertyName })
	if i < 0 {
		t.Fatalf("findings %v, want %s", r.Findings, CodePropertyName)
	}
	for lang, msg := range want {
		if got := r.Findings[i].Message(lang); got != msg {
			t.Errorf("%s: %q, want %q", lang, got, msg)
		}
	}
}
