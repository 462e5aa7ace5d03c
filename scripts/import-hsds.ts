/**
 * npm run import:hsds -- <file|url> [--lang fi|sv|en] [--source NAME] [--dry-run]
 *                        [--default-municipality CODE] [--report report.json] [--all]
 *
 * An HSDS 3.0 file (a Page of full services, NDJSON of them, or one service, organisation or
 * service at a location) or an HSDS API (its root, or a services URL) into the database the server
 * uses. One language per file (`--lang`, default fi): import fi first, then sv and en to add their
 * texts. `--source` names where the records come from (default hsds:<host or file name>): a
 * re-import of the same source updates its records, and never overwrites local edits.
 */
import { basename } from 'node:path';
import { fileBytes, hsdsApiBytes, importHsds } from '../src/modules/interop/index.ts';
import { flag, parseArgs, runImportCli } from '../src/server/import-cli.ts';

const args = parseArgs(process.argv.slice(2));
const target = args.positional[0];
if (!target) {
  process.stderr.write(
    'usage: npm run import:hsds -- <file|url> [--lang fi|sv|en] [--source NAME] [--dry-run] [--default-municipality CODE] [--report FILE]\n',
  );
  process.exit(64);
}
const isUrl = /^https?:\/\//i.test(target);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90) || 'file';
const source = flag(args, 'source') ?? `hsds:${isUrl ? slug(new URL(target).host) : slug(basename(target).replace(/\.(nd)?json$/i, ''))}`;

runImportCli(args, ({ db, scope }) =>
  importHsds(db, scope, {
    source,
    body: isUrl ? hsdsApiBytes(target) : fileBytes(target),
    lang: scope.lang,
    dryRun: args.flags.has('dry-run'),
    defaultMunicipality: flag(args, 'default-municipality'),
  }),
)
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
