// Types of js/render/docx.mjs: the Word copy of the readable self-evaluation, loaded
// only when asked for (`await import`). The model's types are those of `sefcheck/render`.
import type { DocumentModel, RenderOptions } from './index.mjs';

/** What every page of a draft says in its header when the model has no draft notice. */
export declare const DRAFT_MARK: string;
/** The .docx of a model, as bytes (a plain Uint8Array, in Node and in browsers). */
export declare function toDocx(model: DocumentModel): Promise<Uint8Array>;
/** The .docx of a document (format 2). Throws what `validate` throws, with the same code. */
export declare function renderDocx(document: unknown, options?: RenderOptions): Promise<Uint8Array>;
