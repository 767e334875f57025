/** A count that fits its bubble: "1,234" becomes "1.2K" (in the reader's language) from 1,000 on. */
export function clusterCount(locale: string): (n: number) => string {
  const plain = new Intl.NumberFormat(locale);
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (n) => (n < 1000 ? plain : compact).format(n);
}
