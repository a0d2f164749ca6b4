/**
 * The validated contents of each knowledge file, still keyed by file so lints can name where a problem is.
 */
import type { z } from "zod";
import type {
  capabilitiesFileSchema,
  categoriesFileSchema,
  complianceFileSchema,
  overlapsFileSchema,
  runtimesFileSchema,
  topicFileSchema,
} from "./schema.js";

export interface Located<T> {
  /** Path shown in messages, relative to the working directory when inside it. */
  readonly file: string;
  readonly value: T;
}

export interface ParsedKnowledge {
  readonly runtimes?: Located<z.output<typeof runtimesFileSchema>>;
  readonly categories?: Located<z.output<typeof categoriesFileSchema>>;
  readonly capabilities?: Located<z.output<typeof capabilitiesFileSchema>>;
  readonly compliance?: Located<z.output<typeof complianceFileSchema>>;
  readonly overlaps?: Located<z.output<typeof overlapsFileSchema>>;
  readonly topics: readonly Located<z.output<typeof topicFileSchema>>[];
}
