/**
 * A dataset's page body: its text in the chosen script (the description's Markdown rendered), why it has
 * its areas in words, the same dataset on another portal, how to get Shanghai's data, code to fetch the
 * record and each resource, and each resource's preview (a failure said in plain words).
 */
import { useEffect } from 'react';
import { httpUrl } from '../../../catalog-schema/output-safety';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import type { Preview } from '../api';
import { AreaChips, CityBadge } from '../components/badges';
import { PreviewTable } from '../components/PreviewTable';
import { facetLabel, pick, t } from '../i18n';
import { DatasetActions } from '../team/DatasetActions';
import { ApiSnippets } from './ApiSnippets';
import { areaReasonText } from './area-reasons';
import { Description } from './Description';
import { previewFailure } from './preview-failure';
import { ShanghaiAccessPanel } from './ShanghaiAccessPanel';
import { recordSnippets, resourceSnippets } from './snippets';

export type Loaded<T> =
  { state: 'loading' } | { state: 'failed'; error: Error } | { state: 'ready'; value: T };

interface Props {
  record: DatasetRecord;
  language: Language;
  previewing?: { index: number; preview: Loaded<Preview> };
  onPreview(index: number): void;
  onSelect(id: string): void;
}

/** The script a text is shown in, for the lang attribute (so screen readers and fonts get it right). */
const langOf = (text: DatasetRecord['title'] | undefined, shown: string) =>
  (Object.entries(text ?? {}).find(([, value]) => value === shown)?.[0] as Language | undefined) ?? undefined;

export function RecordView({ record, language, previewing, onPreview, onSelect }: Props) {
  const title = pick(record.title, language);
  const description = pick(record.description, language);
  useEffect(() => {
    const before = document.title;
    document.title = `${title} · ${t(language, 'title')}`;
    return () => {
      document.title = before;
    };
  }, [title, language]);
  const sameAs = record.links.filter((link) => link.rel === 'sameAs');

  return (
    <>
      <h2 lang={langOf(record.title, title)}>
        {title} <DatasetActions id={record.id} title={title} language={language} />
      </h2>
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
              <li key={index} title={reason.rule}>
                {areaReasonText(reason, record, language)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {sameAs.length > 0 && (
        <ul className="same-as">
          {sameAs.map((link) => (
            <li key={link.id}>
              <button type="button" className="team-link" onClick={() => onSelect(link.id)}>
                {t(language, 'sameAsOn', {
                  portal: facetLabel('source', link.id.split(':')[0] ?? '', language),
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {description && <Description text={description} lang={langOf(record.description, description)} />}
      <ShanghaiAccessPanel record={record} language={language} />
      <p className="links">
        <a href={httpUrl(record.landingPage)} target="_blank" rel="noreferrer">
          {t(language, 'portalPage')}
        </a>
        <a href={`/api/datasets/${encodeURIComponent(record.id)}`} target="_blank" rel="noreferrer">
          {t(language, 'apiRecord')}
        </a>
      </p>
      <details className="code">
        <summary>{t(language, 'codeForRecord')}</summary>
        <ApiSnippets
          snippets={recordSnippets(location.origin, record.id)}
          label={t(language, 'codeForRecord')}
          language={language}
        />
      </details>
      {record.resources.length > 0 && <h3>{t(language, 'resources')}</h3>}
      <ul className="resources">
        {record.resources.map((resource, index) => (
          <li key={`${resource.url}#${index}`}>
            <a href={httpUrl(resource.url)} target="_blank" rel="noreferrer">
              {resource.name}
            </a>{' '}
            <span className="chip format">{resource.format}</span>
            <button type="button" onClick={() => onPreview(index)}>
              {t(language, 'preview')}
            </button>
            <details className="code">
              <summary>{t(language, 'codeForResource')}</summary>
              <ApiSnippets
                snippets={resourceSnippets(resource)}
                label={`${t(language, 'codeForResource')}: ${resource.name}`}
                language={language}
              />
            </details>
            {previewing?.index === index && (
              <PreviewState loaded={previewing.preview} language={language} portalPage={record.landingPage} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function PreviewState(props: { loaded: Loaded<Preview>; language: Language; portalPage: string }) {
  const { loaded, language } = props;
  if (loaded.state === 'loading') return <p>{t(language, 'previewLoading')}</p>;
  if (loaded.state === 'failed') {
    const { sentence, detail } = previewFailure(loaded.error, language);
    return (
      <div className="preview-failed" role="status">
        <p>{sentence}</p>
        <p>
          {t(language, 'previewSeePortal')}{' '}
          <a href={httpUrl(props.portalPage)} target="_blank" rel="noreferrer">
            {t(language, 'portalPage')}
          </a>
        </p>
        {detail && (
          <details>
            <summary>{t(language, 'technicalDetail')}</summary>
            <code>{detail}</code>
          </details>
        )}
      </div>
    );
  }
  if (loaded.value.kind === 'geojson')
    return <p>{t(language, 'previewFeatures', { n: loaded.value.featureCount })}</p>;
  return <PreviewTable preview={loaded.value} language={language} />;
}
