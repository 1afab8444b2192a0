/**
 * The kinds of content. Each kind is one content collection, one folder under `content/`
 * and one URL prefix; the `type` is the search filter value.
 */
export const KIND_IDS = ['artikler', 'intervjuer', 'rapporter', 'arrangementer'] as const;
export type KindId = (typeof KIND_IDS)[number];

export interface Kind {
  id: KindId;
  /** Singular, used as a label on cards and as the search filter value. */
  type: 'artikkel' | 'intervju' | 'rapport' | 'arrangement';
  singular: string;
  plural: string;
  /** Shown on the listing page. */
  summary: string;
}

export const KINDS: readonly Kind[] = [
  {
    id: 'artikler',
    type: 'artikkel',
    singular: 'Artikkel',
    plural: 'Artikler',
    summary: 'Nyheter og artikler fra programmet.',
  },
  {
    id: 'intervjuer',
    type: 'intervju',
    singular: 'Intervju',
    plural: 'Intervjuer',
    summary: 'Samtaler med ledere og fagfolk i staten.',
  },
  {
    id: 'rapporter',
    type: 'rapport',
    singular: 'Rapport',
    plural: 'Rapporter',
    summary: 'Sammendrag av rapporter og veiledere.',
  },
  {
    id: 'arrangementer',
    type: 'arrangement',
    singular: 'Arrangement',
    plural: 'Arrangementer',
    summary: 'Seminarer, frokostmøter og konferanser.',
  },
];

const byId = new Map<string, Kind>(KINDS.map((k) => [k.id, k]));

export function isKindId(value: string): value is KindId {
  return byId.has(value);
}

export function getKind(id: KindId): Kind {
  const kind = byId.get(id);
  if (!kind) throw new Error(`Unknown kind: ${id}`);
  return kind;
}
