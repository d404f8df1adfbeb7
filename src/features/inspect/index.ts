/**
 * The inspector's view, and the parts of it the Compare tab reuses to give each of its tokens a
 * verdict. One entry point, so the bundler keeps the inspector in one chunk that the Compare
 * tab's chunk loads, rather than splitting off a third chunk the two views would share.
 */
export { DiagnosisList } from './DiagnosisList.tsx';
export { InspectView } from './InspectView.tsx';
export { MadeBy } from './MadeBy/MadeBy.tsx';
export { useSignatureCheck } from './useSignatureCheck.ts';
