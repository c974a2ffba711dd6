/**
 * Child process for `bench:harvest`: the transport's own CPU cost. A bare undici client (no axios, no
 * processing beyond JSON.parse) asks the replay for every DATA.GOV.HK package_show, 16 in flight like the
 * harvest, and prints its CPU per request as JSON. Comparing 0 ms and 20 ms replay latency shows what
 * latency alone costs a client on this machine.
 */
import { Agent, request } from 'undici';

const [base] = process.argv.slice(2) as [string];
const agent = new Agent();
const IN_FLIGHT = 16;

async function main() {
  const listing = await request(`${base}/en-data/api/3/action/package_list`, { dispatcher: agent });
  const names = (JSON.parse(await listing.body.text()) as { result: string[] }).result;
  const urls = names.flatMap((name) =>
    ['en', 'tc', 'sc'].map(
      (code) => `${base}/${code}-data/api/3/action/package_show?id=${encodeURIComponent(name)}`,
    ),
  );
  const before = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < urls.length) {
        const response = await request(urls[next++]!, { dispatcher: agent });
        const body = await response.body.text();
        // the listing names one id the portal answers with an HTML page
        if (String(response.headers['content-type']).includes('json')) JSON.parse(body);
      }
    }),
  );
  const cpu = process.cpuUsage(before);
  process.stdout.write(JSON.stringify({ requests: urls.length, cpuMs: (cpu.user + cpu.system) / 1000 }));
  await agent.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
