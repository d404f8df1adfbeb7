import { createContext, use, useSyncExternalStore } from 'react';
import type { Finding } from '../../../token/diagnose/findings.ts';
import type { FormField } from '../../../token/fields.ts';
import type { FieldFinding } from '../../../token/validation/productWarnings.ts';

const NONE: readonly Finding[] = [];

/**
 * The products' warnings on the form, by field. One watcher checks the rules and sets them;
 * each field subscribes to its own entry, so a keystroke in Identity wakes only the fields
 * whose warnings changed, never all thirty.
 */
export class FieldFindings {
  private readonly byField = new Map<FormField, readonly Finding[]>();
  private readonly keys = new Map<FormField, string>();
  private readonly listeners = new Map<FormField, Set<() => void>>();

  get(field: FormField): readonly Finding[] {
    return this.byField.get(field) ?? NONE;
  }

  subscribe(field: FormField, listener: () => void): () => void {
    const set = this.listeners.get(field) ?? new Set();
    this.listeners.set(field, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** The whole list, as the rules found it; tells only the fields whose entry changed. */
  set(list: readonly FieldFinding[]): void {
    const next = new Map<FormField, Finding[]>();
    for (const { field, finding } of list) next.set(field, [...(next.get(field) ?? []), finding]);
    for (const field of new Set([...this.byField.keys(), ...next.keys()])) {
      const findings = next.get(field);
      // Findings are plain data made by the rules: their JSON tells whether one changed.
      const key = findings ? JSON.stringify(findings) : '';
      if (key === (this.keys.get(field) ?? '')) continue;
      this.keys.set(field, key);
      if (findings) this.byField.set(field, findings);
      else this.byField.delete(field);
      for (const listener of this.listeners.get(field) ?? []) listener();
    }
  }
}

export const FieldFindingsContext = createContext<FieldFindings | null>(null);

/** The products' warnings at `field`, from the form's FieldFindings (none outside one). */
export function useFieldFindings(field: FormField): readonly Finding[] {
  const store = use(FieldFindingsContext);
  return useSyncExternalStore(
    (listener) => store?.subscribe(field, listener) ?? (() => undefined),
    () => store?.get(field) ?? NONE,
  );
}
