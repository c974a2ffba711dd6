/**
 * The explorer: search and filters on the left, results in the middle, the map on the right, a dataset's
 * detail or an organisers' collection over the results. The whole view lives in the URL (use-url-state.ts),
 * so it can be shared and the back button works.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { DatasetRecord, Language } from '../../catalog-schema/types';
import { listCollections, type Collection, type Preview } from './api';
import { CityComparison } from './components/CityComparison';
import { CollectionList } from './components/CollectionList';
import { CollectionView } from './components/CollectionView';
import { DatasetDetail } from './components/DatasetDetail';
import { FacetPanel } from './components/FacetPanel';
import { ResultList } from './components/ResultList';
import { SearchBar } from './components/SearchBar';
import { useSearch } from './hooks/use-search';
import { useUrlState } from './hooks/use-url-state';
import { t } from './i18n';
import { ResultsExport } from './shortlist/ResultsExport';
import { ShortlistContext, useShortlistStore } from './shortlist/use-shortlist';
import { TeamBar } from './team/TeamBar';
import { readCollections } from './curator/curator-client';
import { CuratorContext, useCuratorStore } from './curator/use-curator';
import type { MapRecord } from './geometry';
import { initialState, toggleFilter, type BBox, type Filter, type Sort } from './search-state';

const NO_RECORDS: DatasetRecord[] = [];

// MapLibre is most of the code: the list and filters show while it loads.
const DatasetMap = lazy(() =>
  import('./components/DatasetMap').then((module) => ({ default: module.DatasetMap })),
);

// The team's pages load when first opened, keeping them out of the first page's JavaScript.
const ShortlistPage = lazy(() =>
  import('./shortlist/ShortlistPage').then((module) => ({ default: module.ShortlistPage })),
);
const TwinsPage = lazy(() => import('./twins/TwinsPage').then((module) => ({ default: module.TwinsPage })));
const CollectionEditor = lazy(() =>
  import('./curator/CollectionEditor').then((module) => ({ default: module.CollectionEditor })),
);

export function App() {
  const [state, update] = useUrlState();
  const { results, shown } = useSearch(state);
  const [mapPreview, setMapPreview] = useState<Extract<Preview, { kind: 'geojson' }>>();
  const [hovered, setHovered] = useState<string>();
  const [openRecord, setOpenRecord] = useState<DatasetRecord>();
  const [collections, setCollections] = useState<Collection[]>([]);
  /** A page's own records (a collection, the shortlist, the twin pairs), drawn instead of the results. */
  const [collectionRecords, setCollectionRecords] = useState<readonly MapRecord[]>();
  const shortlist = useShortlistStore();
  const curator = useCuratorStore();
  /** The collection open in the curator's editor ('' for a new one); not in the URL: it is one curator's work. */
  const [editing, setEditing] = useState<string>();

  // A preview's features belong to its dataset's page: closing the page takes them off the map.
  useEffect(() => {
    if (!state.dataset) {
      setMapPreview(undefined);
      setOpenRecord(undefined);
    }
  }, [state.dataset]);

  useEffect(() => {
    // Collections are a bonus: without them (or when the call fails) the explorer is the same.
    const read = curator.revision ? readCollections() : listCollections().then((value) => value.items);
    read.then(setCollections, () => setCollections([]));
  }, [curator.revision]);
  const openCollection = collections.find((collection) => collection.id === state.collection);
  // A collection's or the shortlist's records replace the results on the map while that page is open.
  const pageOpen = !!openCollection || !!state.view;
  useEffect(() => {
    if (!pageOpen) setCollectionRecords(undefined);
  }, [pageOpen]);

  // The open dataset is drawn even when it is not on this page of results (a related one, a shared link).
  const mapRecords = useMemo(() => {
    const items: readonly MapRecord[] = collectionRecords ?? shown?.items ?? NO_RECORDS;
    return openRecord && !items.some((item) => item.id === openRecord.id) ? [...items, openRecord] : items;
  }, [shown, openRecord, collectionRecords]);
  const previewFeatures = useMemo(
    () => mapPreview && { ...mapPreview.data, bbox: mapPreview.bbox },
    [mapPreview],
  );
  const onSearch = useCallback((q: string) => update((current) => ({ ...current, q, page: 1 })), [update]);
  const onLanguage = useCallback(
    (language: Language) => update((current) => ({ ...current, language })),
    [update],
  );
  const onSelect = useCallback((dataset: string) => update((current) => ({ ...current, dataset })), [update]);
  const onToggle = (filter: Filter, value: string) =>
    update((current) => toggleFilter(current, filter, value));
  const onSearchArea = (bbox: BBox | undefined) => update((current) => ({ ...current, bbox, page: 1 }));

  return (
    <ShortlistContext.Provider value={shortlist}>
      <CuratorContext.Provider value={curator}>
        <div className="app">
          <SearchBar q={state.q} language={state.language} onSearch={onSearch} onLanguage={onLanguage} />
          <main>
            <div className="left">
              <TeamBar
                language={state.language}
                view={state.view}
                collections={collections}
                onView={(view) => {
                  setEditing(undefined);
                  update((current) => ({
                    ...current,
                    view,
                    shortlist: undefined,
                    dataset: undefined,
                    collection: undefined,
                  }));
                }}
                onNewCollection={() => setEditing('')}
              />
              <CollectionList
                collections={collections}
                open={state.collection}
                language={state.language}
                onOpen={(collection) =>
                  update((current) => ({ ...current, collection, dataset: undefined, view: undefined }))
                }
              />
              <FacetPanel
                state={state}
                facets={shown?.facets ?? {}}
                onToggle={onToggle}
                onClear={() => update((current) => ({ ...initialState(current.language), q: current.q }))}
              />
            </div>
            <div className="middle">
              <Suspense fallback={<p>{t(state.language, 'loading')}</p>}>
                {results.state === 'failed' && (
                  <p className="error" role="alert">
                    {t(state.language, 'error', { message: results.message })}
                  </p>
                )}
                {editing !== undefined && curator.token ? (
                  <CollectionEditor
                    key={editing}
                    id={editing || undefined}
                    language={state.language}
                    onCancel={() => setEditing(undefined)}
                    onSaved={(saved) => {
                      setEditing(undefined);
                      update((current) => ({
                        ...current,
                        collection: saved.id,
                        dataset: undefined,
                        view: undefined,
                      }));
                    }}
                  />
                ) : state.dataset ? (
                  <DatasetDetail
                    id={state.dataset}
                    language={state.language}
                    onClose={() => update((current) => ({ ...current, dataset: undefined }))}
                    onSelect={onSelect}
                    onLoaded={setOpenRecord}
                    onMapPreview={setMapPreview}
                  />
                ) : state.view === 'shortlist' ? (
                  <ShortlistPage
                    sharedIds={state.shortlist}
                    language={state.language}
                    onSelect={onSelect}
                    onClose={() =>
                      update((current) => ({ ...current, view: undefined, shortlist: undefined }))
                    }
                    onOpenMine={() => update((current) => ({ ...current, shortlist: undefined }))}
                    onLoaded={setCollectionRecords}
                  />
                ) : state.view === 'twins' ? (
                  <TwinsPage
                    language={state.language}
                    onSelect={onSelect}
                    onClose={() => update((current) => ({ ...current, view: undefined }))}
                    onLoaded={setCollectionRecords}
                  />
                ) : openCollection ? (
                  <CollectionView
                    collection={openCollection}
                    language={state.language}
                    onClose={() => update((current) => ({ ...current, collection: undefined }))}
                    onEdit={curator.token ? () => setEditing(openCollection.id) : undefined}
                    onSelect={onSelect}
                    onLoaded={setCollectionRecords}
                  />
                ) : (
                  <>
                    <CityComparison
                      state={state}
                      onOpen={(city, area) =>
                        update((current) => ({
                          ...current,
                          filters: { ...current.filters, city: [city], area: [area] },
                          page: 1,
                        }))
                      }
                    />
                    <ResultsExport search={state} language={state.language} />
                    <ResultList
                      items={shown?.items ?? NO_RECORDS}
                      total={shown?.total ?? 0}
                      page={state.page}
                      sort={state.sort}
                      language={state.language}
                      loading={results.state === 'loading'}
                      onSelect={onSelect}
                      onHover={setHovered}
                      onPage={(page) => update((current) => ({ ...current, page }))}
                      onSort={(sort: Sort) => update((current) => ({ ...current, sort, page: 1 }))}
                    />
                  </>
                )}
              </Suspense>
            </div>
            <Suspense fallback={<div className="map-panel" />}>
              <DatasetMap
                records={mapRecords}
                selected={state.dataset}
                focus={openRecord?.spatial.bbox}
                hovered={hovered}
                preview={previewFeatures}
                areaFilter={state.bbox}
                language={state.language}
                onSelect={onSelect}
                onSearchArea={onSearchArea}
              />
            </Suspense>
          </main>
        </div>
      </CuratorContext.Provider>
    </ShortlistContext.Provider>
  );
}
