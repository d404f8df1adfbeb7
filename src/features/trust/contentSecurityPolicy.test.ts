import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config.ts';
import { MAX_POLICY_LENGTH, readPolicy, servedPolicy } from './contentSecurityPolicy.ts';

/** Just enough of a document: the meta tags' attributes. */
function page(...metas: Record<string, string>[]) {
  return {
    querySelectorAll: () =>
      metas
        .filter((attributes) => 'http-equiv' in attributes)
        .map((attributes) => ({ getAttribute: (name: string) => attributes[name] ?? null })),
  } as unknown as Pick<Document, 'querySelectorAll'>;
}

describe('servedPolicy', () => {
  it('reads the policy the build writes, exactly, and sees its connect-src none', () => {
    const policy = servedPolicy(
      page({ 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    );
    expect(policy?.text).toBe(CONTENT_SECURITY_POLICY);
    expect(policy?.connectNone).toBe(true);
    expect(policy?.directives.map((directive) => directive.name)).toContain('script-src');
    expect(policy?.directives.find((directive) => directive.name === 'connect-src')?.text).toBe(
      "connect-src 'none'",
    );
  });

  it('says nothing of a page without one, with two, or with one too long to be ours', () => {
    expect(servedPolicy(page())).toBeUndefined();
    expect(servedPolicy(page({ name: 'description', content: 'x' }))).toBeUndefined();
    const meta = { 'http-equiv': 'content-security-policy', content: "connect-src 'none'" };
    expect(servedPolicy(page(meta))?.connectNone).toBe(true);
    expect(servedPolicy(page(meta, meta))).toBeUndefined();
    const long = { ...meta, content: "connect-src 'none'; ".repeat(MAX_POLICY_LENGTH) };
    expect(servedPolicy(page(long))).toBeUndefined();
  });

  it('only calls connect-src none what is exactly that, the first one counting', () => {
    expect(readPolicy("default-src 'none'").connectNone).toBe(false);
    expect(readPolicy("connect-src 'self'").connectNone).toBe(false);
    expect(readPolicy("connect-src 'none' https://evil.example").connectNone).toBe(false);
    expect(readPolicy("connect-src 'self'; connect-src 'none'").connectNone).toBe(false);
    expect(readPolicy("  CONNECT-SRC   'NONE'  ;").connectNone).toBe(true);
  });

  it('never throws, and keeps every directive’s text as written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const policy = readPolicy(text);
        expect(policy.text).toBe(text);
        for (const directive of policy.directives) expect(text).toContain(directive.text);
      }),
    );
  });
});
