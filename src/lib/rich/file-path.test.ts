import { describe, expect, test } from 'vitest';
import { contentFileOf, decodedPath, ownMachineFile } from './file-path.ts';

describe('a path to a file beside the content', () => {
  test('is read with its percent escapes decoded, as Astro reads a Markdown image', () => {
    expect(decodedPath('../bilder/mitt%20kart.jpg')).toBe('../bilder/mitt kart.jpg');
    expect(decodedPath('../bilder/m%C3%B8te.jpg')).toBe('../bilder/møte.jpg');
    expect(decodedPath('../bilder/100%25.jpg')).toBe('../bilder/100%.jpg');
  });
  test('names the same file for a component as for a Markdown image (the build’s lookup)', () => {
    expect(contentFileOf('../bilder/mitt%20kart.jpg')).toBe('content/bilder/mitt kart.jpg');
    expect(contentFileOf('../vedlegg/rapport%202024.pdf')).toBe('content/vedlegg/rapport 2024.pdf');
    expect(contentFileOf('../bilder/mitt kart.jpg')).toBe('content/bilder/mitt kart.jpg');
    expect(contentFileOf('../../kart.jpg')).toBeNull();
  });
  test('cannot be read when a % starts no escape', () => {
    expect(decodedPath('../bilder/100%.jpg')).toBeNull();
    expect(decodedPath('../bilder/%C3.jpg')).toBeNull();
  });
});

describe('a path on the editor’s own computer', () => {
  test.each([
    ['a Windows drive', 'C:\\Users\\ola\\Bilder\\kart.jpg'],
    ['a drive with slashes', 'C:/Users/ola/Bilder/kart.jpg'],
    ['a network share', '\\\\server\\share\\kart.jpg'],
    ['a network share after Markdown took a backslash', '\\server\\share\\kart.jpg'],
    ['a file: address', 'file:///C:/Users/ola/kart.jpg'],
    ['a Mac home folder', '/Users/ola/Desktop/kart.jpg'],
    ['a Linux home folder', '/home/ola/kart.jpg'],
    ['a home folder by its short name', '~/Bilder/kart.jpg'],
    ['a Mac disk', '/Volumes/Minnepinne/kart.jpg'],
  ])('names the file of %s', (_what, url) => {
    expect(ownMachineFile(url)).toBe('kart.jpg');
  });
  test('names a percent-encoded file by the name it has', () => {
    expect(ownMachineFile('file:///C:/Users/ola/mitt%20kart.jpg')).toBe('mitt kart.jpg');
  });
  test.each([
    '../bilder/kart.jpg',
    '..\\bilder\\kart.jpg',
    '\\bilder\\kart.jpg',
    '/bilder/kart.jpg',
    '/tema/samordning/',
    'https://example.org/kart.jpg',
    'mailto:a@b.no',
  ])('leaves %s to the other rules', (url) => {
    expect(ownMachineFile(url)).toBeNull();
  });
});
