// Package sheet writes documents of the OGP interchange format as Excel
// workbooks and folders of CSV files, and reads them back, so that
// governments can keep action plans and quarterly reports in spreadsheets
// and submit them as such.
//
// [Write] and [WriteCSV] export a document, [WriteTemplate] writes the
// empty workbook, and [Read] and [ReadCSV] import one: the [Import] holds
// the JSON document the workbook stands for and maps each JSON Pointer of
// it to the cell it comes from, so that the findings of package validate
// can be shown on their cells. A workbook written from a document reads
// back as that document's canonical encoding, byte for byte.
//
// # The layout
//
// One sheet per level, in this order, one row per item, in document order:
//
//	Document      one row: formatVersion, publisher, published, languages
//	Plans         plans, with their member and period
//	Institutions  plan, id, name, ...
//	Commitments   plan, id, ...
//	Milestones    plan, commitment, id, ...
//	Indicators    plan, milestone, id, ...
//	Reports       plan, target, period, status, ...
//	Extensions    plan, id, authority, ...
//
// Row 1 holds the headers people read, in English or French ([Language]);
// row 2, hidden, holds the column names a program reads; data starts on
// row 3. An import reads only row 2, so row 1 may say anything, and the
// columns may come in any order; a sheet may leave out any column but its
// parent columns. In a folder of CSV files each sheet is a file named
// after it (Plans.csv), laid out the same, so that a place such as
// Indicators!D14 names the same cell in both.
//
// The column names are the members' names, as in the JSON:
//
//   - a parent column names the item's plan (on every sheet but Document
//     and Plans), commitment (on Milestones) or milestone (on Indicators)
//     by its id; the items of a parent follow the order of their rows;
//   - a member of a member object is named by its path: member.kind,
//     period.start, deadline.date, publisher.email;
//   - a text has one column per language, its tag after an underscore:
//     title_en, title_fr, deadline.text_fr; the document's languages come
//     first, in its order, then any other language a text has;
//   - a list of ids or codes (leads, supporters, policyAreas, languages)
//     is one cell, its items joined by "; ";
//   - an extension member is a column named after it (x-source, or
//     member.x-code for one of the member object), holding the member's
//     JSON value; a cell that is not JSON is read as a string;
//   - fiscalYearEnd is an integer in digits.
//
// An empty cell is an absent member. An empty list or object, which no
// row or cell can show, is a column named after it holding [] or {}
// (milestones, indicators, supporters, deadline): Write adds such a column
// only when an item needs it.
//
// Every cell Write writes is a text cell with the text number format
// ("@"), and so is every column, so that C01.1, 007 and 2020-03 stay as
// typed and never become numbers or dates. Headers are frozen, columns
// sized to their contents; the template adds drop-down lists for the
// closed code lists (statuses, member kinds, hemispheres).
//
// # Import: strict about structure, lenient about content
//
// What a cell holds goes into the JSON as it is: a status "done", a date
// "2020-13", a report's target that names no milestone are written as
// strings, for package validate to report with its usual codes and
// messages, and [Import.Cell] puts each finding on its cell. The import
// stops only at a structural problem, as an [*Error] that names the place
// and wraps one of the Err values: a file that is no .xlsx or is
// password-protected, a missing Document or Plans sheet, a column name
// not in the layout or given twice, a value in a column with no name,
// merged cells, a formula, a row whose parent is on no row of its sheet,
// a second Document row, a cell longer than 32,767 characters, or a
// workbook beyond the [Limits].
//
// A formula is refused rather than read through its cached value: the
// value is whatever the program that last saved the workbook computed, if
// it computed anything, and a submission should say what it means. A row
// with an unknown parent is refused because the JSON has no place for it.
// Cells typed as numbers or dates in a spreadsheet program are read as
// their stored values (a date as its serial number, such as 43891), which
// validation then reports; the text format of every column avoids them.
//
// # Cost
//
// Before excelize opens a workbook, Read checks the zip archive's size
// once unzipped, and reads the XML of each sheet of the layout once,
// without parsing it, to count rows, columns and cells and to find
// formulas and merged cells; then it reads rows one at a time with
// excelize's streaming reader. Memory is in proportion to the workbook;
// time too, within [Limits]. Write streams each sheet.
package sheet
