import { describe, expect, test } from 'vitest';
import { COMPONENTS } from '../rich/components.ts';
import { CONTENT_ELEMENT, placeholder, previewTemplates, templateKey, templatedComponents } from './preview.ts';

describe('templatedComponents', () => {
  test('are the text components of the contract, one per value of a choice', () => {
    const keys = templatedComponents().map((t) => t.key);
    const expected = COMPONENTS.filter(
      (c) => c.content && c.props.every((p) => ['tekst', 'valg'].includes(p.kind)),
    ).flatMap((c) => {
      const choice = c.props.find((p) => p.kind === 'valg');
      return choice ? (choice.values ?? []).map((v) => templateKey(c.name, { [choice.name]: v })) : [c.name];
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(keys).toEqual(expected);
    // A component that shows a file (Figur, Vedlegg, Video) needs the real file: no template.
    for (const c of COMPONENTS.filter((c) => c.props.some((p) => ['bilde', 'vedlegg', 'video'].includes(p.kind))))
      expect(keys.some((k) => k.split(' ')[0] === c.name)).toBe(false);
  });
});

describe('previewTemplates', () => {
  const page = (skip?: string) =>
    [
      '<html><body>',
      `<template data-preview="header"><header class="article__header"><h1>${placeholder('title')}</h1></header></template>`,
      ...templatedComponents()
        .filter((t) => t.key !== skip)
        .map(
          (t) =>
            `<template data-preview="${t.key}"><aside class="x">${placeholder('tittel')}<${CONTENT_ELEMENT}></${CONTENT_ELEMENT}></aside></template>`,
        ),
      '</body></html>',
    ].join('\n');

  test('reads the header element and every component template from the built page', () => {
    const t = previewTemplates(page());
    expect(t.header).toEqual({ className: 'article__header', html: '<h1>{{title}}</h1>' });
    expect(Object.keys(t.blocks)).toEqual(templatedComponents().map((c) => c.key));
    expect(t.blocks['Faktaboks']).toBe(`<aside class="x">{{tittel}}<${CONTENT_ELEMENT}></${CONTENT_ELEMENT}></aside>`);
  });

  test('fails, naming the template, when the page lacks one', () => {
    expect(() => previewTemplates(page('Sitat'))).toThrow('has no template «Sitat»');
  });
});
