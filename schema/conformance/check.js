// Validates JSON documents against the OGP interchange document schema with
// ajv (draft 2020-12, ajv-formats, strict mode), exactly as a JavaScript
// consumer would use the published schema: nothing is registered but what
// ajv-formats brings, and the schema needs none of it.
//
// Usage: node check.js SCHEMA FILE...
//
// Prints one line per file: "valid FILE", or "invalid FILE KEYWORDS" with
// the failing keywords, sorted and joined by commas. Exits 2 on a usage or
// I/O error, 0 otherwise.
"use strict";

const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");

const [schemaFile, ...files] = process.argv.slice(2);
if (!schemaFile) {
  console.error("usage: node check.js SCHEMA FILE...");
  process.exit(2);
}

try {
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  for (const file of files) {
    const ok = validate(JSON.parse(fs.readFileSync(file, "utf8")));
    if (ok) {
      console.log(`valid ${file}`);
    } else {
      const keywords = [...new Set(validate.errors.map((e) => e.keyword))].sort();
      console.log(`invalid ${file} ${keywords.join(",")}`);
    }
  }
} catch (e) {
  console.error(`check.js: ${e.message}`);
  process.exit(2);
}
