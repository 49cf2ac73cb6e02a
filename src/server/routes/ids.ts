import { Type } from 'typebox';

/** Path parameters and common query fields, validated the same way on every route. */
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }, { additionalProperties: false });
export type IdParamsT = { id: number };

/** Free text a person writes (notes, reasons): kept verbatim, bounded in size. */
export const Note = Type.String({ minLength: 1, maxLength: 4000 });
