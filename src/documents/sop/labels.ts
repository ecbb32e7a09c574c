// Fixed labels of the SPO layout (box captions, section names, table headers). Prose a hospital
// rewords lives in templates/sop/*.hbs; these are the form's own words.
import type { Lang } from '../../types.js';
import type { Actor, ProcedureKey } from './schema.js';

export interface SopLabels {
  spo: string;
  documentNo: string;
  revisionNo: string;
  page: string;
  issuedOn: string;
  approved: string;
  nip: string;
  sections: { pengertian: string; tujuan: string; kebijakan: string; prosedur: string; unitTerkait: string; dokumenTerkait: string };
  procedure: Record<ProcedureKey, string>;
  response: string;
  flowTitle: string;
  flowColumns: { no: string; activity: string; time: string; output: string };
  actors: Record<Actor, string>;
  total: string;
  minutes: string;
  on: string;
  account: string;
  via: Record<'ssh' | 'console' | 'telnet', string>;
  target: string;
  client: string;
  history: string;
  historyColumns: { no: string; revision: string; change: string; content: string; date: string };
  notes: string;
  noNotes: string;
  contacts: string;
  expect: string;
}

export function sopLabels(lang: Lang, unitName: string): SopLabels {
  if (lang === 'en')
    return {
      spo: 'STANDARD OPERATING PROCEDURE',
      documentNo: 'Document No.',
      revisionNo: 'Revision No.',
      page: 'Page',
      issuedOn: 'Date of Issue',
      approved: 'Approved,',
      nip: 'NIP.',
      sections: { pengertian: 'DEFINITION', tujuan: 'PURPOSE', kebijakan: 'POLICY', prosedur: 'PROCEDURE', unitTerkait: 'RELATED UNITS', dokumenTerkait: 'RELATED DOCUMENTS' },
      procedure: { takeover: 'Take-over', failback: 'Failback (return to the primary server)', drill: 'Take-over drill (simulation)' },
      response: 'Downtime response',
      flowTitle: 'Flow and quality standard',
      flowColumns: { no: 'No', activity: 'Activity', time: 'Target time', output: 'Output' },
      actors: { petugas: 'IT staff', kepala: `Head of ${unitName}`, unit: 'Service unit' },
      total: 'Total target time',
      minutes: 'min',
      on: 'On',
      account: 'account',
      via: { ssh: 'SSH', console: 'console', telnet: 'telnet' },
      target: 'target',
      client: 'client computer in a service unit',
      history: 'REVISION HISTORY',
      historyColumns: { no: 'No', revision: 'Rev.', change: 'What changed', content: 'Content of the change', date: 'Effective' },
      notes: 'POINTS TO NOTE',
      noNotes: 'No special points.',
      contacts: 'Contacts',
      expect: 'expected:',
    };
  return {
    spo: 'STANDAR PROSEDUR OPERASIONAL',
    documentNo: 'No. Dokumen',
    revisionNo: 'No. Revisi',
    page: 'Halaman',
    issuedOn: 'Tanggal Terbit',
    approved: 'Ditetapkan,',
    nip: 'NIP.',
    sections: { pengertian: 'PENGERTIAN', tujuan: 'TUJUAN', kebijakan: 'KEBIJAKAN', prosedur: 'PROSEDUR', unitTerkait: 'UNIT TERKAIT', dokumenTerkait: 'DOKUMEN TERKAIT' },
    procedure: { takeover: 'Take over', failback: 'Failback (pengembalian ke server utama)', drill: 'Simulasi take over' },
    response: 'Penanganan downtime',
    flowTitle: 'Bagan alir dan mutu baku',
    flowColumns: { no: 'No', activity: 'Kegiatan', time: 'Waktu', output: 'Output' },
    actors: { petugas: 'Petugas TI', kepala: `Kepala ${unitName}`, unit: 'Unit Pelayanan' },
    total: 'Total target waktu',
    minutes: 'menit',
    on: 'Di',
    account: 'akun',
    via: { ssh: 'SSH', console: 'konsol', telnet: 'telnet' },
    target: 'target',
    client: 'komputer klien di unit pelayanan',
    history: 'REKAMAN HISTORIS PERUBAHAN',
    historyColumns: { no: 'No', revision: 'Rev.', change: 'Yang diubah', content: 'Isi perubahan', date: 'Tanggal berlaku' },
    notes: 'HAL-HAL YANG PERLU DIPERHATIKAN',
    noNotes: 'Tidak ada catatan khusus.',
    contacts: 'Kontak',
    expect: 'hasil:',
  };
}
