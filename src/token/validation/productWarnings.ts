import type { Finding } from '../diagnose/findings.ts';
import { formFieldAt, type FormField } from '../fields.ts';
import type { GrantsForm } from '../grants/index.ts';
import { productFindings } from '../grants/rules/index.ts';
import { grantOptionsFromForm } from './generateFormSchema.ts';

/** A product rule's warning, at the form field that makes the value it is about. */
export interface FieldFinding {
  readonly field: FormField;
  readonly finding: Finding;
}

/**
 * The warnings of the products' rules (src/token/grants/rules/) on the token the form
 * describes, each at its field: what Generate shows without refusing. The errors among the same
 * findings the schema already reports at their fields. Options that cannot be read yet are left
 * out, as the token would leave them; they have problems of their own.
 *
 * @example
 * ```ts
 * productWarnings('alice smith', { ...form, voice: { enabled: true, ... } });
 * // [{ field: 'identity', finding: identityNotVoiceSafe }, { field: 'grants.voice.enabled', finding: voiceCannotCall }]
 * ```
 */
export function productWarnings(identity: string, form: GrantsForm): FieldFinding[] {
  const grants = grantOptionsFromForm(form, () => undefined);
  const warnings: FieldFinding[] = [];
  for (const finding of productFindings(identity, grants)) {
    const field = finding.at && formFieldAt(finding.at);
    if (finding.severity === 'warning' && field !== undefined) warnings.push({ field, finding });
  }
  return warnings;
}
