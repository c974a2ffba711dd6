/**
 * The shortlist page: the team's datasets (or a shared link's), each removable, a link to share them, and
 * the data manifest to download as CSV, JSON or Markdown.
 */
import { useEffect, useState } from 'react';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { CityBadge } from '../components/badges';
import { datasetCount, pick, t } from '../i18n';
import { CopyField } from '../components/CopyField';
import { loadRecords } from './load-records';
import { datedName, saveFile } from './save-file';
import { shortlistLink } from './shortlist-ids';
import { DatasetActions } from '../team/DatasetActions';
import { useShortlist } from './use-shortlist';

interface Props {
  /** Ids from a shared link; undefined shows this browser's own shortlist. */
  sharedIds?: string[];
  language: Language;
  onSelect(id: string): void;
  onClose(): void;
  onOpenMine(): void;
  /** The records once loaded, for the map. */
  onLoaded(records: DatasetRecord[]): void;
}

type Loaded =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; records: DatasetRecord[]; missing: string[] };

const FORMATS = [
  { format: 'CSV', extension: 'csv', type: 'text/csv;charset=utf-8' },
  { format: 'JSON', extension: 'json', type: 'application/json' },
  { format: 'Markdown', extension: 'md', type: 'text/markdown;charset=utf-8' },
] as const;

export function ShortlistPage({ sharedIds, language, onSelect, onClose, onOpenMine, onLoaded }: Props) {
  const shortlist = useShortlist();
  const ids = sharedIds ?? shortlist.ids;
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const key = ids.join('\n');

  useEffect(() => {
    const controller = new AbortController();
    // Removing one dataset keeps the others on screen instead of flashing "loading".
    setLoaded((current) => (current.state === 'ready' ? current : { state: 'loading' }));
    loadRecords(ids, controller.signal).then(
      ({ records, missing }) => {
        setLoaded({ state: 'ready', records, missing });
        onLoaded(records);
      },
      (error: Error) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: error.message });
      },
    );
    return () => controller.abort();
    // `key` is `ids`, by value.
  }, [key, onLoaded]);

  const records = loaded.state === 'ready' ? loaded.records.filter((record) => ids.includes(record.id)) : [];

  const download = async (choice: (typeof FORMATS)[number]) => {
    // The builders (and papaparse) load only when someone exports.
    const { manifestOf, manifestCsv, manifestJson, manifestMarkdown } = await import('./manifest');
    const manifest = manifestOf(records, location.origin, new Date());
    const text =
      choice.extension === 'csv'
        ? manifestCsv(manifest)
        : choice.extension === 'json'
          ? manifestJson(manifest)
          : manifestMarkdown(manifest, t(language, 'manifestHeading'));
    saveFile(datedName('shortlist', choice.extension), text, choice.type);
  };

  return (
    <article className="detail shortlist-page" aria-labelledby="shortlist-heading">
      <button type="button" className="close" onClick={onClose} aria-label={t(language, 'close')}>
        ×
      </button>
      <h2 id="shortlist-heading">
        {sharedIds ? t(language, 'shortlistShared', { n: sharedIds.length }) : t(language, 'shortlist')}
      </h2>
      <p className="detail-meta">{datasetCount(language, ids.length)}</p>
      {sharedIds && (
        <p className="team-actions">
          <button type="button" onClick={() => shortlist.addAll(sharedIds)}>
            {t(language, 'shortlistKeepShared')}
          </button>
          <button type="button" onClick={onOpenMine}>
            {t(language, 'shortlistMine')}
          </button>
        </p>
      )}
      {!ids.length && <p className="empty">{t(language, 'shortlistEmpty')}</p>}
      {loaded.state === 'loading' && ids.length > 0 && <p>{t(language, 'loading')}</p>}
      {loaded.state === 'failed' && (
        <p className="error" role="alert">
          {t(language, 'error', { message: loaded.message })}
        </p>
      )}
      {loaded.state === 'ready' && loaded.missing.length > 0 && (
        <p className="note">{t(language, 'missingDatasets', { ids: loaded.missing.join(', ') })}</p>
      )}
      <ol className="result-items">
        {records.map((record) => (
          <li key={record.id} className="with-toggle">
            <button type="button" onClick={() => onSelect(record.id)}>
              <span className="result-title">{pick(record.title, language)}</span>
              <span className="result-meta">
                <CityBadge city={record.city} language={language} />
                {pick(record.publisher.name, language)}
              </span>
            </button>
            <DatasetActions id={record.id} title={pick(record.title, language)} language={language} />
          </li>
        ))}
      </ol>
      {ids.length > 0 && (
        <>
          <h3>{t(language, 'manifest')}</h3>
          <p className="team-actions">
            {FORMATS.map((choice) => (
              <button
                key={choice.extension}
                type="button"
                disabled={loaded.state !== 'ready'}
                onClick={() => void download(choice)}
              >
                {t(language, 'download', { format: choice.format })}
              </button>
            ))}
          </p>
          <CopyField
            label={t(language, 'shareLink')}
            value={shortlistLink(location.origin, ids)}
            language={language}
          />
          {!sharedIds && (
            <p className="team-actions">
              <button type="button" onClick={shortlist.clear}>
                {t(language, 'shortlistClear')}
              </button>
            </p>
          )}
        </>
      )}
    </article>
  );
}
