// Default wording and commands of each sub-step kind, for PostgreSQL on Linux with the shared
// diskset as an LVM volume group. Every command can be replaced in the config (`commands:` per kind,
// or `commands:` on one sub-step); wording with `text:`. Placeholders in {braces} are filled from
// the config, so a value typed once (VIP, interface, data directory) cannot drift between steps.
import type { Lang } from '../../types.js';
import type { ActionKind, SopConfig } from './schema.js';

interface KindDefaults {
  id: string;
  en: string;
  commands: string[];
}

export const ACTION_DEFAULTS: Record<ActionKind, KindDefaults> = {
  fence: {
    id: 'Pagari {host}: bila masih menyala, hentikan basis data, lepas diskset lalu matikan; bila tidak menjawab, matikan dayanya dari konsol/IPMI. Jangan lanjut sebelum {host} pasti tidak memakai diskset',
    en: 'Fence {host}: if it is still up, stop the database, release the diskset and power it off; if it does not answer, power it off from the console/IPMI. Do not continue until {host} is certainly not using the diskset',
    commands: ['sudo systemctl stop {service}', 'sudo umount {mountPoint}', 'sudo vgchange -a n {volumeGroup}', 'sudo poweroff'],
  },
  'stop-db': {
    id: 'Hentikan layanan basis data PostgreSQL',
    en: 'Stop the PostgreSQL database service',
    commands: ['sudo systemctl stop {service}'],
  },
  unmount: {
    id: 'Lepas mount {mountPoint}',
    en: 'Unmount {mountPoint}',
    commands: ['sudo umount {mountPoint}'],
  },
  'release-diskset': {
    id: 'Lepaskan diskset {volumeGroup}',
    en: 'Release the diskset {volumeGroup}',
    commands: ['sudo vgchange -a n {volumeGroup}'],
  },
  'vip-remove': {
    id: 'Hapus IP virtual {vip}/{prefix} dari {interface}',
    en: 'Remove the virtual IP {vip}/{prefix} from {interface}',
    commands: ['sudo ip address del {vip}/{prefix} dev {interface}'],
  },
  'take-diskset': {
    id: 'Ambil alih diskset {volumeGroup}',
    en: 'Take over the diskset {volumeGroup}',
    commands: ['sudo vgchange -a y {volumeGroup}'],
  },
  mount: {
    id: 'Mount {device} ke {mountPoint}',
    en: 'Mount {device} on {mountPoint}',
    commands: ['sudo mount {device} {mountPoint}'],
  },
  'check-ownership': {
    id: 'Periksa pemilik direktori data: harus {dbUser}:{dbUser} dengan mode 700',
    en: 'Check the owner of the data directory: it must be {dbUser}:{dbUser} with mode 700',
    commands: ["sudo stat -c '%U:%G %a' {dataDir}"],
  },
  'vip-add': {
    id: 'Pasang IP virtual {vip}/{prefix} pada {interface}',
    en: 'Add the virtual IP {vip}/{prefix} on {interface}',
    commands: ['sudo ip address add {vip}/{prefix} dev {interface}'],
  },
  garp: {
    id: 'Kirim gratuitous ARP agar switch memperbarui tabel ARP (tanpa ini klien bisa gagal terhubung berjam-jam)',
    en: 'Send gratuitous ARP so switches update their ARP caches (without it clients can fail for hours)',
    commands: ['sudo arping -c 4 -U -I {interface} {vip}'],
  },
  'start-db': {
    id: 'Hidupkan PostgreSQL dan tunggu crash recovery selesai',
    en: 'Start PostgreSQL and wait for crash recovery to finish',
    commands: ['sudo systemctl start {service}', 'sudo journalctl -u {service} -n 20 --no-pager'],
  },
  'check-db': {
    id: 'Pastikan basis data menerima koneksi melalui IP virtual',
    en: 'Check that the database accepts connections on the virtual IP',
    commands: ['sudo -u {dbUser} pg_isready -h {vip} -p {port}'],
  },
  'smoke-test': {
    id: 'Uji dari sisi klien: {smokeTests}',
    en: 'Test from the client side: {smokeTests}',
    commands: [],
  },
  notify: {
    id: 'Informasikan kepada unit pelayanan: {units}',
    en: 'Inform the service units: {units}',
    commands: [],
  },
  log: {
    id: 'Catat tanggal dan jam server offline dan online pada log downtime',
    en: 'Record the date and time the server went offline and came back online in the downtime log',
    commands: [],
  },
  custom: { id: '', en: '', commands: [] },
};

/** Values the placeholders stand for; `host` is the host the step runs on. */
export function placeholderValues(config: SopConfig, lang: Lang, hostName: string | null): Record<string, string> {
  const and = lang === 'id' ? 'dan' : 'and';
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}` : (xs[0] ?? ''));
  return {
    host: hostName ?? '',
    primary: config.hosts.primary.name,
    backup: config.hosts.backup.name,
    primaryAddress: config.hosts.primary.address,
    backupAddress: config.hosts.backup.address,
    vip: config.vip.address,
    prefix: String(config.vip.prefix),
    interface: config.vip.interface,
    volumeGroup: config.storage.volumeGroup,
    device: config.storage.device,
    mountPoint: config.storage.mountPoint,
    service: config.database.service,
    dbUser: config.database.user,
    dataDir: config.database.dataDir,
    port: String(config.database.port),
    units: list(config.units),
    smokeTests: list(config.smokeTests.map((t) => t.name)),
  };
}

/**
 * A `{name}` placeholder. `${NAME}` is the shell's own parameter expansion and stays as typed, so a
 * command may use `${PGDATA}`.
 */
export const PLACEHOLDER = /(?<!\$)\{([A-Za-z]+)\}/g;

/** The placeholder names `fill` knows (the linter refuses any other: lint rule unknown-placeholder). */
export const PLACEHOLDER_NAMES: readonly string[] = [
  'host', 'primary', 'backup', 'primaryAddress', 'backupAddress', 'vip', 'prefix', 'interface', 'volumeGroup',
  'device', 'mountPoint', 'service', 'dbUser', 'dataDir', 'port', 'units', 'smokeTests',
];

/**
 * Fills {name} placeholders; an unknown name is left as typed so the reader sees it. Only the
 * values' own keys count: `{constructor}` once printed the source of JavaScript's Object function.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}
