/** Test helpers: SHACL violations against the official DCAT-AP 3.0.1 shapes, and JSON-LD read back by jsonld.js. */
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface ShaclViolation {
  focusNode?: string;
  path?: string;
  value?: string;
  message: string;
  constraint?: string;
  shape?: string;
  severity?: string;
}

/** Graphs are Turtle or N-Triples text; all are checked in one child process (the shapes load once). */
export function shaclViolations(graphs: Record<string, string>): Record<string, ShaclViolation[]> {
  const run = spawnSync(process.execPath, [join(__dirname, 'shacl-validate.mjs')], {
    input: JSON.stringify(graphs),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`SHACL validation failed to run: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, ShaclViolation[]>;
}

/** N-Triples of a JSON-LD document, as jsonld.js (the reference implementation) reads it. */
export async function jsonLdToNTriples(document: unknown): Promise<string> {
  return (await jsonld.toRDF(document as never, { format: 'application/n-quads' })) as unknown as string;
}

/** The statements of a Turtle or N-Triples text, written one way and sorted, to compare two serialisations. */
export function statements(text: string): string[] {
  const written = new Writer({ format: 'N-Triples' }).quadsToString(new Parser().parse(text));
  return written.trim().split('\n').filter(Boolean).sort();
}
