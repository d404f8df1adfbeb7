import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEPLOYMENT_HEADERS } from '../../vite.config.ts';

const file = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

/** The headers public/_headers gives every path (its `/*` block). */
function headersForEveryPath(text: string): Record<string, string> {
  const lines = text.split('\n');
  const start = lines.indexOf('/*');
  const headers: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const [name = '', ...value] = line.trim().split(': ');
    headers[name] = value.join(': ');
  }
  return headers;
}

describe('deployment headers', () => {
  it('public/_headers sends exactly DEPLOYMENT_HEADERS to every path', () => {
    expect(headersForEveryPath(file)).toEqual(DEPLOYMENT_HEADERS);
  });

  it('the header CSP is the meta tag’s, framing refused, the worker allowed to fetch', () => {
    const header = DEPLOYMENT_HEADERS['Content-Security-Policy'] ?? '';
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).toContain("connect-src 'self'");
    expect(header.replace("connect-src 'self'", "connect-src 'none'")).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    // The page keeps its own, stricter policy in the meta tag.
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });

  it('referrers are never sent and types never sniffed', () => {
    expect(DEPLOYMENT_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(DEPLOYMENT_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
