import { execFileSync } from 'node:child_process';
import { fileNameOf, recordSnippets, resourceSnippets, shellQuote } from './snippets';

describe('API snippets', () => {
  it('fetch the record from the Atlas API in each language', () => {
    const snippets = recordSnippets('http://127.0.0.1:8080', 'datash:AQ1002018038');
    const url = 'http://127.0.0.1:8080/api/datasets/datash%3AAQ1002018038';
    expect(snippets.curl).toBe(`curl -s '${url}'`);
    expect(snippets.python).toContain(`urllib.request.urlopen("${url}")`);
    expect(snippets.javascript).toContain(`await fetch("${url}")`);
  });

  it('quote a hostile URL so the shell sees one word (checked by a real shell)', () => {
    const url = "https://x.hk/a.csv?q=1'; rm -rf / #$(id)`id`";
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${shellQuote(url)}`], { encoding: 'utf8' });
    expect(words).toBe(`${url}\n`);
    const { python, javascript } = resourceSnippets({ url, format: 'CSV', isApi: false });
    expect(python).toContain(JSON.stringify(url));
    expect(javascript).toContain(JSON.stringify(url));
  });

  it('save a file under a safe name of its own, and read an API as text', () => {
    const file = resourceSnippets({
      url: 'https://resource.data.one.gov.hk/td/speed%20map.xml',
      format: 'XML',
      isApi: false,
    });
    expect(file.curl).toBe(
      "curl -sL -o 'speed_map.xml' 'https://resource.data.one.gov.hk/td/speed%20map.xml'",
    );
    expect(file.python).toContain(
      'urlretrieve("https://resource.data.one.gov.hk/td/speed%20map.xml", "speed_map.xml")',
    );
    const api = resourceSnippets({
      url: 'https://data.etabus.gov.hk/v1/transport/kmb/eta',
      format: 'JSON',
      isApi: true,
    });
    expect(api.curl).toBe("curl -sL 'https://data.etabus.gov.hk/v1/transport/kmb/eta'");
    expect(api.javascript).toContain('response.text()');
    expect(fileNameOf('https://x.hk/../..%2F.bashrc')).toBe('bashrc');
    expect(fileNameOf('https://x.hk/', 'data.csv')).toBe('data.csv');
    expect(fileNameOf('not a url')).toBe('data');
  });
});
