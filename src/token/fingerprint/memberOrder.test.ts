import { describe, expect, it } from 'vitest';
import {
  fitsGrantsOrder,
  fitsJavaHashMap,
  fitsOrder,
  isSorted,
  javaHashMapBucket,
} from './memberOrder.ts';

describe('fitsOrder', () => {
  it('takes optional members or leaves them out, in place', () => {
    const order = ['alg', 'typ', 'cty', 'twr?'];
    expect(fitsOrder(['alg', 'typ', 'cty'], order)).toBe(true);
    expect(fitsOrder(['alg', 'typ', 'cty', 'twr'], order)).toBe(true);
    expect(fitsOrder(['alg', 'typ', 'twr', 'cty'], order)).toBe(false);
    expect(fitsOrder(['alg', 'typ'], order)).toBe(false);
    expect(fitsOrder(['alg', 'typ', 'cty', 'kid'], order)).toBe(false);
    expect(fitsOrder([], [])).toBe(true);
  });
});

describe('grants orders', () => {
  it('finds identity first or last, and sorted keys', () => {
    expect(fitsGrantsOrder(['identity', 'video'], 'identityFirst')).toBe(true);
    expect(fitsGrantsOrder(['video', 'identity'], 'identityFirst')).toBe(false);
    expect(fitsGrantsOrder(['video', 'identity'], 'identityLast')).toBe(true);
    expect(fitsGrantsOrder(['video'], 'identityLast')).toBe(true);
    expect(isSorted(['identity', 'video', 'voice'])).toBe(true);
    expect(isSorted(['video', 'identity'])).toBe(false);
  });
});

// Expected buckets from research notes E.3, computed there with Java itself
// (/work/notes/scratch/java/B.java) and seen in twilio-java's tokens.
describe("Java's HashMap order", () => {
  it('puts each key in the bucket Java does', () => {
    const buckets = Object.fromEntries(
      [
        'cty',
        'typ',
        'twr',
        'voice',
        'identity',
        'chat',
        'data_sync',
        'video',
        'task_router',
        'player',
      ].map((key) => [key, javaHashMapBucket(key, 16)]),
    );
    expect(buckets).toEqual({
      cty: 9,
      typ: 10,
      twr: 14,
      voice: 0,
      identity: 6,
      chat: 6,
      data_sync: 7,
      video: 11,
      task_router: 15,
      player: 15,
    });
  });

  it('accepts only orders a HashMap can iterate in', () => {
    expect(fitsJavaHashMap(['voice', 'identity', 'chat', 'data_sync', 'video', 'player'])).toBe(
      true,
    );
    // Same bucket: either insertion order.
    expect(fitsJavaHashMap(['chat', 'identity'])).toBe(true);
    expect(fitsJavaHashMap(['identity', 'voice'])).toBe(false);
  });

  it('grows the table past three quarters full', () => {
    const keys = Array.from({ length: 13 }, (_, index) => `k${String(index)}`);
    const ordered = [...keys].sort((a, b) => javaHashMapBucket(a, 32) - javaHashMapBucket(b, 32));
    expect(fitsJavaHashMap(ordered)).toBe(true);
  });
});
