import * as z from 'zod';

const CPU_MESSAGE = 'expected CPU cores as a number (4) or a Kubernetes quantity ("4", "500m")';

/** CPU as Kubernetes counts it: cores as a number, or a quantity such as "4" or "500m". */
export const CpuQuantity = z
  .union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?m?$/, { message: CPU_MESSAGE })], { message: CPU_MESSAGE })
  .describe('CPU cores, as a number or a Kubernetes quantity ("4", "500m").');
/** CPU as Kubernetes counts it. */
export type CpuQuantity = z.infer<typeof CpuQuantity>;

/** Memory as a Kubernetes quantity, such as "16Gi" or "512Mi". */
export const MemoryQuantity = z
  .string()
  .regex(/^\d+(\.\d+)?(Ki|Mi|Gi|Ti|k|M|G|T)?$/, { message: 'expected a memory quantity such as "16Gi"' })
  .describe('Memory as a Kubernetes quantity ("16Gi").');
/** Memory as a Kubernetes quantity. */
export type MemoryQuantity = z.infer<typeof MemoryQuantity>;
