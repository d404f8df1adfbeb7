import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  commentText,
  csharpString,
  goString,
  javaString,
  jsString,
  phpString,
  pythonString,
  rubyString,
} from './escape.ts';
import { run, tempDir } from '../../../test/support/run.ts';
import { describeWith, JAVA, PHP, probe, PYTHON, RUBY } from '../../../test/support/tools.ts';

// Each test starts real processes; on a busy machine they need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

/** Text made to break string literals, one trap per line. */
const TRAPS = [
  '',
  'alice',
  "it's",
  'say "hi"',
  `both ' and "`,
  'back\\slash',
  'ends with \\',
  '\\\\ doubled',
  '\\u0041 and \\u000a are not escapes',
  '\\x41 \\n \\t \\0',
  '$HOME {$x} ${x}',
  '#{x} #@x #$y',
  '山田 "Taro" \\ $HOME #{x}',
  '🦊 fox 👩🏽‍💻',
  'line\nbreak, cr\rlf\r\n, tab\t',
  'nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085',
  'line sep\u2028 para sep\u2029',
  'rtl override\u202Etxet',
  'bom\uFEFF',
  '`backtick` and "quote" and \\',
  '</script><!--',
  '%s %d {0}',
];

/** Random text from the whole of Unicode, the same on every run. */
const RANDOM = fc.sample(fc.string({ unit: 'binary', maxLength: 24 }), { numRuns: 150, seed: 7 });

const SAMPLES = [...TRAPS, ...RANDOM];
/** Go, PHP and Ruby hold UTF-8 bytes, where a lone surrogate can only become U+FFFD. */
const LONE = 'lone \uD800 and \uDC00 surrogates';
const wellFormed = (value: string) => value.replace(/\p{Surrogate}/gu, '\uFFFD');

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Writes a program holding every literal, runs it, and reads back the strings it printed. */
async function roundTrip(file: string, source: string, command: string, args: string[]) {
  const path = join(dir.path, file);
  await writeFile(path, source);
  const { stdout } = await run(command, [...args, path]);
  return JSON.parse(stdout) as string[];
}

const [python, php, ruby, java] = await Promise.all([
  probe(PYTHON),
  probe(PHP),
  probe(RUBY),
  probe(JAVA),
]);

describe('each literal reads back as the original text', () => {
  it('JavaScript', () => {
    for (const value of [...SAMPLES, LONE]) {
      expect(runInNewContext(jsString(value))).toBe(value);
    }
  });
});

describeWith(python, 'Python string literals read back', () => {
  it('Python', async () => {
    const values = [...SAMPLES, LONE];
    const literals = values.map(pythonString).join(',\n');
    const source = `import json, sys\nvalues = [\n${literals}\n]\nsys.stdout.write(json.dumps(values))\n`;
    expect(await roundTrip('literals.py', source, PYTHON.command, [])).toEqual(values);
  });
});

describeWith(php, 'PHP string literals read back', () => {
  it('PHP', async () => {
    const values = [...SAMPLES, LONE];
    const literals = values.map(phpString).join(',\n');
    const source = `<?php\n$values = [\n${literals}\n];\necho json_encode($values, JSON_THROW_ON_ERROR);\n`;
    const printed = await roundTrip('literals.php', source, 'php', []);
    expect(printed).toEqual(values.map(wellFormed));
  });
});

describeWith(ruby, 'Ruby string literals read back', () => {
  it('Ruby', async () => {
    const values = [...SAMPLES, LONE];
    const literals = values.map(rubyString).join(',\n');
    const source = `require 'json'\nvalues = [\n${literals}\n]\nprint JSON.generate(values)\n`;
    const printed = await roundTrip('literals.rb', source, 'ruby', []);
    expect(printed).toEqual(values.map(wellFormed));
  });
});

// Not installed by CI: checked when a JDK is around, since javac's \u handling is the trap.
describeWith(java, 'Java string literals read back', () => {
  it('Java', async () => {
    const values = [...SAMPLES, LONE];
    const source = [
      'public class Literals {',
      '  public static void main(String[] args) {',
      `    String[] values = {\n${values.map(javaString).join(',\n')}\n    };`,
      '    StringBuilder out = new StringBuilder("[");',
      '    for (int i = 0; i < values.length; i++) {',
      '      out.append(i == 0 ? "\\"" : ",\\"");',
      '      for (char c : values[i].toCharArray()) out.append(String.format("\\\\u%04x", (int) c));',
      "      out.append('\"');",
      '    }',
      '    System.out.print(out.append("]"));',
      '  }',
      '}',
      '',
    ].join('\n');
    // Java 17 reads sources in the platform encoding; 18 and later read UTF-8 by default.
    const printed = await roundTrip('Literals.java', source, 'java', ['-Dfile.encoding=UTF-8']);
    expect(printed).toEqual(values);
  });
});

describe('literals without an interpreter here', () => {
  it('Go uses a raw string to avoid escaping quotes and backslashes', () => {
    expect(goString('山田 "Taro" \\ $HOME #{x}')).toBe('`山田 "Taro" \\ $HOME #{x}`');
    expect(goString('plain')).toBe('"plain"');
  });

  it('Go falls back to an interpreted string for backticks and invisible characters', () => {
    expect(goString('`"`')).toBe('"`\\"`"');
    expect(goString('a"b\n')).toBe('"a\\"b\\n"');
    expect(goString('nel\u0085 rlo\u202E')).toBe('"nel\\u0085 rlo\\u202E"');
    expect(goString(LONE)).toBe('"lone \\uFFFD and \\uFFFD surrogates"');
  });

  it('C# escapes with fixed-width \\u, never the greedy \\x', () => {
    expect(csharpString('\u00071')).toBe('"\\u00071"');
    expect(csharpString('山田 "Taro" \\ $HOME #{x}')).toBe('"山田 \\"Taro\\" \\\\ $HOME #{x}"');
    expect(csharpString('ls\u2028')).toBe('"ls\\u2028"');
  });

  it('PHP and Ruby prefer single quotes, where $ and #{ are plain text', () => {
    expect(phpString('$HOME {$x}')).toBe("'$HOME {$x}'");
    expect(rubyString('#{x}')).toBe("'#{x}'");
    expect(phpString('$x\n')).toBe('"\\$x\\n"');
    expect(rubyString('#{x}\n')).toBe('"\\#{x}\\n"');
  });

  it('Java never writes \\u for a line break, quote or backslash', () => {
    expect(javaString('a\nb"c\\u000a')).toBe('"a\\nb\\"c\\\\u000a"');
  });

  it('comments stay on one line', () => {
    expect(commentText('one\ntwo\r\nthree\u2028four')).toBe('one two three four');
  });
});
