/** A labelled read-only text (a link, a code snippet) with a Copy button that says when it has copied. */
import { useId, useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { t } from '../i18n';

export function CopyField({
  label,
  value,
  language,
  multiline,
}: {
  label: string;
  value: string;
  language: Language;
  multiline?: boolean;
}) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      // Clipboard access can be refused (an insecure origin, a policy); the text stays selectable.
      () => setCopied(false),
    );
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          readOnly
          value={value}
          rows={Math.min(8, value.split('\n').length)}
          spellCheck={false}
        />
      ) : (
        <input id={id} readOnly value={value} onFocus={(event) => event.target.select()} />
      )}
      <button type="button" onClick={() => void copy()} onBlur={() => setCopied(false)}>
        {copied ? t(language, 'copied') : t(language, 'copy')}
      </button>
    </div>
  );
}
