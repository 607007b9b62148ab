"""Validates JSON documents against the OGP interchange document schema with
python-jsonschema (Draft202012Validator, formats asserted), as a Python
consumer would use the published schema.

Usage: python3 check.py SCHEMA FILE...

Prints one line per file: "valid FILE", or "invalid FILE KEYWORDS" with the
failing keywords, sorted and joined by commas. Exits 2 on a usage or I/O
error, 0 otherwise.
"""

import calendar
import json
import re
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(argv):
    if len(argv) < 2:
        print("usage: python3 check.py SCHEMA FILE...", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)

    # The schema's custom formats: its own patterns, and for dates the
    # length of months, as the Go package registers them.
    date = re.compile(schema["$defs"]["Date"]["pattern"])
    language_tag = re.compile(schema["$defs"]["LanguageTag"]["pattern"])
    formats = FormatChecker()

    @formats.checks("edtf-date")
    def is_edtf_date(s):
        if not isinstance(s, str) or len(s) < 10:
            return not isinstance(s, str) or bool(date.search(s))
        if not date.search(s):
            return False
        y, m, d = (int(part) for part in s.split("-"))
        return d <= calendar.monthrange(y, m)[1]

    @formats.checks("language-tag")
    def is_language_tag(s):
        return not isinstance(s, str) or bool(language_tag.search(s))

    validator = Draft202012Validator(schema, format_checker=formats)
    for name in argv[2:]:
        with open(name, encoding="utf-8") as f:
            doc = json.load(f)
        keywords = sorted({e.validator for e in validator.iter_errors(doc)})
        if keywords:
            print(f"invalid {name} {','.join(keywords)}")
        else:
            print(f"valid {name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (OSError, ValueError) as e:
        print(f"check.py: {e}", file=sys.stderr)
        sys.exit(2)
