import { mdxToMdast } from 'satteri';

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  children?: Node[];
}

/**
 * Part of every entry's digest in the loader: a cached entry keeps the path it was stored with, so
 * a change to which bodies need MDX (below) must change this, or old entries keep the old path.
 */
export const MDX_RULE_VERSION = 'mdx-1';

/** A local image: a path relative to the entry (`../bilder/kart.jpg`), not a site path or an address. */
export function isLocalImage(url: string): boolean {
  return url !== '' && !url.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/**
 * Whether a body must be compiled by `@astrojs/mdx` rather than rendered as Markdown at content-sync
 * time (src/loaders/article-loader.ts): it uses a component (`<Faktaboks>`, a capitalised JSX name)
 * or a local image, which only the MDX path optimises into `<picture>`. A body that cannot be parsed
 * stays on the Markdown path; the check reports it (src/lib/validate/body.ts).
 */
export function needsMdx(body: string): boolean {
  // Cheap first: a body with neither «<» followed by a capital nor an image («![») can't need MDX.
  if (!/<[A-Z]/.test(body) && !body.includes('![')) return false;
  let tree: Node;
  try {
    // No positions: nothing here reads them, and they are half of a tree's cost.
    tree = mdxToMdast(body, { position: false }) as unknown as Node;
  } catch {
    return false;
  }
  const visit = (node: Node): boolean => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[A-Z]/.test(node.name ?? ''))
      return true;
    if (node.type === 'image' && isLocalImage(node.url ?? '')) return true;
    return (node.children ?? []).some(visit);
  };
  return visit(tree);
}
