/** «1 artikkel», «3 artikler»: how many entries a theme or a person has, in Norwegian. */
export function articleCount(n: number): string {
  return n === 1 ? '1 artikkel' : `${n} artikler`;
}

/**
 * «3 oppføringer», «12 oppføringer, side 1 av 2»: the line above a listing, written as one string so
 * that no space between the number and the word can be lost (Astro drops the line break between two
 * expressions, which gave «3oppføringer»).
 */
export function listingCount(total: number, current: number, last: number): string {
  const count = total === 1 ? '1 oppføring' : `${total} oppføringer`;
  return last > 1 ? `${count}, side ${current} av ${last}` : count;
}
