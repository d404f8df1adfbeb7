import { createAccessToken } from '../../src/token/createAccessToken.ts';
import { ACCOUNT_SID, API_KEY_SECRET, API_KEY_SID } from '../../test/support/fixtures.ts';
import { twilioNodeToken } from '../../test/support/twilioOracle.ts';
import { median } from './stats.ts';

export const ROUNDS = 5;
/** Each round signs for this long, so a slow or busy machine takes no longer, only signs less. */
export const ROUND_MS = 2_000;

export interface SigningThroughput {
  /** Tokens per second, the median of the rounds. */
  ours: number;
  theirs: number;
  ratio: number;
}

const inputs = Array.from({ length: 64 }, (_, i) => ({
  accountSid: ACCOUNT_SID,
  apiKeySid: API_KEY_SID,
  apiKeySecret: API_KEY_SECRET,
  identity: `user-${i}-アリス`,
  ttl: 3600,
  grants: { video: i % 2 === 0 ? {} : { room: `room-${i}` } },
}));

function input(i: number) {
  const chosen = inputs[i % inputs.length];
  if (!chosen) throw new Error('no input');
  return chosen;
}

async function tokensPerSecond(sign: (i: number) => unknown): Promise<number> {
  for (let i = 0; i < 2_000; i++) await sign(i); // warm up the JIT and the key cache
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    let signed = 0;
    // The clock is read every 100 tokens, which costs nothing next to 100 signatures.
    while (performance.now() - start < ROUND_MS) {
      for (let i = 0; i < 100; i++) await sign(signed++);
    }
    rates.push(signed / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

/**
 * Tokens per second in Node of our core and of twilio-node's AccessToken.toJwt() on the same
 * inputs (the same secret throughout, so our core imports its key once, as the page does).
 */
export async function measureSigningThroughput(): Promise<SigningThroughput> {
  const ours = await tokensPerSecond((i) => createAccessToken(input(i)));
  const theirs = await tokensPerSecond((i) => twilioNodeToken(input(i)));
  return { ours, theirs, ratio: ours / theirs };
}
