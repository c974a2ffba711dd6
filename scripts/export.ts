/** `npm run export -- [--db <path>] [--format jsonl|csv|dcat]`: the whole catalogue (withdrawn datasets excluded) to stdout. */
import { parseArgs } from 'node:util';
import { defaultDbPath, openCatalogue } from '../catalog';
import { EXPORT_FORMATS, serialise, type ExportFormat } from '../catalog/export/formats';
import { runCli } from '../catalog/run-cli';

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
    for (const chunk of serialise(catalogue.store.iterateRecords(), format)) {
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  } finally {
    catalogue.close();
  }
});
