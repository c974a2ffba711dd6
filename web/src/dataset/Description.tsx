/** A dataset's description, its Markdown rendered and sanitized (plain text until the renderer has loaded). */
import { useEffect, useState } from 'react';

export function Description({ text, lang }: { text: string; lang?: string }) {
  const [html, setHtml] = useState<string>();
  useEffect(() => {
    let current = true;
    setHtml(undefined);
    import('./render-markdown').then(
      ({ renderMarkdown }) => current && setHtml(renderMarkdown(text)),
      // Offline after an update, say: the plain text stays.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [text]);
  if (html === undefined)
    return (
      <p className="description plain" lang={lang}>
        {text}
      </p>
    );
  // Sanitized by DOMPurify in render-markdown.ts.
  return <div className="description markdown" lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
