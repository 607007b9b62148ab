package sheet

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/ogpx/interchange/finding"
	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/validate"
)

// Locate sets the Cell of each finding of r to the cell its value comes
// from in the workbook im was read from: "Indicators!D14", or a whole row
// or sheet when no cell holds the value (a missing member); a finding about
// the document as a whole goes to the Document sheet's row. The line and
// column of every finding, which are those of Import.JSON and mean nothing
// in a workbook, are cleared. Findings about the file rather than its
// content (report.truncated, json.too-large) get no cell.
func (im *Import) Locate(r *validate.Report) {
	for i := range r.Findings {
		f := &r.Findings[i]
		f.Line, f.Column = 0, 0
		if f.Code == validate.CodeTruncated || f.Code == validate.CodeTooLarge {
			continue
		}
		if c, ok := im.Cell(f.Path); ok {
			f.Cell = c.String()
		}
	}
}

// Annotate writes to w a copy of the workbook in r (of size bytes, as Read
// read it) with each finding of report on its cell: a comment holding the
// finding's messages, and a fill, red for an error, amber for a warning;
// a cell with notices only gets its comment and keeps its fill.
// A first sheet, "Findings" (or "Constats" in French), lists every finding
// with a link to its cell. The findings must carry their cells: see
// [Import.Locate]. lang is the language of the first sheet's headers.
//
// A workbook annotated before, fixed and submitted again, is annotated
// anew: the comments, fills and first sheet of the earlier annotation are
// removed first (a fixed cell gets the plain text format back). Annotating
// loads every sheet into memory, more than Read does.
func Annotate(w io.Writer, r io.ReaderAt, size int64, report *validate.Report, lang string, opts ...Option) (err error) {
	o, err := newOptions(append([]Option{Language(lang)}, opts...))
	if err != nil {
		return err
	}
	src, err := openWorkbook(r, size, o.limits)
	if err != nil {
		return err
	}
	f := src.f
	defer f.Close()
	defer func() {
		// excelize edits workbooks other programs wrote; a part it does not
		// expect must give an error, not end the caller's program.
		if p := recover(); p != nil {
			err = fmt.Errorf("sheet: cannot annotate this workbook: %v", p)
		}
	}()
	styles, err := newAnnotationStyles(f)
	if err != nil {
		return err
	}
	if err := removeAnnotations(f, styles.plain); err != nil {
		return err
	}
	type note struct {
		severity finding.Severity
		lines    []string
	}
	notes := map[Cell]*note{}
	var order []Cell
	for _, fd := range report.Findings {
		c, ok := parseCell(fd.Cell)
		if !ok {
			continue
		}
		n := notes[c]
		if n == nil {
			n = &note{}
			notes[c] = n
			order = append(order, c)
		}
		n.severity = max(n.severity, fd.Severity)
		n.lines = append(n.lines, fd.Severity.Title(o.lang)+" "+fd.Code+finding.Word(o.lang, "colon")+fd.Message(o.lang))
	}
	for _, c := range order {
		n := notes[c]
		name := cellName(c)
		err := f.AddComment(c.Sheet, excelize.Comment{Author: annotator, Cell: name,
			Text: strings.Join(n.lines, "\n"), Width: 360, Height: 120})
		if err != nil {
			return fmt.Errorf("sheet: annotating %s: %w", c, err)
		}
		style := styles.warning
		switch n.severity {
		case finding.Error:
			style = styles.error
		case finding.Notice:
			continue // a comment, and the cell as it was
		}
		if err := f.SetCellStyle(c.Sheet, name, name, style); err != nil {
			return fmt.Errorf("sheet: annotating %s: %w", c, err)
		}
	}
	if err := writeFindingsSheet(f, report, o.lang); err != nil {
		return err
	}
	return f.Write(w)
}

// annotationStyles are the fills of annotated cells, and the plain text
// style of a cell whose annotation is removed; all keep the text format.
type annotationStyles struct{ error, warning, plain int }

// annotator is the author of the comments Annotate writes.
const annotator = "ogp validate"

// removeAnnotations removes what an earlier Annotate wrote: its first
// sheet, and its comments with their fills.
func removeAnnotations(f *excelize.File, plain int) error {
	for _, name := range f.GetSheetList() {
		if isFindingsSheet(f, name) {
			if err := f.DeleteSheet(name); err != nil {
				return err
			}
			continue
		}
		comments, err := f.GetComments(name)
		if err != nil {
			return err
		}
		for _, c := range comments {
			if c.Author != annotator {
				continue
			}
			if err := f.DeleteComment(name, c.Cell); err != nil {
				return err
			}
			if err := f.SetCellStyle(name, c.Cell, c.Cell, plain); err != nil {
				return err
			}
		}
	}
	return nil
}

// isFindingsSheet reports whether the sheet called name is the list of
// findings an earlier Annotate wrote: its name, in any case, and its first
// header. A sheet of the user's that only has the name is left alone.
func isFindingsSheet(f *excelize.File, name string) bool {
	if !strings.EqualFold(name, findingsSheet.In("en")) && !strings.EqualFold(name, findingsSheet.In("fr")) {
		return false
	}
	a1, err := f.GetCellValue(name, "A1")
	return err == nil && (a1 == severityHeader.In("en") || a1 == severityHeader.In("fr"))
}

// severityHeader heads the first column of the list of findings.
var severityHeader = ogp.NewText("Severity", "Gravité")

func newAnnotationStyles(f *excelize.File) (annotationStyles, error) {
	fill := func(color string) (int, error) {
		return f.NewStyle(&excelize.Style{NumFmt: 49,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}})
	}
	var s annotationStyles
	var err error
	if s.error, err = fill("#F4CCCC"); err != nil {
		return s, err
	}
	if s.warning, err = fill("#FFE599"); err != nil {
		return s, err
	}
	s.plain, err = f.NewStyle(&excelize.Style{NumFmt: 49})
	return s, err
}

// cellName returns the cell a comment on c goes to: c itself, the first
// cell of a whole row, or A1 of a whole sheet.
func cellName(c Cell) string {
	name, err := excelize.CoordinatesToCellName(max(c.Col, 1), max(c.Row, 1))
	if err != nil {
		return "A1"
	}
	return name
}

// parseCell reads a place written by Cell.String.
func parseCell(s string) (Cell, bool) {
	if s == "" {
		return Cell{}, false
	}
	sheet, ref, found := strings.Cut(s, "!")
	if !found {
		return Cell{Sheet: sheet}, true
	}
	if row, _, isRow := strings.Cut(ref, ":"); isRow {
		var n int
		if _, err := fmt.Sscan(row, &n); err != nil {
			return Cell{}, false
		}
		return Cell{Sheet: sheet, Row: n}, true
	}
	col, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		return Cell{}, false
	}
	return Cell{Sheet: sheet, Row: row, Col: col}, true
}

// findingsSheet names the first sheet of an annotated workbook.
var findingsSheet = ogp.NewText("Findings", "Constats")

// writeFindingsSheet adds the list of findings as the workbook's first
// sheet, each with a link to its cell, and makes it the active one.
func writeFindingsSheet(f *excelize.File, report *validate.Report, lang string) error {
	name := findingsSheet.In(lang)
	if idx, _ := f.GetSheetIndex(name); idx >= 0 {
		name += " (ogp)" // the user has a sheet of that name
	}
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	header := []any{
		severityHeader.In(lang),
		ogp.NewText("Code", "Code").In(lang),
		ogp.NewText("Cell", "Cellule").In(lang),
		ogp.NewText("Message", "Message").In(lang),
		ogp.NewText("JSON Pointer", "Pointeur JSON").In(lang),
	}
	if err := f.SetSheetRow(name, "A1", &header); err != nil {
		return err
	}
	for i, fd := range report.Findings {
		row := i + 2
		cells := []any{fd.Severity.Title(lang), fd.Code, fd.Cell, fd.Message(lang), cmp.Or(fd.Path, "/")}
		if err := f.SetSheetRow(name, fmt.Sprintf("A%d", row), &cells); err != nil {
			return err
		}
		if c, ok := parseCell(fd.Cell); ok {
			target := fmt.Sprintf("'%s'!%s", c.Sheet, cellName(c))
			if err := f.SetCellHyperLink(name, fmt.Sprintf("C%d", row), target, "Location"); err != nil {
				return err
			}
		}
	}
	for col, width := range map[string]float64{"A": 10, "B": 28, "C": 16, "D": 90, "E": 48} {
		if err := f.SetColWidth(name, col, col, width); err != nil {
			return err
		}
	}
	for _, sheet := range f.GetSheetList() {
		// Moving a sheet changes every sheet's view, which excelize
		// expects to exist: a sheet without one gets the default.
		if _, err := f.GetSheetView(sheet, 0); err != nil {
			return err
		}
	}
	if err := f.MoveSheet(name, f.GetSheetList()[0]); err != nil {
		return err
	}
	idx, err := f.GetSheetIndex(name)
	if err != nil {
		return err
	}
	f.SetActiveSheet(idx)
	return nil
}

// Finding returns e as a finding of package validate, sheet.unreadable, on
// the cell e names, whose message says what is wrong in any language: its
// argument "reason" is e's Reason, or the reason of the Err value e wraps
// ("not-workbook" for [ErrNotWorkbook], "missing-sheet" for
// [ErrMissingSheet] ...), with e's Args. An error of no known reason keeps
// e.Err's English text as the argument "detail".
func (e *Error) Finding() finding.Finding {
	reason := e.Reason
	for _, r := range errReasons {
		if reason != "" {
			break
		}
		if errors.Is(e.Err, r.err) {
			reason = r.reason
		}
	}
	args := append([]string{"reason", cmp.Or(reason, "other")}, e.Args...)
	switch {
	case reason == "":
		args = append(args, "detail", e.Err.Error())
	case reason == "missing-sheet":
		args = append(args, "name", e.Cell.Sheet)
	case reason == "cell-too-long":
		args = append(args, "limit", strconv.Itoa(MaxCellChars), "unit", "characters")
	}
	f := finding.New(validate.CodeWorkbook, "", args...)
	if e.Cell.Sheet != "" {
		f.Cell = e.Cell.String()
	}
	return f
}

// errReasons are the reasons of this package's Err values, as codes.
var errReasons = []struct {
	err    error
	reason string
}{
	{ErrNotWorkbook, "not-workbook"}, {ErrProtected, "protected"}, {ErrMissingSheet, "missing-sheet"},
	{ErrColumn, "column"}, {ErrMerged, "merged"}, {ErrFormula, "formula"}, {ErrNoParent, "no-parent"},
	{ErrRows, "rows"}, {ErrMarker, "marker"}, {ErrCellTooLong, "cell-too-long"},
	{ErrCharacter, "character"}, {ErrTooLarge, "too-large"}, {ErrCSV, "csv"},
}

// The words of the reasons of an [Error], in the message of
// sheet.unreadable: {reason:sheet.reason}, {unit:sheet.unit}.
func init() {
	finding.RegisterWords(map[string]map[string]string{
		"sheet.reason.not-workbook": {"en": "not an Excel workbook (.xlsx)",
			"fr": "pas un classeur Excel (.xlsx)"},
		"sheet.reason.protected": {"en": "the workbook is password-protected or in the old .xls format; save it as .xlsx without a password",
			"fr": "le classeur est protégé par un mot de passe ou à l’ancien format .xls; enregistrez-le en .xlsx sans mot de passe"},
		"sheet.reason.missing-sheet": {"en": "a required sheet is missing",
			"fr": "une feuille obligatoire manque"},
		"sheet.reason.column": {"en": "row 2 names a column the layout does not have",
			"fr": "la ligne 2 nomme une colonne que la disposition n’a pas"},
		"sheet.reason.duplicate-column": {"en": "row 2 names a column twice",
			"fr": "la ligne 2 nomme deux fois une colonne"},
		"sheet.reason.missing-column": {"en": "row 2 lacks a column the layout requires",
			"fr": "il manque à la ligne 2 une colonne que la disposition exige"},
		"sheet.reason.no-columns": {"en": "row 2 names no column",
			"fr": "la ligne 2 ne nomme aucune colonne"},
		"sheet.reason.unnamed-column": {"en": "a cell holds a value under no column name",
			"fr": "une cellule contient une valeur sous aucun nom de colonne"},
		"sheet.reason.merged": {"en": "merged cells hide which row a value belongs to: unmerge them, and write the value in each row",
			"fr": "des cellules fusionnées cachent à quelle ligne appartient une valeur : défusionnez-les et écrivez la valeur dans chaque ligne"},
		"sheet.reason.formula": {"en": "a cell holds a formula: paste its value instead",
			"fr": "une cellule contient une formule : collez-en plutôt la valeur"},
		"sheet.reason.no-parent": {"en": "the row names a plan, commitment or milestone that no row of its sheet has",
			"fr": "la ligne nomme un plan, un engagement ou un jalon qu’aucune ligne de sa feuille n’a"},
		"sheet.reason.rows": {"en": "the Document sheet has more than one row of data",
			"fr": "la feuille Document a plus d’une ligne de données"},
		"sheet.reason.marker": {"en": "the column of an empty list or object holds something other than [] or {}",
			"fr": "la colonne d’une liste ou d’un objet vide contient autre chose que [] ou {}"},
		"sheet.reason.cell-too-long": {"en": "a cell is too long",
			"fr": "une cellule est trop longue"},
		"sheet.reason.character": {"en": "a text holds a control character, which no workbook can hold",
			"fr": "un texte contient un caractère de contrôle, qu’aucun classeur ne peut contenir"},
		"sheet.reason.too-large": {"en": "the workbook is too large",
			"fr": "le classeur est trop volumineux"},
		"sheet.reason.csv": {"en": "the file is not CSV",
			"fr": "le fichier n’est pas du CSV"},
		"sheet.reason.other": {"en": "the workbook cannot be read",
			"fr": "le classeur ne peut pas être lu"},
		"sheet.unit.bytes":      {"en": "bytes", "fr": "octets"},
		"sheet.unit.characters": {"en": "characters", "fr": "caractères"},
		"sheet.unit.rows":       {"en": "rows", "fr": "lignes"},
		"sheet.unit.columns":    {"en": "columns", "fr": "colonnes"},
		"sheet.unit.cells":      {"en": "cells", "fr": "cellules"},
		"sheet.unit.parts":      {"en": "parts", "fr": "parties"},
	})
}
