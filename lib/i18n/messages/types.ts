/** A catalogue's shape, taken from English: every other language must have the same keys. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Widen<T> = T extends string
  ? string
  : T extends { other: string }
    ? PluralForms
    : { [K in keyof T]: Widen<T[K]> };
