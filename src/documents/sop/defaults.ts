// Default commands of each sub-step kind (their wording is in wording/sop.ts), for PostgreSQL on Linux with the shared
// diskset as an LVM volume group. Every command can be replaced in the config (`commands:` per kind,
// or `commands:` on one sub-step); wording with `text:`. Placeholders in {braces} are filled from
// the config, so a value typed once (VIP, interface, data directory) cannot drift between steps.
import type { Lang } from '../../types.js';
import type { ActionKind, SopConfig } from './schema.js';
import { SOP } from '../../wording/sop.js';

/** Default wording of each kind in the SOP's language; the table must name every kind (checked here). */
export const actionText = (kind: ActionKind, lang: Lang): string => (SOP.in(lang).actions satisfies Record<ActionKind, string>)[kind];

interface KindDefaults {
  commands: string[];
}

export const ACTION_DEFAULTS: Record<ActionKind, KindDefaults> = {
  fence: {
    commands: ['sudo systemctl stop {service}', 'sudo umount {mountPoint}', 'sudo vgchange -a n {volumeGroup}', 'sudo poweroff'],
  },
  'stop-db': {
    commands: ['sudo systemctl stop {service}'],
  },
  unmount: {
    commands: ['sudo umount {mountPoint}'],
  },
  'release-diskset': {
    commands: ['sudo vgchange -a n {volumeGroup}'],
  },
  'vip-remove': {
    commands: ['sudo ip address del {vip}/{prefix} dev {interface}'],
  },
  'take-diskset': {
    commands: ['sudo vgchange -a y {volumeGroup}'],
  },
  mount: {
    commands: ['sudo mount {device} {mountPoint}'],
  },
  'check-ownership': {
    commands: ["sudo stat -c '%U:%G %a' {dataDir}"],
  },
  'vip-add': {
    commands: ['sudo ip address add {vip}/{prefix} dev {interface}'],
  },
  garp: {
    commands: ['sudo arping -c 4 -U -I {interface} {vip}'],
  },
  'start-db': {
    commands: ['sudo systemctl start {service}', 'sudo journalctl -u {service} -n 20 --no-pager'],
  },
  'check-db': {
    commands: ['sudo -u {dbUser} pg_isready -h {vip} -p {port}'],
  },
  'smoke-test': {
    commands: [],
  },
  notify: {
    commands: [],
  },
  log: {
    commands: [],
  },
  custom: { commands: [] },
};

/** Values the placeholders stand for; `host` is the host the step runs on. */
export function placeholderValues(config: SopConfig, lang: Lang, hostName: string | null): Record<string, string> {
  const and = SOP.in(lang).and;
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
