// Renders the four forms of the record cycle from the samples in data/contoh/ for the sample
// hospital into output/ (or the folder given first; "en" second for English): the evaluation
// form, the planned-downtime notice, the drill report and the training report with its
// attendance list. Needs the build (npm run build). GENERATED_AT fixes the document date.
import { join } from 'node:path';
import { loadProfile } from '../dist/profile.js';
import { loadLogo } from '../dist/documents/kit/logo.js';
import { renderSampleForms } from '../dist/documents/forms/samples.js';
import { writeForm } from '../dist/documents/forms/form-doc.js';

const out = process.argv[2] ?? 'output';
const lang = process.argv[3] === 'en' ? 'en' : 'id';
const generatedAt = new Date(process.env.GENERATED_AT ?? '2026-12-10T09:00:00+07:00');
const profile = loadProfile('data/profil-rs.yaml');
for (const form of await renderSampleForms({ profile, lang, generatedAt, logo: loadLogo(profile.logoPath) })) {
  const path = join(out, `${form.name}.pdf`);
  writeForm(path, form.pdf);
  console.log(path);
}
