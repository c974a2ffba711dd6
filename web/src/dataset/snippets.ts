/**
 * Copyable code that fetches a dataset's API record or one of its resources, in curl, Python (standard
 * library only) and JavaScript (fetch). Every URL is quoted for its language, never pasted raw.
 */
export const SNIPPET_LANGUAGES = ['curl', 'python', 'javascript'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];
export type Snippets = Record<SnippetLanguage, string>;

/** A POSIX shell single-quoted word: a ' inside becomes '\''. */
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** JSON string literals are valid Python and JavaScript string literals too. */
const literal = (text: string) => JSON.stringify(text);

/** A safe local file name from a URL's last path segment (letters, digits, dot, dash, underscore). */
export function fileNameOf(url: string, fallback = 'data'): string {
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    last = '';
  }
  const safe = last
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 80);
  return safe || fallback;
}

export const recordUrl = (origin: string, id: string) => `${origin}/api/datasets/${encodeURIComponent(id)}`;

/** The dataset's record from the Atlas API, as JSON. */
export function recordSnippets(origin: string, id: string): Snippets {
  const url = recordUrl(origin, id);
  return {
    curl: `curl -s ${shellQuote(url)}`,
    python: [
      'import json',
      'import urllib.request',
      '',
      `with urllib.request.urlopen(${literal(url)}) as response:`,
      '    record = json.load(response)',
      'print(record["title"], len(record["resources"]))',
    ].join('\n'),
    javascript: [
      `const response = await fetch(${literal(url)});`,
      'const record = await response.json();',
      'console.log(record.title, record.resources.length);',
    ].join('\n'),
  };
}

/** One resource from its publisher: an API is read as text, a file is saved under its own name. */
export function resourceSnippets(resource: { url: string; format: string; isApi: boolean }): Snippets {
  const { url } = resource;
  const file = fileNameOf(url, `data.${resource.format.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin'}`);
  if (resource.isApi)
    return {
      curl: `curl -sL ${shellQuote(url)}`,
      python: [
        'import urllib.request',
        '',
        `with urllib.request.urlopen(${literal(url)}) as response:`,
        '    print(response.read().decode("utf-8"))',
      ].join('\n'),
      javascript: [
        `const response = await fetch(${literal(url)});`,
        'console.log(await response.text());',
      ].join('\n'),
    };
  return {
    curl: `curl -sL -o ${shellQuote(file)} ${shellQuote(url)}`,
    python: [
      'import urllib.request',
      '',
      `urllib.request.urlretrieve(${literal(url)}, ${literal(file)})`,
    ].join('\n'),
    javascript: [
      '// Node.js 20+',
      "import { writeFile } from 'node:fs/promises';",
      '',
      `const response = await fetch(${literal(url)});`,
      `await writeFile(${literal(file)}, Buffer.from(await response.arrayBuffer()));`,
    ].join('\n'),
  };
}
