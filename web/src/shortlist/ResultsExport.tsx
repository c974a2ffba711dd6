/** "Export results": every result of the current search (up to a cap) as CSV or JSON, in manifest form. */
import { useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { searchDatasets } from '../api';
import { t } from '../i18n';
import type { SearchState } from '../search-state';
import { allResults, EXPORT_CAP } from './all-results';
import { datedName, saveFile } from './save-file';

type Progress =
  | { state: 'idle' }
  | { state: 'reading'; count: number }
  | { state: 'done'; capped: boolean }
  | { state: 'failed'; message: string };

export function ResultsExport({ search, language }: { search: SearchState; language: Language }) {
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const run = async (extension: 'csv' | 'json') => {
    setProgress({ state: 'reading', count: 0 });
    try {
      const [{ records, capped }, { manifestOf, manifestCsv, manifestJson }] = await Promise.all([
        allResults(
          search,
          (state, pageSize) => searchDatasets(state, undefined, pageSize),
          (count) => setProgress({ state: 'reading', count }),
        ),
        import('./manifest'),
      ]);
      const manifest = manifestOf(records, location.origin, new Date());
      saveFile(
        datedName('results', extension),
        extension === 'csv' ? manifestCsv(manifest) : manifestJson(manifest),
        extension === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
      );
      setProgress({ state: 'done', capped });
    } catch (error) {
      setProgress({ state: 'failed', message: (error as Error).message });
    }
  };
  const busy = progress.state === 'reading';
  return (
    <div className="results-export" role="group" aria-label={t(language, 'exportResults')}>
      <span>{t(language, 'exportResults')}:</span>
      <button type="button" disabled={busy} onClick={() => void run('csv')}>
        CSV
      </button>
      <button type="button" disabled={busy} onClick={() => void run('json')}>
        JSON
      </button>
      <span aria-live="polite">
        {progress.state === 'reading' && t(language, 'exporting', { n: progress.count })}
        {progress.state === 'done' && progress.capped && t(language, 'exportCapped', { n: EXPORT_CAP })}
        {progress.state === 'failed' && t(language, 'error', { message: progress.message })}
      </span>
    </div>
  );
}
