package sheet_test

import (
	"bytes"
	"fmt"
	"log"
	"os"

	"github.com/ogpx/interchange/ogp"
	"github.com/ogpx/interchange/sheet"
	"github.com/ogpx/interchange/validate"
	"github.com/xuri/excelize/v2"
)

// A document written as a workbook reads back as its canonical encoding.
func ExampleWrite() {
	data, err := os.ReadFile("../examples/canada-2018-2020/canada-2018-2020.json")
	if err != nil {
		log.Fatal(err)
	}
	p, err := ogp.Decode(data)
	if err != nil {
		log.Fatal(err)
	}
	var xlsx bytes.Buffer
	if err := sheet.Write(&xlsx, p, sheet.Language("fr")); err != nil {
		log.Fatal(err)
	}
	im, err := sheet.Read(bytes.NewReader(xlsx.Bytes()), int64(xlsx.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.Equal(im.JSON, data))
	// Output: true
}

// Validation findings on an imported workbook are put on their cells.
func ExampleImport_Cell() {
	p, err := ogp.Decode([]byte(`{"formatVersion": "1.0.0", "publisher": {"name": {"en": "Riverton"}},
		"languages": ["en"], "plans": [{"id": "RV-2024", "member": {"kind": "local", "country": "CA",
		"name": {"en": "Riverton"}}, "title": {"en": "Plan"}, "period": {"start": "2024", "end": "2025"},
		"commitments": [{"id": "C01", "title": {"en": "Open budget"}}],
		"reports": [{"target": "C01", "period": "2024-12", "status": "limited"}]}]}`))
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sheet.Write(&buf, p); err != nil {
		log.Fatal(err)
	}
	// A submitter types a status of their own.
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	f.SetCellStr("Reports", "D3", "done")
	var edited bytes.Buffer
	f.Write(&edited)

	im, err := sheet.Read(bytes.NewReader(edited.Bytes()), int64(edited.Len()))
	if err != nil {
		log.Fatal(err)
	}
	report, err := validate.Validate(im.JSON)
	if err != nil {
		log.Fatal(err)
	}
	for _, finding := range report.Findings {
		cell, _ := im.Cell(finding.Path)
		fmt.Println(cell, finding.Code, finding.Path)
	}
	// Output:
	// Reports!B3 status.unknown-target /plans/0/reports/0/target
	// Reports!D3 schema.enum /plans/0/reports/0/status
}

// A structural problem stops the import, naming its cell.
func ExampleRead_error() {
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", "Document")
	f.SetSheetRow("Document", "A2", &[]any{"formatVersion", "languages"})
	f.SetSheetRow("Document", "A3", &[]any{"1.0.0", "en"})
	f.NewSheet("Plans")
	f.SetSheetRow("Plans", "A2", &[]any{"id", "titel_en"})
	var buf bytes.Buffer
	f.Write(&buf)

	_, err := sheet.Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	fmt.Println(err)
	// Output: Plans!B2: column not in the layout: "titel_en"
}
