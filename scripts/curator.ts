/** `npm run curator -- add <name>` prints a new curator token once (only its hash is stored); `revoke <name>` ends it. */
import { defaultDbPath, openCatalogue } from '../catalog';
import { runCli } from '../catalog/run-cli';

runCli(async () => {
  const [command, name] = process.argv.slice(2);
  if (!['add', 'revoke'].includes(command ?? '') || !name || !/^[\w.-]{2,64}$/.test(name)) {
    throw Object.assign(new Error('usage: npm run curator -- add|revoke <name> (letters, digits, . _ -)'), {
      code: 'usage',
    });
  }
  const catalogue = openCatalogue(defaultDbPath());
  try {
    const now = new Date().toISOString();
    if (command === 'add') {
      const token = catalogue.curation.addCurator(name, now);
      console.log(`curator ${name} added; their token (shown once, keep it secret):\n${token}`);
    } else if (!catalogue.curation.revokeCurator(name, now)) {
      throw Object.assign(new Error(`no active curator named ${name}`), { code: 'not_found' });
    } else {
      console.log(`curator ${name} revoked`);
    }
  } finally {
    catalogue.close();
  }
});
