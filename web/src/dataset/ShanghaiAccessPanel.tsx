/** For a Shanghai dataset: how to get the data, in words, with the portal's page. */
import { httpUrl } from '../../../catalog-schema/output-safety';
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { t } from '../i18n';
import { shanghaiAccess } from './shanghai-access';

export function ShanghaiAccessPanel({ record, language }: { record: DatasetRecord; language: Language }) {
  const access = shanghaiAccess(record);
  if (!access) return null;
  const counts = [
    access.views !== undefined && t(language, 'shViews', { n: access.views.toLocaleString() }),
    access.downloads !== undefined && t(language, 'shDownloads', { n: access.downloads.toLocaleString() }),
    access.apiCalls !== undefined && t(language, 'shApiCalls', { n: access.apiCalls.toLocaleString() }),
  ].filter(Boolean);
  return (
    <section className="shanghai-access" aria-labelledby="shanghai-access-heading">
      <h3 id="shanghai-access-heading">{t(language, 'shHowToGet')}</h3>
      <ul>
        <li>
          {t(
            language,
            access.kind === 'interface'
              ? 'shInterface'
              : access.kind === 'product'
                ? 'shProduct'
                : 'shKindUnknown',
          )}
        </li>
        <li>{t(language, access.access === 'conditional' ? 'shConditional' : 'shOpen')}</li>
        {access.conditions && (
          <li>
            {t(language, 'shConditions')} <span lang="zh-Hans">{access.conditions}</span>
          </li>
        )}
        {counts.length > 0 && <li>{counts.join(' · ')}</li>}
      </ul>
      <p>
        <a href={httpUrl(access.portalPage)} target="_blank" rel="noreferrer">
          {t(language, 'shPortalPage')}
        </a>
      </p>
    </section>
  );
}
