/** One page of results: title in the chosen script, publisher, city, areas and formats; sort and paging. */
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { datasetCount, pick, t, type MessageKey } from '../i18n';
import { DatasetActions } from '../team/DatasetActions';
import { AreaChips, CityBadge } from './badges';
import { PAGE_SIZE, SORTS, type Sort } from '../search-state';

interface Props {
  items: DatasetRecord[];
  total: number;
  page: number;
  sort: Sort;
  language: Language;
  selected?: string;
  loading: boolean;
  onSelect(id: string): void;
  /** The result under the pointer or keyboard focus, for the map to highlight; undefined when none. */
  onHover(id: string | undefined): void;
  onPage(page: number): void;
  onSort(sort: Sort): void;
}

export function ResultList(props: Props) {
  const { items, total, page, sort, language, selected, loading } = props;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <section className="results" aria-busy={loading}>
      <div className="results-head">
        <strong data-testid="total">
          {loading ? t(language, 'loading') : datasetCount(language, total)}
        </strong>
        <select value={sort} onChange={(event) => props.onSort(event.target.value as Sort)}>
          {SORTS.map((option) => (
            <option key={option} value={option}>
              {t(language, `sort_${option}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {!loading && !items.length && <p className="empty">{t(language, 'noResults')}</p>}
      <ol className="result-items">
        {items.map((record) => (
          <li key={record.id} aria-current={record.id === selected} className="with-toggle">
            <button
              type="button"
              onClick={() => props.onSelect(record.id)}
              onMouseEnter={() => props.onHover(record.id)}
              onMouseLeave={() => props.onHover(undefined)}
              onFocus={() => props.onHover(record.id)}
              onBlur={() => props.onHover(undefined)}
            >
              <span className="result-title">{pick(record.title, language)}</span>
              <span className="result-meta">
                <CityBadge city={record.city} language={language} />
                {pick(record.publisher.name, language)}
                {record.modified && <time dateTime={record.modified}> · {record.modified.slice(0, 10)}</time>}
              </span>
              <span className="chips">
                <AreaChips areas={record.areas} language={language} />
                {[...new Set(record.resources.map((resource) => resource.format))]
                  .slice(0, 4)
                  .map((format) => (
                    <span key={format} className="chip format">
                      {format}
                    </span>
                  ))}
              </span>
            </button>
            <DatasetActions id={record.id} title={pick(record.title, language)} language={language} />
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav className="pager">
          <button type="button" disabled={page <= 1} onClick={() => props.onPage(page - 1)}>
            {t(language, 'previous')}
          </button>
          <span>{t(language, 'page', { n: page, m: pages })}</span>
          <button type="button" disabled={page >= pages} onClick={() => props.onPage(page + 1)}>
            {t(language, 'next')}
          </button>
        </nav>
      )}
    </section>
  );
}
