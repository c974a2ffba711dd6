/** Copyable code (curl, Python, JavaScript) for the dataset's API record or one resource. */
import { useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { CopyField } from '../components/CopyField';
import { SNIPPET_LANGUAGES, type SnippetLanguage, type Snippets } from './snippets';

const NAMES: Record<SnippetLanguage, string> = { curl: 'curl', python: 'Python', javascript: 'JavaScript' };

export function ApiSnippets({
  snippets,
  label,
  language,
}: {
  snippets: Snippets;
  label: string;
  language: Language;
}) {
  const [chosen, setChosen] = useState<SnippetLanguage>('curl');
  return (
    <div className="api-snippets">
      <div className="snippet-tabs" role="group" aria-label={label}>
        {SNIPPET_LANGUAGES.map((name) => (
          <button key={name} type="button" aria-pressed={chosen === name} onClick={() => setChosen(name)}>
            {NAMES[name]}
          </button>
        ))}
      </div>
      <CopyField
        label={`${label} (${NAMES[chosen]})`}
        value={snippets[chosen]}
        language={language}
        multiline
      />
    </div>
  );
}
