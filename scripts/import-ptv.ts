/**
 * npm run import:ptv -- <folder|file> [--dry-run] [--report report.json] [--all]
 * npm run import:ptv -- <api-url> --municipality 491,740 [--whole-country] [--sync full|changes] [--dry-run]
 *
 * Suomi.fi PTV v11 open-API answers into the database the server uses. A folder holds saved
 * answers as they come (service pages, `ServiceChannel/list?guids=` and `Organization/list?guids=`
 * arrays, single objects), each recognised by its shape, not its name. With the API's address
 * (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11/) the region's municipalities are read
 * whole, or only what changed since the last run (`--sync changes`): the same function the
 * scheduled jobs run.
 */
import { systemClock } from '../src/platform/clock.ts';
import { folderFiles, importPtv, syncPtv } from '../src/modules/interop/index.ts';
import { flag, parseArgs, runImportCli } from '../src/server/import-cli.ts';

const args = parseArgs(process.argv.slice(2));
const target = args.positional[0];
if (!target) {
  process.stderr.write(
    'usage: npm run import:ptv -- <folder|file|api-url> [--municipality CODES] [--whole-country] [--sync full|changes] [--dry-run] [--report FILE]\n',
  );
  process.exit(64);
}
const dryRun = args.flags.has('dry-run');

runImportCli(args, async ({ db, scope, logger }) => {
  if (!/^https?:\/\//i.test(target))
    return importPtv(db, scope, { source: flag(args, 'source') ?? 'ptv', files: await folderFiles(target), dryRun });
  const municipalities = (flag(args, 'municipality') ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^\d{3}$/.test(c));
  if (!municipalities.length) throw new Error('--municipality CODES (Statistics Finland, comma-separated) is needed with an API address');
  const mode = flag(args, 'sync') === 'changes' ? 'changes' : 'full';
  return syncPtv(
    { db, clock: systemClock, logger, options: { baseUrl: target, municipalities, includeWholeCountry: args.flags.has('whole-country') } },
    mode,
    dryRun,
  );
})
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
