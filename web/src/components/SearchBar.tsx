/** The query box (searched as people type, after a short pause) and the language switch. */
import { useEffect, useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { LANGUAGES, t } from '../i18n';

const TYPING_PAUSE_MS = 250;

interface Props {
  q: string;
  language: Language;
  onSearch(q: string): void;
  onLanguage(language: Language): void;
}

export function SearchBar({ q, language, onSearch, onLanguage }: Props) {
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  useEffect(() => {
    if (draft === q) return;
    const timer = setTimeout(() => onSearch(draft), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, q, onSearch]);

  return (
    <header className="search-bar">
      <h1>{t(language, 'title')}</h1>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(draft);
        }}
      >
        <input
          type="search"
          name="q"
          value={draft}
          placeholder={t(language, 'searchPlaceholder')}
          aria-label={t(language, 'searchPlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
        />
      </form>
      <nav className="languages" aria-label="Language">
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={code === language}
            onClick={() => onLanguage(code)}
          >
            {t(code, 'languageName')}
          </button>
        ))}
      </nav>
    </header>
  );
}
