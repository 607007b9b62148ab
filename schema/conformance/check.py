"""Validates JSON documents against the OGP interchange document schema with
python-jsonschema (Draft202012Validator, with its own format checker and
no custom format), exactly as a Python consumer would use the published
schema.

Usage: python3 check.py SCHEMA FILE...

Prints one line per file: "valid FILE", or "invalid FILE KEYWORDS" with the
failing keywords, sorted and joined by commas. Exits 2 on a usage or I/O
error, 0 otherwise.
"""

import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main(argv):
    if len(argv) < 2:
        print("usage: python3 check.py SCHEMA FILE...", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)

    validator = Draft202012Validator(schema, format_checker=FormatChecker())
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
