// npm audit of what ships to browsers (--omit=dev), reported clearly:
// - exits 1 when a high or critical advisory affects a runtime dependency;
// - when the advisory service cannot be reached (some registries and mirrors refuse its POST),
//   says so loudly and exits 0, because then nothing was checked rather than something failed.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.log(`npm audit: no report (exit ${run.status}).\n${run.stderr}`);
  process.exit(run.status === 0 ? 0 : 1);
}

if (report.metadata?.vulnerabilities === undefined) {
  console.log(
    `npm audit: NOT CHECKED — the advisory service answered ${report.statusCode ?? '?'} ` +
      `(${report.message ?? 'no message'}). Run "npm audit --omit=dev" where it is reachable.`,
  );
  process.exit(0);
}

const counts = report.metadata.vulnerabilities;
console.log(
  `npm audit (runtime dependencies): ${counts.critical} critical, ${counts.high} high, ` +
    `${counts.moderate} moderate, ${counts.low} low.`,
);
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  console.log(`  ${entry.severity.padEnd(8)} ${name} ${entry.range ?? ''}`);
}
if (counts.critical + counts.high > 0) {
  console.log('npm audit: FAILED — a high or critical advisory affects what ships to browsers.');
  process.exit(1);
}
console.log('npm audit: passed — no high or critical advisory in runtime dependencies.');
