/**
 * `npm run bench`: a benchmark, not a test. Prints tokens per second of our core and of
 * twilio-node's AccessToken.toJwt() on the same inputs, their ratio, and the first-load size.
 */
import os from 'node:os';
import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { twilioNodeToken } from '../../src/token/testing/twilioOracle.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../src/token/testing/fixtures.ts';
import { formatTable, kB, measureFirstLoad, totals } from './firstLoad.ts';

const ROUNDS = 5;
const TOKENS_PER_ROUND = 20_000;

const inputs = Array.from({ length: 64 }, (_, i) => ({
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: `user-${i}-アリス`,
  ttl: 3600,
  grants: { video: i % 2 === 0 ? {} : { room: `room-${i}` } },
}));

async function tokensPerSecond(sign: (i: number) => unknown): Promise<number[]> {
  for (let i = 0; i < 2_000; i++) await sign(i); // warm up the JIT and the key cache
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let i = 0; i < TOKENS_PER_ROUND; i++) await sign(i);
    rates.push(TOKENS_PER_ROUND / ((performance.now() - start) / 1000));
  }
  return rates;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
function input(i: number) {
  const chosen = inputs[i % inputs.length];
  if (!chosen) throw new Error('no input');
  return chosen;
}

console.log(
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}\n`,
);

const ours = median(await tokensPerSecond((i) => createAccessToken(input(i))));
const theirs = median(await tokensPerSecond((i) => twilioNodeToken(input(i))));
console.log(
  `Signing throughput (median of ${ROUNDS} rounds of ${TOKENS_PER_ROUND.toLocaleString('en-US')} tokens):`,
);
console.log(
  `  Access Token Lab core   ${Math.round(ours).toLocaleString('en-US').padStart(9)} tokens/s`,
);
console.log(
  `  twilio-node toJwt()     ${Math.round(theirs).toLocaleString('en-US').padStart(9)} tokens/s`,
);
console.log(`  ratio                   ${(ours / theirs).toFixed(2).padStart(9)} ×\n`);

const files = await measureFirstLoad();
console.log('First page load (needs `npm run build`; bench runs it first):\n');
console.log(formatTable(files));
console.log(
  `\nFirst load: ${kB(totals(files).gzip)} kB gzip, ${kB(totals(files).brotli)} kB brotli.`,
);
