/**
 * A noun and the names it stands for, in the number the names are: «egenskapen tittel», but
 * «egenskapene tittel, type». For every message that lists what is allowed.
 */
export function named(names: readonly string[], singular: string, plural: string): string {
  return `${names.length === 1 ? singular : plural} ${names.join(', ')}`;
}
