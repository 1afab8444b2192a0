import { describe, expect, test } from 'vitest';
import { COMPONENTS, MEDIA_FOLDERS } from '../rich/components.ts';
import { blockFields, blockPattern, blockToMdx, EDITOR_COMPONENTS, mdxToBlock, type BlockData } from './components.ts';

const spec = (name: string) => EDITOR_COMPONENTS.find((c) => c.name === name)!;

describe('editor blocks', () => {
  test('are the components of the contract: names, props, required props, choices and help', () => {
    expect(COMPONENTS.length).toBeGreaterThan(0);
    expect(EDITOR_COMPONENTS.map((c) => c.name)).toEqual(COMPONENTS.map((c) => c.name));
    for (const c of COMPONENTS) {
      const block = spec(c.name);
      expect(block.content, c.name).toBe(c.content);
      expect(block.description, c.name).toBe(c.description);
      expect(
        block.props.map((p) => [p.name, p.kind, p.required, p.values, p.description]),
        c.name,
      ).toEqual(c.props.map((p) => [p.name, p.kind, p.required, p.values, p.description]));
    }
  });

  test('give each prop a field labelled with its name and its help, required as the contract says', () => {
    for (const c of COMPONENTS) {
      const fields = blockFields(spec(c.name));
      expect(fields.map((f) => f['name'])).toEqual([...c.props.map((p) => p.name), ...(c.content ? ['innhold'] : [])]);
      for (const p of c.props) {
        const f = fields.find((x) => x['name'] === p.name)!;
        expect(f['label'], `${c.name}.${p.name}`).toBe(p.name);
        expect(f['hint'], `${c.name}.${p.name}`).toBe(p.description);
        // alt may be left out on a Figur marked dekorativ; the check reports one with neither.
        const waived = p.name === 'alt' && c.props.some((x) => x.kind === 'flagg');
        expect(f['required'], `${c.name}.${p.name}`).toBe(p.required && !waived);
      }
    }
  });

  test('offer a choice as a select, a flag as a switch, an image from the media library, other files into their folders', () => {
    const field = (c: string, p: string) => blockFields(spec(c)).find((f) => f['name'] === p)!;
    expect(field('Merknad', 'type')).toMatchObject({ widget: 'select', options: ['info', 'advarsel'] });
    expect(field('Figur', 'dekorativ')).toMatchObject({ widget: 'boolean' });
    expect(field('Figur', 'bilde')).toMatchObject({ widget: 'image' });
    expect(field('Vedlegg', 'fil')).toMatchObject({
      widget: 'file',
      media_folder: `/content/${MEDIA_FOLDERS.vedlegg}`,
      public_folder: `../${MEDIA_FOLDERS.vedlegg}`,
    });
    expect(field('Video', 'teksting')).toMatchObject({ widget: 'file', public_folder: `../${MEDIA_FOLDERS.teksting}` });
  });

  test('include a Video block with its file, a required captions track and a title', () => {
    const video = spec('Video');
    expect(video.props.filter((p) => p.required).map((p) => p.name)).toEqual(['fil', 'teksting', 'tittel']);
    expect(
      blockToMdx(video, { fil: '../video/seminar.mp4', teksting: '../video/seminar.vtt', tittel: 'Seminaret' }),
    ).toBe('<Video fil="../video/seminar.mp4" teksting="../video/seminar.vtt" tittel="Seminaret" />');
  });

  test('writes a wrapping component with its text between blank lines, as MDX needs for Markdown inside', () => {
    expect(blockToMdx(spec('Faktaboks'), { tittel: 'Om rapporten', innhold: 'Tre **funn**.' })).toBe(
      '<Faktaboks tittel="Om rapporten">\n\nTre **funn**.\n\n</Faktaboks>',
    );
  });

  test('writes a standalone component without the optional props left empty, quotes escaped, a set flag alone', () => {
    expect(
      blockToMdx(spec('Figur'), { bilde: '../bilder/kart.jpg', alt: 'Kart «over» "regionene"', bildetekst: '' }),
    ).toBe('<Figur bilde="../bilder/kart.jpg" alt="Kart «over» &quot;regionene&quot;" />');
    expect(blockToMdx(spec('Figur'), { bilde: '../bilder/pynt.jpg', alt: '', dekorativ: true })).toBe(
      '<Figur bilde="../bilder/pynt.jpg" dekorativ />',
    );
    expect(blockToMdx(spec('Figur'), { bilde: '../bilder/kart.jpg', alt: 'Kart', dekorativ: false })).toBe(
      '<Figur bilde="../bilder/kart.jpg" alt="Kart" />',
    );
  });

  test('reads back what it wrote, for every component', () => {
    expect(EDITOR_COMPONENTS.length).toBeGreaterThan(0);
    for (const c of EDITOR_COMPONENTS) {
      const data: BlockData = Object.fromEntries(
        c.props.map((p) => [p.name, p.kind === 'flagg' ? true : (p.values?.[1] ?? `${p.name} «æøå» "x"`)]),
      );
      if (c.content) data['innhold'] = 'Første avsnitt.\n\nAndre avsnitt.';
      expect(mdxToBlock(c, blockToMdx(c, data)), c.name).toEqual(data);
    }
  });

  test('does not take another component, or an unclosed one, for its own', () => {
    expect(mdxToBlock(spec('Sitat'), '<Faktaboks tittel="x">\n\ny\n\n</Faktaboks>')).toBeUndefined();
    expect(mdxToBlock(spec('Sitat'), '<Sitat kilde="x">\n\ny')).toBeUndefined();
  });
});

describe('blockPattern', () => {
  const box = blockToMdx(spec('Faktaboks'), { tittel: 'Om rapporten', innhold: 'Tre funn.' });
  const figure = blockToMdx(spec('Figur'), { bilde: '../bilder/kart.png', alt: 'Kart' });

  test('finds a block at the start of the text, with more text after it', () => {
    const rest = `${box}\n\nMer tekst.\n\n${figure}\n\nSlutt.`;
    expect(blockPattern(spec('Faktaboks')).exec(rest)?.[0]).toBe(box);
    expect(blockPattern(spec('Figur')).exec(`${figure}\n\nSlutt.`)?.[0]).toBe(figure);
    // What it matched reads back as the block's data.
    expect(mdxToBlock(spec('Faktaboks'), blockPattern(spec('Faktaboks')).exec(rest)![0])).toEqual({
      tittel: 'Om rapporten',
      innhold: 'Tre funn.',
    });
  });

  test('does not match a block further down, and has no multiline flag (Decap refuses it)', () => {
    expect(blockPattern(spec('Faktaboks')).exec(`Innledning.\n\n${box}`)).toBeNull();
    expect(blockPattern(spec('Figur')).exec(`Innledning.\n${figure}`)).toBeNull();
    for (const c of EDITOR_COMPONENTS) expect(blockPattern(c).flags).not.toContain('m');
  });
});
