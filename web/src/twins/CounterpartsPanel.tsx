/**
 * On every dataset page: its counterparts in the other city, each with why in words, then similar datasets
 * of its own city; answered by the counterpart engine (/api/datasets/{id}/related).
 */
import { useEffect, useState } from 'react';
import type { City, Language } from '../../../catalog-schema/types';
import { getRelated, type RelatedDataset, type RelatedResult } from '../api';
import { CityBadge } from '../components/badges';
import { isMessageKey, pick, t } from '../i18n';
import { DatasetActions } from '../team/DatasetActions';
import { counterpartReasons } from './counterpart-reasons';

interface Props {
  id: string;
  /** The open dataset's city, once its record has loaded. */
  city?: City;
  language: Language;
  onSelect(id: string): void;
}

export function CounterpartsPanel({ id, city, language, onSelect }: Props) {
  const [related, setRelated] = useState<RelatedResult>();
  useEffect(() => {
    const controller = new AbortController();
    setRelated(undefined);
    // Counterparts add to the page; when they fail the rest of it stands.
    getRelated(id, controller.signal).then(setRelated, () => undefined);
    return () => controller.abort();
  }, [id]);
  if (!related || !city) return null;
  const other = related.items.filter((item) => item.dataset.city !== city);
  const same = related.items.filter((item) => item.dataset.city === city);
  const emptyKey = related.empty && `counterpartsEmpty_${related.empty.code}`;
  return (
    <>
      <section className="related counterparts" aria-labelledby="counterparts-heading">
        <h3 id="counterparts-heading">{t(language, 'counterparts')}</h3>
        {other.length ? (
          <RelatedList items={other} language={language} onSelect={onSelect} />
        ) : (
          <p className="empty">
            {emptyKey && isMessageKey(emptyKey) ? t(language, emptyKey) : t(language, 'noCounterparts')}
          </p>
        )}
      </section>
      {same.length > 0 && (
        <section className="related" aria-labelledby="same-city-heading">
          <h3 id="same-city-heading">{t(language, 'relatedSameCity')}</h3>
          <RelatedList items={same} language={language} onSelect={onSelect} />
        </section>
      )}
    </>
  );
}

function RelatedList(props: { items: RelatedDataset[]; language: Language; onSelect(id: string): void }) {
  const { items, language } = props;
  return (
    <ul>
      {items.map(({ dataset, score, reasons }) => {
        const title = pick(dataset.title, language);
        return (
          <li key={dataset.id} className="counterpart">
            <span className="with-toggle">
              <button type="button" onClick={() => props.onSelect(dataset.id)}>
                <CityBadge city={dataset.city} language={language} />
                {title}
              </button>
              <DatasetActions id={dataset.id} title={title} language={language} />
            </span>
            <span className="counterpart-why">
              {t(language, 'score', { n: Math.round(score * 100) })} ·{' '}
              {counterpartReasons(reasons, language).join(' · ')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
