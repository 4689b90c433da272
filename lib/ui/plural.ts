// Every "count + noun" shown to people goes through here, so "1 day" and
// "2 days" follow one rule (Intl.PluralRules, English) instead of each page's ternary.
const rules = new Intl.PluralRules("en-US");
const number = new Intl.NumberFormat("en-US");

/** The noun alone for `n` ("day" / "days"); `plural` for irregular ones ("categories"). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return rules.select(n) === "one" ? singular : pluralForm;
}

/** "1 day", "2 days", "1,200 cards". */
export function count(n: number, singular: string, pluralForm?: string): string {
  return `${number.format(n)} ${plural(n, singular, pluralForm)}`;
}
