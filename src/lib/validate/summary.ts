/**
 * The check's problems where a GitHub pull request shows them: a Markdown table for the job summary
 * (`$GITHUB_STEP_SUMMARY`) and one workflow command per problem, which GitHub shows as an annotation
 * on the file and line in the pull request. An editor who saved through the web editor reads them
 * there before the change is merged. Workflow command syntax:
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions (escaping of data
 * and properties as in @actions/core's `command.ts`).
 */
import { formatProblem, type Problem } from './problem.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/** `::error file=content/a.mdx,line=4,title=themes::ukjent tema … — forventet …` */
export function annotation(p: Problem): string {
  const props = `file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(`Feil i feltet ${p.field}`)}`;
  return `::error ${props}::${escapeData(`${p.problem} — ${p.expected}`)}`;
}

/** The job summary in Norwegian: what is wrong, where, and what to write instead. */
export function summaryMarkdown(problems: readonly Problem[], checked: number): string {
  if (problems.length === 0) return `### Innholdet er i orden\n\n${checked} filer kontrollert med \`npm run check\`.\n`;
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return [
    `### Innholdet har ${sorted.length === 1 ? 'én feil' : `${sorted.length} feil`}`,
    '',
    'Endringen kan ikke publiseres før dette er rettet. Åpne oppføringen i nettleseren (/admin/) eller filen, og rett feltet.',
    '',
    '| fil | linje | felt | hva er galt | hva som forventes |',
    '| --- | --- | --- | --- | --- |',
    ...sorted.map(
      (p) => `| ${cell(p.file)} | ${p.line} | ${cell(p.field)} | ${cell(p.problem)} | ${cell(p.expected)} |`,
    ),
    '',
    '<details><summary>Som i terminalen</summary>',
    '',
    '```',
    ...sorted.map(formatProblem),
    '```',
    '',
    '</details>',
    '',
  ].join('\n');
}
