import {
  grantByKey,
  isLegacyGrantKey,
  LEGACY_GRANTS,
  optionsOf,
  type GrantDescriptor,
  type OptionDescriptor,
} from '../grants/index.ts';
import { sidPrefixOf } from '../sid.ts';
import { finding, type Finding, type SidIssue } from './findings.ts';
import { nameList } from './nameList.ts';
import { sidIssue } from './sidIssue.ts';
import { isJsonObject } from '../json/jsonObject.ts';

/**
 * Checks `grants` (Twilio error 20106): that it is there, that the identity is there when a grant
 * needs it, that every option holds what its grant descriptor says (a SID of its kind, an
 * object where it writes one), and that every key is one Twilio reads. Each product's own
 * rules for the grants it carries are grants/rules/, checked beside this.
 *
 * @example
 * ```ts
 * checkGrants({ grants: { voice: { outgoing: { application_sid: 'CR…' } } } });
 * // identityMissing, then grantSidInvalid { grant: 'voice', field: 'outgoing.application_sid',
 * //   expected: 'AP', issue: { kind: 'wrongKind', found: 'CR' } }
 * ```
 */
export function checkGrants(payload: Record<string, unknown>): Finding[] {
  const { grants } = payload;
  if (grants === undefined) return [finding('grantsMissing', { found: 'absent' })];
  if (!isJsonObject(grants)) return [finding('grantsMissing', { found: 'notObject' })];

  const findings: Finding[] = [];
  const keys = Object.keys(grants).filter((key) => key !== 'identity');
  if (keys.length === 0) findings.push(finding('noGrant', {}));
  const neededBy = keys.filter((key) => needsIdentity(key));
  const { identity } = grants;
  if (neededBy.length > 0 && (typeof identity !== 'string' || identity === '')) {
    const found = identity === undefined ? 'absent' : identity === '' ? 'empty' : 'notString';
    findings.push(finding('identityMissing', { found, neededBy }));
  }
  const unknown: string[] = [];
  for (const key of keys) {
    const grant = grantByKey(key);
    if (grant) {
      findings.push(...checkGrant(key, grant, grants[key]));
    } else if (isLegacyGrantKey(key)) {
      const { replacedBy, readAs } = LEGACY_GRANTS[key];
      findings.push(finding('legacyGrant', { grant: key, replacement: replacedBy.key }));
      findings.push(...checkGrant(key, readAs, grants[key]));
    } else {
      unknown.push(key);
    }
  }
  // One finding for all of them: a token can hold thousands.
  if (unknown.length > 0) findings.push(finding('unknownGrant', nameList(unknown)));
  return findings;
}

/**
 * Whether the grant under `key` needs `grants.identity`: its service knows the user by it. An old
 * key needs what the grant that replaced it needs.
 */
function needsIdentity(key: string): boolean {
  const grant =
    grantByKey(key) ?? (isLegacyGrantKey(key) ? LEGACY_GRANTS[key].replacedBy : undefined);
  return grant?.needsIdentity ?? false;
}

/** One grant's value against its descriptor; `descriptor` is absent for a grant read whole. */
function checkGrant(
  key: string,
  descriptor: GrantDescriptor | undefined,
  grant: unknown,
): Finding[] {
  if (!isJsonObject(grant)) return [finding('grantNotObject', { grant: key })];
  if (!descriptor) return [];
  const findings: Finding[] = [];
  const groupsReported = new Set<string>();
  for (const [, option] of optionsOf(descriptor)) {
    const found = valueAt(grant, option.payload);
    if (found.blockedAt !== undefined) {
      // `outgoing: "AP…"`: the object the option belongs in is something else.
      if (!groupsReported.has(found.blockedAt)) {
        groupsReported.add(found.blockedAt);
        findings.push(finding('grantNotObject', { grant: key, path: found.blockedAt }));
      }
      continue;
    }
    const issue = optionIssue(option, found.value, isRequiredIn(descriptor, option, grant));
    const field = option.payload.join('.');
    if (!issue) continue;
    if (issue === 'notObject')
      findings.push(finding('grantNotObject', { grant: key, path: field }));
    else findings.push(finding('grantSidInvalid', { grant: key, field, ...issue }));
  }
  return findings;
}

/**
 * What is wrong with an option's value, for the kinds a token can get wrong: a SID of another
 * kind, or not an object where the libraries write one. Names are anything Twilio accepts.
 */
function optionIssue(
  option: OptionDescriptor,
  value: unknown,
  required: boolean,
):
  | { expected: NonNullable<ReturnType<typeof sidPrefixOf>>; issue: SidIssue }
  | 'notObject'
  | undefined {
  if (value === undefined && !required) return undefined;
  switch (option.kind) {
    case 'sid': {
      const issue = sidIssue(value, option.prefix);
      return issue ? { expected: option.prefix, issue } : undefined;
    }
    case 'name': {
      // A room is any unique name or a SID of its kind; only a SID of another kind is surely wrong.
      if (option.orSid === undefined) return undefined;
      if (typeof value !== 'string')
        return { expected: option.orSid, issue: { kind: 'notString' } };
      const found = sidPrefixOf(value);
      return found !== undefined && found !== option.orSid
        ? { expected: option.orSid, issue: { kind: 'wrongKind', found } }
        : undefined;
    }
    case 'params':
      return isJsonObject(value) ? undefined : 'notObject';
    default:
      return undefined;
  }
}

/**
 * An option that another option of the same object needs is required wherever that object is
 * there: `outgoing` places calls through its `application_sid`, and its `params` go with it.
 */
function isRequiredIn(
  grant: GrantDescriptor,
  option: OptionDescriptor,
  value: Readonly<Record<string, unknown>>,
): boolean {
  const [group] = option.payload;
  if (option.payload.length < 2 || group === undefined || !isJsonObject(value[group])) return false;
  return optionsOf(grant).some(
    ([, other]) => other.kind === 'params' && grant.options[other.requires] === option,
  );
}

/** The value at `path` inside a grant, or where the path ran into something not an object. */
function valueAt(
  grant: Readonly<Record<string, unknown>>,
  path: readonly string[],
): { value?: unknown; blockedAt?: string } {
  let value: unknown = grant;
  for (const [index, key] of path.entries()) {
    if (value === undefined) return {};
    if (!isJsonObject(value)) return { blockedAt: path.slice(0, index).join('.') };
    value = Object.hasOwn(value, key) ? value[key] : undefined;
  }
  return { value };
}
