/**
 * The Pagefind binary the `pagefind` package installed (`pagefind_extended` first, as its own
 * service and CLI wrapper ask for it), found by the package's own resolver, which also honours
 * `PAGEFIND_EXTENDED_BINARY_PATH` / `PAGEFIND_BINARY_PATH`.
 */
export async function pagefindBinary(): Promise<string> {
  // The resolver is not in the package's exports: imported by its file, beside the package's entry.
  const resolver = new URL('resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(resolver)) as { resolveBinaryPath: (names: string[]) => string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}
