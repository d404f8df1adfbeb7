import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { findChromium } from '../../e2e/support/chromium.ts';

/** The Chromium the benchmark drives, as it names itself ("Chromium 156.0.8078.108 …"). */
function chromiumVersion(): string {
  try {
    const banner = execFileSync(findChromium(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    });
    return /\d+(\.\d+){3}/.exec(banner)?.[0] ?? banner.trim();
  } catch {
    return 'unknown';
  }
}

/**
 * One line naming the machine. The load average is there because the figures are only as
 * quiet as the machine was: other work on the same cores slows every measurement.
 */
export function describeMachine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  return (
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
    `Node ${process.version}, Chromium ${chromiumVersion()}; load average ${load} (1/5/15 min)`
  );
}
