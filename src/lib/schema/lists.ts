import { z } from 'astro/zod';
import { field } from './doc.ts';
import { oneLine, text } from './text.ts';

/**
 * The editors' contract for the shared lists they keep by hand: people (`content/personer.yaml`)
 * and publications (`content/publikasjoner.yaml`). Each item is one of these objects; Astro's `file()`
 * loader hands the whole item, `id` included, to the schema. `npm run check` reads the same schemas
 * (src/lib/validate/lists.ts). To add a field, add it here with its doc, and name it in the guide.
 */

/** `eivind-dale`: small letters, digits and single hyphens. */
export const LIST_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = (example: string) =>
  field(z.string().regex(LIST_ID), {
    label: 'Id',
    help: 'id-en artiklene bruker, med små bokstaver og bindestrek',
    expected: `små bokstaver, tall og bindestrek, f.eks. id: ${example}`,
  });
const textList = () => z.array(oneLine()).default([]);

/** One person in `content/personer.yaml`. */
export const personSchema = z.strictObject({
  id: id('eivind-dale'),
  /** Full name, as the content spells it. */
  name: field(text(), { label: 'Navn', help: 'fullt navn', expected: "fullt navn, f.eks. name: 'Eivind Dale'" }),
  /** Position, as the content gives it. */
  role: field(text(), {
    label: 'Stilling',
    words: ['rolle', 'tittel'],
    help: 'stilling',
    expected: "stilling, f.eks. role: 'departementsråd i KMD'",
  }),
  /** Other spellings the content uses. Default: none. */
  aliases: field(textList(), {
    label: 'Andre skrivemåter',
    words: ['alias'],
    help: 'andre skrivemåter av navnet',
    expected: "en liste med andre skrivemåter, f.eks. aliases: ['Eivind Dahle']",
  }),
});

/** One report or note in `content/publikasjoner.yaml`. */
export const publicationSchema = z.strictObject({
  id: id('mot-alle-odds'),
  title: field(text(), { label: 'Tittel', help: 'tittelen', expected: "tittelen, f.eks. title: 'Mot alle odds?'" }),
  publisher: field(text(), { label: 'Utgiver', help: 'utgiveren', expected: "utgiveren, f.eks. publisher: 'Difi'" }),
  /** Year of publication, a number. Optional. */
  year: field(z.number().int().optional(), {
    label: 'År',
    words: ['årstall', 'utgitt'],
    help: 'utgivelsesår',
    expected: 'et årstall uten anførselstegn, f.eks. year: 2014',
    // The editor's own year, when the value holds one (`'2019'`, `2019/2020`): the first is the year of publication.
    wrongType: {
      expected: (input) => {
        const year = /\b(1[89]\d\d|2\d\d\d)\b/.exec(String(input))?.[1];
        return year
          ? `et årstall uten anførselstegn: year: ${year}`
          : 'et årstall uten anførselstegn, f.eks. year: 2014';
      },
    },
  }),
  /** Report series and number, e.g. «Difi-rapport 2014:7». Optional. */
  series: field(text().optional(), {
    label: 'Serie',
    help: 'serie og nummer',
    expected: "serie og nummer, f.eks. series: 'Difi-rapport 2014:7'",
  }),
  /** What kind of publication. Default: rapport. */
  kind: field(z.enum(['rapport', 'veiledningsnotat']).default('rapport'), {
    label: 'Type',
    help: 'rapport eller veiledningsnotat',
    expected: 'rapport eller veiledningsnotat',
  }),
  /** Where it can be read. Optional. */
  url: field(z.url({ protocol: /^https?$/ }).optional(), {
    label: 'Nettadresse',
    words: ['lenke', 'adresse'],
    help: 'adressen der den kan leses',
    expected: 'en full adresse som begynner med https://',
  }),
  /**
   * The publication itself as a file in content/vedlegg/, written from content/ (`vedlegg/rapport.pdf`).
   * Whether it lies there, exists, is of a type the site takes and is used is checked with the other
   * media (src/lib/validate/media.ts), so a path anywhere else gets the same message as in an entry. Optional.
   */
  attachment: field(oneLine().optional(), {
    label: 'Vedlegg',
    words: ['fil'],
    help: 'selve rapporten som fil i `content/vedlegg/`, skrevet fra `content/`',
    expected: 'en fil i content/vedlegg/, skrevet fra content/, f.eks. attachment: vedlegg/rapport.pdf',
  }),
  /** Other titles the content uses. Default: none. */
  aliases: field(textList(), {
    label: 'Andre titler',
    help: 'andre titler den omtales med',
    expected: "en liste med andre titler, f.eks. aliases: ['…']",
  }),
});

/** The lists, by file name under `content/`, with the example id their messages give. */
export const LISTS = {
  'personer.yaml': { schema: personSchema, example: 'eivind-dale' },
  'publikasjoner.yaml': { schema: publicationSchema, example: 'mot-alle-odds' },
} as const;

export type ListName = keyof typeof LISTS;
