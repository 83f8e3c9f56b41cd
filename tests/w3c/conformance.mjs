// Applies the W3C Web Annotation test suite to Lector's W3C exports, the way
// web-platform-tests' annotation-model harness (resources/JSONtest.js) does:
// every assertion of annotations/*.test and collections/**/*.test, each a
// draft-04 JSON Schema validated with ajv against the document, its result
// compared with the assertion's expectedResult, and its onUnexpectedResult
// deciding whether later assertions of the list still run.
//
//   node tests/w3c/conformance.mjs <suite folder> <exports folder>
//
// The exports folder holds annotation-*.jsonld (standalone annotations) and
// collection.jsonld, as written by
//   cargo run -p lector-annotations --example w3c_exports -- <exports folder>
// Annotations inside the collection are checked too, each with the
// collection's @context (which they inherit).
//
// Prints, per document and in total, how many MUST, SHOULD and MAY
// assertions pass. Fails (exit 1) if any MUST fails, or a SHOULD that
// applies to what Lector holds fails; the SHOULDs that do not apply are
// listed below with the reason, and printed when they fail.

import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const [suite, exportsDir] = process.argv.slice(2);
if (!suite || !exportsDir) {
  console.error("usage: node tests/w3c/conformance.mjs <suite folder> <exports folder>");
  process.exit(2);
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// SHOULDs about things Lector does not hold, by assertion file name: (document) => reason, or null if it applies.
const noBody = (doc) => (doc.body === undefined && doc.bodyValue === undefined ? "a plain highlight has no body" : null);
const notApplicable = {
  "3.1-bodyKeyFound.json": noBody,
  "3.2.1-bodySingleFormat.json": noBody,
  "3.2.1-bodySingleLanguage.json": noBody,
  "3.3.1-bodySingleCreator.json": noBody,
  "3.3.1-bodyCreated.json": noBody,
  "3.2.4-bodyETBTypeTextualBody.json": noBody,
  "3.3.2-bodyCreatorAgentIdImplemented.json": noBody,
  "3.3.2-bodyCreatorAgentTypeImplemented.json": noBody,
  "3.3.2-bodyCreatorAgentNicknameImplemented.json": noBody,
  "3.3.2-bodyCreatorAgentSingleNameImplemented.json": noBody,
  // The target is the publisher's article: Lector knows its address, title, outlet and date, not who made it or when.
  "3.3.1-targSingleCreator.json": () => "the article's author is not known to Lector",
  "3.3.1-targCreated.json": () => "the article's creation time is not known to Lector",
  "3.3.2-targCreatorAgentIdImplemented.json": () => "the article's author is not known to Lector",
  "3.3.2-targCreatorAgentTypeImplemented.json": () => "the article's author is not known to Lector",
  "3.3.2-targCreatorAgentNicknameImplemented.json": () => "the article's author is not known to Lector",
  "3.3.2-targCreatorAgentSingleNameImplemented.json": () => "the article's author is not known to Lector",
  "4.2.1-conformsTo.json": () => "only for FragmentSelector, which Lector does not write",
};

const ajv = new Ajv({ allErrors: true, validateSchema: false, strict: false });
addFormats(ajv);
for (const file of fs.readdirSync(path.join(suite, "definitions")).filter((f) => f.endsWith(".json"))) {
  ajv.addSchema(readJson(path.join(suite, "definitions", file)));
}

const compiled = new Map();
function validator(assertionFile) {
  if (!compiled.has(assertionFile)) {
    const schema = readJson(path.join(suite, assertionFile));
    compiled.set(assertionFile, { schema, validate: ajv.compile(schema) });
  }
  return compiled.get(assertionFile);
}

function testsUnder(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...testsUnder(full));
    else if (entry.name.endsWith(".test")) found.push(full);
  }
  return found.sort();
}

// Runs one .test's assertion list (nested lists recurse) as JSONtest.runTests does.
function runList(assertions, doc, results, testName, action = "continue") {
  for (const assertion of assertions) {
    if (Array.isArray(assertion)) {
      if (runList(assertion, doc, results, testName, action) === "abort") action = "abort";
      continue;
    }
    const file = typeof assertion === "string" ? assertion : assertion.assertionFile;
    const { schema, validate } = validator(file);
    const level = schema.assertionType ?? "must";
    if (action !== "continue") {
      results.push({ testName, file, level, outcome: "skipped" });
      continue;
    }
    const valid = validate(doc);
    const expected = schema.expectedResult ?? "valid";
    const asExpected = (expected === "valid") === valid;
    if (!asExpected) {
      const onUnexpected = schema.onUnexpectedResult ?? "failAndContinue";
      action = onUnexpected.endsWith("Skip") ? "skip" : onUnexpected.endsWith("Abort") ? "abort" : "continue";
    }
    results.push({
      testName,
      file,
      level,
      outcome: asExpected ? "pass" : "fail",
      errors: asExpected ? "" : ajv.errorsText(validate.errors ?? []),
      message: schema.errorMessage ?? "",
    });
  }
  return action;
}

function runTests(testFiles, doc) {
  const results = [];
  for (const testFile of testFiles) {
    const test = readJson(testFile);
    runList(test.assertions, doc, results, path.relative(suite, testFile));
  }
  return results;
}

const annotationTests = testsUnder(path.join(suite, "annotations"));
const collectionTests = testsUnder(path.join(suite, "collections"));

const documents = [];
for (const name of fs.readdirSync(exportsDir).sort()) {
  const doc = readJson(path.join(exportsDir, name));
  if (name.startsWith("annotation-")) {
    documents.push({ name, doc, tests: annotationTests });
  } else if (doc.type === "AnnotationCollection") {
    documents.push({ name, doc, tests: collectionTests });
    (doc.first?.items ?? []).forEach((item, i) => {
      documents.push({ name: `${name} item ${i + 1}`, doc: { "@context": doc["@context"], ...item }, tests: annotationTests });
    });
  }
}
if (!documents.some((d) => d.tests === annotationTests) || !documents.some((d) => d.tests === collectionTests)) {
  console.error(`${exportsDir} must hold annotation-*.jsonld and collection.jsonld`);
  process.exit(2);
}

const totals = { annotation: {}, collection: {} };
const problems = [];
const count = (into, level, key) => {
  into[level] ??= { pass: 0, total: 0, applicable: 0, applicablePass: 0 };
  into[level][key] += 1;
};
for (const { name, doc, tests } of documents) {
  const results = runTests(tests, doc);
  const kind = tests === annotationTests ? "annotation" : "collection";
  const mine = {};
  for (const r of results) {
    const base = path.basename(r.file);
    const reason = r.level === "should" ? notApplicable[base]?.(doc) ?? null : null;
    for (const into of [mine, totals[kind]]) {
      count(into, r.level, "total");
      if (r.outcome === "pass") count(into, r.level, "pass");
      if (!reason) {
        count(into, r.level, "applicable");
        if (r.outcome === "pass") count(into, r.level, "applicablePass");
      }
    }
    if (r.outcome !== "pass" && r.level === "must") problems.push(`${name}: MUST ${r.file}: ${r.message} ${r.errors}`);
    if (r.outcome !== "pass" && r.level === "should" && !reason)
      problems.push(`${name}: SHOULD ${r.file}: ${r.message} ${r.errors}`);
    if (r.outcome !== "pass" && r.level === "should" && reason && process.env.VERBOSE)
      console.log(`  n/a ${name}: ${base} (${reason})`);
  }
  const show = (level) => {
    const c = mine[level] ?? { pass: 0, total: 0, applicable: 0, applicablePass: 0 };
    const applicable = level === "should" ? ` (applicable ${c.applicablePass}/${c.applicable})` : "";
    return `${level.toUpperCase()} ${c.pass}/${c.total}${applicable}`;
  };
  console.log(`${name.padEnd(48)} ${show("must")} · ${show("should")} · ${show("may")}`);
}

for (const [kind, byLevel] of Object.entries(totals)) {
  const line = ["must", "should", "may"]
    .map((level) => {
      const c = byLevel[level] ?? { pass: 0, total: 0, applicable: 0, applicablePass: 0 };
      const applicable = level === "should" ? ` (applicable ${c.applicablePass}/${c.applicable})` : "";
      return `${level.toUpperCase()} ${c.pass}/${c.total}${applicable}`;
    })
    .join(" · ");
  console.log(`total, ${kind} assertions: ${line}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} required assertion(s) failed:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log("every MUST and every applicable SHOULD passes");
