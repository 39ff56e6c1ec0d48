/** Entry of the `terbuka` command. Returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  void argv;
  return 0;
}
