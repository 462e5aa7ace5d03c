/**
 * CPU time of the processes a benchmark loads, read from /proc: the server (the same user and
 * system time `process.cpuUsage()` reports inside it, all its threads included) and the backends
 * of the benchmark's own database (not the whole cluster: on a shared machine other databases'
 * work would count). Divided by the requests a run made,
 * this is the cost of one request, which unlike latency does not depend on how fast the machine is.
 * Linux only; elsewhere, or when PostgreSQL runs on another host, the figures are null.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux, fixed by the kernel ABI

interface ProcStat {
  ownTicks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields are counted after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const at = (n: number) => Number(fields[n - 3]);
    return { ownTicks: at(14) + at(15) };
  } catch {
    return null;
  }
}

const ticksToMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** CPU milliseconds one process has used so far, or null when it cannot be read. */
export function processCpuMs(pid: number | undefined): number | null {
  const stat = pid === undefined ? null : readStat(pid);
  return stat ? ticksToMs(stat.ownTicks) : null;
}

/**
 * CPU milliseconds so far of each backend connected to `databaseUrl`'s database, by pid: only the
 * benchmark's own database, so other work on a shared cluster does not count. Null when the
 * backends cannot be read (PostgreSQL on another host).
 */
async function databaseBackendsCpuMs(client: pg.Client): Promise<Map<number, number> | null> {
  const { rows } = await client.query<{ pid: number }>(
    'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  const byPid = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== null) byPid.set(pid, ms);
  }
  return rows.length > 0 && byPid.size === 0 ? null : byPid;
}

export interface CpuPerRequest {
  serverMs: number | null;
  postgresMs: number | null;
}

/**
 * Runs `measure` and divides the CPU the server and the database's backends spent meanwhile by its
 * requests. A backend that connected during the run counts from zero; one that closed during it
 * is lost, which the server's pool (its connections stay open under load) makes rare.
 */
export async function withCpuPerRequest<T extends { requests: number }>(
  serverPid: number | undefined,
  databaseUrl: string,
  measure: () => Promise<T>,
): Promise<T & { cpuPerRequest: CpuPerRequest }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const server0 = processCpuMs(serverPid);
    const backends0 = await databaseBackendsCpuMs(client);
    const result = await measure();
    const server1 = processCpuMs(serverPid);
    const backends1 = await databaseBackendsCpuMs(client);
    let postgres: number | null = null;
    if (backends0 && backends1) {
      postgres = 0;
      for (const [pid, ms] of backends1) postgres += ms - (backends0.get(pid) ?? 0);
    }
    const per = (spent: number | null) =>
      spent === null || result.requests === 0 ? null : Math.round((spent / result.requests) * 1000) / 1000;
    return {
      ...result,
      cpuPerRequest: { serverMs: per(server0 === null || server1 === null ? null : server1 - server0), postgresMs: per(postgres) },
    };
  } finally {
    await client.end();
  }
}
