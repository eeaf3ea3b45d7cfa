import { z } from 'zod';

/**
 * The subset of Arazzo 1.0.x / 1.1.x (the OpenAPI Initiative's workflow format) that runbooks
 * use. Unknown `x-` extensions pass through; any other unknown field is refused, naming where,
 * so a document that means something this runner would ignore does not run half-understood.
 */

const withExtensions = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object(shape)
    .catchall(z.unknown())
    .superRefine((value, context) => {
      for (const key of Object.keys(value)) {
        if (key in shape || key.startsWith('x-')) continue;
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" is not a field this runner reads`,
        });
      }
    });

const identifier = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, "_" or "-"');

export const parameterSchema = withExtensions({
  name: z.string().min(1).max(256),
  in: z.enum(['path', 'query', 'header']),
  value: z.unknown().refine((value) => value !== undefined, 'is required'),
});

export const criterionSchema = withExtensions({
  condition: z.string().min(1).max(1000),
  context: z.string().max(256).optional(),
  type: z.literal('simple').optional(),
});

export const stepSchema = withExtensions({
  stepId: identifier,
  description: z.string().max(4000).optional(),
  operationId: z.string().min(1).max(256).optional(),
  operationPath: z.string().min(1).max(1024).optional(),
  parameters: z.array(parameterSchema).max(50).optional(),
  requestBody: withExtensions({
    contentType: z.string().max(128).optional(),
    payload: z.unknown(),
  }).optional(),
  successCriteria: z.array(criterionSchema).max(20).optional(),
  outputs: z.record(z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/), z.string().max(1024)).optional(),
}).superRefine((step, context) => {
  const targets = [step.operationId, step.operationPath].filter((value) => value !== undefined);
  if (targets.length !== 1)
    context.addIssue({
      code: 'custom',
      path: [],
      message: 'needs exactly one of operationId and operationPath (workflowId is not supported)',
    });
});

export const workflowSchema = withExtensions({
  workflowId: identifier,
  summary: z.string().max(512).optional(),
  description: z.string().max(8000).optional(),
  inputs: z
    .object({
      type: z.literal('object').optional(),
      properties: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
      required: z.array(z.string()).optional(),
    })
    .catchall(z.unknown())
    .optional(),
  steps: z.array(stepSchema).min(1).max(50),
  outputs: z.record(z.string(), z.string().max(1024)).optional(),
});

export const arazzoSchema = withExtensions({
  arazzo: z.string().regex(/^1\.[01]\.\d+$/, 'must be an Arazzo version 1.0.x or 1.1.x'),
  info: withExtensions({
    title: z.string().min(1).max(256),
    version: z.string().min(1).max(64),
    summary: z.string().max(512).optional(),
    description: z.string().max(8000).optional(),
  }),
  sourceDescriptions: z
    .array(
      withExtensions({
        name: identifier,
        url: z.string().min(1).max(2048),
        type: z.enum(['openapi', 'arazzo']).optional(),
      }),
    )
    .min(1)
    .max(20),
  workflows: z.array(workflowSchema).min(1).max(20),
  components: z.record(z.string(), z.unknown()).optional(),
});

export type ArazzoParameter = z.infer<typeof parameterSchema>;
export type ArazzoStep = z.infer<typeof stepSchema>;
export type ArazzoWorkflow = z.infer<typeof workflowSchema>;
export type ArazzoDocument = z.infer<typeof arazzoSchema>;
