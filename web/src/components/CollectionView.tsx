/** One collection: its description and datasets in the curators' order, each with their note. */
import { useEffect, useState } from 'react';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { getDataset, type Collection } from '../api';
import { DatasetActions } from '../team/DatasetActions';
import { CityBadge } from './badges';
import { datasetCount, facetLabel, pick, t } from '../i18n';

interface Props {
  collection: Collection;
  language: Language;
  onClose(): void;
  /** Curator mode: opens the collection in the editor. */
  onEdit?(): void;
  onSelect(id: string): void;
  /** The collection's records once loaded, for the map. */
  onLoaded(records: DatasetRecord[]): void;
}

export function CollectionView({ collection, language, onClose, onEdit, onSelect, onLoaded }: Props) {
  const [records, setRecords] = useState<Map<string, DatasetRecord>>(new Map());
  useEffect(() => {
    const controller = new AbortController();
    // A dataset withdrawn since it was recommended still shows its id; the others load in parallel.
    Promise.all(
      collection.items.map((item) => getDataset(item.datasetId, controller.signal).catch(() => undefined)),
    ).then((loaded) => {
      if (controller.signal.aborted) return;
      const found = loaded.filter((record): record is DatasetRecord => !!record);
      setRecords(new Map(found.map((record) => [record.id, record])));
      onLoaded(found);
    });
    return () => controller.abort();
  }, [collection, onLoaded]);

  return (
    <article className="detail collection" aria-label="collection">
      <button type="button" className="close" onClick={onClose} aria-label={t(language, 'close')}>
        ×
      </button>
      <h2>{pick(collection.title, language)}</h2>
      {onEdit && (
        <p className="team-actions">
          <button type="button" onClick={onEdit}>
            {t(language, 'edit')}
          </button>
        </p>
      )}
      <p className="detail-meta">
        {datasetCount(language, collection.items.length)}
        {collection.area && ` · ${facetLabel('area', collection.area, language)}`}
      </p>
      {collection.description && <p className="description">{collection.description}</p>}
      <ol className="result-items">
        {collection.items.map((item) => {
          const record = records.get(item.datasetId);
          return (
            <li key={item.datasetId} className="with-toggle">
              <button type="button" onClick={() => onSelect(item.datasetId)}>
                <span className="result-title">{record ? pick(record.title, language) : item.datasetId}</span>
                {record && (
                  <span className="result-meta">
                    <CityBadge city={record.city} language={language} />
                    {pick(record.publisher.name, language)}
                  </span>
                )}
                {item.note && <span className="note">{item.note}</span>}
              </button>
              <DatasetActions
                id={item.datasetId}
                title={record ? pick(record.title, language) : item.datasetId}
                language={language}
              />
            </li>
          );
        })}
      </ol>
    </article>
  );
}
