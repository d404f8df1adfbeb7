// The form's validation as one lazily loaded module: zod, its resolver and our schema.
export { zodResolver } from '@hookform/resolvers/zod';
export { generateFormSchema } from '../../token/validation/generateFormSchema.ts';
