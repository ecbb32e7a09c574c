// IPv4 arithmetic for the VIP checks; addresses are already validated by the schema.

export function ipToInt(address: string): number {
  return address.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

/** True when both addresses fall in the same network of the given prefix length. */
export function sameSubnet(a: string, b: string, prefix: number): boolean {
  const size = 2 ** (32 - prefix);
  return Math.floor(ipToInt(a) / size) === Math.floor(ipToInt(b) / size);
}

/** `192.168.20.0/24` for messages. */
export function networkOf(address: string, prefix: number): string {
  const size = 2 ** (32 - prefix);
  const n = Math.floor(ipToInt(address) / size) * size;
  return `${[24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')}/${prefix}`;
}
