// Where the SPO configs sit by default: a module of its own, so a command's `--help` can name the
// default without loading the config parser (zod, yaml).
export const DEFAULT_SOP_DIR = 'data/sop';
export const DEFAULT_SOP_CONFIG = 'data/sop/spo-takeover-server.yaml';
