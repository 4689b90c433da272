/** The IANA zones this runtime knows (Intl.supportedValuesOf), with the user's own first if the list lacks it (e.g. "UTC"). */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}
