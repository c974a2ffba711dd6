/**
 * RDF quads written as Turtle (n3's Writer) or as compact JSON-LD, so both formats come from the same graph.
 * The JSON-LD writer is a direct mapping of a flat graph (one node object per subject, prefixes in an
 * inline context), because jsonld.js's fromRDF + compact took ~1 s per 100 datasets; tests read the
 * output back with jsonld.js and require exactly the quads it was written from.
 */
import { Writer, type Quad, type Term } from 'n3';
import { LANGUAGES } from '../../catalog-schema';
import { NAMESPACES } from './dcat-vocabularies';

export const JSONLD_CONTEXT: Record<string, string> = { ...NAMESPACES };

export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: NAMESPACES });
  writer.addQuads(quads);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

export function toNTriples(quads: Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(quads);
}

const RDF_TYPE = `${NAMESPACES.rdf}type`;
const XSD_STRING = `${NAMESPACES.xsd}string`;
const PREFIXES = Object.entries(NAMESPACES);
/** RDF/JS lowercases language tags (they compare case-insensitively); JSON-LD keeps the API's `zh-Hant`. */
const LANGUAGE_TAGS = new Map<string, string>(
  LANGUAGES.map((language) => [language.toLowerCase(), language]),
);

/** Compacted predicates, types and datatypes: a few dozen vocabulary terms, looked up for every quad. */
const compacted = new Map<string, string>();
const MAX_COMPACTED = 1000;

/** `dct:title` for a vocabulary IRI under a context prefix; any other IRI stays absolute. */
function compactIri(iri: string): string {
  let result = compacted.get(iri);
  if (result !== undefined) return result;
  result = iri;
  for (const [prefix, namespace] of PREFIXES) {
    if (!iri.startsWith(namespace)) continue;
    const local = iri.slice(namespace.length);
    if (/^[A-Za-z_][\w.-]*$/.test(local)) result = `${prefix}:${local}`;
    break;
  }
  if (compacted.size < MAX_COMPACTED) compacted.set(iri, result);
  return result;
}

type JsonLdValue = string | { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };

function objectValue(object: Term): JsonLdValue {
  if (object.termType === 'NamedNode') return { '@id': object.value };
  if (object.termType === 'BlankNode') return { '@id': `_:${object.value}` };
  if (object.termType !== 'Literal') throw new Error(`cannot write a ${object.termType} as JSON-LD`);
  if (object.language) {
    return { '@value': object.value, '@language': LANGUAGE_TAGS.get(object.language) ?? object.language };
  }
  if (object.datatype.value === XSD_STRING) return object.value;
  return { '@value': object.value, '@type': compactIri(object.datatype.value) };
}

const subjectId = (subject: Term) =>
  subject.termType === 'BlankNode' ? `_:${subject.value}` : subject.value;

/** The nodes of a flat graph, one per subject in the order subjects first appear. */
export function jsonLdNodes(quads: Quad[]): Record<string, unknown>[] {
  const nodes = new Map<string, Record<string, (JsonLdValue | string)[]>>();
  for (const { subject, predicate, object } of quads) {
    const id = subjectId(subject);
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = {}));
    const isType = predicate.value === RDF_TYPE && object.termType === 'NamedNode';
    const key = isType ? '@type' : compactIri(predicate.value);
    (node[key] ??= []).push(isType ? compactIri(object.value) : objectValue(object));
  }
  return [...nodes].map(([id, properties]) => ({
    '@id': id,
    ...Object.fromEntries(
      Object.entries(properties).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    ),
  }));
}

export function toJsonLd(quads: Quad[]): Record<string, unknown> {
  return { '@context': JSONLD_CONTEXT, '@graph': jsonLdNodes(quads) };
}
