/* global process, Buffer */
// Validates RDF graphs against the official DCAT-AP 3.0.1 SHACL shapes (fixtures/standards) with
// rdf-validate-shacl, which is ESM-only, so tests run this as a child process (see dcat-testing.ts).
// stdin: {"<name>": "<Turtle or N-Triples>", ...}; stdout: {"<name>": [violation, ...], ...}.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const shapesDir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/standards/dcat-ap-3.0.1');
const parse = (text) => new Parser().parse(text);
const shapes = ['dcat-ap-SHACL.ttl', 'ranges.ttl'].flatMap((file) =>
  parse(readFileSync(join(shapesDir, file), 'utf8')),
);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const graphs = JSON.parse(Buffer.concat(chunks).toString('utf8'));

// One validator for all graphs: building it (the shapes graph) is the costly part; each run starts a new report.
const validator = new SHACLValidator(shapes);
const out = {};
for (const [name, text] of Object.entries(graphs)) {
  const report = await validator.validate(validator.factory.dataset(parse(text)));
  out[name] = report.results.map((result) => ({
    focusNode: result.focusNode?.value,
    path: result.path?.value,
    value: result.value?.value,
    message: result.message.map((message) => message.value).join(' '),
    constraint: result.sourceConstraintComponent?.value,
    shape: result.sourceShape?.value,
    severity: result.severity?.value,
  }));
}
process.stdout.write(JSON.stringify(out));
