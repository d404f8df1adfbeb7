/**
 * "What did you paste?": recognises a paste before the inspector reads it as a JWT.
 *
 * @example
 * ```ts
 * import { recognisePaste } from '../../token/paste/index.ts';
 * const reading = recognisePaste(text);
 * const toDiagnose = reading.kind === 'extracted' ? reading.token : text;
 * ```
 */
export { recognisePaste } from './recognisePaste.ts';
export { SIGNING_METHOD } from './printedObject.ts';
export { sidPlacement, type SidPlacement } from './sidPlace.ts';
export {
  holdsNoToken,
  textToDiagnose,
  type OlderToken,
  type PasteKind,
  type PasteReading,
  type PrintedForm,
  type TokenSource,
} from './reading.ts';
