// Types of `sefcheck/render` (docs/spec/rendering.md): the readable self-evaluation's model and
// its HTML and Markdown.

/** A heading: level 1 is the title, 2 a big section, 3 an answer's label, 4 an item of a list. */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4;
  text: string;
  /** A stable slug, unique in the model (`private-law-what-we-know`). */
  id: string;
}
/** An answer's text exactly as written: paragraphs end at blank lines, single line breaks are kept. */
export interface ParagraphsBlock {
  type: 'paragraphs';
  text: string;
  /** Present when the answer is missing: `text` is then "Not answered". */
  missing?: true;
}
export interface FieldItem {
  label: string;
  value: string;
  missing?: true;
}
/** Short answers as a summary list. */
export interface FieldsBlock {
  type: 'fields';
  items: FieldItem[];
}
export interface ListBlock {
  type: 'list';
  items: string[];
}
export interface TableBlock {
  type: 'table';
  caption: string;
  headers: string[];
  /** A row per item; the first cell names it. */
  rows: string[][];
}
/** A chart's text equivalent: the same numbers, as a table. */
export interface ChartTable {
  headers: string[];
  rows: string[][];
}
export type GradeValue = 'outstanding' | 'good' | 'requiresImprovement' | 'inadequate';
export interface GradesChart {
  type: 'chart';
  kind: 'grades';
  caption: string;
  data: {
    scale: { value: GradeValue; label: string }[];
    series: [{ key: 'ours'; label: string }, { key: 'ofsted'; label: string }];
    rows: { area: 'privateLaw' | 'publicLaw' | 'leadership'; label: string; ours: GradeValue | null; ofsted: GradeValue | null }[];
  };
  table: ChartTable;
}
export interface MeasuresChart {
  type: 'chart';
  kind: 'measures';
  caption: string;
  data: {
    legend: { value: string; target: string; previous: string; none: string };
    rows: {
      id: string;
      label: string;
      unit: 'percent' | 'days' | 'weeks' | 'count' | null;
      value: number | null;
      target: number | null;
      previous: number | null;
      better: 'higher' | 'lower' | null;
    }[];
  };
  table: ChartTable;
}
export interface AuditChart {
  type: 'chart';
  kind: 'audit';
  caption: string;
  data: { total: number | null; rows: { grade: GradeValue; label: string; count: number | null }[] };
  table: ChartTable;
}
export interface ActionsChart {
  type: 'chart';
  kind: 'actions';
  caption: string;
  data: {
    /** The areas, then `{ value: null, label: "Not answered" }` when an action has none of them. */
    areas: { value: string | null; label: string }[];
    statuses: { value: string | null; label: string }[];
    /** counts[area][status] */
    counts: number[][];
  };
  table: ChartTable;
}
export type ChartBlock = GradesChart | MeasuresChart | AuditChart | ActionsChart;
export type ChartKind = ChartBlock['kind'];
export interface ContentsBlock {
  type: 'contents';
  entries: { level: 2; text: string; id: string }[];
}
export interface NoticeBlock {
  type: 'notice';
  kind: 'draft' | 'blockers';
  text: string;
  /** The blockers: "Section title: message", one per error. */
  items?: string[];
}
export interface PageBreakBlock {
  type: 'pageBreak';
}
export type Block =
  | HeadingBlock
  | ParagraphsBlock
  | FieldsBlock
  | ListBlock
  | TableBlock
  | ChartBlock
  | ContentsBlock
  | NoticeBlock
  | PageBreakBlock;

/** The readable self-evaluation, plain and serialisable. */
export interface DocumentModel {
  title: string;
  /** "1 April 2025 to 31 March 2026"; null when either end of the period is not answered. */
  period: string | null;
  /** True when the report says the document is not ready to share. */
  draft: boolean;
  blocks: Block[];
}

export interface RenderOptions {
  /** The date a draft says it was made: a Date, or a date written YYYY-MM-DD. Today by default. */
  date?: Date | string;
  /** Last year's document: when this one has `previous`, a "Since last year" part, made by
   *  `compare` (docs/spec/rendering.md). */
  previous?: unknown;
}
export interface HtmlParts {
  /** The stylesheet, for a page's own stylesheet (it holds `@page` rules). */
  css: string;
  /** `<div class="sef-document">…</div>`: no style attribute, no script. */
  body: string;
}

/** The model of a document. Throws what `validate` throws, with the same code. */
export function documentModel(document: unknown, options?: RenderOptions): DocumentModel;
/** The document as a whole HTML page, or with `standalone: false` its stylesheet and body. */
export function renderHtml(document: unknown, options?: RenderOptions & { standalone?: true }): string;
export function renderHtml(document: unknown, options: RenderOptions & { standalone: false }): HtmlParts;
export function renderHtml(document: unknown, options?: RenderOptions & { standalone?: boolean }): string | HtmlParts;
/** The document as Markdown: CommonMark with GitHub's tables. */
export function renderMarkdown(document: unknown, options?: RenderOptions): string;
/** The HTML of a model. */
export function toHtml(model: DocumentModel, options?: { standalone?: true }): string;
export function toHtml(model: DocumentModel, options: { standalone: false }): HtmlParts;
export function toHtml(model: DocumentModel, options?: { standalone?: boolean }): string | HtmlParts;
/** The Markdown of a model. */
export function toMarkdown(model: DocumentModel): string;
