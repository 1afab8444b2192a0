/** Words a reader gets through in a minute of Norwegian prose. */
export const WORDS_PER_MINUTE = 200;

/** Minutes to read a text (Markdown or plain), at least one. */
export function readingMinutes(text: string): number {
  const words = text.replace(/<[^>]+>/g, ' ').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
