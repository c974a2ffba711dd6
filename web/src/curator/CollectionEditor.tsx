/**
 * Editing one collection (or starting one): titles in the three scripts, description, area, and its
 * datasets in order with a note each. A save on a stale version is refused by the API (412); the curator's
 * text stays in the form, the newer version is shown beside it, and "reload and reapply" puts the
 * curator's text on top of the newer version for the next save.
 */
import { useEffect, useId, useState } from 'react';
import areas from '../../../catalog-schema/areas.json';
import type { AreaId, DatasetRecord, Language } from '../../../catalog-schema/types';
import { ApiError, getDataset, type Collection } from '../api';
import { LANGUAGES, facetLabel, pick, t } from '../i18n';
import {
  createCollection,
  draftOf,
  readCollection,
  updateCollection,
  type CollectionDraft,
  type Versioned,
} from './curator-client';
import { addItem, emptyDraft, moveItem, removeItem, setNote, slugOf } from './draft-edits';
import { useCurator } from './use-curator';

interface Props {
  /** The collection to edit; undefined starts a new one. */
  id?: string;
  language: Language;
  onSaved(collection: Collection): void;
  onCancel(): void;
}

type Status =
  | { state: 'editing' }
  | { state: 'saving' }
  | { state: 'conflict'; latest?: Versioned }
  | { state: 'failed'; message: string };

export function CollectionEditor({ id, language, onSaved, onCancel }: Props) {
  const curator = useCurator();
  const [draft, setDraft] = useState<CollectionDraft>(emptyDraft);
  const [etag, setEtag] = useState<string>();
  const [status, setStatus] = useState<Status>({ state: 'editing' });
  const [titles, setTitles] = useState<Map<string, DatasetRecord>>(new Map());
  const [newId, setNewId] = useState('');
  const formId = useId();

  useEffect(() => {
    if (!id) return;
    readCollection(id).then(
      (latest) => {
        setDraft(draftOf(latest.collection));
        setEtag(latest.etag);
      },
      (error: Error) => setStatus({ state: 'failed', message: error.message }),
    );
  }, [id]);

  // Titles for the listed datasets, so the curator sees names rather than ids.
  const itemKey = draft.items.map((item) => item.datasetId).join('\n');
  useEffect(() => {
    const controller = new AbortController();
    for (const item of draft.items) {
      if (titles.has(item.datasetId)) continue;
      getDataset(item.datasetId, controller.signal).then(
        (record) => setTitles((current) => new Map(current).set(record.id, record)),
        () => undefined,
      );
    }
    return () => controller.abort();
    // `itemKey` is the list of ids, by value.
  }, [itemKey]);

  const save = async () => {
    if (!curator.token) return;
    setStatus({ state: 'saving' });
    try {
      const saved = id
        ? await updateCollection(curator.token, draft, etag!)
        : await createCollection(curator.token, { ...draft, id: draft.id || slugOf(draft.title.en ?? '') });
      setEtag(saved.etag);
      setStatus({ state: 'editing' });
      // A new collection is where the curator will add next ("+" beside results).
      if (!id) curator.setTarget(saved.collection.id);
      curator.changed();
      onSaved(saved.collection);
    } catch (error) {
      if (error instanceof ApiError && error.status === 412 && id) {
        setStatus({ state: 'conflict' });
        readCollection(id).then(
          (latest) => setStatus({ state: 'conflict', latest }),
          () => undefined,
        );
      } else setStatus({ state: 'failed', message: (error as Error).message });
    }
  };

  const reapply = () => {
    if (status.state !== 'conflict' || !status.latest) return;
    // The curator's text wins; the newer ETag lets the next save through.
    setEtag(status.latest.etag);
    setStatus({ state: 'editing' });
  };
  const discardMine = () => {
    if (status.state !== 'conflict' || !status.latest) return;
    setDraft(draftOf(status.latest.collection));
    setEtag(status.latest.etag);
    setStatus({ state: 'editing' });
  };

  return (
    <article className="detail collection-editor" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t(language, id ? 'editCollection' : 'newCollection')}</h2>
      {status.state === 'conflict' && (
        <div className="conflict" role="alert">
          <p>{t(language, 'conflict')}</p>
          {status.latest && (
            <p className="note">
              {t(language, 'theirVersion', {
                title: pick(status.latest.collection.title, language),
                n: status.latest.collection.items.length,
                at: status.latest.collection.updatedAt.slice(0, 16).replace('T', ' '),
              })}
            </p>
          )}
          <p className="team-actions">
            <button type="button" onClick={reapply} disabled={!status.latest}>
              {t(language, 'reloadReapply')}
            </button>
            <button type="button" onClick={discardMine} disabled={!status.latest}>
              {t(language, 'discardMine')}
            </button>
          </p>
        </div>
      )}
      {status.state === 'failed' && (
        <p className="error" role="alert">
          {t(language, 'error', { message: status.message })}
        </p>
      )}
      <form
        className="editor-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {!id && (
          <label>
            {t(language, 'collectionId')}
            <input
              value={draft.id}
              placeholder={slugOf(draft.title.en ?? '')}
              pattern="[a-z0-9][a-z0-9\-]{1,63}"
              onChange={(event) => setDraft({ ...draft, id: event.target.value })}
            />
          </label>
        )}
        {LANGUAGES.map((script) => (
          <label key={script}>
            {t(language, 'titleIn', { language: t(script, 'languageName') })}
            <input
              lang={script}
              maxLength={300}
              required={script === 'en' && !draft.title['zh-Hant'] && !draft.title['zh-Hans']}
              value={draft.title[script] ?? ''}
              onChange={(event) =>
                setDraft({ ...draft, title: { ...draft.title, [script]: event.target.value } })
              }
            />
          </label>
        ))}
        <label>
          {t(language, 'descriptionLabel')}
          <textarea
            maxLength={5000}
            rows={3}
            value={draft.description}
            onChange={(event) => setDraft({ ...draft, description: event.target.value })}
          />
        </label>
        <label>
          {t(language, 'facet_area')}
          <select
            value={draft.area ?? ''}
            onChange={(event) => {
              const { area: _area, ...rest } = draft;
              setDraft(event.target.value ? { ...rest, area: event.target.value as AreaId } : rest);
            }}
          >
            <option value="">—</option>
            {areas.areas.map((area) => (
              <option key={area.id} value={area.id}>
                {facetLabel('area', area.id, language)}
              </option>
            ))}
          </select>
        </label>
        <h3>{t(language, 'datasetsInOrder')}</h3>
        <ol className="editor-items">
          {draft.items.map((item, index) => {
            const record = titles.get(item.datasetId);
            const name = record ? pick(record.title, language) : item.datasetId;
            return (
              <li key={item.datasetId} data-testid="editor-item">
                <span className="result-title">{name}</span>
                <span className="editor-item-actions">
                  <button
                    type="button"
                    aria-label={`${t(language, 'moveUp')}: ${name}`}
                    disabled={index === 0}
                    onClick={() => setDraft(moveItem(draft, index, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`${t(language, 'moveDown')}: ${name}`}
                    disabled={index === draft.items.length - 1}
                    onClick={() => setDraft(moveItem(draft, index, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`${t(language, 'removeItem')}: ${name}`}
                    onClick={() => setDraft(removeItem(draft, index))}
                  >
                    ×
                  </button>
                </span>
                <label>
                  {t(language, 'note')}
                  <textarea
                    maxLength={2000}
                    rows={2}
                    value={item.note}
                    onChange={(event) => setDraft(setNote(draft, index, event.target.value))}
                  />
                </label>
              </li>
            );
          })}
        </ol>
        <div className="add-by-id">
          <label>
            {t(language, 'addById')}
            <input value={newId} onChange={(event) => setNewId(event.target.value)} placeholder="datash:…" />
          </label>
          <button
            type="button"
            disabled={!newId.trim()}
            onClick={() => {
              setDraft(addItem(draft, newId.trim()));
              setNewId('');
            }}
          >
            {t(language, 'add')}
          </button>
        </div>
        <p className="team-actions">
          <button
            type="submit"
            disabled={status.state === 'saving' || status.state === 'conflict' || (!!id && !etag)}
          >
            {t(language, status.state === 'saving' ? 'saving' : 'save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t(language, 'cancel')}
          </button>
        </p>
      </form>
    </article>
  );
}
