import Faktaboks from './Faktaboks.astro';
import Merknad from './Merknad.astro';
import Sitat from './Sitat.astro';
import Figur from './Figur.astro';
import Utvid from './Utvid.astro';
import Vedlegg from './Vedlegg.astro';
import Video from './Video.astro';
import Bilde from './Bilde.astro';
import Lenke from './Lenke.astro';

/**
 * What every MDX body gets without an `import`: the editors' components (their contract, props and
 * which are required: src/lib/rich/components.ts) and the elements Markdown images and links become.
 */
export const mdxComponents = { Faktaboks, Merknad, Sitat, Figur, Utvid, Vedlegg, Video, img: Bilde, a: Lenke };
