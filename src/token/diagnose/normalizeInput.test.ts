import { describe, expect, it } from 'vitest';
import type { InputCleanup } from './findings.ts';
import { normalizeInput } from './normalizeInput.ts';

const TOKEN = 'eyJh.eyJz.c2ln';

describe('normalizeInput', () => {
  it.each<[string, string, InputCleanup[]]>([
    [TOKEN, TOKEN, []],
    [`  ${TOKEN}\r\n`, TOKEN, []],
    [`"${TOKEN}"`, TOKEN, ['quotes']],
    [`'${TOKEN}'`, TOKEN, ['quotes']],
    [`\`${TOKEN}\``, TOKEN, ['quotes']],
    [` " ${TOKEN} " `, TOKEN, ['quotes']],
    [`Bearer ${TOKEN}`, TOKEN, ['bearer']],
    [`bearer\t${TOKEN}`, TOKEN, ['bearer']],
    [`BEARER   ${TOKEN}`, TOKEN, ['bearer']],
    [`Authorization: Bearer ${TOKEN}`, TOKEN, ['bearer']],
    [`"Bearer ${TOKEN}"`, TOKEN, ['quotes', 'bearer']],
    [`Bearer "${TOKEN}"`, TOKEN, ['bearer', 'quotes']],
    ['eyJh.\neyJz.\n  c2ln', TOKEN, ['innerWhitespace']],
    ['eyJh.ey\u200bJz.c2\u00adln', TOKEN, ['innerWhitespace']],
    ['eyJh.eyJz.c2\u2028ln\u00a0', TOKEN, ['innerWhitespace']],
  ])('%j', (input, normalized, removed) => {
    expect(normalizeInput(input)).toEqual({ normalized, removed });
  });

  it('leaves unmatched or lone quotes alone', () => {
    expect(normalizeInput(`"${TOKEN}'`).normalized).toBe(`"${TOKEN}'`);
    expect(normalizeInput('"').normalized).toBe('"');
  });

  it('keeps a word that only starts like Bearer', () => {
    expect(normalizeInput('Bearerish').normalized).toBe('Bearerish');
    expect(normalizeInput('Bearer').normalized).toBe('Bearer');
  });

  it('turns wrapping with nothing inside into an empty string', () => {
    expect(normalizeInput(' "" ').normalized).toBe('');
    expect(normalizeInput('Bearer  ""').normalized).toBe('');
  });
});
