import { it } from 'vitest';
import { packStore } from '../../tests/pack/fixture.js';
it('x', () => { const t = packStore(); const r = t.run('pack', '--year', '2023', '--out', t.out, '--generated-at', '2024-01-15T09:00:00+07:00'); console.log(r.code, r.stdout, r.stderr, t.out); });
