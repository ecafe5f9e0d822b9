/**
 * What the crash tests share: starting a writer process fast, and reading their options. No entry point of its own,
 * so a bundled writer runs only the test it was built from.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How to start a writer. Starting Node and loading the backend is most of each run, and tsx compiles the backend's
 * TypeScript module by module on every start; so the writer is bundled once into one plain JavaScript file (esbuild
 * comes with tsx), with the native SQLite driver (better-sqlite3-multiple-ciphers) left as it is. Without esbuild the writer runs under tsx, only slower.
 */
export async function writerCommand(
  workDir: string,
  entry: string,
): Promise<{ args: string[]; bundled: boolean }> {
  const require = createRequire(import.meta.url);
  try {
    if (process.argv.includes('--tsx')) throw new Error('asked to run the writer under tsx');
    const esbuild = await import('esbuild');
    const sqlite = pathToFileURL(require.resolve('better-sqlite3-multiple-ciphers')).href;
    const outfile = join(workDir, 'crash-writer.mjs');
    await esbuild.build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      // pg-native is pg's optional native binding, never installed: the writers run on SQLite.
      external: ['esbuild', 'tsx', 'tsx/*', 'pg-native'],
      // Bundled CommonJS packages call require(); an ES module has none unless given one.
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
      plugins: [
        {
          name: 'native-sqlite',
          setup: (build) =>
            build.onResolve({ filter: /^better-sqlite3-multiple-ciphers$/ }, () => ({
              path: sqlite,
              external: true,
            })),
        },
      ],
    });
    return { args: [outfile], bundled: true };
  } catch {
    return { args: ['--import', pathToFileURL(require.resolve('tsx/esm')).href, entry], bundled: false };
  }
}

export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number of at least 1`);
  return value;
}
