import Faktaboks from './Faktaboks.astro';
import Merknad from './Merknad.astro';
import Sitat from './Sitat.astro';
import Figur from './Figur.astro';
import Utvid from './Utvid.astro';
import Vedlegg from './Vedlegg.astro';
import Video from './Video.astro';
import Bilde from './Bilde.astro';

/**
 * What every MDX body gets without an `import`: the editors' components (their contract, props and
 * which are required: src/lib/rich/components.ts) and the element Markdown images become. Links get the base path
 * in the body steps (src/lib/body/mdx-steps.ts), as on the Markdown path.
 */
export const mdxComponents = { Faktaboks, Merknad, Sitat, Figur, Utvid, Vedlegg, Video, img: Bilde };
