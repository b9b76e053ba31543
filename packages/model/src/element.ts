import * as z from 'zod';

/** A model id: lower-case letters, digits, `-`, `.` and `_`, starting with a letter or digit. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    message: 'expected an id of lower-case letters, digits, ".", "_" or "-" (for example "worker-1")',
  })
  .max(253, { message: 'expected an id of at most 253 characters' })
  .describe('Stable identifier, unique in the cluster; lower-case letters, digits, ".", "_" and "-".');
/** A model id. */
export type Id = z.infer<typeof Id>;

/** A non-empty, single-line piece of text shown to readers. */
export const Label = z
  .string()
  .min(1, { message: 'expected a non-empty label' })
  .describe('Short name shown in diagrams and slides.');
/** Short name shown in diagrams and slides. */
export type Label = z.infer<typeof Label>;

/** One sentence about an element; feeds tooltips, speaker notes and alt text. */
export const Description = z
  .string()
  .describe('One sentence about the element; used for tooltips, speaker notes and alt text.');
/** One sentence about an element. */
export type Description = z.infer<typeof Description>;

/** The fields every model element carries. */
export const ElementBase = z.strictObject({
  id: Id,
  label: Label,
  description: Description,
});
/** The fields every model element carries. */
export type ElementBase = z.infer<typeof ElementBase>;
