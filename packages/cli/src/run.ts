/** Dispatches `sitrep <command> …` and returns the exit code. */
export async function run(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    default:
      process.stderr.write(`sitrep: unknown command ${command ?? "(none)"}\n`);
      return 2;
  }
}
