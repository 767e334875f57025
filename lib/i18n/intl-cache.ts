/**
 * Intl formatters are slow to build (each one loads locale data) and a page formats dozens of
 * dates and numbers; they are immutable, so one per locale and options serves every request.
 * The key space is small (locales × time zones × a few option sets), bounded anyway.
 */
const MAX = 2_000;
const made = new Map<string, unknown>();

function memo<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    if (made.size >= MAX) made.clear();
    made.set(key, value);
  }
  return value;
}

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  memo("dt", locale, options, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  memo("nf", locale, options, () => new Intl.NumberFormat(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  memo("dn", locale, options, () => new Intl.DisplayNames([locale], options));
