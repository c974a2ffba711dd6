/**
 * The whole catalogue as one DCAT-AP JSON-LD document (`npm run export -- --format dcat`), written dataset
 * by dataset so a large catalogue streams: the catalogue node first, then each dataset's nodes and the
 * catalogue's link to it (JSON-LD merges node objects that share an @id).
 */
import { DataFactory } from 'n3';
import type { DatasetRecord } from '../../catalog-schema';
import { catalogIri, catalogQuads, datasetIri, datasetQuads } from './dcat';
import { NAMESPACES } from './dcat-vocabularies';
import { JSONLD_CONTEXT, jsonLdNodes } from './rdf-serialise';

const { namedNode, quad } = DataFactory;

export function* dcatJsonLdExport(records: Iterable<DatasetRecord>, baseUrl: string): Generator<string> {
  const catalog = namedNode(catalogIri(baseUrl));
  const inCatalog = namedNode(`${NAMESPACES.dcat}dataset`);
  yield `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[`;
  yield jsonLdNodes(catalogQuads(baseUrl, []))
    .map((node) => `\n${JSON.stringify(node)}`)
    .join(',');
  for (const record of records) {
    const link = quad(catalog, inCatalog, namedNode(datasetIri(baseUrl, record.id)));
    for (const node of jsonLdNodes([link, ...datasetQuads(baseUrl, record)])) {
      yield `,\n${JSON.stringify(node)}`;
    }
  }
  yield '\n]}\n';
}
