import type { DescribeProblem } from '../token/validation/generateFormSchema.ts';
import type { Locale } from './locale.ts';

/** The sentences for input problems in a language; they load with validation, on first use. */
export async function loadDescribeProblem(locale: Locale): Promise<DescribeProblem> {
  switch (locale) {
    case 'en-US':
      return (await import('./problemsEn.ts')).describeProblemEn;
    case 'ja-JP':
      return (await import('./problemsJa.ts')).describeProblemJa;
  }
}
