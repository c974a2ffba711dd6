/**
 * One dataset: its text in the chosen script, publisher and dates, resources with a preview of any of them
 * (a table here, or features on the map), and its counterparts in the other city.
 */
import { useEffect, useState } from 'react';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { getDataset, getPreview, type Preview } from '../api';
import { RecordView, type Loaded } from '../dataset/RecordView';
import { t } from '../i18n';
import { CounterpartsPanel } from '../twins/CounterpartsPanel';

interface Props {
  id: string;
  language: Language;
  onClose(): void;
  onSelect(id: string): void;
  /** The record once loaded, so the map can show and frame it even when it is not among the results. */
  onLoaded(record: DatasetRecord | undefined): void;
  onMapPreview(preview: Extract<Preview, { kind: 'geojson' }> | undefined): void;
}

function useLoaded<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    load(controller.signal).then(
      (value) => setLoaded({ state: 'ready', value }),
      (error: Error) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', error });
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
      (error: Error) => setPreviewing({ index, preview: { state: 'failed', error } }),
    );
  };

  return (
    <article className="detail" aria-label="dataset">
      <button type="button" className="close" onClick={onClose} aria-label={t(language, 'close')}>
        ×
      </button>
      {dataset.state === 'loading' && <p>{t(language, 'loading')}</p>}
      {dataset.state === 'failed' && (
        <p className="error">{t(language, 'error', { message: dataset.error.message })}</p>
      )}
      {dataset.state === 'ready' && (
        <RecordView
          record={dataset.value}
          language={language}
          previewing={previewing}
          onPreview={preview}
          onSelect={onSelect}
        />
      )}
      <CounterpartsPanel id={id} city={record?.city} language={language} onSelect={onSelect} />
    </article>
  );
}
