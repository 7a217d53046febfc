// Shared by the command-line scripts: a failure prints one line naming what was wrong, never a
// stack trace, and exits non-zero.
export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(`parley: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exit(1);
  }
}
