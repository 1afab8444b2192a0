import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textPdf } from './lib/text-pdf.ts';
import sharp from 'sharp';
import { validateContent } from '../src/lib/validate/index.ts';
import { COMPONENTS } from '../src/lib/rich/components.ts';
import { tempDirs } from './lib/temp-dirs.ts';

/** The editor guide's component examples: the ```mdx blocks in docs/redaktor.md. */
const examples = [...readFileSync('docs/redaktor.md', 'utf8').matchAll(/^```mdx\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
const tempRoot = tempDirs('kb-guide-mdx-');
const tinyImage = (name: string) =>
  sharp({ create: { width: 4, height: 3, channels: 3, background: '#3366aa' } })
    .toFormat(/\.png$/i.test(name) ? 'png' : /\.webp$/i.test(name) ? 'webp' : 'jpeg')
    .toBuffer();

describe('the editor guide on components', () => {
  test('shows one example per component of the contract, and documents each prop', () => {
    const guide = readFileSync('docs/redaktor.md', 'utf8');
    expect(examples.map((e) => /^<([A-Z]\w*)/.exec(e)?.[1])).toEqual(COMPONENTS.map((c) => c.name));
    for (const c of COMPONENTS) {
      const paragraph = guide.split('\n\n').find((p) => p.startsWith(`**${c.name}**`));
      expect(paragraph, c.name).toBeDefined();
      for (const prop of c.props) {
        expect(paragraph, `${c.name} ${prop.name}`).toContain(`\`${prop.name}\``);
        if (prop.required)
          expect(paragraph, `${c.name} ${prop.name}`).toMatch(new RegExp(`\`${prop.name}\` \\(påkrevd`));
      }
    }
  });
  test('its examples pass the content check once the files they name exist', async () => {
    const root = tempRoot();
    cpSync('content', path.join(root, 'content'), { recursive: true });
    const body = examples.join('\n');
    for (const [, file] of body.matchAll(/="\.\.\/((?:bilder|vedlegg|video)\/[^"]+)"/g)) {
      mkdirSync(path.dirname(path.join(root, 'content', file!)), { recursive: true });
      // An image or a PDF must be one (the check reads them: src/lib/rich/image-file.ts,
      // src/lib/rich/attachment.ts); other files only exist.
      const content = file!.startsWith('bilder/')
        ? await tinyImage(file!)
        : file!.endsWith('.pdf')
          ? textPdf(['Rapport'])
          : 'x';
      writeFileSync(path.join(root, 'content', file!), content);
    }
    writeFileSync(
      path.join(root, 'content/artikler/komponenter.mdx'),
      `---\ntitle: Komponenter\ndescription: Eksempler.\ndate: 2017-03-01\nthemes: [samordning]\n---\n\n${body}`,
    );
    expect(validateContent(root).problems).toEqual([]);
  });
});
