import { describe, expect, test } from 'vitest';
import { attachmentLinkText, fileTypeLabel, formatFileSize, pdfFileProblem } from './attachment.ts';

describe('attachment link text', () => {
  test('says type and size in Norwegian', () => {
    expect(attachmentLinkText('Last ned rapporten', 'rapport.pdf', 2_345_678)).toBe('Last ned rapporten (PDF, 2,3 MB)');
    expect(attachmentLinkText('Last ned tabellen', 'tall.XLSX', 45_100)).toBe('Last ned tabellen (Excel, 45 kB)');
  });
  test('rounds sizes as a reader expects, never to zero', () => {
    expect(formatFileSize(512)).toBe('1 kB');
    expect(formatFileSize(999_499)).toBe('999 kB');
    expect(formatFileSize(1_000_000)).toBe('1 MB');
    expect(formatFileSize(123_456_789)).toBe('123 MB');
    expect(() => formatFileSize(-1)).toThrow();
  });
  test('names office formats and falls back to the ending', () => {
    expect(fileTypeLabel('a.docx')).toBe('Word');
    expect(fileTypeLabel('a.odt')).toBe('OpenDocument-tekst');
    expect(fileTypeLabel('a.rtf')).toBe('RTF');
  });
});

describe('a PDF attachment is a PDF, and whole', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');
  test('accepts a PDF, also one with bytes before its header', () => {
    expect(pdfFileProblem(pdf)).toBeNull();
    expect(pdfFileProblem(Buffer.concat([Buffer.from('\r\n'), pdf]))).toBeNull();
  });
  test('names an empty file, a file that is no PDF and a cut-off one', () => {
    expect(pdfFileProblem(Buffer.alloc(0))).toBe('tom');
    expect(pdfFileProblem(Buffer.from('<html>Rapporten</html>'))).toBe('ikke-pdf');
    expect(pdfFileProblem(pdf.subarray(0, 30))).toBe('ufullstendig');
  });
});
