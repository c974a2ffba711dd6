/** Child process for the search benchmark: serves a catalogue on a port; prints its port, then RSS when asked. */
import type { AddressInfo } from 'node:net';
import { openCatalogue } from '../catalog';
import { createApp } from '../server/app';
import { configFromEnv } from '../server/config';

const catalogue = openCatalogue(process.argv[2]!, { readonly: true });
const config = { ...configFromEnv(), rateLimitPerMinute: 0, logLevel: 'silent' };
const server = createApp({ catalogue, config }).listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.stdin.on('data', () =>
  process.stdout.write(
    `${JSON.stringify({ rssMb: process.memoryUsage().rss / 1048576, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  ),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
