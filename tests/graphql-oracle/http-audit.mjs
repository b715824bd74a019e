#!/usr/bin/env node
// Runs graphql-http's GraphQL-over-HTTP server audits against an endpoint.
//
//   node http-audit.mjs <url> [--timeout-ms 10000]
//
// Prints one JSON line per audit {id, name, status, reason} in graphql-http's order, then a
// summary line. status is "ok", or for a failed audit "error" (a MUST), "warn" (a SHOULD) or
// "notice" (a MAY). Exit codes: 0 every MUST passed, 1 a MUST failed, 2 bad usage or an
// audit could not run at all (endpoint unreachable, request timed out).

import { pathToFileURL } from 'node:url';
import { serverAudits } from 'graphql-http';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Thrown when the audits cannot run; the message says why. */
export class AuditRunError extends Error {}

/** Runs every audit one after the other; resolves to [{ id, name, status, reason }]. */
export async function runAudits(url, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const fetchFn = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const results = [];
  for (const audit of serverAudits({ url, fetchFn })) {
    let result;
    try {
      result = await audit.fn();
    } catch (error) {
      const cause = error.cause?.message ? ` (${error.cause.message})` : '';
      throw new AuditRunError(`audit ${audit.id} "${audit.name}" could not run against ${url}: ${error.message}${cause}`);
    }
    results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
  }
  return results;
}

/** Counts results by status; mustFailures is the number of failed MUST audits. */
export function summarize(results) {
  const counts = { ok: 0, error: 0, warn: 0, notice: 0 };
  for (const { status } of results) counts[status] += 1;
  return { total: results.length, ...counts, mustFailures: counts.error };
}

function parseArgs(args) {
  const usage = 'usage: node http-audit.mjs <url> [--timeout-ms N]';
  const timeoutAt = args.indexOf('--timeout-ms');
  const timeoutMs = timeoutAt >= 0 ? Number(args[timeoutAt + 1]) : DEFAULT_TIMEOUT_MS;
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new AuditRunError(`--timeout-ms needs a positive whole number of milliseconds; ${usage}`);
  }
  const url = args.find((arg, index) => !arg.startsWith('--') && (timeoutAt < 0 || index !== timeoutAt + 1));
  if (!url) throw new AuditRunError(`no endpoint URL given; ${usage}`);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new AuditRunError(`'${url}' is not a URL; ${usage}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AuditRunError(`'${url}' is not an http or https URL`);
  }
  return { url, timeoutMs };
}

async function main(args) {
  try {
    const { url, timeoutMs } = parseArgs(args);
    const results = await runAudits(url, { timeoutMs });
    for (const result of results) console.log(JSON.stringify(result));
    const summary = summarize(results);
    console.log(
      `audits: ${summary.total} run, ${summary.ok} ok, ${summary.error} MUST failed, ${summary.warn} SHOULD failed, ${summary.notice} MAY failed`,
    );
    return summary.mustFailures === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof AuditRunError)) throw error;
    console.error(`http-audit: ${error.message}`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
