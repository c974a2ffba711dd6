/**
 * Twin pairs: the strongest Hong Kong ⇄ Shanghai dataset pairs for a topic or an area, in two columns, each
 * dataset openable, why they pair in words, and both extents on the map.
 */
import { useEffect, useId, useState } from 'react';
import areas from '../../../catalog-schema/areas.json';
import type { AreaId, Language } from '../../../catalog-schema/types';
import { getTwins, type TwinPair } from '../api';
import { CityBadge } from '../components/badges';
import type { MapRecord } from '../geometry';
import { facetLabel, pick, t } from '../i18n';
import { DatasetActions } from '../team/DatasetActions';
import { counterpartReasons } from './counterpart-reasons';

interface Props {
  language: Language;
  onSelect(id: string): void;
  onClose(): void;
  /** Both datasets of every pair, for the map. */
  onLoaded(records: MapRecord[]): void;
}

type Loaded =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; pairs: TwinPair[] };

const TWINS_SHOWN = 30;

export function TwinsPage({ language, onSelect, onClose, onLoaded }: Props) {
  const [topic, setTopic] = useState('');
  const [area, setArea] = useState<AreaId | ''>('');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const topicId = useId();
  const areaId = useId();

  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: 'loading' });
    getTwins({ q: topic, area: area || undefined, limit: TWINS_SHOWN }, controller.signal).then(
      ({ items }) => {
        setLoaded({ state: 'ready', pairs: items });
        onLoaded(items.flatMap((pair) => [pair.hongKong, pair.shanghai]));
      },
      (error: Error) => {
        if (!controller.signal.aborted) setLoaded({ state: 'failed', message: error.message });
      },
    );
    return () => controller.abort();
  }, [topic, area, onLoaded]);

  return (
    <article className="detail twins-page" aria-labelledby="twins-heading">
      <button type="button" className="close" onClick={onClose} aria-label={t(language, 'close')}>
        ×
      </button>
      <h2 id="twins-heading">{t(language, 'twins')}</h2>
      <p className="detail-meta">{t(language, 'twinsIntro')}</p>
      <form className="twins-filter" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={topicId}>{t(language, 'twinsTopic')}</label>
        <input
          id={topicId}
          type="search"
          maxLength={200}
          defaultValue={topic}
          onKeyDown={(event) => {
            if (event.key === 'Enter') setTopic(event.currentTarget.value);
          }}
          onBlur={(event) => setTopic(event.currentTarget.value)}
        />
        <label htmlFor={areaId}>{t(language, 'facet_area')}</label>
        <select id={areaId} value={area} onChange={(event) => setArea(event.target.value as AreaId | '')}>
          <option value="">{t(language, 'anyArea')}</option>
          {areas.areas.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {facetLabel('area', entry.id, language)}
            </option>
          ))}
        </select>
      </form>
      {loaded.state === 'loading' && <p>{t(language, 'loading')}</p>}
      {loaded.state === 'failed' && (
        <p className="error" role="alert">
          {t(language, 'error', { message: loaded.message })}
        </p>
      )}
      {loaded.state === 'ready' && !loaded.pairs.length && <p className="empty">{t(language, 'noTwins')}</p>}
      {loaded.state === 'ready' && loaded.pairs.length > 0 && (
        <>
          <div className="twin-columns" aria-hidden="true">
            <span>{facetLabel('city', 'hong-kong', language)}</span>
            <span>{facetLabel('city', 'shanghai', language)}</span>
          </div>
          <ol className="twins">
            {loaded.pairs.map((pair) => (
              <li key={`${pair.hongKong.id}|${pair.shanghai.id}`} data-testid="twin-pair">
                <div className="twin-cells">
                  {[pair.hongKong, pair.shanghai].map((dataset) => (
                    <span key={dataset.id} className="with-toggle">
                      <button type="button" onClick={() => onSelect(dataset.id)}>
                        <CityBadge city={dataset.city} language={language} />
                        {pick(dataset.title, language)}
                      </button>
                      <DatasetActions
                        id={dataset.id}
                        title={pick(dataset.title, language)}
                        language={language}
                      />
                    </span>
                  ))}
                </div>
                <p className="twin-why">
                  {t(language, 'whyPair')}: {t(language, 'score', { n: Math.round(pair.score * 100) })} ·{' '}
                  {counterpartReasons(pair.reasons, language).join(' · ')}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
