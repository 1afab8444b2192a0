import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';
import { URL_ATTRIBUTES, cssUrls } from '../html/url-attributes.ts';

/** The problems of a body on line 5 of its file, as «line problem». */
const problems = (body: string) => checkBody('a.mdx', body, 5).problems.map((p) => `${p.line} ${p.problem}`);

const ELSEWHERE = 'henter innhold fra et annet nettsted (x.example)';
/** Inline SVG (or HTML) that loads from another origin, in every way the check knows of. */
const REQUESTS: [string, string][] = [
  ['<image href> in a one-line <svg>', '<svg><image href="https://x.example/a.png"/></svg>'],
  ['<image xlink:href>', '<svg><image xlink:href="https://x.example/a.png"/></svg>'],
  ['<use href>', '<svg><use href="https://x.example/a.svg#i"/></svg>'],
  ['<feImage href>', '<svg><filter id="f"><feImage href="https://x.example/a.png"/></filter></svg>'],
  ['<pattern href>', '<svg><pattern id="p" href="https://x.example/a.svg#p"/></svg>'],
  ['<linearGradient href>', '<svg><linearGradient href="https://x.example/a.svg#g"/></svg>'],
  ['<textPath href>', '<svg><text><textPath href="https://x.example/a.svg#s">x</textPath></text></svg>'],
  ['fill="url(…)"', '<svg><rect fill="url(https://x.example/a.svg#g)"/></svg>'],
  ['mask="url(…)"', '<svg><rect mask="url(\'https://x.example/m.svg#m\')"/></svg>'],
  ['clip-path="url(…)"', '<svg><rect clip-path="url(https://x.example/c.svg#c)"/></svg>'],
  ['<svg> open across blocks', '<svg>\n\n<image href="https://x.example/a.png"/>\n\n</svg>'],
  ['srcset on <img>', '<img srcset="https://x.example/a.png 2x" alt="a" />'],
  [
    'srcSet in a body compiled as MDX',
    '<Merknad type="info">\n\n<img srcSet="https://x.example/a.png 2x" alt="a" />\n\n</Merknad>',
  ],
  [
    'xlinkHref in a body compiled as MDX',
    '<Merknad type="info">\n\n<svg><image xlinkHref="https://x.example/a.png" /></svg>\n\n</Merknad>',
  ],
  ['SRC in capitals in MDX', '<Merknad type="info">\n\n<img SRC="https://x.example/a.png" alt="a" />\n\n</Merknad>'],
  ['<video poster>', '<video poster="https://x.example/p.jpg"></video>'],
  ['<source srcset>', '<picture><source srcset="https://x.example/a.webp" /><img src="/a.png" alt="a" /></picture>'],
];

describe('the check names every request to another origin in inline SVG and HTML', () => {
  test.each(REQUESTS)('%s', (_what, body) => {
    const found = problems(body).filter((p) => p.includes(ELSEWHERE));
    expect(found.length).toBeGreaterThan(0);
  });
  test('names the line the loading element is on, when <svg> spans lines', () => {
    const found = problems('<svg>\n<g>\n<image href="https://x.example/a.png"/>\n</g>\n</svg>');
    expect(found.filter((p) => p.includes(ELSEWHERE)).map((p) => p.split(' ')[0])).toEqual(['7']);
  });
  test('accepts what loads nothing from elsewhere: a link, a fragment, a site path, text in code', () => {
    const fine = [
      '<svg><a href="https://x.example/">lenke</a></svg>',
      '<svg><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/></svg>',
      '<svg><use href="#ikon"/></svg>',
      '`<svg><image href="https://x.example/a.png"/></svg>`',
      '```html\n<svg><image href="https://x.example/a.png"/></svg>\n```',
      'Et <image href="https://x.example/a.png"> utenfor SVG er en <img> uten src, og laster ingenting.',
    ];
    for (const body of fine) expect(problems(body).filter((p) => p.includes('annet nettsted'))).toEqual([]);
  });
});

describe('the one list of URL attributes', () => {
  test('has href and xlink:href for every SVG element that loads by reference', () => {
    const svgHref = URL_ATTRIBUTES.find(
      (a) => a.attribute === 'href' && a.elements !== '*' && a.elements.includes('image'),
    );
    expect(svgHref?.elements).toEqual(
      expect.arrayContaining([
        'image',
        'use',
        'feimage',
        'pattern',
        'lineargradient',
        'radialgradient',
        'filter',
        'textpath',
        'mpath',
        'script',
      ]),
    );
    expect(URL_ATTRIBUTES.some((a) => a.attribute === 'xlink:href' && a.elements === '*')).toBe(true);
  });
  test('reads url() in CSS values, in any quoting', () => {
    expect(cssUrls('url(#a) url( "https://x/b" ) url(\'/c\')')).toEqual(['#a', 'https://x/b', '/c']);
    expect(cssUrls('red')).toEqual([]);
  });
});
