// Where the classification rules sit by default: apart from rules.ts (zod, yaml), so
// `import --help` can name the default without loading the rules parser.
export const DEFAULT_RULES_PATH = 'data/aturan-klasifikasi.yaml';
