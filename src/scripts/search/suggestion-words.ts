let loading: Promise<string[]> | undefined;

/** The site's words for «Mente du …?» (written by src/build/search-index.ts), fetched once and only when asked for. */
export function loadSuggestionWords(base: string): Promise<string[]> {
  loading ??= (async () => {
    const response = await fetch(`${base.replace(/\/?$/, '/')}pagefind/sokeord.txt`);
    if (!response.ok) throw new Error(`sokeord.txt: ${response.status}`);
    return (await response.text()).split('\n').filter(Boolean);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
