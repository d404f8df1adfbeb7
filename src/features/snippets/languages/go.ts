import { DEFAULT_ALGORITHM } from '../../../token/claims.ts';
import { SNIPPET_COMMENTS_EN } from '../comments.ts';
import { commentText, goString } from '../escape.ts';
import { numberLiteral } from '../literal.ts';
import type { Snippet } from '../snippet.ts';
import { CREDENTIAL_ENV } from '../snippetInput.ts';
import { nameIn, snippetGrants, type SnippetGrant, type SnippetOption } from '../snippetGrants.ts';

const T = '\t';
/** CreateAccessToken lifts any smaller Ttl to this; a shorter token needs ValidUntil. */
export const GO_MIN_TTL = 3600;

type Field = readonly [key: string, value: string];

/**
 * `Key: value,` lines as gofmt lays them out: a run of one-line fields aligns its values in a
 * column, and a field whose value spans lines stands alone and breaks the run.
 */
function fields(entries: readonly Field[], indent: string): string[] {
  const lines: string[] = [];
  let run: Field[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([key]) => key.length));
    for (const [key, value] of run) lines.push(`${indent}${`${key}:`.padEnd(width + 2)}${value},`);
    run = [];
  };
  for (const entry of entries) {
    if (!entry[1].includes('\n')) {
      run.push(entry);
      continue;
    }
    flush();
    lines.push(`${indent}${entry[0]}: ${entry[1]},`);
  }
  flush();
  return lines;
}

export function composite(type: string, entries: readonly Field[], indent: string): string {
  if (entries.length === 0) return `${type}{}`;
  return [`${type}{`, ...fields(entries, indent + T), `${indent}}`].join('\n');
}

/** A JSON value as Go source, for the Playback grant's map. */
function goValue(value: unknown, indent: string): string {
  if (typeof value === 'string') return goString(value);
  // An integer constant goes into interface{} as an int, a float one as a float64.
  if (typeof value === 'number') return Number.isFinite(value) ? numberLiteral(value) : 'nil';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]interface{}{}';
    const items = value.map((item) => `${indent}${T}${goValue(item, indent + T)},`);
    return ['[]interface{}{', ...items, `${indent}}`].join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    return mapLiteral('map[string]interface{}', value, indent);
  }
  return 'nil';
}

function mapLiteral(type: string, value: object, indent: string): string {
  const entries = Object.entries(value).map(([key, item]): Field => [
    goString(key),
    goValue(item, indent + T),
  ]);
  return composite(type, entries, indent);
}

/** An option's value as Go source, at the indent of the struct that holds it. */
function goOptionValue(item: SnippetOption, indent: string): string {
  switch (item.kind) {
    case 'switch':
      return 'true';
    case 'text':
      return goString(item.value);
    case 'params':
      return mapLiteral('map[string]interface{}', Object.fromEntries(item.value), indent);
    case 'json':
      return mapLiteral('map[string]interface{}', item.value, indent);
  }
}

/**
 * The grant's struct fields. A dotted library name (`Outgoing.ApplicationSid`) is a field of a
 * nested struct, `jwt.Outgoing`, which collects every option named under it.
 */
function grantFields(grant: SnippetGrant): Field[] {
  const entries: Field[] = [];
  const nested = new Map<string, Field[]>();
  for (const item of grant.options) {
    const [outer = '', inner] = nameIn('go', item).split('.');
    if (inner === undefined) {
      entries.push([outer, goOptionValue(item, T + T)]);
      continue;
    }
    let fields = nested.get(outer);
    if (!fields) {
      fields = [];
      nested.set(outer, fields);
      // Placed where its first option comes; filled in below.
      entries.push([outer, '']);
    }
    fields.push([inner, goOptionValue(item, T + T + T)]);
  }
  return entries.map(([key, value]) => {
    const fields = nested.get(key);
    if (!fields) return [key, value];
    const [only] = fields;
    return fields.length === 1 && only && !only[1].includes('\n')
      ? [key, `jwt.${key}{${only[0]}: ${only[1]}}`]
      : [key, composite(`jwt.${key}`, fields, T + T)];
  });
}

export function grantStatements(grant: SnippetGrant): string[] {
  const type = `jwt.${grant.grant.className}`;
  const [whole] = grant.options;
  // A grant whose content is copied in whole is itself a map in twilio-go.
  if (whole?.kind === 'json' && nameIn('go', whole) === '') {
    return [
      `${T}playbackGrant := ${mapLiteral(type, whole.value, T)}`,
      `${T}token.AddGrant(&playbackGrant)`,
    ];
  }
  const entries = grantFields(grant);
  const [only] = entries;
  if (entries.length === 1 && only && !only[1].includes('\n')) {
    return [`${T}token.AddGrant(&${type}{${only[0]}: ${only[1]}})`];
  }
  return [`${T}token.AddGrant(&${composite(type, entries, T)})`];
}

/**
 * twilio-go. It always signs with HS256, writes `nbf` as the current time when none is given,
 * writes no `iat`, and raises a TTL under an hour to 3600 seconds.
 */
export const goSnippet: Snippet = {
  id: 'go',
  name: 'Go',
  // twilio-go 1.30.9, 2026-05-07: https://github.com/twilio/twilio-go/blob/main/CHANGES.md
  install: 'go get github.com/twilio/twilio-go@v1.30.9',
  filename: 'main.go',
  language: 'go',
  code(input, comments = SNIPPET_COMMENTS_EN) {
    const shortTtl = input.ttl < GO_MIN_TTL;
    const params: Field[] = [
      ['AccountSid', `os.Getenv("${CREDENTIAL_ENV[0]}")`],
      ['SigningKeySid', `os.Getenv("${CREDENTIAL_ENV[1]}")`],
      ['Secret', `os.Getenv("${CREDENTIAL_ENV[2]}")`],
      ['Identity', goString(input.identity)],
      shortTtl ? ['ValidUntil', 'validUntil'] : ['Ttl', String(input.ttl)],
      ...(input.nbf === undefined ? [] : [['Nbf', String(input.nbf)] as const]),
      ...(input.region ? [['Region', goString(input.region)] as const] : []),
    ];
    return [
      'package main',
      '',
      'import (',
      `${T}"fmt"`,
      `${T}"os"`,
      ...(shortTtl ? [`${T}"time"`] : []),
      '',
      `${T}"github.com/twilio/twilio-go/client/jwt"`,
      ')',
      '',
      'func main() {',
      ...(shortTtl
        ? [
            `${T}// ${commentText(comments.goShortTtl)}`,
            `${T}validUntil := float64(time.Now().Unix() + ${input.ttl})`,
            '',
          ]
        : []),
      `${T}// ${commentText(comments.credentials)}`,
      `${T}token := jwt.CreateAccessToken(${composite('jwt.AccessTokenParams', params, T)})`,
      ...snippetGrants(input.grants).flatMap(grantStatements),
      '',
      ...(input.algorithm === DEFAULT_ALGORITHM
        ? []
        : [`${T}// ${commentText(comments.hs256Only)}`]),
      `${T}signed, err := token.ToJwt()`,
      `${T}if err != nil {`,
      `${T}${T}panic(err)`,
      `${T}}`,
      `${T}fmt.Println(signed)`,
      '}',
      '',
    ].join('\n');
  },
};
