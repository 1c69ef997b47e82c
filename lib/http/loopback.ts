/** Whether an address (as lib/request-ip.ts gives it) is this machine's own. */
export function isLoopback(address: string): boolean {
  return address === "::1" || /^127\.\d+\.\d+\.\d+$/.test(address);
}
