import { DEFAULT_THEME, MantineProvider, mergeMantineTheme } from '@mantine/core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SNIPPET_CONFIGS } from '../../../../test/snippets/configs.ts';
import { cssVariablesResolver, theme as appTheme } from '../../../app/theme.ts';
import { SNIPPETS } from '../index.ts';
import { nodeSnippet } from '../languages/node.ts';
import { CodeBlock } from './CodeBlock.tsx';
import classes from './CodeBlock.module.css';
import { MAX_HIGHLIGHT_LENGTH } from './highlight.ts';
import { code as japaneseCode } from '../../../i18n/ja/code.ts';

const html = (node: React.ReactNode) => renderToString(<MantineProvider>{node}</MantineProvider>);

/** The text a browser shows for markup made of spans: tags dropped, entities read. */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The `<pre>` Mantine's Code renders, with what is inside it. */
const preOf = (markup: string) => /<pre[^>]*>[\s\S]*<\/pre>/.exec(markup)?.[0] ?? '';

describe('CodeBlock', () => {
  it.each(SNIPPETS)(
    'shows $name code in coloured spans, its text exactly the program',
    (snippet) => {
      const code = snippet.code(SNIPPET_CONFIGS['all-grants'], japaneseCode.comments);
      const pre = preOf(html(<CodeBlock code={code} language={snippet.language} label="x" />));
      expect(textOf(pre)).toBe(code);
      for (const colour of [classes.keyword, classes.string, classes.comment, classes.constant]) {
        expect(pre).toContain(`<span class="${String(colour)}">`);
      }
      expect(pre).toContain(japaneseCode.comments.credentials);
    },
  );

  it('gives a named block its name and a tab stop, and leaves an unnamed one alone', () => {
    const named = preOf(
      html(<CodeBlock code="npm install twilio" language="bash" label="Node.js: token.js" />),
    );
    expect(named).toMatch(/^<pre[^>]* aria-label="Node.js: token.js"/);
    expect(named).toMatch(/^<pre[^>]* tabindex="0"/);
    const unnamed = preOf(html(<CodeBlock code="npm install twilio" language="bash" />));
    expect(unnamed).not.toContain('aria-label');
    expect(unnamed).not.toContain('tabindex');
    expect(unnamed).toContain(`<span class="${String(classes.name)}">npm</span> install twilio`);
  });

  it('shows plain text for a language without a grammar and for code past the limit', () => {
    const rust = preOf(html(<CodeBlock code={'fn main() { "<b>" }'} language="rust" />));
    expect(rust).not.toContain('<span');
    expect(textOf(rust)).toBe('fn main() { "<b>" }');
    const long = nodeSnippet.code({
      ...SNIPPET_CONFIGS['voice-outgoing'],
      identity: 'x'.repeat(MAX_HIGHLIGHT_LENGTH),
    });
    const plain = preOf(html(<CodeBlock code={long} language="javascript" />));
    expect(plain).not.toContain('<span');
    expect(textOf(plain)).toBe(long);
  });
});

/** WCAG 2.1 relative luminance of `#rrggbb` or `#rgb`. */
function luminance(color: string): number {
  const hex = color.length === 4 ? color.replace(/\w/g, (digit) => digit + digit) : color;
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

type Scheme = 'light' | 'dark';

describe('token colours', () => {
  const theme = mergeMantineTheme(DEFAULT_THEME, appTheme);
  const schemeVariables = cssVariablesResolver(theme);

  /** A Mantine colour variable as the page resolves it in `scheme`, or a hex colour as it is. */
  function resolve(value: string, scheme: Scheme): string {
    if (/^#([0-9a-f]{3}){1,2}$/i.test(value)) return value;
    const name = /^var\((--mantine-color-[a-z0-9-]+)\)$/.exec(value.trim())?.[1] ?? '';
    const override = new Map(Object.entries(schemeVariables[scheme])).get(name);
    if (override !== undefined) return resolve(override, scheme);
    if (name === '--mantine-color-black') return theme.black;
    const [, color = '', shade = ''] = /^--mantine-color-([a-z]+)-(\d)$/.exec(name) ?? [];
    const hex = theme.colors[color]?.[Number(shade)];
    if (hex === undefined) throw new Error(`no colour for ${value} in the ${scheme} scheme`);
    return hex;
  }

  // Mantine's own code background, read from its stylesheet so a change there shows up here.
  const codeCss = readFileSync(
    createRequire(import.meta.url).resolve('@mantine/core/styles/Code.css'),
    'utf8',
  );
  const background = (scheme: Scheme) => {
    const pattern = new RegExp(
      `scheme='${scheme}'\\][^{]*\\{\\s*background-color: var\\(--code-bg, (var\\([^)]*\\))\\)`,
    );
    return resolve(pattern.exec(codeCss)?.[1] ?? '', scheme);
  };

  // Every class whose first declaration is a colour: light-dark(light, dark) or one for both.
  const css = readFileSync(new URL('./CodeBlock.module.css', import.meta.url), 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  );
  const colours = [...css.matchAll(/\.(\w+)\s*\{\s*color:\s*([^;]+);/g)].map(
    ([, name = '', value = '']) => {
      const pair = /^light-dark\((var\([^)]*\)|#\w+),\s*(var\([^)]*\)|#\w+)\)$/.exec(value);
      return { name, light: pair?.[1] ?? value, dark: pair?.[2] ?? value };
    },
  );

  it('has a colour for the text and for each of the five kinds of token', () => {
    expect(colours.map((colour) => colour.name).sort()).toEqual(
      ['block', 'comment', 'constant', 'keyword', 'name', 'string'].sort(),
    );
  });

  it.each(['light', 'dark'] as const)(
    'keeps every token at 4.5:1 or more on the code background, %s',
    (scheme) => {
      const behind = background(scheme);
      expect(behind).toMatch(/^#([0-9a-f]{3}){1,2}$/i);
      for (const colour of colours) {
        const ratio = contrast(resolve(colour[scheme], scheme), behind);
        expect(ratio, `${colour.name} in the ${scheme} scheme`).toBeGreaterThanOrEqual(4.5);
      }
    },
  );
});
