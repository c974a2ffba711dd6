/** Runs a command-line entry point (harvester, export, curator, start): a typed error prints its code and message, never a stack trace. */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (exitCode) => {
      if (typeof exitCode === 'number') process.exitCode = exitCode;
    },
    (error: unknown) => {
      const { code, message } = error as { code?: string; message?: string };
      console.error(`error${code ? ` [${code}]` : ''}: ${message ?? String(error)}`);
      process.exitCode = 2;
    },
  );
}
