/**
 * One dataset: its text in the chosen script, publisher and dates, resources with a preview of any of them
 * (a table here, or features on the map), and related datasets from both cities.
 */
import { useEffect, useState } from 'react';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { getDataset, getPreview, getRelated, type Preview, type RelatedDataset } from '../api';
import { facetLabel, pick, t } from '../i18n';
import { AreaChips, CityBadge } from './badges';
import { PreviewTable } from './PreviewTable';

interface Props {
  id: string;
  language: Language;
  onClose(): void;
  onSelect(id: string): void;
  /** The record once loaded, so the map can show and frame it even when it is not among the results. */
  onLoaded(record: DatasetRecord | undefined): void;
  onMapPreview(preview: Extract<Preview, { kind: 'geojson' }> | undefined): void;
}

type Loaded<T> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; value: T };

function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (value) => setLoaded({ state: 'ready', value }),
      (error: Error) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: error.message });
      },
    );
    return () => controller.abort();
    // `key` names what `load` reads.
  }, [key]);
  return loaded;
}

export function DatasetDetail({ id, language, onClose, onSelect, onLoaded, onMapPreview }: Props) {
  const dataset = useLoaded((signal) => getDataset(id, signal), id);
  const record = dataset.state === 'ready' ? dataset.value : undefined;
  useEffect(() => onLoaded(record), [record, onLoaded]);
  const related = useLoaded((signal) => getRelated(id, signal), id);
  const [previewing, setPreviewing] = useState<{ index: number; preview: Loaded<Preview> }>();

  useEffect(() => {
    setPreviewing(undefined);
    onMapPreview(undefined);
  }, [id, onMapPreview]);

  const preview = (index: number) => {
    setPreviewing({ index, preview: { state: 'loading' } });
    getPreview(id, index).then(
      (value) => {
        setPreviewing({ index, preview: { state: 'ready', value } });
        onMapPreview(value.kind === 'geojson' ? value : undefined);
      },
      (error: Error) => setPreviewing({ index, preview: { state: 'failed', message: error.message } }),
    );
  };

  return (
    <article className="detail" aria-label="dataset">
      <button type="button" className="close" onClick={onClose} aria-label={t(language, 'close')}>
        ×
      </button>
      {dataset.state === 'loading' && <p>{t(language, 'loading')}</p>}
      {dataset.state === 'failed' && (
        <p className="error">{t(language, 'error', { message: dataset.message })}</p>
      )}
      {dataset.state === 'ready' && (
        <Record record={dataset.value} language={language} previewing={previewing} onPreview={preview} />
      )}
      {related.state === 'ready' && related.value.items.length > 0 && (
        <section className="related">
          <h3>{t(language, 'related')}</h3>
          <ul>
            {related.value.items.map(({ dataset }: RelatedDataset) => (
              <li key={dataset.id}>
                <button type="button" onClick={() => onSelect(dataset.id)}>
                  <CityBadge city={dataset.city} language={language} />
                  {pick(dataset.title, language)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Record(props: {
  record: DatasetRecord;
  language: Language;
  previewing?: { index: number; preview: Loaded<Preview> };
  onPreview(index: number): void;
}) {
  const { record, language, previewing } = props;
  return (
    <>
      <h2>{pick(record.title, language)}</h2>
      <p className="detail-meta">
        <CityBadge city={record.city} language={language} />
        {t(language, 'publisher')}: {pick(record.publisher.name, language)}
        {record.modified && ` · ${t(language, 'updated')} ${record.modified.slice(0, 10)}`}
        {record.updateFrequency.raw && ` · ${t(language, 'frequency')}: ${record.updateFrequency.raw}`}
      </p>
      <p className="chips">
        <AreaChips areas={record.areas} language={language} />
      </p>
      {record.areaReasons?.length ? (
        <details className="reasons">
          <summary>{t(language, 'whyAreas')}</summary>
          <ul>
            {record.areaReasons.map((reason, index) => (
              <li key={index}>
                {reason.effect === 'add' ? '+' : '−'} {facetLabel('area', reason.area, language)} ←{' '}
                <code>{reason.rule}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {record.description && <p className="description">{pick(record.description, language)}</p>}
      <p className="links">
        <a href={record.landingPage} target="_blank" rel="noreferrer">
          {t(language, 'portalPage')}
        </a>
        <a href={`/api/datasets/${encodeURIComponent(record.id)}`} target="_blank" rel="noreferrer">
          {t(language, 'apiRecord')}
        </a>
      </p>
      {record.resources.length > 0 && <h3>{t(language, 'resources')}</h3>}
      <ul className="resources">
        {record.resources.map((resource, index) => (
          <li key={`${resource.url}#${index}`}>
            <a href={resource.url} target="_blank" rel="noreferrer">
              {resource.name}
            </a>{' '}
            <span className="chip format">{resource.format}</span>
            <button type="button" onClick={() => props.onPreview(index)}>
              {t(language, 'preview')}
            </button>
            {previewing?.index === index && <PreviewState loaded={previewing.preview} language={language} />}
          </li>
        ))}
      </ul>
    </>
  );
}

function PreviewState({ loaded, language }: { loaded: Loaded<Preview>; language: Language }) {
  if (loaded.state === 'loading') return <p>{t(language, 'previewLoading')}</p>;
  if (loaded.state === 'failed')
    return <p className="error">{t(language, 'error', { message: loaded.message })}</p>;
  if (loaded.value.kind === 'geojson')
    return <p>{t(language, 'previewFeatures', { n: loaded.value.featureCount })}</p>;
  return <PreviewTable preview={loaded.value} />;
}
