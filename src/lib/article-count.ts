/** «1 artikkel», «3 artikler»: how many entries a theme or a person has, in Norwegian. */
export function articleCount(n: number): string {
  return n === 1 ? '1 artikkel' : `${n} artikler`;
}
