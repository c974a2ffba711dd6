/**
 * The team's data manifest: for each shortlisted dataset its titles in the three scripts, portal and API
 * links, every resource's URL and format, update frequency, access and terms, licence and publisher, as
 * CSV (one row per resource), JSON and Markdown. Pure: records in, file text out.
 */
import Papa from 'papaparse';
import { CSV_FORMULA_START, markdownLink, markdownText } from '../../../catalog-schema/output-safety';
import type { DatasetRecord, Language, LocalizedText } from '../../../catalog-schema/types';
import { LANGUAGES } from '../i18n';

export interface ManifestResource {
  name: string;
  format: string;
  url: string;
  isApi: boolean;
}

export interface ManifestEntry {
  id: string;
  city: DatasetRecord['city'];
  portal: string;
  title: Record<Language, string>;
  publisher: Record<Language, string>;
  landingPage: string;
  apiRecord: string;
  updateFrequency: string;
  updateFrequencyOnPortal: string;
  access: DatasetRecord['access'];
  /** The portal's conditions of access (Shanghai's 开放条件), when it states any. */
  accessTerms: string;
  licence: { id: string; title: string; url: string };
  resources: ManifestResource[];
}

/** Exactly what the portal gave in each script: an empty string, never another script's text. */
const each = (text: LocalizedText | undefined) =>
  Object.fromEntries(LANGUAGES.map((language) => [language, text?.[language] ?? ''])) as Record<
    Language,
    string
  >;

const firstOf = (text: LocalizedText) => LANGUAGES.map((language) => text[language]).find(Boolean) ?? '';

/** One manifest entry per record; `apiBase` is the origin the explorer was opened from. */
export function manifestEntry(record: DatasetRecord, apiBase: string): ManifestEntry {
  const terms = record.extras?.['开放条件'];
  return {
    id: record.id,
    city: record.city,
    portal: record.source,
    title: each(record.title),
    publisher: each(record.publisher.name),
    landingPage: record.landingPage,
    apiRecord: `${apiBase}/api/datasets/${encodeURIComponent(record.id)}`,
    updateFrequency: record.updateFrequency.normalized,
    updateFrequencyOnPortal: record.updateFrequency.raw,
    access: record.access,
    accessTerms: typeof terms === 'string' ? terms : '',
    licence: { id: record.license.id, title: firstOf(record.license.title), url: record.license.url },
    resources: record.resources.map(({ name, format, url, isApi }) => ({ name, format, url, isApi })),
  };
}

export interface Manifest {
  generatedAt: string;
  count: number;
  datasets: ManifestEntry[];
}

export const manifestOf = (records: readonly DatasetRecord[], apiBase: string, now: Date): Manifest => ({
  generatedAt: now.toISOString(),
  count: records.length,
  datasets: records.map((record) => manifestEntry(record, apiBase)),
});

export const manifestJson = (manifest: Manifest) => `${JSON.stringify(manifest, null, 2)}\n`;

/** One row per resource (a dataset with none still gets its row), UTF-8 with a BOM for spreadsheets. */
export function manifestCsv(manifest: Manifest): string {
  const rows = manifest.datasets.flatMap((entry) => {
    const shared = {
      id: entry.id,
      city: entry.city,
      portal: entry.portal,
      title_en: entry.title.en,
      'title_zh-Hant': entry.title['zh-Hant'],
      'title_zh-Hans': entry.title['zh-Hans'],
      publisher_en: entry.publisher.en,
      'publisher_zh-Hant': entry.publisher['zh-Hant'],
      'publisher_zh-Hans': entry.publisher['zh-Hans'],
      landing_page: entry.landingPage,
      api_record: entry.apiRecord,
      update_frequency: entry.updateFrequency,
      update_frequency_on_portal: entry.updateFrequencyOnPortal,
      access: entry.access,
      access_terms: entry.accessTerms,
      licence: entry.licence.title,
      licence_url: entry.licence.url,
    };
    const resources = entry.resources.length ? entry.resources : [undefined];
    return resources.map((resource) => ({
      ...shared,
      resource_name: resource?.name ?? '',
      resource_format: resource?.format ?? '',
      resource_url: resource?.url ?? '',
      resource_is_api: resource ? String(resource.isApi) : '',
    }));
  });
  return `\uFEFF${Papa.unparse(rows, { escapeFormulae: CSV_FORMULA_START, newline: '\r\n' })}\r\n`;
}

export { markdownLink, markdownText };

const LABELS = {
  portal: 'Portal page',
  api: 'API record',
  publisher: 'Publisher',
  frequency: 'Update frequency',
  access: 'Access',
  terms: 'Terms of access',
  licence: 'Licence',
  resources: 'Resources',
  none: 'none listed (see the portal page)',
};

export function manifestMarkdown(manifest: Manifest, heading: string): string {
  const lines = [`# ${markdownText(heading)}`, '', `${manifest.count} datasets · ${manifest.generatedAt}`];
  for (const entry of manifest.datasets) {
    const titles = LANGUAGES.map((language) => entry.title[language]).filter(Boolean);
    const publisher = LANGUAGES.map((language) => entry.publisher[language]).filter(Boolean);
    lines.push(
      '',
      `## ${markdownText(titles[0] ?? entry.id)}`,
      '',
      ...titles.slice(1).map((title) => `- ${markdownText(title)}`),
      `- ID: ${markdownText(entry.id)} (${markdownText(entry.city)}, ${markdownText(entry.portal)})`,
      `- ${LABELS.portal}: ${markdownLink(entry.landingPage, entry.landingPage)}`,
      `- ${LABELS.api}: ${markdownLink(entry.apiRecord, entry.apiRecord)}`,
      `- ${LABELS.publisher}: ${markdownText([...new Set(publisher)].join(' / '))}`,
      `- ${LABELS.frequency}: ${markdownText(
        [entry.updateFrequency, entry.updateFrequencyOnPortal].filter(Boolean).join(' — '),
      )}`,
      `- ${LABELS.access}: ${markdownText(entry.access)}`,
      ...(entry.accessTerms ? [`- ${LABELS.terms}: ${markdownText(entry.accessTerms)}`] : []),
      `- ${LABELS.licence}: ${markdownLink(entry.licence.title || entry.licence.id, entry.licence.url)}`,
      `- ${LABELS.resources}:${entry.resources.length ? '' : ` ${LABELS.none}`}`,
      ...entry.resources.map(
        (resource) =>
          `  - ${markdownLink(resource.name || resource.url, resource.url)} — ${markdownText(resource.format || '?')}${resource.isApi ? ' (API)' : ''}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
