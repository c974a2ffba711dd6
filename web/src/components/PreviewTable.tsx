/** The first rows of a table preview, each column's name and detected type shown in its header. */
import type { Language } from '../../../catalog-schema/types';
import type { Preview } from '../api';
import { isMessageKey, t } from '../i18n';

const typeLabel = (type: string, language: Language) => {
  const key = `columnType_${type}`;
  return isMessageKey(key) ? t(language, key) : type;
};

export function PreviewTable({
  preview,
  language,
}: {
  preview: Extract<Preview, { kind: 'table' }>;
  language: Language;
}) {
  return (
    <div className="preview-table">
      <table>
        <caption>{t(language, 'columns', { n: preview.columns.length })}</caption>
        <thead>
          <tr>
            {preview.columns.map((column) => (
              <th key={column.name} scope="col">
                {column.name}
                <span className="column-type">{typeLabel(column.type, language)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, 50).map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
