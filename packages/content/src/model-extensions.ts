/** Extensions of model modules: TypeScript or JavaScript whose default or `cluster` export is the cluster. */
export const MODULE_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'] as const;

/** Extensions of model data files: YAML, or JSON (read as YAML). */
export const DATA_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** Every extension a diagram reference's model may have, modules first. */
export const MODEL_EXTENSIONS = [...MODULE_EXTENSIONS, ...DATA_EXTENSIONS] as const;
