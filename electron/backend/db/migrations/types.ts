export interface Migration {
  version: number;
  name: string;
  /** SQL run inside the one transaction that applies all pending migrations. */
  up: string;
}
