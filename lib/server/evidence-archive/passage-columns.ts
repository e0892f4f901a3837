import type { PassageLocation } from '@/lib/core/archive/locate-passage';

/** The archive row's passage columns for a located passage. */
export function passageColumns(location: PassageLocation) {
  if (location.state !== 'found') {
    return { passageState: location.state, passageStart: null, passageEnd: null, passagePrefix: null, passageSuffix: null };
  }
  return {
    passageState: 'found',
    passageStart: location.codePointStart,
    passageEnd: location.codePointEnd,
    passagePrefix: location.prefix,
    passageSuffix: location.suffix,
  };
}
