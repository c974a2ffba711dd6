/** `npm run export -- [--db <path>] [--format jsonl|csv|dcat]`: the whole catalogue (withdrawn datasets excluded) to stdout. */
import { parseArgs } from 'node:util';
import { defaultDbPath, openCatalogue } from '../catalog';
import { dcatJsonLdExport } from '../catalog/export/dcat-export';
import { EXPORT_FORMATS, serialise, type ExportFormat } from '../catalog/export/formats';
import { runCli } from '../catalog/run-cli';
import { configFromEnv } from '../server/config';
import { publicBaseUrl } from '../server/public-url';

runCli(async () => {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, format: { type: 'string', default: 'jsonl' } },
    strict: true,
  });
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new Error(`--format must be one of ${EXPORT_FORMATS.join(', ')}; got "${values.format}"`);
  }
  const catalogue = openCatalogue(values.db ?? defaultDbPath(), { readonly: true });
  try {
    const records = catalogue.store.iterateRecords();
    // DCAT IRIs come from the same setting as the server's (ATLAS_PUBLIC_URL), so both name datasets alike.
    const chunks =
      format === 'dcat'
        ? dcatJsonLdExport(records, publicBaseUrl(configFromEnv()))
        : serialise(records, format);
    for (const chunk of chunks) {
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  } finally {
    catalogue.close();
  }
});
