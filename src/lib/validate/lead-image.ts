/** The line (in the file) of the lead image's `src`, for the media check; the fence is line 1. */
export function leadImageLine(yaml: string): number {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((l) => /^image:/.test(l));
  const src = lines.findIndex((l, i) => i > start && /^\s+src:/.test(l));
  return (src >= 0 ? src : Math.max(start, 0)) + 2;
}
