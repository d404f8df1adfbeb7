import { laterPart } from '../../i18n/laterPart.ts';

/**
 * The generator's second stage (secondStage.ts) with the words it shows: problems and warnings
 * (validation), the decoded panel and the history (the result). It is fetched as soon as the
 * first screen is idle, or on the first focus of the form, whichever comes first, so it is there
 * long before anyone can press "Generate Access Token".
 */
export const secondStage = laterPart(
  () => import('./secondStage.ts'),
  ['problems', 'warnings', 'decoded', 'history'],
);
