/**
 * CPU time of the processes a benchmark loads, read from /proc: the server (the same user and
 * system time `process.cpuUsage()` reports inside it, all its threads included) and the whole
 * PostgreSQL cluster (every backend, including those that have already exited, which the
 * postmaster's cutime/cstime accumulate once it reaps them). Divided by the requests a run made,
 * this is the cost of one request, which unlike latency does not depend on how fast the machine is.
 * Linux only; elsewhere, or when PostgreSQL runs on another host, the figures are null.
 */
import { readFileSync, readdirSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux, fixed by the kernel ABI

interface ProcStat {
  parent: number;
  ownTicks: number;
  reapedChildrenTicks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may contain spaces: fields are counted after it.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const at = (n: number) => Number(fields[n - 3]);
    return { parent: at(4), ownTicks: at(14) + at(15), reapedChildrenTicks: at(16) + at(17) };
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

/** The postmaster of the cluster `databaseUrl` reaches, when it runs on this machine. */
export async function findPostmaster(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const backend = readStat(rows[0]!.pid);
    return backend ? backend.parent : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** CPU milliseconds the whole cluster has used: the postmaster, its reaped and its live children. */
export function clusterCpuMs(postmaster: number | null): number | null {
  if (postmaster === null) return null;
  const root = readStat(postmaster);
  if (!root) return null;
  let ticks = root.ownTicks + root.reapedChildrenTicks;
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === postmaster) continue;
    const stat = readStat(pid);
    if (stat?.parent === postmaster) ticks += stat.ownTicks;
  }
  return ticksToMs(ticks);
}

export interface CpuPerRequest {
  serverMs: number | null;
  postgresMs: number | null;
}

/** Runs `measure` and divides the CPU the server and the cluster spent meanwhile by its requests. */
export async function withCpuPerRequest<T extends { requests: number }>(
  serverPid: number | undefined,
  postmaster: number | null,
  measure: () => Promise<T>,
): Promise<T & { cpuPerRequest: CpuPerRequest }> {
  const server0 = processCpuMs(serverPid);
  const cluster0 = clusterCpuMs(postmaster);
  const result = await measure();
  const server1 = processCpuMs(serverPid);
  const cluster1 = clusterCpuMs(postmaster);
  const per = (a: number | null, b: number | null) =>
    a === null || b === null || result.requests === 0 ? null : Math.round(((b - a) / result.requests) * 1000) / 1000;
  return { ...result, cpuPerRequest: { serverMs: per(server0, server1), postgresMs: per(cluster0, cluster1) } };
}
