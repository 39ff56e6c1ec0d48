// The link patterns (dip/tautan.ts) are in Unicode mode for `\p{Cf}`; JSON Schema patterns are read that
// way (ECMA-262 with `u`, as ajv does), so their `u` flag is dropped from the schema, not refused.
import type { ConversionConfig } from '@valibot/to-json-schema';

export const polaUnicode: NonNullable<ConversionConfig['overrideAction']> = ({
  valibotAction,
  jsonSchema,
}) =>
  valibotAction.type === 'regex' &&
  (valibotAction as unknown as { requirement: RegExp }).requirement.flags === 'u'
    ? jsonSchema
    : undefined;
