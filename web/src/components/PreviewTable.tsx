/** The first rows of a table preview, with each column's detected type in its header. */
import type { Preview } from '../api';

export function PreviewTable({ preview }: { preview: Extract<Preview, { kind: 'table' }> }) {
  return (
    <div className="preview-table">
      <table>
        <thead>
          <tr>
            {preview.columns.map((column) => (
              <th key={column.name} title={column.type}>
                {column.name}
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
