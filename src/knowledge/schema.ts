/**
 * zod schemas for the knowledge files. Each file kind has its own schema; the loader reports every issue as
 * `file: path.to.field: problem`. Objects are strict so a misspelt key is an error, not silently ignored.
 */
import { z } from "zod";
import { CONFIDENCES, OWNERS, RUNTIME_IDS, SCOPE_STATUSES } from "../core/knowledge/model.js";

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id (lowercase letters, digits and hyphens)");

const text = z.string().trim().min(1, "must not be empty");

const source = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
});

const sources = z.array(source);
const aliases = z.array(text);

const runtimeId = z.enum(RUNTIME_IDS);

const cell = z
  .strictObject({
    owner: z.enum(OWNERS),
    supported: z.boolean().default(true),
    analog: text.optional(),
    aws: text.optional(),
    customer: text.optional(),
    confidence: z.enum(CONFIDENCES).default("documented"),
    note: text.optional(),
    sources: sources.default([]),
  })
  .superRefine((value, ctx) => {
    if (value.owner === "shared") {
      for (const side of ["aws", "customer"] as const) {
        if (value[side] === undefined) {
          ctx.addIssue({
            code: "custom",
            path: [side],
            message: "a shared cell must say what this party does",
          });
        }
      }
    } else if (value.aws === undefined && value.customer === undefined) {
      ctx.addIssue({ code: "custom", path: ["aws"], message: "say what AWS or the customer does" });
    }
    if (value.confidence === "uncertain" && value.note === undefined) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "an uncertain cell needs a note saying why" });
    }
    if (!value.supported && value.owner !== "aws") {
      ctx.addIssue({
        code: "custom",
        path: ["owner"],
        message: "an unsupported feature is enforced by the platform, so its owner must be aws",
      });
    }
  });

const cells = z.strictObject(
  Object.fromEntries(RUNTIME_IDS.map((id) => [id, cell])) as Record<
    (typeof RUNTIME_IDS)[number],
    typeof cell
  >,
);

/** One file per topic: `knowledge/topics/<category>/<id>.yaml`. */
export const topicFileSchema = z.strictObject({
  id: kebabId,
  name: text,
  category: kebabId,
  summary: text,
  aliases: aliases.min(5, "needs at least five aliases"),
  keywords: aliases.default([]),
  related: z.array(kebabId).default([]),
  cells,
  sources: sources.min(1, "needs at least one source"),
  mappings: z
    .strictObject({
      cisEks: z
        .array(z.string().regex(/^\d+(\.\d+)*$/, "must be a CIS recommendation id like 5.4.1"))
        .default([]),
      frameworks: z.array(kebabId).default([]),
    })
    .default({ cisEks: [], frameworks: [] }),
  reviewed: z.iso.date("must be an ISO date (YYYY-MM-DD)"),
});

export const runtimesFileSchema = z.strictObject({
  runtimes: z.array(
    z.strictObject({
      id: runtimeId,
      name: text,
      shortName: text,
      family: z.enum(["eks", "ecs"]),
      aliases: aliases.min(1),
      neutralAliases: aliases.default([]),
      summary: text,
      complianceServices: z.array(z.enum(["eks", "ecs", "fargate"])).min(1),
      sources: sources.min(1),
    }),
  ),
});

export const categoriesFileSchema = z.strictObject({
  categories: z.array(
    z.strictObject({
      id: kebabId,
      name: text,
      description: text,
      aliases: aliases.default([]),
    }),
  ),
});

const capabilitySupport = z.strictObject({
  supported: z.boolean(),
  note: text,
  confidence: z.enum(CONFIDENCES).default("documented"),
  sources: sources.min(1, "needs at least one source"),
});

export const capabilitiesFileSchema = z.strictObject({
  capabilities: z.array(
    z.strictObject({
      id: kebabId,
      name: text,
      aliases: aliases.min(1),
      topic: kebabId,
      runtimes: z
        .partialRecord(runtimeId, capabilitySupport)
        .refine((value) => Object.keys(value).length > 0, {
          message: "name at least one runtime",
        }),
    }),
  ),
});

const serviceScope = z.strictObject({ status: z.enum(SCOPE_STATUSES), note: text.optional() });

export const complianceFileSchema = z.strictObject({
  guidance: z.strictObject({ disclaimer: text, sources: sources.min(1) }),
  frameworks: z.array(
    z.strictObject({
      id: kebabId,
      name: text,
      aliases: aliases.min(1),
      scope: z.strictObject({ eks: serviceScope, ecs: serviceScope, fargate: serviceScope }),
      note: text,
      sources: sources.min(1, "needs at least one source"),
    }),
  ),
});

export const overlapsFileSchema = z.strictObject({
  overlaps: z.array(z.strictObject({ alias: text, ids: z.array(kebabId).min(2), reason: text })).default([]),
});
