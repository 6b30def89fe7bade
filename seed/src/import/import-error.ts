/** A problem with an input file, located by file, line and field. */
export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly problem: string,
  ) {
    const where = [file, line !== null ? `line ${line}` : null, field !== null ? `field "${field}"` : null].filter(Boolean).join(', ');
    super(`${where}: ${problem}`);
    this.name = 'ImportError';
  }
}
