/**
 * The API contract: every route's schema module, registered once here. The server's validators and
 * route table, the OpenAPI document and the web client's types all come from ROUTES.
 * Adding a route = one module in routes/ + one line below (see README, "Adding a route").
 */
import type { RouteContract } from './contract';
import { buildOpenApi } from './openapi';
import { apiDocsAsset, apiDocsPage, openApiDocument } from './routes/api-docs';
import { auditLog } from './routes/audit-log';
import { catalogueStats } from './routes/catalogue-stats';
import { ckanActions } from './routes/ckan-actions';
import { createCollection } from './routes/create-collection';
import { dcatCatalog } from './routes/dcat-catalog';
import { dcatCatalogNegotiated } from './routes/dcat-catalog-negotiated';
import { dcatCatalogTurtle } from './routes/dcat-catalog-turtle';
import { dcatDatasetJsonLd, dcatDatasetTurtle } from './routes/dcat-dataset';
import { deleteCollection } from './routes/delete-collection';
import { exportCollection } from './routes/export-collection';
import { getCollection } from './routes/get-collection';
import { getDataset } from './routes/get-dataset';
import { listAreas } from './routes/list-areas';
import { listCollections } from './routes/list-collections';
import { previewResource } from './routes/preview-resource';
import { recentFeed } from './routes/recent-feed';
import { relatedDatasets } from './routes/related-datasets';
import { replaceCollection } from './routes/replace-collection';
import { searchDatasets } from './routes/search-datasets';
import { setDatasetArea } from './routes/set-dataset-area';
import { twinPairs } from './routes/twin-pairs';

export * from './contract';
export * from './search-limits';
export * from './counterparts';
export { buildOpenApi, type OpenApiDocument } from './openapi';
export { CKAN_ACTION_PREFIXES } from './routes/ckan-actions';
export {
  apiDocsAsset,
  apiDocsPage,
  auditLog,
  catalogueStats,
  createCollection,
  dcatCatalog,
  dcatCatalogNegotiated,
  dcatCatalogTurtle,
  dcatDatasetJsonLd,
  dcatDatasetTurtle,
  deleteCollection,
  exportCollection,
  getCollection,
  getDataset,
  listAreas,
  listCollections,
  openApiDocument,
  previewResource,
  recentFeed,
  relatedDatasets,
  replaceCollection,
  searchDatasets,
  setDatasetArea,
  twinPairs,
};

export const ROUTES: readonly RouteContract[] = [
  searchDatasets,
  // before getDataset, whose /api/datasets/{id} matches their paths as well
  dcatDatasetJsonLd,
  dcatDatasetTurtle,
  getDataset,
  relatedDatasets,
  twinPairs,
  previewResource,
  setDatasetArea,
  listAreas,
  catalogueStats,
  listCollections,
  createCollection,
  getCollection,
  replaceCollection,
  deleteCollection,
  exportCollection,
  auditLog,
  ...ckanActions,
  dcatCatalogNegotiated,
  dcatCatalog,
  dcatCatalogTurtle,
  recentFeed,
  openApiDocument,
  apiDocsPage,
  apiDocsAsset,
];

/** The document, built once per process. */
export const OPENAPI_DOCUMENT = buildOpenApi(ROUTES);
