// Times ajv's validation of JSON files against the OGP interchange schema,
// for the side-by-side comparison that main.go prints.
//
// Usage: node --expose-gc ajv.js [--runs N] [--warmup-ms MS] [--min-ms MS] SCHEMA FILE...
//
// The schema is compiled once, as a JavaScript user of the published schema
// would: new Ajv2020({allErrors: true}) and addFormats(ajv), with ajv taken
// from schema/conformance/node_modules. Each file is read into a string
// before timing starts; each timed run is JSON.parse of that string, then
// validation of the value. After warm-up runs (at least one, for at least
// --warmup-ms), it times N runs, or with --runs 0 at least 3 runs lasting at
// least --min-ms in all. When node runs with --expose-gc, a collection is
// forced before each run, outside the timing, as main.go does on Go's side.
//
// Prints one JSON object per file on its own line: {"file", "bytes",
// "valid", "errors", "runs", "medianMs", "minMs"}.
"use strict";

const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

function usage() {
  console.error("usage: node ajv.js [--runs N] [--warmup-ms MS] [--min-ms MS] SCHEMA FILE...");
  process.exit(2);
}

const args = process.argv.slice(2);
let runs = 0;
let warmupMs = 500;
let minMs = 1000;
while (args.length > 0 && args[0].startsWith("--")) {
  const flag = args.shift();
  const value = Number(args.shift());
  if (!Number.isFinite(value) || value < 0) usage();
  if (flag === "--runs") runs = value;
  else if (flag === "--warmup-ms") warmupMs = value;
  else if (flag === "--min-ms") minMs = value;
  else usage();
}
const [schemaFile, ...files] = args;
if (!schemaFile) usage();

// ajv lives in schema/conformance/node_modules, next to the schema's own
// directory (schema/v1), not in a node_modules this script's directory
// would reach.
const conformance = path.resolve(path.dirname(schemaFile), "..", "conformance");
const requireConformance = createRequire(path.join(conformance, "package.json"));
const Ajv2020 = requireConformance("ajv/dist/2020");
const addFormats = requireConformance("ajv-formats");

const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

function once(text) {
  if (global.gc) global.gc();
  const start = process.hrtime.bigint();
  const valid = validate(JSON.parse(text));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { valid, ms };
}

for (const file of files) {
  const bytes = fs.statSync(file).size;
  const text = fs.readFileSync(file, "utf8");
  let last;
  for (let spent = 0, n = 0; n < 1 || spent < warmupMs; n++) {
    last = once(text);
    spent += last.ms;
  }
  const times = [];
  for (let spent = 0; runs > 0 ? times.length < runs : times.length < 3 || spent < minMs; ) {
    last = once(text);
    times.push(last.ms);
    spent += last.ms;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  console.log(
    JSON.stringify({
      file,
      bytes,
      valid: last.valid,
      errors: last.valid ? 0 : validate.errors.length,
      runs: times.length,
      medianMs,
      minMs: times[0],
    }),
  );
}
