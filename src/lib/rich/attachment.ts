/**
 * How an attachment link says what it leads to, as GOV.UK does: «Last ned rapporten (PDF, 2,3 MB)».
 * Sizes in SI units (1 kB = 1000 byte, as file managers on phones show them), Norwegian decimal comma.
 */

const TYPES: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word',
  xlsx: 'Excel',
  pptx: 'PowerPoint',
  odt: 'OpenDocument-tekst',
  ods: 'OpenDocument-regneark',
  odp: 'OpenDocument-presentasjon',
  csv: 'CSV',
};

/** The file's type in words, from its ending (`rapport.PDF` → `PDF`); the ending in capitals when unknown. */
export function fileTypeLabel(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return TYPES[ext] ?? ext.toUpperCase();
}

/** `2345678` → `2,3 MB`; `45100` → `45 kB`; `512` → `1 kB` (never «0»). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`not a file size: ${bytes}`);
  if (bytes >= 1_000_000) {
    const mb = bytes / 1_000_000;
    const text = mb >= 100 ? Math.round(mb).toString() : mb.toFixed(1).replace(/\.0$/, '');
    return `${text.replace('.', ',')} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/** `Last ned rapporten (PDF, 2,3 MB)`. */
export function attachmentLinkText(text: string, fileName: string, bytes: number): string {
  return `${text} (${fileTypeLabel(fileName)}, ${formatFileSize(bytes)})`;
}

/**
 * What is wrong with a PDF attachment's bytes, or null: the build reads its text for search
 * (src/build/attachment-text.ts), and PDF.js refuses a file that is no PDF. ISO 32000-1
 * §7.5.2 (the `%PDF-` header; readers accept it within the first 1024 bytes) and §7.5.5 (the file
 * ends with `%%EOF`; a cut-off upload lacks it).
 */
export function pdfFileProblem(bytes: Uint8Array): 'tom' | 'ikke-pdf' | 'ufullstendig' | null {
  if (bytes.length === 0) return 'tom';
  const latin1 = (b: Uint8Array) => String.fromCharCode(...b);
  if (!latin1(bytes.subarray(0, 1024)).includes('%PDF-')) return 'ikke-pdf';
  if (!latin1(bytes.subarray(-1024)).includes('%%EOF')) return 'ufullstendig';
  return null;
}
